"""A small, quiet window offering a reminder: Start now, Later, Skip today.

It opens without taking the focus (the person may be typing) and closes on any answer.
Closing it without an answer is an answer too: the reminder is not offered again."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ... import APP_NAME
from ...core import reminders
from ...core.reminders import Reminder
from ..session.pages.common import button, button_row, label
from ..shell.show_quietly import show_without_focus
from ..style import theme
from ..style.text import t

log = logging.getLogger(__name__)


class ReminderPrompt(QWidget):
    startNow = Signal(object)  # the Reminder answered
    later = Signal(object)
    skipToday = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")  # the theme's window background
        self.reminder: Reminder | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 20)
        col.setSpacing(12)
        self.title = label("", "title", about=self.tr("Reminder"))
        self.message = label("", "body", about=self.tr("Reminder message"))
        self.start_button = button(self.tr("&Start now"), primary=True)
        self.later_button = button(
            self.tr("&Later"),
            hint=self.tr("Ask again in %n minutes", "", reminders.LATER_MIN),
            name=self.tr("Later, in %n minutes", "", reminders.LATER_MIN),
        )
        self.skip_button = button(self.tr("S&kip today"))
        col.addWidget(self.title)
        col.addWidget(self.message)
        col.addStretch(1)
        col.addLayout(button_row(self.start_button, self.later_button, self.skip_button))
        self.start_button.clicked.connect(lambda: self._answer(self.startNow))
        self.later_button.clicked.connect(lambda: self._answer(self.later))
        self.skip_button.clicked.connect(lambda: self._answer(self.skipToday))
        QShortcut(QKeySequence("Escape"), self, self.close)
        self.setMinimumWidth(440)

    def offer(self, reminder: Reminder) -> None:
        self.reminder = reminder
        self.setWindowTitle(f"{APP_NAME} – {t(reminders.TITLES[reminder.kind])}")
        self.title.setText(t(reminders.TITLES[reminder.kind]))
        self.message.setText(t(reminders.MESSAGES[reminder.kind]))
        # At bedtime, dim and warm whatever the app's own theme is just now.
        bedtime = reminder.kind is reminders.Kind.BEDTIME
        scale = theme.text_scale(QApplication.font())
        self.setStyleSheet(theme.stylesheet(theme.BEDTIME, scale) if bedtime else "")
        self.adjustSize()
        if self.isVisible():
            self.raise_()
        else:
            show_without_focus(self)
        QApplication.alert(self)
        log.info("reminder %s shown in a window", reminder.kind.value)

    def withdraw(self) -> None:
        self.reminder = None
        self.hide()

    def _answer(self, signal: Signal) -> None:
        reminder, self.reminder = self.reminder, None
        self.hide()
        if reminder is not None:
            signal.emit(reminder)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminder is not None:
            log.info("reminder %s closed without an answer", self.reminder.kind.value)
        self.reminder = None
        super().closeEvent(event)
