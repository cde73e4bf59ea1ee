"""Small building blocks shared by the pages."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)


class Page(QWidget):
    """A page of the main window. Its shortcuts work only while it is the page shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._focus_first: QWidget | None = None
        self._big: list[tuple[QLabel, float, bool]] = []

    def big(self, widget: QLabel, fraction: float, digits: bool = False) -> QLabel:
        """Keep `widget`'s text at `fraction` of the window's height, readable from the floor.

        With `digits`, the fraction is the height of the digits themselves as drawn, not of
        the font's line: the time left must really be that tall."""
        self._big.append((widget, fraction, digits))
        return widget

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_big()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            # A new style sheet (a theme change) re-polishes the labels and resets their fonts.
            self._fit_big()

    def _fit_big(self) -> None:
        for widget, fraction, digits in self._big:
            font = widget.font()
            target = big_font_px(self, fraction)
            if digits:
                font.setPixelSize(100)
                ink = QFontMetrics(font).tightBoundingRect("0:00").height() / 100
                target = math.ceil(target / max(ink, 0.3))
            font.setPixelSize(target)
            widget.setFont(font)
            if digits:
                # As wide as the widest time it can show, so nothing beside it moves when
                # 10:00 becomes 9:59.
                widest = QFontMetrics(font).horizontalAdvance("00:00")
                widget.setMinimumWidth(widest + 2 * widget.margin() + 8)

    def advance_keys(self, slot: Callable[[], object]) -> None:
        """Space, Enter and Right move on. Space on a focused button presses that button,
        as it does everywhere else, so Space on "Back" never moves forward."""
        self.shortcut(["Return", "Enter", "Right"], slot)

        def space() -> None:
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isVisible():
                focused.click()
            else:
                slot()

        self.shortcut(["Space"], space)

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


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose access key (the letter after &) moves the focus to `widget`."""
    lab = QLabel(text)
    lab.setBuddy(widget)
    return lab


def button(text: str, primary: bool = False, hint: str = "", name: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setProperty("primary", primary)
    widget.setAutoDefault(False)
    widget.setAccessibleName(name or text.replace("&", ""))
    if hint:
        widget.setToolTip(hint)
    widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return widget


def button_row(*widgets: QWidget, left: QWidget | None = None) -> QHBoxLayout:
    """Buttons pushed to the right, the way dialogs place them; `left` stays on the left."""
    row = QHBoxLayout()
    if left is not None:
        row.addWidget(left)
    row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return row


def big_font_px(widget: QWidget, fraction: float) -> int:
    """A pixel size that is `fraction` of the top-level window's height."""
    return max(12, int(widget.window().height() * fraction))
