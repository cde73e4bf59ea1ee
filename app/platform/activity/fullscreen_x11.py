"""Whether the focused window is full screen, on X11: the window manager names the focused
window in the root's _NET_ACTIVE_WINDOW, and a full-screen window has
_NET_WM_STATE_FULLSCREEN in its _NET_WM_STATE (EWMH). Watched: the X server tells of a change
to either property (PropertyNotify), so a reminder held back is offered as soon as full screen
ends, without looking every few seconds.

Through libxcb with ctypes (the library Qt's X11 platform already loads): an X error (the
window closed between the two questions) comes back as a value, where Xlib's default error
handler would end the process. Two round trips per reading, no process spawned.

Wayland does not tell other programs which window is focused or full screen (__init__.py).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier, QTimer

from .base import CannotTell, Concern, Polled
from .idle_x11 import load

LIBXCB = "libxcb.so.1"
ATOM, WINDOW = 4, 33  # predefined X atoms: the types of the two properties
NAMES = ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN")
CW_EVENT_MASK = 1 << 11  # xcb_change_window_attributes: the value is an event mask
PROPERTY_CHANGE = 1 << 22  # XCB_EVENT_MASK_PROPERTY_CHANGE
PROPERTY_NOTIFY = 28  # the event's code (the top bit: sent by another client)


class Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class AtomReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class PropertyReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("format", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("type", ctypes.c_uint32),
        ("bytes_after", ctypes.c_uint32),
        ("value_len", ctypes.c_uint32),
        ("pad0", ctypes.c_uint8 * 12),
    ]


class ScreenIterator(ctypes.Structure):
    # data points at an xcb_screen_t, whose first field is its root window
    _fields_ = [
        ("data", ctypes.POINTER(ctypes.c_uint32)),
        ("rem", ctypes.c_int),
        ("index", ctypes.c_int),
    ]


class PropertyNotify(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("window", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class X11FullScreen(Polled):
    concern = Concern.FULL_SCREEN
    way = "_NET_WM_STATE_FULLSCREEN"

    def __init__(self, display: str | None) -> None:
        self._name = display
        self._connection: int | None = None
        self._root = 0
        self._atoms: dict[str, int] = {}
        self._notifier: QSocketNotifier | None = None
        self._changed: Callable[[], None] | None = None

    def read(self) -> bool:
        if self._connection is None:
            self._open()
        elif self._xcb.xcb_connection_has_error(self._connection):
            self.close()
            raise CannotTell("the connection to the X server broke")
        active = self._property(self._root, "_NET_ACTIVE_WINDOW", WINDOW)
        if active is None:
            raise CannotTell("the window manager does not say which window is active")
        if not active or active[0] == 0:
            return False  # no window has the focus
        if self._changed is not None:
            self._select(active[0])  # its full screen is told of too
        state = self._property(active[0], "_NET_WM_STATE", ATOM) or []  # None: it closed
        if self._changed is not None and self._drain():
            # Read off the socket while waiting for the replies: the notifier will not fire.
            QTimer.singleShot(0, self._changed)
        return self._atoms["_NET_WM_STATE_FULLSCREEN"] in state

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> bool:
        """Told of a new active window, and of the active window's state changing."""
        if self._connection is None:
            self._open()
        self._changed = changed
        self._select(self._root)
        fd = self._xcb.xcb_get_file_descriptor(self._connection)
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._events)
        self.read()  # selects on the active window
        return True

    def unwatch(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._notifier = self._changed = None

    def _select(self, window: int) -> None:
        mask = ctypes.c_uint32(PROPERTY_CHANGE)
        self._xcb.xcb_change_window_attributes(
            self._connection, window, CW_EVENT_MASK, ctypes.byref(mask)
        )
        self._xcb.xcb_flush(self._connection)

    def _events(self) -> None:
        """Drain what the X server sent; any of it may be the change looked for."""
        if self._drain() and self._changed is not None:
            self._changed()

    def _drain(self) -> bool:
        """Whether any event waiting is a change of the two properties (the root's others,
        the client list, the desktop names, change often and say nothing of full screen)."""
        told = False
        wanted = (self._atoms["_NET_ACTIVE_WINDOW"], self._atoms["_NET_WM_STATE"])
        while event := self._xcb.xcb_poll_for_event(self._connection):
            notify = PropertyNotify.from_address(event)
            told |= notify.response_type & 0x7F == PROPERTY_NOTIFY and notify.atom in wanted
            self._free(event)
        return told

    def close(self) -> None:
        self.unwatch()
        if self._connection is not None:
            self._xcb.xcb_disconnect(self._connection)
            self._connection = None

    def _open(self) -> None:
        xcb = self._xcb = load(LIBXCB)
        self._free = ctypes.CDLL(None).free
        self._free.argtypes = [ctypes.c_void_p]
        _declare(xcb)
        screen = ctypes.c_int(0)
        connection = xcb.xcb_connect(self._name.encode() if self._name else None, screen)
        if xcb.xcb_connection_has_error(connection):
            xcb.xcb_disconnect(connection)
            raise CannotTell(f"cannot open the X display {self._name or '(DISPLAY unset)'}")
        self._connection = connection
        roots = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(connection))
        for _ in range(screen.value):
            xcb.xcb_screen_next(ctypes.byref(roots))
        self._root = roots.data[0]
        for name in NAMES:
            self._atoms[name] = self._atom(name)

    def _atom(self, name: str) -> int:
        cookie = self._xcb.xcb_intern_atom(self._connection, 0, len(name), name.encode())
        reply = self._xcb.xcb_intern_atom_reply(self._connection, cookie, None)
        if not reply:
            raise CannotTell(f"the X server did not name the atom {name}")
        atom = reply.contents.atom
        self._free(reply)
        return atom

    def _property(self, window: int, name: str, kind: int) -> list[int] | None:
        """The window's property as 32-bit values; [] if it is not set; None if the window
        is gone (or the X server refused the question)."""
        error = ctypes.c_void_p()
        cookie = self._xcb.xcb_get_property(
            self._connection, 0, window, self._atoms[name], kind, 0, 64
        )
        reply = self._xcb.xcb_get_property_reply(self._connection, cookie, ctypes.byref(error))
        if not reply:
            self._free(error)
            return None
        try:
            if reply.contents.format != 32 or reply.contents.type != kind:
                return []
            count = self._xcb.xcb_get_property_value_length(reply) // 4
            values = (ctypes.c_uint32 * count).from_address(self._xcb.xcb_get_property_value(reply))
            return list(values)
        finally:
            self._free(reply)


