"""Small building blocks shared by the pages."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QFontMetrics,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...shell import keys
from ...widgets.flow_row import FlowRow


class Page(QWidget):
    """A page of the main window. Its shortcuts work only while it is the page shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._focus_first: QWidget | None = None
        self._big: list[tuple[QLabel, float, bool]] = []
        self._fitting = False

    def big(self, widget: QLabel, fraction: float, digits: bool = False) -> QLabel:
        """Keep `widget`'s text at `fraction` of the window's height, readable from the floor.

        With `digits`, the fraction is the height of the digits themselves as drawn, not of
        the font's line: the time left must really be that tall."""
        self._big.append((widget, fraction, digits))
        widget.installEventFilter(self)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A new style sheet (a theme change) re-polishes the labels and may put back the font
        # a label had when first polished: size it again whenever its font changes.
        if event.type() == QEvent.Type.FontChange and not self._fitting:
            self._fit_big()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_big()

    def _fit_big(self) -> None:
        self._fitting = True
        try:
            self._fit_each()
        finally:
            self._fitting = False

    def _fit_each(self) -> None:
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
        self.shortcut([k for k in keys.NEXT.keys if k != "Space"], slot)

        def space() -> None:
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isVisible():
                focused.click()
            else:
                slot()

        self.shortcut(["Space"], space)  # in keys.NEXT too

    def shortcut(
        self, sequences: Iterable[QKeySequence.StandardKey | str | int], slot: Callable[[], object]
    ) -> None:
        for key in sequences:
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    def focus_on_show(self, widget: QWidget) -> None:
        self._focus_first = widget

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        target = self._focus_first if self._focus_first and self._focus_first.isEnabled() else self
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def label(text: str = "", role: str = "body", wrap: bool = True, about: str = "") -> QLabel:
    """`about` says what the label is ("Time left"). It is the accessible description, not
    the name: a label's name is its text, so a screen reader reads "9:59", then what it is."""
    widget = QLabel(text)
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if about:
        widget.setAccessibleDescription(about)
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


def button_row(*widgets: QWidget, left: QWidget | None = None) -> FlowRow:
    """Buttons on the right, the way dialogs place them; `left` stays on the left. They wrap
    onto a second line rather than be cut off."""
    row = FlowRow(leading=0 if left is None else 1)
    if left is not None:
        row.add(left)
    return row.add(*widgets)


def big_font_px(widget: QWidget, fraction: float) -> int:
    """A pixel size that is `fraction` of the top-level window's height."""
    return max(12, int(widget.window().height() * fraction))


class WrappedLabel(QLabel):
    """The words of a check box that wrap when the window is narrow (a QCheckBox's own text
    never wraps, so a long statement was cut off). A click on them ticks the box."""

    def __init__(self, text: str, box: QAbstractButton) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "control")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.box.isEnabled() and self.rect().contains(event.position().toPoint()):
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)


def check_statement(box: QAbstractButton, text: str) -> QWidget:
    """`box` beside `text` wrapped over as many lines as it needs. The box keeps the words as
    its accessible name, so a screen reader reads the statement with the box."""
    box.setText("")
    box.setAccessibleName(text)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(WrappedLabel(text, box), 1)
    return holder
