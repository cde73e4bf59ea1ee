"""Writes each session into the history as it happens: a row when the hold begins, its end
when the hold ends, then the comfort rating and any early end told afterwards.

The history must never stop a session: a database error is logged and reported once, and
the session goes on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from app.core.breathing import BreathPattern
from app.core.history import Comfort, SessionRecord
from app.core.session import Ending, SessionConfig, Stage
from app.settings import Settings
from app.ui.controller import SessionController
from app.ui.text import display_name

if TYPE_CHECKING:  # sqlite is loaded with the database, which may wait for a first session
    from app.history.database import HistoryDB

log = logging.getLogger(__name__)
T = TypeVar("T")


def pattern_text(pattern: BreathPattern) -> str:
    return "-".join(
        f"{v:g}" for v in (pattern.inhale, pattern.hold_in, pattern.exhale, pattern.hold_out)
    )


def local_now() -> datetime:
    return datetime.now().astimezone()


class HistoryRecorder(QObject):
    changed = Signal()
    failed = Signal(str)  # once: why the history cannot be written

    def __init__(
        self,
        controller: SessionController,
        settings: Settings,
        db: HistoryDB | None,
        wall: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
        opener: Callable[[], HistoryDB | None] | None = None,
    ) -> None:
        """`opener`, with no `db`: there is no history file yet, so nothing to read; the
        database is opened (and made) when the first session is written."""
        super().__init__(parent or controller)
        self.controller = controller
        self.settings = settings
        self._db = db
        self._opener = opener
        self.wall = wall
        self.row: int | None = None  # the current (or just finished) session's row
        # The start screen, the menus and the plan all read the history; it changes only
        # through this object, so one read serves them until the next write.
        self._records: list[SessionRecord] | None = None
        self._config: SessionConfig | None = None
        self._told = False
        controller.sessionStarted.connect(self._started)
        controller.stageChanged.connect(self._on_stage)

    @property
    def db(self) -> HistoryDB | None:
        if self._opener is not None:
            opener, self._opener = self._opener, None
            self._db = opener()
        return self._db

    @property
    def available(self) -> bool:
        return self._opener is not None or self._db is not None

    def records(self) -> list[SessionRecord]:
        if self._records is None:
            unopened = self._opener is not None  # no file yet: an empty history
            self._records = [] if unopened else self._do("read", lambda db: db.records())
        return list(self._records or [])

    # --- the session ---------------------------------------------------------------------------

    def _started(self, config: SessionConfig) -> None:
        self._config = config
        self.row = None

    def _on_stage(self, stage: Stage) -> None:
        if stage is Stage.HOLD and self.row is None:
            self._begin()
        elif stage is Stage.EXIT:
            if self.row is None:
                self._begin()  # came down during the settling: a hold of nothing
            session = self.controller.session
            if session is None or self.row is None:
                return
            summary = session.summary(self.controller.clock.now())
            ending = summary.ending or Ending.COMPLETED
            row = self.row
            self._do("end", lambda db: db.end(row, summary.time_in_pose, ending))
            log.info("history: session %s %s after %.0f s", row, ending.value, summary.time_in_pose)

    def _begin(self) -> None:
        config = self._config
        if config is None:
            return
        profile = self.settings.prefs.active
        started = self.wall()
        self.row = self._do(
            "begin",
            lambda db: db.begin(
                started,
                profile.id,
                display_name(profile),
                config.hold_s,
                pattern_text(config.pattern),
            ),
        )

    def interrupt(self) -> None:
        """The app is quitting with the hold under way."""
        session = self.controller.session
        if self.row is None or session is None or session.stage not in (Stage.SETTLING, Stage.HOLD):
            return
        # Measured as an ended hold is (time_in_pose): from its start, paused time included.
        now = self.controller.clock.now()
        started = session.summary(now).hold_started_at
        held = 0.0 if started is None else now - started
        row = self.row
        self._do("interrupt", lambda db: db.end(row, held, Ending.INTERRUPTED))

    # --- what the person tells ---------------------------------------------------------------

    def rate(self, comfort: Comfort | None) -> None:
        if self.row is not None:
            row = self.row
            self._do("rate", lambda db: db.rate(row, comfort))
            log.info("history: session %s rated %s", row, comfort.value if comfort else "none")

    def report_early(self, minutes: float, tingling: bool) -> None:
        """Came down early without the computer, told afterwards."""
        if self.row is None:
            return
        row = self.row
        ending = Ending.TINGLING if tingling else Ending.CAME_DOWN_EARLY
        self._do("report", lambda db: db.end(row, minutes * 60, ending, reported=True))
        log.info(
            "history: session %s came down early at about %.0f min (%s), told afterwards",
            row,
            minutes,
            ending.value,
        )

    def clear(self) -> None:
        self._do("clear", lambda db: db.clear())

    # --- errors --------------------------------------------------------------------------------

    def _do(self, what: str, action: Callable[[HistoryDB], T]) -> T | None:
        db = self.db
        if db is None:
            return None
        import sqlite3  # loaded by the database already

        try:
            result = action(db)
        except sqlite3.Error as exc:
            log.warning("history: could not %s: %s", what, exc)
            if not self._told:
                self._told = True
                self.failed.emit(str(exc))
            return None
        if what != "read":
            self._records = None
            self.changed.emit()
        return result
