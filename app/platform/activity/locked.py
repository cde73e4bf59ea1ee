"""Whether the screen is locked, on Linux (X11 and Wayland alike).

- logind's LockedHint on the person's session (system bus), which GNOME, KDE and others set
  while their locker runs; PropertiesChanged tells of each change.
- org.freedesktop.ScreenSaver's GetActive (session bus), with its ActiveChanged signal, for
  lockers that do not set the hint.
Both are asked and either one saying "locked" counts (desk.py): a desktop whose locker does
not set LockedHint still has logind answer "not locked".

Windows and macOS: windows.py and macos.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

from .base import CannotTell, Concern, Polled, short, truth
from .bus import BoolProperty, Bus, Listener, call, first
from .idle_dbus import SCREENSAVER, SCREENSAVER_PATH

LOGIND = "org.freedesktop.login1"


class LogindLocked(BoolProperty):
    concern = Concern.LOCKED
    way = "logind LockedHint"
    service = LOGIND
    interface = "org.freedesktop.login1.Session"
    name = "LockedHint"

    def __init__(self, bus: Bus = QDBusConnection.systemBus) -> None:
        super().__init__(bus)
        self._session: str | None = None

    def path(self) -> str:
        """The session's object. "auto" is the caller's session, or else the person's
        graphical one: an app started by the desktop often runs outside any session."""
        if self._session is None:
            answer = first(
                call(
                    self._bus,
                    LOGIND,
                    "/org/freedesktop/login1",
                    f"{LOGIND}.Manager",
                    "GetSession",
                    "auto",
                )
            )
            if not isinstance(answer, QDBusObjectPath) or not answer.path().startswith("/"):
                raise CannotTell(f"logind GetSession answered {short(answer)}, not a session")
            self._session = answer.path()
        return self._session


class ScreenSaverLocked(Polled):
    concern = Concern.LOCKED
    way = f"{SCREENSAVER} GetActive"

    def __init__(self, bus: Bus = QDBusConnection.sessionBus) -> None:
        self._bus = bus
        self._last: bool | None = None
        self._changed: Callable[[], None] | None = None
        self._listener = Listener(self._active_changed)

    def read(self) -> bool:
        answer = first(call(self._bus, SCREENSAVER, SCREENSAVER_PATH, SCREENSAVER, "GetActive"))
        self._last = truth(answer, self.way)
        return self._last

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> bool:
        self.unwatch()
        try:
            self.read()
        except CannotTell:
            return False
        self._changed = changed
        where = (SCREENSAVER, SCREENSAVER_PATH, SCREENSAVER, "ActiveChanged")
        return self._listener.listen(self._bus, *where)

    def unwatch(self) -> None:
        self._listener.stop()
        self._changed = None

    close = unwatch

    def _active_changed(self, arguments: list) -> None:
        active = arguments[0] if arguments else None
        if self._changed is not None and isinstance(active, bool) and active != self._last:
            self._last = active
            self._changed()


Subscribe = Callable[[Callable[[bool], None]], bool]


class NotifiedLock(Polled):
    """A lock the system tells of (Windows' session notifications, macOS's screen-locked
    notification) rather than one that can be asked: `subscribe(told)` starts the
    notifications, calling told(True) on locking and told(False) on unlocking, and says
    whether it could. Until the first notification the screen counts as unlocked: the app
    is started, and reminders are turned on, by someone at an unlocked desk."""

    concern = Concern.LOCKED

    def __init__(self, way: str, subscribe: Subscribe) -> None:
        self.way = way
        self._subscribe = subscribe
        self._subscribed = False
        self._locked = False
        self._changed: Callable[[], None] | None = None

    def read(self) -> bool:
        if not self._subscribed:
            self._subscribed = self._subscribe(self._told)
            if not self._subscribed:
                raise CannotTell(f"{self.way}: could not ask to be told")
        return self._locked

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> bool:
        try:
            self.read()
        except CannotTell:
            return False
        self._changed = changed
        return True

    def unwatch(self) -> None:
        self._changed = None

    def _told(self, locked: bool) -> None:
        if locked != self._locked:
            self._locked = locked
            if self._changed is not None:
                self._changed()
