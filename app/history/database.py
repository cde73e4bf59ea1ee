"""The history of sessions in SQLite: WAL mode, a versioned schema, one row per session.

The row is written when the hold begins and updated when it ends, each in its own
transaction, so a crash (or kill -9) loses nothing already written; a row still open at the
next start is marked interrupted.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from ..core.past_sessions import Comfort, SessionRecord
from ..core.session import Ending
from ..core.validate import encodable, finite
from ..storage.preferences_file import ensure_private_dir

log = logging.getLogger(__name__)

SCHEMA = 1
OPEN = "open"  # the `ending` of a row whose hold has not ended
# The longest the window waits for another program that holds the file locked: a write that
# meets the lock is tried again later (app/ui/history/recorder.py), so the window never stalls.
WINDOW_WAIT_S = 0.1

_SCHEMA_V1 = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    profile_name TEXT NOT NULL,
    planned_s REAL NOT NULL,
    held_s REAL,
    ending TEXT NOT NULL DEFAULT 'open',
    pattern TEXT NOT NULL,
    comfort TEXT,
    reported INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_started ON sessions (started_at);
"""


def _run(db: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, and each step must be one transaction.
    for statement in filter(str.strip, script.split(";")):
        db.execute(statement)


# MIGRATIONS[n] brings a database at user_version n to n + 1.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (lambda db: _run(db, _SCHEMA_V1),)
assert len(MIGRATIONS) == SCHEMA


_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED: named in the sqlite3 module from 3.11 only


def is_busy(exc: sqlite3.Error) -> bool:
    """Another connection holds the lock: the file is fine, and a later try may succeed."""
    code: int | None = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # Python 3.10 gives the message alone
        return "locked" in str(exc)
    return code & 0xFF in _BUSY_CODES  # the primary code, without the extended bits


class HistoryError(Exception):
    """The history cannot be used; the message says why, for the person."""


class HistoryDB:
    def __init__(self, path: Path, timeout: float = 5.0) -> None:
        """`timeout`: how long to wait for another program that holds the file locked."""
        self.path = path
        ensure_private_dir(path.parent)
        self.db = sqlite3.connect(path, isolation_level=None, timeout=timeout)
        try:
            self._version()  # a later version's file is refused before anything is changed
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except sqlite3.Error:
            self.db.close()
            raise
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)

    @classmethod
    def open(cls, path: Path, stamp: str, timeout: float = 5.0) -> tuple[HistoryDB, Path | None]:
        """Open, or start afresh when the file is not a database (kept as
        `<name>.corrupt-<stamp>`). Raises HistoryError when neither works."""
        try:
            return cls(path, timeout), None
        except sqlite3.OperationalError as exc:
            # Locked, unreadable, a full disk: the history itself may be whole, so it stays
            # where it is, untouched, and the app runs without it this time.
            raise HistoryError(f"{path}: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            if "newer" in str(exc):
                raise HistoryError(str(exc)) from exc
            aside = path.with_name(f"{path.name}.corrupt-{stamp}")
            log.warning("history: %s cannot be read (%s); moved to %s", path, exc, aside)
            try:
                os.replace(path, aside)
                for suffix in ("-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        os.replace(f"{path}{suffix}", f"{aside}{suffix}")
                return cls(path, timeout), aside
            except (OSError, sqlite3.Error) as again:
                raise HistoryError(f"{path}: {again}") from again
        except OSError as exc:
            raise HistoryError(f"{path}: {exc}") from exc

    def _version(self) -> int:
        """The file's schema; a newer one than this app knows is refused."""
        version: int = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA:
            raise sqlite3.DatabaseError(
                f"the history was written by a newer version (schema {version} > {SCHEMA})"
            )
        return version

    def _migrate(self) -> None:
        for step in range(self._version(), SCHEMA):
            with self._transaction():
                MIGRATIONS[step](self.db)
                self.db.execute(f"PRAGMA user_version = {step + 1}")
            log.info("history: schema %d", step + 1)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @classmethod
    def snapshot(cls, path: Path, timeout: float = 5.0) -> HistoryDB:
        """A copy in memory, for reading without changing the history: an older schema is
        brought up to date in the copy only. (Not `mode=ro`: a read-only connection leaves
        the write-ahead log's files behind.)"""
        source = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        try:
            # A read first, as backup() retries a locked file for ever; this gives up after
            # `timeout`. The read transaction then holds one consistent view for the copy.
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            copy = sqlite3.connect(":memory:", isolation_level=None)
            source.backup(copy)
        finally:
            source.close()
        self = cls.__new__(cls)
        self.path, self.db = path, copy
        try:
            self._migrate()
        except sqlite3.Error:
            copy.close()
            raise
        return self

    def close(self) -> None:
        self.db.close()

    # --- writing -----------------------------------------------------------------------------

    def begin(
        self,
        started_at: datetime,
        profile_id: str,
        profile_name: str,
        planned_s: float,
        pattern: str,
    ) -> int:
        cursor = self.db.execute(
            "INSERT INTO sessions (started_at, profile_id, profile_name, planned_s, pattern)"
            " VALUES (?, ?, ?, ?, ?)",
            (  # a lone surrogate in a name made SQLite refuse the whole row
                started_at.isoformat(timespec="seconds"),
                encodable(profile_id),
                encodable(profile_name),
                planned_s,
                encodable(pattern),
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def end(self, row: int, held_s: float, ending: Ending, reported: bool = False) -> None:
        self.db.execute(
            "UPDATE sessions SET held_s = ?, ending = ?, reported = ? WHERE id = ?",
            (held_s, ending.value, int(reported), row),
        )

    def rate(self, row: int, comfort: Comfort | None) -> None:
        self.db.execute(
            "UPDATE sessions SET comfort = ? WHERE id = ?",
            (comfort.value if comfort else None, row),
        )

    def close_interrupted(self) -> int:
        """Rows left open by a crash: their hold never ended as far as anyone knows."""
        cursor = self.db.execute(
            "UPDATE sessions SET ending = ? WHERE ending = ?", (Ending.INTERRUPTED.value, OPEN)
        )
        if cursor.rowcount:
            log.info("history: %d session(s) left open were marked interrupted", cursor.rowcount)
        return cursor.rowcount

    def clear(self) -> None:
        self.db.execute("DELETE FROM sessions")
        log.info("history cleared")

    # --- reading -----------------------------------------------------------------------------

    def records(self) -> list[SessionRecord]:
        rows = self.db.execute(
            "SELECT id, started_at, profile_id, profile_name, planned_s, held_s, ending,"
            " pattern, comfort, reported FROM sessions ORDER BY started_at, id"
        ).fetchall()
        out = []
        for row in rows:
            record = _record(row)
            if record is not None:
                out.append(record)
        return out


def _seconds(value: float | str | None) -> float | None:
    """A stored time; None if there is none, or if it is not finite (SQLite keeps 9e999 as
    infinity, and round() of that crashed the hold plan and the History window)."""
    return None if value is None else finite(float(value))


def _record(row: tuple) -> SessionRecord | None:
    rid, started, pid, name, planned, held, ending, pattern, comfort, reported = row
    try:
        planned_s = _seconds(planned)
        if planned_s is None:
            raise ValueError(f"planned time {planned!r} is not a finite number")
        return SessionRecord(
            id=rid,
            started_at=datetime.fromisoformat(started),
            profile_id=pid,
            profile_name=name,
            planned_s=planned_s,
            held_s=_seconds(held),
            ending=None if ending == OPEN else Ending(ending),
            pattern=pattern,
            comfort=None if comfort is None else Comfort(comfort),
            reported=bool(reported),
        )
    except (TypeError, ValueError) as exc:
        log.warning("history: row %s cannot be read (%s); left out", rid, exc)
        return None
