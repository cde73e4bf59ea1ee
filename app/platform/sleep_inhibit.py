"""Asking the system not to suspend while the person is lying in the pose or seated.

Only sleep is held off, never the screen's dimming or blanking: a lit screen at bedtime
helps nobody. If no way works, the session goes on and the log says why.

- Linux: logind's Inhibit("sleep:idle", ...) on the system bus; the request lasts while the
  file descriptor it returns stays open. Where logind cannot be reached, the desktop's
  org.freedesktop.ScreenSaver Inhibit on the session bus.
- Windows: SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED).
- macOS: an IOKit power assertion, PreventUserIdleSystemSleep.

The Windows and macOS calls are injected, and CI (Linux) runs them only with stand-ins: they
have not been run on those systems by this project's tests.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage, QDBusUnixFileDescriptor

from .. import APP_NAME

log = logging.getLogger(__name__)

REASON = "A restorative pose is being timed"
TIMEOUT_MS = 2000  # a bus that does not answer must not hold up the session


class Inhibitor(Protocol):
    name: str

    def acquire(self) -> str | None:
        """Hold off sleep. None on success, else why it failed."""

    def release(self) -> None: ...


class LogindInhibitor:
    name = "logind"

    def __init__(self, bus: Callable[[], QDBusConnection] = QDBusConnection.systemBus) -> None:
        self._bus = bus
        self._fd: int | None = None

    def acquire(self) -> str | None:
        bus = self._bus()
        if not bus.isConnected():
            return f"no system bus ({bus.lastError().message() or 'not connected'})"
        manager = QDBusInterface(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            bus,
        )
        manager.setTimeout(TIMEOUT_MS)
        reply = manager.call("Inhibit", "sleep:idle", APP_NAME, REASON, "block")
        if reply.type() is not QDBusMessage.MessageType.ReplyMessage:
            return reply.errorMessage() or reply.errorName() or "no answer"
        args = reply.arguments()
        fd = args[0] if args else None
        if isinstance(fd, QDBusUnixFileDescriptor) and fd.isValid():
            # Our own copy: the QDBusUnixFileDescriptor closes its copy when it goes.
            self._fd = os.dup(fd.fileDescriptor())
            return None
        return f"Inhibit answered {args!r}, not a file descriptor"

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


class ScreenSaverInhibitor:
    name = "org.freedesktop.ScreenSaver"

    def __init__(self, bus: Callable[[], QDBusConnection] = QDBusConnection.sessionBus) -> None:
        self._bus = bus
        self._cookie: int | None = None

    def _interface(self) -> QDBusInterface:
        iface = QDBusInterface(
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            self._bus(),
        )
        iface.setTimeout(TIMEOUT_MS)
        return iface

    def acquire(self) -> str | None:
        if not self._bus().isConnected():
            return "no session bus"
        reply = self._interface().call("Inhibit", APP_NAME, REASON)
        if reply.type() is not QDBusMessage.MessageType.ReplyMessage:
            return reply.errorMessage() or reply.errorName() or "no answer"
        args = reply.arguments()
        if not args or not isinstance(args[0], int):
            return f"Inhibit answered {args!r}, not a cookie"
        self._cookie = args[0]
        return None

    def release(self) -> None:
        if self._cookie is not None:
            self._interface().call("UnInhibit", self._cookie)
            self._cookie = None


class WindowsInhibitor:
    """Not run by CI: `set_state` is kernel32.SetThreadExecutionState on Windows."""

    name = "SetThreadExecutionState"
    ES_CONTINUOUS = 0x80000000
    ES_SYSTEM_REQUIRED = 0x00000001

    def __init__(self, set_state: Callable[[int], int]) -> None:
        self._set_state = set_state

    def acquire(self) -> str | None:
        ok = self._set_state(self.ES_CONTINUOUS | self.ES_SYSTEM_REQUIRED)
        return None if ok else "SetThreadExecutionState refused"

    def release(self) -> None:
        self._set_state(self.ES_CONTINUOUS)


class MacInhibitor:
    """Not run by CI: `create` wraps IOPMAssertionCreateWithName with
    kIOPMAssertPreventUserIdleSystemSleep and returns an assertion id or None; `release`
    is IOPMAssertionRelease."""

    name = "IOPMAssertion"

    def __init__(self, create: Callable[[str], int | None], release: Callable[[int], None]) -> None:
        self._create, self._release = create, release
        self._id: int | None = None

    def acquire(self) -> str | None:
        self._id = self._create(REASON)
        return None if self._id is not None else "IOPMAssertionCreateWithName failed"

    def release(self) -> None:
        if self._id is not None:
            self._release(self._id)
            self._id = None


class FirstThatWorks:
    """Try each way in turn; remember the one that worked, to release it."""

    def __init__(self, ways: list[Inhibitor]) -> None:
        self.ways = ways
        self.held: Inhibitor | None = None

    def acquire(self) -> bool:
        if self.held is not None:
            return True
        reasons = []
        for way in self.ways:
            problem = way.acquire()
            if problem is None:
                self.held = way
                log.info("sleep held off through %s", way.name)
                return True
            reasons.append(f"{way.name}: {problem}")
        log.warning("cannot hold off sleep; the session goes on (%s)", "; ".join(reasons))
        return False

    def release(self) -> None:
        if self.held is not None:
            self.held.release()
            log.info("sleep allowed again (%s)", self.held.name)
            self.held = None


def for_this_system() -> FirstThatWorks:
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        return FirstThatWorks([WindowsInhibitor(kernel32.SetThreadExecutionState)])
    if sys.platform == "darwin":
        return FirstThatWorks([MacInhibitor(*_iokit())])
    return FirstThatWorks([LogindInhibitor(), ScreenSaverInhibitor()])


def _iokit() -> tuple[Callable[[str], int | None], Callable[[int], None]]:
    """IOKit through ctypes (macOS only; untested by CI)."""
    import ctypes
    import ctypes.util

    iokit = ctypes.cdll.LoadLibrary(ctypes.util.find_library("IOKit") or "IOKit")
    cf = ctypes.cdll.LoadLibrary(ctypes.util.find_library("CoreFoundation") or "CoreFoundation")
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    utf8 = 0x08000100

    def cfstr(text: str) -> ctypes.c_void_p:
        return ctypes.c_void_p(cf.CFStringCreateWithCString(None, text.encode(), utf8))

    def create(reason: str) -> int | None:
        assertion = ctypes.c_uint32(0)
        result = iokit.IOPMAssertionCreateWithName(
            cfstr("PreventUserIdleSystemSleep"), 255, cfstr(reason), ctypes.byref(assertion)
        )
        return assertion.value if result == 0 else None

    def release(assertion: int) -> None:
        iokit.IOPMAssertionRelease(ctypes.c_uint32(assertion))

    return create, release
