"""A calm in-window message bar, used instead of modal dialogs that would need a click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ..session.pages.common import button, label


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

    def show_message(self, text: str, actions: list[tuple[str, Callable[[], None]]] = ()) -> None:
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
