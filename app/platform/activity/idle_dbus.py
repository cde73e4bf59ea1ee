"""Idle time from the desktop over D-Bus, where X11's counter cannot see the input (Wayland).

- GNOME (Mutter): org.gnome.Mutter.IdleMonitor. GetIdletime answers in milliseconds; watches
  tell of changes with no polling at all: AddIdleWatch(ms) fires each time the person has
  been idle that long, AddUserActiveWatch() fires once, at their next input.
- KDE and others: org.freedesktop.ScreenSaver's GetSessionIdleTime, in milliseconds as KDE
  answers it. It has no watch; the caller asks at most once a minute. Some desktops own the
  name and refuse the call (GNOME; KWin on Wayland): then this way cannot tell, and says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from .base import CannotTell, Concern, Polled, seconds
from .bus import TIMEOUT_MS, Bus, Listener, call, connected, first

MUTTER = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
SCREENSAVER = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"


class MutterIdle(Polled):
    concern = Concern.IDLE
    way = MUTTER

    def __init__(self, bus: Bus = QDBusConnection.sessionBus) -> None:
        self._bus = bus
        self._monitor: QDBusInterface | None = None
        self._idle_after_ms = 0
        self._idle_watch: int | None = None
        self._active_watch: int | None = None
        self._changed: Callable[[], None] | None = None
        self._listener = Listener(self._fired)

    def read(self) -> float:
        return seconds(first(call(self._bus, MUTTER, MUTTER_PATH, MUTTER, "GetIdletime")), MUTTER)

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> bool:
        self.unwatch()
        try:
            # Answered within the short timeout before the interface is built: building it
            # asks the peer to describe itself, and waits up to 25 s for that.
            idle_s = self.read()
            self._monitor = QDBusInterface(MUTTER, MUTTER_PATH, MUTTER, connected(self._bus))
        except CannotTell:
            return False
        self._monitor.setTimeout(TIMEOUT_MS)
        self._idle_after_ms = max(1, round(idle_after_s * 1000))
        self._changed = changed
        if not self._listener.listen(self._bus, MUTTER, MUTTER_PATH, MUTTER, "WatchFired"):
            self.unwatch()
            return False
        # The watch's interval is a uint64, which only the introspected interface sends
        # as such (a Python int goes out as an int32, and Mutter refuses it).
        self._idle_watch = self._add("AddIdleWatch", Q_ARG("qulonglong", self._idle_after_ms))
        if self._idle_watch is None:
            self.unwatch()
            return False
        if idle_s * 1000 >= self._idle_after_ms:  # already away: hear the return
            self._active_watch = self._add("AddUserActiveWatch")
        return True

    def unwatch(self) -> None:
        self._listener.stop()
        for number in (self._idle_watch, self._active_watch):
            if number is not None and self._monitor is not None:
                self._invoke("RemoveWatch", Q_ARG("uint", number))
        self._idle_watch = self._active_watch = None
        self._monitor = None
        self._changed = None

    close = unwatch

    def _fired(self, arguments: list) -> None:
        number = arguments[0] if arguments else None
        if self._changed is None or number not in (self._idle_watch, self._active_watch):
            return  # not one of ours, or garbage
        if number == self._idle_watch:
            # User-active watches fire once: one more, to hear the person come back.
            if self._active_watch is None:
                self._active_watch = self._add("AddUserActiveWatch")
        else:
            self._active_watch = None
        self._changed()

    def _add(self, method: str, *args: object) -> int | None:
        number = self._invoke(method, *args, returns=True)
        return number if isinstance(number, int) and not isinstance(number, bool) else None

    def _invoke(self, method: str, *args: object, returns: bool = False) -> object:
        """A call through the introspected interface, which converts the arguments to the
        types Mutter declares; None if it failed."""
        assert self._monitor is not None
        extra = (Q_RETURN_ARG("uint"),) if returns else ()
        try:
            result = QMetaObject.invokeMethod(
                self._monitor, method, Qt.ConnectionType.DirectConnection, *extra, *args
            )
        except RuntimeError:  # the service does not have the method as Mutter declares it
            return None
        return None if self._monitor.lastError().isValid() else result


class ScreenSaverIdle(Polled):
    concern = Concern.IDLE
    way = SCREENSAVER

    def __init__(self, bus: Bus = QDBusConnection.sessionBus) -> None:
        self._bus = bus

    def read(self) -> float:
        answer = call(self._bus, SCREENSAVER, SCREENSAVER_PATH, SCREENSAVER, "GetSessionIdleTime")
        return seconds(first(answer), f"{SCREENSAVER} GetSessionIdleTime")