def _declare(xcb: ctypes.CDLL) -> None:
    """The C types of the few xcb calls used."""
    p = ctypes.c_void_p
    xcb.xcb_connect.restype = p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [p]
    xcb.xcb_disconnect.argtypes = [p]
    xcb.xcb_get_setup.restype = p
    xcb.xcb_get_setup.argtypes = [p]
    xcb.xcb_setup_roots_iterator.restype = ScreenIterator
    xcb.xcb_setup_roots_iterator.argtypes = [p]
    xcb.xcb_screen_next.argtypes = [ctypes.POINTER(ScreenIterator)]
    xcb.xcb_intern_atom.restype = Cookie
    xcb.xcb_intern_atom.argtypes = [p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
    xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(AtomReply)
    xcb.xcb_intern_atom_reply.argtypes = [p, Cookie, p]
    xcb.xcb_get_property.restype = Cookie
    u32 = ctypes.c_uint32
    xcb.xcb_get_property.argtypes = [p, ctypes.c_uint8, u32, u32, u32, u32, u32]
    xcb.xcb_get_property_reply.restype = ctypes.POINTER(PropertyReply)
    xcb.xcb_get_property_reply.argtypes = [p, Cookie, ctypes.POINTER(ctypes.c_void_p)]
    xcb.xcb_get_property_value.restype = p
    xcb.xcb_get_property_value.argtypes = [ctypes.POINTER(PropertyReply)]
    xcb.xcb_get_property_value_length.argtypes = [ctypes.POINTER(PropertyReply)]
    xcb.xcb_change_window_attributes.restype = Cookie
    xcb.xcb_change_window_attributes.argtypes = [p, u32, u32, p]
    xcb.xcb_flush.argtypes = [p]
    xcb.xcb_get_file_descriptor.argtypes = [p]
    xcb.xcb_poll_for_event.restype = p
    xcb.xcb_poll_for_event.argtypes = [p]
