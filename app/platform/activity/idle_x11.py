"""Idle time on X11: the MIT-SCREEN-SAVER extension's count of milliseconds since the last
keyboard or pointer input, through libXss (XScreenSaverQueryInfo) with ctypes.

One round trip to the X server per reading, no process spawned. The display connection is
this module's own, opened at the first reading. Only the root window is asked about, so no
X error can come back (Xlib's default handler would end the process on one); the connection
breaking would end it too, but then the X server is gone and the app's own window with it.
Under XWayland the counter sees only input to X programs, so on Wayland this is not used
(__init__.py).
"""

from __future__ import annotations

import ctypes

from .base import CannotTell, Concern, Polled

LIBX11 = "libX11.so.6"
LIBXSS = "libXss.so.1"  # Debian: libxss1


class XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    ]


def load(name: str) -> ctypes.CDLL:
    try:
        return ctypes.CDLL(name)
    except OSError:
        raise CannotTell(f"{name} is not installed") from None


class X11Idle(Polled):
    concern = Concern.IDLE
    way = "MIT-SCREEN-SAVER"

    def __init__(self, display: str | None) -> None:
        self._name = display
        self._display: int | None = None
        self._root = 0
        self._info: ctypes._Pointer[XScreenSaverInfo] | None = None

    def read(self) -> float:
        if self._display is None:
            self._open()
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            raise CannotTell("XScreenSaverQueryInfo failed")
        assert self._info is not None
        return self._info.contents.idle / 1000

    def _open(self) -> None:
        self._x11, self._xss = load(LIBX11), load(LIBXSS)
        self._x11.XOpenDisplay.restype = ctypes.c_void_p
        self._x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self._x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self._x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._x11.XFree.argtypes = [ctypes.c_void_p]
        self._xss.XScreenSaverQueryExtension.argtypes = [ctypes.c_void_p] + 2 * [
            ctypes.POINTER(ctypes.c_int)
        ]
        self._xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(XScreenSaverInfo)
        self._xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(XScreenSaverInfo),
        ]
        display = self._x11.XOpenDisplay(self._name.encode() if self._name else None)
        if not display:
            raise CannotTell(f"cannot open the X display {self._name or '(DISPLAY unset)'}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not self._xss.XScreenSaverQueryExtension(
            display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            self._x11.XCloseDisplay(display)
            raise CannotTell("the X server has no MIT-SCREEN-SAVER extension")
        self._display = display
        self._root = self._x11.XDefaultRootWindow(display)
        self._info = self._xss.XScreenSaverAllocInfo()

    def close(self) -> None:
        if self._display is not None:
            self._x11.XFree(self._info)
            self._x11.XCloseDisplay(self._display)
            self._display = self._info = None
