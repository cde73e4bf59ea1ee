"""Asking desktop services over D-Bus with a short timeout, and hearing their signals.

Calls are made from plain messages, not QDBusInterface: that one asks the peer to describe
itself first, with Qt's default 25 s timeout, and a hung peer would hold the app that long.
(Mutter's watches need it, for their argument types; idle_dbus.py builds it only once the
peer has answered a plain call.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant

from .base import CannotTell, Polled, truth

log = logging.getLogger(__name__)

# A desktop service answers in milliseconds. The caller waits for the answer on the UI
# thread, at most once a minute, so a peer that hangs costs this long, and (desk.py) only
# once in a while. Shorter than sleep_inhibit's: that call is made once per session.
TIMEOUT_MS = 500
PROPERTIES = "org.freedesktop.DBus.Properties"

Bus = Callable[[], QDBusConnection]


def connected(bus: Bus) -> QDBusConnection:
    connection = bus()
    if not connection.isConnected():
        problem = connection.lastError().message() or "not connected"
        raise CannotTell(f"no D-Bus bus ({problem})")
    return connection


def call(bus: Bus, service: str, path: str, interface: str, method: str, *args: Any) -> list:
    """The reply's arguments, or CannotTell saying what went wrong (a timeout included)."""
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    if args:
        message.setArguments(list(args))
    reply = connected(bus).call(message, QDBus.CallMode.Block, TIMEOUT_MS)
    if reply.type() is not QDBusMessage.MessageType.ReplyMessage:
        problem = reply.errorMessage() or reply.errorName() or "no answer"
        raise CannotTell(f"{service} {method}: {problem}")
    return reply.arguments()


def first(arguments: list) -> object:
    value = arguments[0] if arguments else None
    return value.variant() if isinstance(value, QDBusVariant) else value


def get_property(bus: Bus, service: str, path: str, interface: str, name: str) -> object:
    return first(call(bus, service, path, PROPERTIES, "Get", interface, name))


class Listener(QObject):
    """Hands a D-Bus signal's arguments to a Python function. The slot takes the whole
    message, so any signature arrives (and garbage is the function's to judge)."""

    def __init__(self, heard: Callable[[list], None]) -> None:
        super().__init__()
        self._heard = heard
        self._failed = False
        self._connected: list[tuple[QDBusConnection, tuple[str, str, str, str]]] = []

    def listen(self, bus: Bus, service: str, path: str, interface: str, signal: str) -> bool:
        connection = bus()
        where = (service, path, interface, signal)
        ok = connection.isConnected() and connection.connect(
            *where, self, SLOT("_message(QDBusMessage)")
        )
        if ok:
            self._connected.append((connection, where))
        return ok

    def stop(self) -> None:
        for connection, where in self._connected:
            connection.disconnect(*where, self, SLOT("_message(QDBusMessage)"))
        self._connected.clear()

    @Slot(QDBusMessage)
    def _message(self, message: QDBusMessage) -> None:
        try:
            self._heard(message.arguments())
        except Exception as error:  # a signal must never take the app down
            if not self._failed:
                self._failed = True
                log.warning("a %s signal could not be handled: %r", message.member(), error)


class BoolProperty(Polled):
    """A service's true-or-false property, read with Properties.Get; its changes are heard
    through PropertiesChanged. That signal's changed values come as a QDBusArgument which
    PySide cannot take apart, so on the signal the property is read again, and `changed` is
    called only when it differs (the signal also comes for the interface's other
    properties)."""

    service = ""
    interface = ""
    name = ""

    def __init__(self, bus: Bus) -> None:
        self._bus = bus
        self._last: bool | None = None
        self._changed: Callable[[], None] | None = None
        self._listener = Listener(self._properties_changed)

    def path(self) -> str:
        raise NotImplementedError

    def read(self) -> bool:
        value = get_property(self._bus, self.service, self.path(), self.interface, self.name)
        self._last = truth(value, f"{self.service} {self.name}")
        return self._last

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> bool:
        self.unwatch()
        try:
            self.read()
            path = self.path()
        except CannotTell:
            return False
        self._changed = changed
        return self._listener.listen(self._bus, self.service, path, PROPERTIES, "PropertiesChanged")

    def unwatch(self) -> None:
        self._listener.stop()
        self._changed = None

    def close(self) -> None:
        self.unwatch()

    def _properties_changed(self, arguments: list) -> None:
        if not arguments or arguments[0] != self.interface or self._changed is None:
            return
        before = self._last
        try:
            now = self.read()
        except CannotTell:
            now = None  # the caller's next look finds out why, and logs it
        if now != before:
            self._changed()
