"""Showing a window without taking the focus from whatever the person is doing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def show_without_focus(widget: QWidget) -> None:
    """The widget attribute reaches the platform only when the native window is first made;
    a window shown before carries it as a property of its QWindow (on X11,
    _NET_WM_USER_TIME 0: the window manager must not give it the focus)."""
    handle = widget.windowHandle()
    widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
    if handle is not None:
        handle.setProperty("_q_showWithoutActivating", True)
    widget.show()
    widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
    if handle is not None:
        handle.setProperty("_q_showWithoutActivating", None)
