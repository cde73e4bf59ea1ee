"""A row of controls that wraps onto further lines when the window is too narrow for it.

With large text or a narrow window, a plain QHBoxLayout squeezes its buttons until their
words are cut off; this row moves the last ones down a line instead, the way text wraps."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowRow(QLayout):
    """Items flow left to right and wrap. The first `leading` items keep to the left of their
    line, the rest to the right, as a dialog's buttons do (an extra button on the left, the
    actions on the right). Items with a stretching horizontal policy share a line's spare
    width. Hidden widgets take no room."""

    def __init__(self, parent: QWidget | None = None, leading: int = 0, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._leading = leading
        self._heights: dict[int, int] = {}  # heightForWidth is asked often, for few widths
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, *widgets: QWidget) -> FlowRow:
        for widget in widgets:
            self.addWidget(widget)
        return self

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for _, i in shown) + self.spacing() * (len(shown) - 1)
        height = max((i.sizeHint().height() for _, i in shown), default=0)
        return QSize(
            max(0, width) + margins.left() + margins.right(),
            height + margins.top() + margins.bottom(),
        )

    def minimumSize(self) -> QSize:
        """One item to a line: as narrow as the widest item."""
        margins = self.contentsMargins()
        size = QSize()
        for _, item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(item.sizeHint())
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[tuple[int, QLayoutItem]]:
        return [(n, i) for n, i in enumerate(self._items) if not i.isEmpty()]

    def _lines(self, width: int) -> list[list[tuple[int, QLayoutItem]]]:
        lines: list[list[tuple[int, QLayoutItem]]] = [[]]
        used = 0
        for index, item in self._shown():
            need = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + need > width:
                lines.append([])
                used = 0
            used += need + (self.spacing() if lines[-1] else 0)
            lines[-1].append((index, item))
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        lines = self._lines(area.width())
        for line in lines:
            height = max(i.sizeHint().height() for _, i in line)
            if move:
                self._place(line, area, y, height)
            y += height + self.spacing()
        if lines:
            y -= self.spacing()
        return y - rect.y() + margins.bottom()

    def _place(self, line: list[tuple[int, QLayoutItem]], area: QRect, y: int, height: int) -> None:
        widths = [min(i.sizeHint().width(), area.width()) for _, i in line]
        spare = area.width() - sum(widths) - self.spacing() * (len(line) - 1)
        growing = [n for n, (_, i) in enumerate(line) if _grows(i)]
        for n in growing:
            widths[n] += spare // len(growing)
        if growing:
            spare = 0
        x = area.x()
        for n, (index, item) in enumerate(line):
            if index >= self._leading and (n == 0 or line[n - 1][0] < self._leading):
                x += max(0, spare)  # the gap between the leading items and the rest
            top = y + (height - item.sizeHint().height()) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(widths[n], item.sizeHint().height())))
            x += widths[n] + self.spacing()


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    policy = widget.sizePolicy().horizontalPolicy()
    return bool(policy.value & QSizePolicy.PolicyFlag.ExpandFlag.value)


def together(*widgets: QWidget) -> QWidget:
    """Widgets that wrap as one: a label stays beside its field."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder
