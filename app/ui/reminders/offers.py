"""Where a due reminder is offered: a tray notification, with the answers at the top of the
tray menu and in a small window the notification opens; with no tray, that window alone."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from ...core import reminders
from ...core.reminders import Reminder
from ..shell.icon import app_icon
from ..style.text import display_name, fill, t
from .scheduler import ReminderScheduler

if TYPE_CHECKING:
    from ...storage.preferences_store import PreferencesStore
    from .prompt import ReminderPrompt

log = logging.getLogger(__name__)

MESSAGE_MS = 60_000  # a notification that goes by too fast is one more thing to catch


class ReminderOffers(QObject):
    notify = Signal(str, str, int)  # a tray notification: title, text, how long it shows (ms)

    def __init__(
        self,
        store: PreferencesStore,
        scheduler: ReminderScheduler,
        start_profile: Callable[[str], None],
        *,
        tray_usable: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        """`start_profile`: Start now. `tray_usable`: a notification there can be seen; the
        tray shows `notify` and says when it was clicked (`message_clicked`)."""
        super().__init__(parent)
        self.store = store
        self.scheduler = scheduler
        self._start_profile = start_profile
        self._tray_usable = tray_usable
        self.pending: Reminder | None = None
        self._prompt: ReminderPrompt | None = None
        self.heading = QAction(self)
        self.heading.setEnabled(False)
        self.start_action = QAction(self)
        self.start_action.triggered.connect(lambda: self._from_menu(self.start_now))
        self.later_action = QAction(
            self.tr("&Later (in %n minutes)", "", reminders.LATER_MIN), self
        )
        self.later_action.triggered.connect(lambda: self._from_menu(self.later))
        self.skip_action = QAction(self.tr("S&kip today"), self)
        self.skip_action.triggered.connect(lambda: self._from_menu(self.skip_today))
        scheduler.due.connect(self.offer)
        scheduler.withdrawn.connect(self.clear)

    @property
    def prompt(self) -> ReminderPrompt:
        """The reminder's own little window, made when first needed: most runs show none."""
        if self._prompt is None:
            from .prompt import ReminderPrompt

            prompt = ReminderPrompt()
            prompt.setWindowIcon(app_icon())
            prompt.startNow.connect(self.start_now)
            prompt.later.connect(self.later)
            prompt.skipToday.connect(self.skip_today)
            self._prompt = prompt
        return self._prompt

    def menu_actions(self) -> list[QAction]:
        """The tray menu's first lines while a reminder waits for an answer."""
        if self.pending is None:
            return []
        return [self.heading, self.start_action, self.later_action, self.skip_action]

    def offer(self, reminder: Reminder) -> None:
        self.pending = reminder
        profile = self.store.prefs.profile(reminder.profile_id)
        self.heading.setText(t(reminders.TITLES[reminder.kind]))
        self.start_action.setText(
            fill(self.tr("&Start now: %1"), display_name(profile).replace("&", "&&"))
        )
        if self._tray_usable():
            self.notify.emit(
                t(reminders.TITLES[reminder.kind]),
                t(reminders.MESSAGES[reminder.kind])
                + "\n"
                + self.tr("Click here, or open the tray menu, to start, wait or skip today."),
                MESSAGE_MS,
            )
            log.info("reminder %s shown as a tray notification", reminder.kind.value)
        else:
            self.prompt.offer(reminder)

    def clear(self) -> None:
        self.pending = None
        if self._prompt is not None:
            self._prompt.withdraw()

    def start_now(self, reminder: Reminder) -> None:
        self.clear()
        log.info("reminder %s: start now", reminder.kind.value)
        self._start_profile(reminder.profile_id)

    def later(self, reminder: Reminder) -> None:
        self.clear()
        self.scheduler.ask_later(reminder)

    def skip_today(self, reminder: Reminder) -> None:
        self.clear()
        self.scheduler.skip_today(reminder)

    def _from_menu(self, answer: Callable[[Reminder], None]) -> None:
        if self.pending is not None:
            answer(self.pending)

    def message_clicked(self) -> None:
        """The tray's notification was clicked: the choices in their window."""
        if self.pending is not None:
            self.prompt.offer(self.pending)
