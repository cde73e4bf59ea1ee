"""Writes each session into the history as it happens: a row when the hold begins, its end
when the hold ends, then the comfort rating and any early end told afterwards.

The history must never stop a session: a database error is logged and reported once, and
the session goes on. Nor may it hold up the window: a write that finds the file locked by
another program waits in a queue, with every write after it, and is tried again later."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.breathing import BreathPattern
from ...core.past_sessions import Comfort, SessionRecord
from ...core.session import Ending, SessionConfig, Stage
from ...storage.preferences_store import PreferencesStore
from ..session.controller import SessionController
from ..style.text import display_name

if TYPE_CHECKING:  # sqlite is loaded with the database, which may wait for a first session
    from ...history.database import HistoryDB

log = logging.getLogger(__name__)
RETRY_MS = 3000  # how soon a write that met a lock is tried again
Write = Callable[["HistoryDB"], object]


class Row:
    """A session's row in the history: its id once the INSERT has landed, which may wait
    for a lock. The writes after it, queued behind it, read the id when they run."""

    def __init__(self) -> None:
        self.id: int | None = None


def pattern_text(pattern: BreathPattern) -> str:
    return "-".join(
        f"{v:g}" for v in (pattern.inhale, pattern.hold_in, pattern.exhale, pattern.hold_out)
    )


HOLDING = (Stage.SETTLING, Stage.HOLD)


def local_now() -> datetime:
    return datetime.now().astimezone()


class HistoryRecorder(QObject):
    changed = Signal()
    failed = Signal(str)  # once: why the history cannot be written

    def __init__(
        self,
        controller: SessionController,
        store: PreferencesStore,
        db: HistoryDB | None,
        wall: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
        opener: Callable[[], HistoryDB | None] | None = None,
    ) -> None:
        """`opener`, with no `db`: there is no history file yet, so nothing to read; the
        database is opened (and made) when the first session is written."""
        super().__init__(parent or controller)
        self.controller = controller
        self.store = store
        self._db = db
        self._opener = opener
        self.wall = wall
        self.row: Row | None = None  # the current (or just finished) session's row
        self._queue: list[tuple[str, Write]] = []  # writes, in order, waiting for a lock
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry)
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
            self._records = [] if unopened else self._read()
        return list(self._records or [])

    def close_interrupted(self) -> None:
        """At start: rows a crash left open."""
        self._write("mark interrupted", lambda db: db.close_interrupted())

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
            self._write_row("end", lambda db, row: db.end(row, summary.time_in_pose, ending))
            log.info("history: session ended")  # not how: an early end or tingling is health data

    def _begin(self) -> None:
        config = self._config
        if config is None:
            return
        profile = self.store.prefs.active
        # Taken now, not when the write lands: a queued write keeps the moment it began.
        values = (
            self.wall(),
            profile.id,
            display_name(profile),
            config.hold_s,
            pattern_text(config.pattern),
        )
        row = self.row = Row()

        def insert(db: HistoryDB) -> None:
            row.id = db.begin(*values)

        self._write("begin", insert)

    def interrupt(self) -> None:
        """The app is quitting: the hold under way is marked interrupted, and writes that
        are waiting for a lock have their last try."""
        session = self.controller.session
        if self.row is not None and session is not None and session.stage in HOLDING:
            # Measured as an ended hold is (time_in_pose): from its start, paused included.
            now = self.controller.clock.now()
            started = session.summary(now).hold_started_at
            held = 0.0 if started is None else now - started
            self._write_row("interrupt", lambda db, row: db.end(row, held, Ending.INTERRUPTED))
        self.retry()
        if self._queue:
            log.warning("history: still locked at quit; %d write(s) lost", len(self._queue))

    # --- what the person tells ---------------------------------------------------------------

    def rate(self, comfort: Comfort | None) -> None:
        if self.row is not None:
            self._write_row("rate", lambda db, row: db.rate(row, comfort))
            log.info("history: session updated")  # not the rating: health data

    def report_early(self, minutes: float, tingling: bool) -> None:
        """Came down early without the computer, told afterwards."""
        if self.row is None:
            return
        ending = Ending.TINGLING if tingling else Ending.CAME_DOWN_EARLY
        self._write_row("report", lambda db, row: db.end(row, minutes * 60, ending, reported=True))
        log.info("history: session updated")  # not when or why it ended: health data

    def clear(self) -> None:
        self._write("clear", lambda db: db.clear())

    # --- writing, and errors ------------------------------------------------------------------

    def _write(self, what: str, action: Write) -> None:
        self._queue.append((what, action))
        if len(self._queue) == 1:  # otherwise it waits behind a locked write, for the timer
            self.retry()

    def _write_row(self, what: str, action: Callable[[HistoryDB, int], object]) -> None:
        """A write to the session's row, once that has landed (nothing, if it failed)."""
        row = self.row
        assert row is not None
        self._write(what, lambda db: None if row.id is None else action(db, row.id))

    def retry(self) -> None:
        """The waiting writes, in order, until one finds the file locked: that one and the
        rest wait for the next try. Each try waits WINDOW_WAIT_S at most."""
        wrote = False
        while self._queue:
            what, action = self._queue[0]
            if not self._attempt(what, action):
                self.retry_timer.start()
                break
            self._queue.pop(0)
            wrote = True
        else:
            self.retry_timer.stop()  # all written: a try already armed has nothing to do
        if wrote:
            self._records = None
            self.changed.emit()

    def _attempt(self, what: str, action: Write) -> bool:
        """False if another program holds the file locked; a failure is told, not retried."""
        import sqlite3  # loaded by the database already

        from ...history.database import is_busy

        db = self.db
        if db is None:
            return True
        try:
            action(db)
        except sqlite3.Error as exc:
            if is_busy(exc):
                log.info("history: the file is locked; %d write(s) wait", len(self._queue))
                return False
            self._fail(what, exc)
        return True

    def _read(self) -> list[SessionRecord] | None:
        import sqlite3

        db = self.db
        if db is None:
            return None
        try:
            return db.records()
        except sqlite3.Error as exc:
            self._fail("read", exc)
            return None

    def _fail(self, what: str, exc: Exception) -> None:
        log.warning("history: could not %s: %s", what, exc)
        if not self._told:
            self._told = True
            self.failed.emit(str(exc))
