"""Small building blocks shared by the pages."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class Page(QWidget):
    """A page of the main window. Its shortcuts work only while it is the page shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._focus_first: QWidget | None = None
        self._big: list[tuple[QLabel, float]] = []

    def big(self, widget: QLabel, fraction: float) -> QLabel:
        """Keep `widget`'s font at `fraction` of the window's height, readable from the floor."""
        self._big.append((widget, fraction))
        return widget

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for widget, fraction in self._big:
            font = widget.font()
            font.setPixelSize(big_font_px(self, fraction))
            widget.setFont(font)

    def shortcut(
        self, keys: Iterable[QKeySequence.StandardKey | str | int], slot: Callable[[], object]
    ) -> None:
        for key in keys:
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    def focus_on_show(self, widget: QWidget) -> None:
        self._focus_first = widget

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        target = self._focus_first if self._focus_first and self._focus_first.isEnabled() else self
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def label(text: str = "", role: str = "body", wrap: bool = True, name: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        widget.setAccessibleName(name)
    return widget


def button(text: str, primary: bool = False, hint: str = "", name: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setProperty("primary", primary)
    widget.setAutoDefault(False)
    widget.setAccessibleName(name or text.replace("&", ""))
    if hint:
        widget.setToolTip(hint)
    widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return widget


def button_row(*widgets: QWidget) -> QHBoxLayout:
    """Buttons pushed to the right, the way dialogs place them."""
    row = QHBoxLayout()
    row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return row


def big_font_px(widget: QWidget, fraction: float) -> int:
    """A pixel size that is `fraction` of the top-level window's height."""
    return max(12, int(widget.window().height() * fraction))
