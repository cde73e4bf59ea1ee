"""The entry guidance, read at the desk: one step per page, or all steps on one page."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from ....core.steps import Step
from ...shell import keys
from ...style.text import fill, t
from ...widgets.illustration import Illustration
from .common import Page, button, button_row, label

log = logging.getLogger(__name__)


class EntryPage(Page):
    begin = Signal()
    back = Signal()  # back to the start page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[Step, ...] = ()
        self._index = 0
        self._modes = QStackedLayout()
        self._modes.addWidget(self._build_steps())
        self._modes.addWidget(self._build_summary())
        outer = QVBoxLayout(self)
        outer.addLayout(self._modes)
        self.advance_keys(self.advance)
        self.shortcut(keys.BACK.keys, self.go_back)

    # --- one step per page -----------------------------------------------------------------

    def _build_steps(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.counter = label("", "muted", about=self.tr("Step"))
        self.step_title = label("", "title")
        self.picture = Illustration()
        self.step_body = label("")
        self.to_summary = button(self.tr("Show all steps on one page"))
        self.back_button = button(self.tr("Back"), hint=keys.BACK.hint())
        self.next_button = button(self.tr("Next"), primary=True, hint=keys.NEXT.hint())
        col.addWidget(self.counter)
        col.addWidget(self.step_title)
        col.addWidget(self.picture, 1)
        col.addWidget(self.step_body)
        row = button_row(self.back_button, self.next_button, left=self.to_summary)
        col.addLayout(row)
        self.to_summary.clicked.connect(lambda: self.show_summary(True))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.advance)
        return page

    # --- all steps at once, for the experienced --------------------------------------------

    def _build_summary(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(label(self.tr("The steps at a glance"), "title"))
        self.summary_grid = QGridLayout()
        self.summary_grid.setVerticalSpacing(6)
        col.addLayout(self.summary_grid)
        col.addStretch(1)
        self.to_steps = button(self.tr("Show step by step"))
        self.summary_back = button(self.tr("Back"))
        self.summary_begin = button(self.tr("Begin"), primary=True, hint=keys.BEGIN.hint())
        row = button_row(self.summary_back, self.summary_begin, left=self.to_steps)
        col.addLayout(row)
        self.to_steps.clicked.connect(lambda: self.show_summary(False))
        self.summary_back.clicked.connect(self.back.emit)
        self.summary_begin.clicked.connect(self.begin.emit)
        return page

    def _fill_summary(self) -> None:
        while self.summary_grid.count():
            item = self.summary_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for row, step in enumerate(self._steps):
            number = label(f"{row + 1}.", "body", wrap=False)
            text = label(fill(self.tr("%1: %2"), t(step.title), t(step.body)), "body")
            text.setStyleSheet("font-size: 11pt;")
            self.summary_grid.addWidget(number, row, 0)
            self.summary_grid.addWidget(text, row, 1)
        self.summary_grid.setColumnStretch(1, 1)

    # --- navigation ------------------------------------------------------------------------

    def load(self, steps: tuple[Step, ...], summary_first: bool) -> None:
        self._steps = steps
        self._index = 0
        self._fill_summary()
        self._show_step()
        self.show_summary(summary_first)

    @property
    def in_summary(self) -> bool:
        return self._modes.currentIndex() == 1

    @property
    def index(self) -> int:
        return self._index

    def show_summary(self, on: bool) -> None:
        self._modes.setCurrentIndex(1 if on else 0)
        # The hidden mode asks for no room: the one-step view is not made as tall as the
        # list of all steps, which with large text would push its words below the fold.
        for index in range(self._modes.count()):
            shown = index == self._modes.currentIndex()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            self._modes.widget(index).setSizePolicy(policy, policy)
        (self.summary_begin if on else self.next_button).setFocus()

    def advance(self) -> None:
        if self.in_summary or self._index == len(self._steps) - 1:
            self.begin.emit()
            return
        self._index += 1
        self._show_step()

    def go_back(self) -> None:
        if self.in_summary or self._index == 0:
            self.back.emit()
            return
        self._index -= 1
        self._show_step()

    def _show_step(self) -> None:
        step = self._steps[self._index]
        # No step name: the reclined rest's steps would tell the screening's answer.
        log.info("entry step %d of %d", self._index + 1, len(self._steps))
        self.counter.setText(
            fill(
                self.tr("Getting into the pose: step %1 of %2"),
                str(self._index + 1),
                str(len(self._steps)),
            )
        )
        self.step_title.setText(t(step.title))
        self.step_body.setText(t(step.body))
        self.picture.set_image(step.illustration, t(step.title))
        last = self._index == len(self._steps) - 1
        self.next_button.setText(self.tr("Begin") if last else self.tr("Next"))
        self.next_button.setAccessibleName(self.next_button.text())
