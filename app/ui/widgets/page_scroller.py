"""A page that scrolls only when it must: large text on a small window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageScroller(QScrollArea):
    """Gives its page the whole view, and more height only when the page's least height for
    that width does not fit: then it scrolls rather than cut words off.

    QScrollArea's own resizing sizes a page with wrapping text to its preferred height, so the
    pictures' preferred size would make every page scroll; here the pictures shrink first."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(page)
        page.installEventFilter(self)

    def page(self) -> QWidget:
        return self.widget()

    def least_size(self, width: int) -> tuple[int, int]:
        """The page's least (width, height) when given `width`."""
        page = self.widget()
        least = page.minimumSizeHint().expandedTo(page.minimumSize())
        width = max(width, least.width())
        layout = page.layout()
        height = least.height()
        if layout is not None and layout.hasHeightForWidth():
            height = max(height, layout.minimumHeightForWidth(width))
        return width, height

    def fit(self) -> None:
        view = self.maximumViewportSize()
        width, height = self.least_size(view.width())
        if height > view.height():  # a vertical scroll bar takes some of the width
            width, height = self.least_size(
                view.width() - self.verticalScrollBar().sizeHint().width()
            )
        self.widget().resize(max(width, 0), max(height, view.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)
