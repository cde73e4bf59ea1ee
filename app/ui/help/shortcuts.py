"""Help → Keyboard shortcuts: every key the app answers to, from keys.SHEET."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QVBoxLayout, QWidget

from ..session.pages.common import label
from ..shell import keys
from ..style.text import t


class ShortcutsSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        col = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(1, 1)
        row = 0
        for section, entries in keys.SHEET:
            heading = label(t(section), "subtitle", wrap=False)
            heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for entry in entries:
                key = label(entry.shown(), "body", wrap=False)
                key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
                grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(label(t(entry.what), "body", wrap=False), row, 1)
                row += 1
        col.addLayout(grid)
        col.addWidget(
            label(
                self.tr(
                    "Alt and the underlined letter of a label moves to its field; Tab moves "
                    "between controls."
                ),
                "muted",
            )
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        col.addWidget(close)
