"""The cautions in a non-modal box, for Help → Safety information during a session, when
the pages must stay as they are."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ...core import cautions
from ..style.text import t


class SafetyDialog(QMessageBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety information"))
        self.setIcon(QMessageBox.Icon.Information)
        sections = [
            (self.tr("Do not do this pose if you have"), cautions.DO_NOT),
            (self.tr("Only with your physician's clearance"), cautions.CLEARANCE),
            (self.tr("Take care"), cautions.TAKE_CARE),
        ]
        text = "\n\n".join(
            heading + "\n" + "\n".join(f"•  {t(item)}" for item in items)
            for heading, items in sections
        )
        self.setText(text + "\n\n" + t(cautions.TINGLING) + "\n\n" + t(cautions.NOT_ADVICE))
        self.setModal(False)
