"""Windows: what the desk tells, through the documented calls.

- idle: GetLastInputInfo, against GetTickCount (both in milliseconds, wrapping at 2**32);
- locked: session notifications (WTSRegisterSessionNotification; WM_WTSSESSION_CHANGE with
  WTS_SESSION_LOCK or WTS_SESSION_UNLOCK);
- full screen and do not disturb: SHQueryUserNotificationState. Full screen is QUNS_BUSY (a
  full-screen window) or QUNS_RUNNING_D3D_FULL_SCREEN (a game); do not disturb is
  QUNS_PRESENTATION_MODE or QUNS_QUIET_TIME. Focus assist's own setting has no documented
  call.
- a call: not available (no documented call says a microphone is in use).

The calls are injected. CI (Linux) runs these classes only with stand-ins for them, and
never runs `detectors()`, which binds the real ones: none of this has been run on Windows by
this project's tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import CannotTell, Concern, Detector, Polled, Unavailable
from .locked import NotifiedLock

QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_QUIET_TIME = 6
QUNS_STATES = range(1, 8)  # NOT_PRESENT .. APP
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK, WTS_SESSION_UNLOCK = 0x7, 0x8

_kept_alive: list[Any] = []  # the hidden window and the event filter must outlive the call


class WindowsIdle(Polled):
    concern = Concern.IDLE
    way = "GetLastInputInfo"

    def __init__(self, last_input: Callable[[], int | None], tick_count: Callable[[], int]) -> None:
        self._last_input, self._tick_count = last_input, tick_count

    def read(self) -> float:
        last = self._last_input()
        if last is None:
            raise CannotTell("GetLastInputInfo failed")
        return ((self._tick_count() - last) & 0xFFFFFFFF) / 1000


class NotificationState(Polled):
    """One reading of SHQueryUserNotificationState, for the states that mean `concern`."""

    way = "SHQueryUserNotificationState"

    def __init__(
        self, concern: Concern, states: tuple[int, ...], query: Callable[[], int | None]
    ) -> None:
        self.concern, self._states, self._query = concern, states, query

    def read(self) -> bool:
        state = self._query()
        if state is None:
            raise CannotTell("SHQueryUserNotificationState failed")
        if state not in QUNS_STATES:
            raise CannotTell(f"SHQueryUserNotificationState answered {state!r}, not a state")
        return state in self._states


def full_screen(query: Callable[[], int | None]) -> NotificationState:
    states = (QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN)
    return NotificationState(Concern.FULL_SCREEN, states, query)


def quiet(query: Callable[[], int | None]) -> NotificationState:
    states = (QUNS_PRESENTATION_MODE, QUNS_QUIET_TIME)
    return NotificationState(Concern.DO_NOT_DISTURB, states, query)


def session_change(message: int, code: int) -> bool | None:
    """Locked (True), unlocked (False), or None for any other window message."""
    if message != WM_WTSSESSION_CHANGE or code not in (WTS_SESSION_LOCK, WTS_SESSION_UNLOCK):
        return None
    return code == WTS_SESSION_LOCK


def locked(subscribe: Callable[[Callable[[bool], None]], bool]) -> NotifiedLock:
    return NotifiedLock("WTSRegisterSessionNotification", subscribe)


NO_CALL = Unavailable(
    Concern.CALL, "microphone in use", "Windows has no documented call that says so"
)


def detectors() -> tuple[list[Detector], list[Unavailable]]:
    """The real calls, through ctypes. Windows only; untested by CI."""
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
    kernel32.GetTickCount.restype = wintypes.DWORD

    class LastInputInfo(ctypes.Structure):
        _fields_ = [("cbSize", wintypes.UINT), ("dwTime", wintypes.DWORD)]

    def last_input() -> int | None:
        info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
        return info.dwTime if user32.GetLastInputInfo(ctypes.byref(info)) else None

    def query() -> int | None:
        state = ctypes.c_int(0)
        ok = shell32.SHQueryUserNotificationState(ctypes.byref(state)) == 0  # S_OK
        return state.value if ok else None

    found: list[Detector] = [
        WindowsIdle(last_input, kernel32.GetTickCount),
        locked(_session_notifications),
        full_screen(query),
        quiet(query),
    ]
    return found, [NO_CALL]


def _session_notifications(told: Callable[[bool], None]) -> bool:
    """Registers a hidden window for session notifications and reads them from Qt's native
    events. Windows only; untested by CI."""
    import ctypes
    from ctypes import wintypes

    from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication
    from PySide6.QtGui import QWindow

    window = QWindow()  # never shown: its native handle receives the notifications
    handle = int(window.winId())
    wtsapi32 = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
    if not wtsapi32.WTSRegisterSessionNotification(wintypes.HWND(handle), 0):  # this session
        return False

    class SessionFilter(QAbstractNativeEventFilter):
        def nativeEventFilter(self, kind: Any, message: Any) -> tuple[bool, int]:
            if bytes(kind) == b"windows_generic_MSG":
                msg = wintypes.MSG.from_address(int(message))
                change = session_change(msg.message, msg.wParam)
                if msg.hWnd == handle and change is not None:
                    told(change)
            return False, 0

    session_filter = SessionFilter()
    application = QCoreApplication.instance()
    if application is None:
        return False
    application.installNativeEventFilter(session_filter)
    _kept_alive.extend([window, session_filter])
    return True
