"""The Help menu's windows: the cautions beside the pages (Safety information during a
session; between sessions it is the safety page), the keyboard shortcuts, and About."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from ... import __version__
from ..style.text import fill


class Help(QObject):
    def __init__(self, window: QWidget) -> None:
        """The window is the parent of every window opened here."""
        super().__init__(window)
        self._window = window

    def show_safety(self) -> None:
        """One non-modal box, raised again if it is open already."""
        from .safety import SafetyDialog  # opened mid-session only: not at start-up

        dialog = self._window.findChild(SafetyDialog) or SafetyDialog(self._window)
        dialog.show()
        dialog.raise_()

    def show_shortcuts(self) -> None:
        from .shortcuts import ShortcutsSheet  # rarely opened: not at start-up

        sheet = ShortcutsSheet(self._window)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self._window,
            self.tr("About Viparita"),
            fill(self.tr("Viparita %1\nA calm guide to legs up the wall."), __version__),
        )
