"""macOS: what the desk tells, through the documented calls.

- idle: CGEventSourceSecondsSinceLastEventType(kCGEventSourceStateCombinedSessionState,
  kCGAnyInputEventType), in seconds;
- locked: the distributed notifications com.apple.screenIsLocked and
  com.apple.screenIsUnlocked, heard by an observer object made with the Objective-C runtime
  (through ctypes: the app does not depend on PyObjC);
- full screen, do not disturb and a call: not available (the issue's table has no way on
  macOS: Focus has no public call, nor has another app's full-screen window or the
  microphone's use).

The calls are injected. CI (Linux) runs these classes only with stand-ins for them, and
never runs `detectors()`, which binds the real ones: none of this has been run on macOS by
this project's tests.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .base import CannotTell, Concern, Detector, Polled, Unavailable
from .locked import NotifiedLock

LOCKED_NOTICE = "com.apple.screenIsLocked"
UNLOCKED_NOTICE = "com.apple.screenIsUnlocked"
NOT_ON_MACOS = "macOS has no public call that says so"

_kept_alive: list[Any] = []  # the observer and its methods must outlive the call
_told: list[Callable[[bool], None]] = []  # every detector that asked, told by the one observer


class MacIdle(Polled):
    concern = Concern.IDLE
    way = "CGEventSourceSecondsSinceLastEventType"

    def __init__(self, seconds_since_input: Callable[[], float]) -> None:
        self._seconds = seconds_since_input

    def read(self) -> float:
        value = self._seconds()
        if not math.isfinite(value) or value < 0:
            raise CannotTell(f"{self.way} answered {value!r}, not a time")
        return value


def locked(subscribe: Callable[[Callable[[bool], None]], bool]) -> NotifiedLock:
    return NotifiedLock("com.apple.screenIsLocked", subscribe)


UNAVAILABLE = [
    Unavailable(Concern.FULL_SCREEN, "full-screen window", NOT_ON_MACOS),
    Unavailable(Concern.DO_NOT_DISTURB, "Focus", NOT_ON_MACOS),
    Unavailable(Concern.CALL, "microphone in use", NOT_ON_MACOS),
]


def detectors() -> tuple[list[Detector], list[Unavailable]]:
    """The real calls, through ctypes. macOS only; untested by CI."""
    import ctypes

    graphics = ctypes.CDLL("/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics")
    since = graphics.CGEventSourceSecondsSinceLastEventType
    since.restype = ctypes.c_double
    since.argtypes = [ctypes.c_int32, ctypes.c_uint32]
    combined_session, any_input = 0, 0xFFFFFFFF

    def seconds() -> float:
        return float(since(combined_session, any_input))

    return [MacIdle(seconds), locked(_screen_lock_notifications)], list(UNAVAILABLE)


def _screen_lock_notifications(told: Callable[[bool], None]) -> bool:
    """An NSObject subclass with two methods, added as an observer to the distributed
    notification center. macOS only; untested by CI."""
    import ctypes

    _told.append(told)
    if _kept_alive:  # the observer is already there
        return True
    c = ctypes.c_void_p
    objc = ctypes.CDLL("/usr/lib/libobjc.A.dylib")
    ctypes.CDLL("/System/Library/Frameworks/Foundation.framework/Foundation")
    for name, restype, argtypes in (
        ("objc_getClass", c, [ctypes.c_char_p]),
        ("sel_registerName", c, [ctypes.c_char_p]),
        ("objc_allocateClassPair", c, [c, ctypes.c_char_p, ctypes.c_size_t]),
        ("class_addMethod", ctypes.c_bool, [c, c, c, ctypes.c_char_p]),
        ("objc_registerClassPair", None, [c]),
    ):
        getattr(objc, name).restype, getattr(objc, name).argtypes = restype, argtypes

    def send(restype: Any, *argtypes: Any) -> Callable[..., Any]:
        # objc_msgSend called through a prototype of the exact arguments (arm64 needs it)
        prototype = ctypes.CFUNCTYPE(restype, c, c, *argtypes)
        return prototype(ctypes.cast(objc.objc_msgSend, c).value)

    sel = objc.sel_registerName
    handler = ctypes.CFUNCTYPE(None, c, c, c)  # self, _cmd, the notification
    methods = [handler(lambda *_: _tell(True)), handler(lambda *_: _tell(False))]
    observer_class = objc.objc_allocateClassPair(
        objc.objc_getClass(b"NSObject"), b"ViparitaScreenLockObserver", 0
    )
    if not observer_class:
        return False
    for selector, method in zip((b"screenLocked:", b"screenUnlocked:"), methods, strict=True):
        objc.class_addMethod(observer_class, sel(selector), ctypes.cast(method, c), b"v@:@")
    objc.objc_registerClassPair(observer_class)
    new = send(c)
    observer = new(new(observer_class, sel(b"alloc")), sel(b"init"))
    center = new(objc.objc_getClass(b"NSDistributedNotificationCenter"), sel(b"defaultCenter"))
    string = send(c, ctypes.c_char_p)
    add = send(None, c, c, c, c)
    for selector, notice in (
        (b"screenLocked:", LOCKED_NOTICE),
        (b"screenUnlocked:", UNLOCKED_NOTICE),
    ):
        name = string(
            objc.objc_getClass(b"NSString"), sel(b"stringWithUTF8String:"), notice.encode()
        )
        add(center, sel(b"addObserver:selector:name:object:"), observer, sel(selector), name, None)
    _kept_alive.extend([*methods, observer])
    return bool(observer)


def _tell(locked: bool) -> None:
    for told in _told:
        told(locked)
