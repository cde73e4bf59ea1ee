""" "I came down early": when, and why, for someone who got up without touching the computer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..session.pages.common import buddy, label


class EarlyReportDialog(QDialog):
    def __init__(self, suggested_min: int, longest_min: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Came down early"))
        col = QVBoxLayout(self)
        col.addWidget(
            label(
                self.tr(
                    "If you came down before the end, say when, so that your history shows "
                    "what really happened."
                ),
                "body",
            )
        )
        form = QFormLayout()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, max(1, longest_min))
        self.minutes.setValue(max(0, min(suggested_min, longest_min)))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes in the pose before coming down"))
        form.addRow(buddy(self.tr("&After about:"), self.minutes), self.minutes)
        self.tingling = QRadioButton(self.tr("&Tingling or numbness"))
        self.other = QRadioButton(self.tr("A&nother reason"))
        self.other.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.tingling)
        group.addButton(self.other)
        form.addRow(self.tr("Why:"), self.tingling)
        form.addRow("", self.other)
        col.addLayout(form)
        self.note = label(self.tr("After tingling, keep your next hold shorter."), "note")
        col.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.buttons = buttons
