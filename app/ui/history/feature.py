"""The history in the window: the plan's suggestion on the start screen, the comfort tap and
"came down early" on the done screen and the hold, the note on a third session in a day,
and the History window."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ...core import past_sessions as history
from ...core.hold_plan import Suggestion, suggest
from ...core.session import Stage
from ..shell import notice
from ..style.text import fill
from .recorder import HistoryRecorder

if TYPE_CHECKING:
    from ...storage.preferences_store import PreferencesStore
    from ..session.controller import SessionController
    from .early_report import EarlyReportDialog  # dialogs: imported when first opened
    from .view import HistoryDialog

log = logging.getLogger(__name__)


class HistoryFeature(QObject):
    planChanged = Signal()  # between sessions, the history changed: the plan may suggest anew

    def __init__(
        self,
        controller: SessionController,
        store: PreferencesStore,
        recorder: HistoryRecorder,
        action: QAction,
        window: QWidget,
        today: Callable[[], date] = date.today,
    ) -> None:
        """`action` opens the History window; the window is its dialogs' parent."""
        super().__init__(window)
        self.controller = controller
        self.store = store
        self.window = window
        self.recorder = recorder
        self.today = today
        self.dialog: HistoryDialog | None = None
        self.report: EarlyReportDialog | None = None
        action.setEnabled(recorder.available)
        action.triggered.connect(self.show_history)
        recorder.failed.connect(self._failed)
        recorder.changed.connect(self._history_changed)

    def plan(self) -> Suggestion | None:
        prefs = self.store.prefs
        if not prefs.progressive or not self.recorder.available:
            return None
        return suggest(self.recorder.records(), prefs.plan_target_min)

    # --- came down early ---------------------------------------------------------------------

    def ask_when(self) -> None:
        """From the hold ("I came down already") or the done screen ("Came down early?")."""
        controller = self.controller
        session = controller.session
        if session is None or self.report is not None:
            return
        now = controller.clock.now()
        summary = session.summary(now)
        started = summary.hold_started_at
        since_start = 0.0 if started is None else now - started
        longest = summary.planned_s if session.stage is Stage.HOLD else summary.time_in_pose
        from .early_report import EarlyReportDialog

        dialog = EarlyReportDialog(
            suggested_min=math.floor(min(since_start, longest) / 60),
            longest_min=math.ceil(max(longest, summary.planned_s) / 60),
            parent=self.window,
        )
        self.report = dialog
        dialog.finished.connect(lambda result: self._reported(dialog, result))
        dialog.open()

    def _reported(self, dialog: EarlyReportDialog, result: int) -> None:
        self.report = None
        dialog.deleteLater()
        if result != dialog.DialogCode.Accepted:
            return
        controller = self.controller
        if controller.stage in (Stage.SETTLING, Stage.HOLD):
            # Already up: the hold ends here, and the way down and the seated pause still
            # run (the pause is never skipped).
            controller.come_down()
        self.recorder.report_early(dialog.minutes.value(), dialog.tingling.isChecked())

    # --- the rest ----------------------------------------------------------------------------

    def note_third(self) -> None:
        """A new session is at its entry guidance: a third one today is told it is plenty."""
        if not self.recorder.available:
            return
        count = history.sessions_on(self.recorder.records(), self.today())
        if count >= history.USUAL_PER_DAY:
            notice.post(
                fill(
                    self.tr(
                        "This will be session %1 today. Once or twice a day is plenty: regular, "
                        "daily practice matters more than one long session."
                    ),
                    str(count + 1),
                ),
                [(self.tr("OK"), notice.dismiss)],
            )
            log.info("note: session %d today", count + 1)

    def show_history(self) -> None:
        if not self.recorder.available:
            return
        if self.dialog is None:
            from .view import HistoryDialog

            self.dialog = HistoryDialog(self.recorder.records, self.today, self.window)
            self.dialog.clearRequested.connect(self.recorder.clear)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()

    def _history_changed(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()
        if not self.controller.active:
            self.planChanged.emit()

    def _failed(self, why: str) -> None:
        notice.post(
            fill(self.tr("The history could not be saved (%1). Sessions go on as usual."), why),
            [(self.tr("OK"), notice.dismiss)],
        )
