"""Safety before the first session: the three levels of caution from DOMAIN.md."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QScrollArea, QVBoxLayout, QWidget

from ....core import cautions
from ....core.cautions import SCREENING_ALTERNATIVE, SCREENING_CLEARED, SCREENING_UNCLEARED
from ...style.text import t
from .common import Page, button, button_row, check_statement, label


def _bullets(items: tuple) -> str:
    return "\n".join(f"•  {t(item)}" for item in items)


class ScreeningPage(Page):
    answered = Signal(str)  # one of cautions.SCREENING_ANSWERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scroll = QScrollArea()
        scroll.setWidget(self._build_cautions())
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        statements = self._build_statements()
        self._build_answers()
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        for statement in statements:
            outer.addWidget(statement)
        outer.addLayout(button_row(self.cannot, self.not_cleared, self.cont))
        self.focus_on_show(self.no_eye_condition)

    def _build_cautions(self) -> QWidget:
        """The three levels of caution, to read (they scroll on a small window)."""
        content = QWidget()
        content.setObjectName("page")
        col = QVBoxLayout(content)
        col.setSpacing(10)
        col.addWidget(label(self.tr("Before you begin"), "title"))
        col.addWidget(
            label(
                self.tr(
                    "Legs up the wall is a gentle inversion: your legs rest higher than your "
                    "heart. For a few conditions that matters, so please read this once."
                )
            )
        )
        col.addWidget(self._heading(self.tr("Do not do this pose if you have")))
        col.addWidget(label(_bullets(cautions.DO_NOT), about=self.tr("Do not do this pose if")))
        col.addWidget(label(t(cautions.DO_NOT_WHY), "muted"))
        col.addWidget(self._heading(self.tr("Only with your physician's clearance")))
        col.addWidget(
            label(_bullets(cautions.CLEARANCE), about=self.tr("Only with a physician's clearance"))
        )
        col.addWidget(self._heading(self.tr("Take care")))
        col.addWidget(label(_bullets(cautions.TAKE_CARE), about=self.tr("Take care")))
        col.addWidget(label(t(cautions.TINGLING), "muted"))
        col.addWidget(label(t(cautions.NOT_ADVICE), "muted"))
        col.addStretch(1)
        return content

    def _build_statements(self) -> tuple[QWidget, QWidget]:
        # Two separate statements: the "do not" conditions cannot be cleared by anyone, so
        # no single tick may cover both lists.
        self.no_eye_condition = QCheckBox()
        self.confirm = QCheckBox()
        statements = (
            check_statement(
                self.no_eye_condition, self.tr("I have neither glaucoma nor a detached retina")
            ),
            check_statement(
                self.confirm,
                self.tr(
                    "None of the conditions needing a physician's clearance applies to me, or "
                    "my physician has cleared me"
                ),
            ),
        )
        for box in (self.no_eye_condition, self.confirm):
            box.toggled.connect(self._update)
        return statements

    def _build_answers(self) -> None:
        self.cont = button(self.tr("Continue"), primary=True)
        self.cont.setEnabled(False)
        self.cannot = button(self.tr("I have glaucoma or a detached retina"))
        self.cannot.setToolTip(t(cautions.ALTERNATIVE))
        # An honest way to the reclined rest for the clearance list, so that nobody has to
        # claim an eye condition to get it.
        self.not_cleared = button(self.tr("I need my physician's clearance first"))
        self.not_cleared.setToolTip(t(cautions.ALTERNATIVE) + " " + t(cautions.ASK_PHYSICIAN))
        self.cont.clicked.connect(lambda: self.answered.emit(SCREENING_CLEARED))
        self.cannot.clicked.connect(lambda: self.answered.emit(SCREENING_ALTERNATIVE))
        self.not_cleared.clicked.connect(lambda: self.answered.emit(SCREENING_UNCLEARED))

    def _update(self) -> None:
        self.cont.setEnabled(self.no_eye_condition.isChecked() and self.confirm.isChecked())

    def _heading(self, text: str) -> QWidget:
        heading = label(text, "body")
        heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        return heading

    def reset(self, current: str | None) -> None:
        """The boxes say what the saved answer said."""
        self.no_eye_condition.setChecked(current in (SCREENING_CLEARED, SCREENING_UNCLEARED))
        self.confirm.setChecked(current == SCREENING_CLEARED)
