"""A calm in-window message bar, used instead of modal dialogs that would need a click, and
the one place any module posts a notice to (`post`, `dismiss`): the bridge is connected to the
window's bar once, so no feature reaches into the window to tell the person something."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ..session.pages.common import button, label

Action = tuple[str, Callable[[], None]]  # a button's caption, and what it does


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "banner", about=self.tr("Notice"))
        self._row.addWidget(self.text, 1)
        self._buttons: list[QWidget] = []
        self.hide()

    def show_message(self, text: str, actions: Sequence[Action] = ()) -> None:
        for b in self._buttons:
            b.deleteLater()
        self._buttons = []
        for caption, callback in actions:
            b = button(caption)
            b.clicked.connect(callback)
            self._row.addWidget(b)
            self._buttons.append(b)
        self.text.setText(text)
        self.show()
        if self._buttons:
            self._buttons[0].setFocus()

    def buttons(self) -> list[QWidget]:
        return list(self._buttons)

    def dismiss(self) -> None:
        self.hide()
        self.text.clear()


class NoticeBridge(QObject):
    posted = Signal(str, object)  # the text, and its buttons: a list of Action
    dismissed = Signal()

    def show_on(self, bar: NoticeBar) -> None:
        """The bar that shows what is posted; the connection goes when the bar does."""
        self.posted.connect(bar.show_message)
        self.dismissed.connect(bar.dismiss)


bridge = NoticeBridge()


def post(text: str, actions: Sequence[Action] = ()) -> None:
    """Tell the person `text` in the window, with a button for each action (none: it stays
    until the next notice or a dismissal)."""
    bridge.posted.emit(text, list(actions))


def dismiss() -> None:
    bridge.dismissed.emit()
