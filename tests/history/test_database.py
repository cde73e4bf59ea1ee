"""The history file: a real SQLite database in a temporary data directory."""

import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone

import pytest

from app.core.past_sessions import Comfort
from app.core.session import Ending
from app.history.database import SCHEMA, HistoryDB, HistoryError

ZONE = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "viparita" / "history.sqlite3"


def test_a_session_is_written_when_the_hold_begins_and_completed_when_it_ends(path):
    db = HistoryDB(path)
    row = db.begin(T0, "work", "Work break", 300.0, "4-0-6-0")
    (open_row,) = db.records()
    assert open_row.ending is None and open_row.held_s is None
    db.end(row, 301.5, Ending.COMPLETED)
    db.rate(row, Comfort.JUST_RIGHT)
    (done,) = HistoryDB(path).records()  # a second connection sees it: it is on disk
    assert (done.started_at, done.profile_name, done.planned_s) == (T0, "Work break", 300.0)
    assert (done.held_s, done.ending, done.comfort) == (301.5, Ending.COMPLETED, Comfort.JUST_RIGHT)
    assert done.pattern == "4-0-6-0" and not done.reported


def test_the_file_is_wal_private_and_versioned(path):
    HistoryDB(path).close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_newer_schema_is_refused_not_overwritten(path):
    HistoryDB(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    with pytest.raises(HistoryError, match="newer"):
        HistoryDB.open(path, "t")
    assert path.exists()


def test_a_newer_schema_is_refused_before_the_file_is_touched(path):
    """A later version's file may not use WAL: switching it was a change made before the
    refusal, that the newer version would then find."""
    path.parent.mkdir(parents=True)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, later TEXT)")
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(HistoryError, match="newer"):
        HistoryDB.open(path, "t")
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "no -wal, no -shm"
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 99
    raw.close()


def test_a_file_that_is_not_a_database_is_kept_aside_and_a_new_one_started(path):
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not sqlite" * 100)
    db, aside = HistoryDB.open(path, "20261121")
    assert aside is not None and aside.name == "history.sqlite3.corrupt-20261121"
    assert aside.read_bytes().startswith(b"this is not sqlite")
    assert db.records() == []


def test_a_locked_history_is_left_whole_and_the_app_runs_without_it(path):
    """Another program holding the file locked is no sign of a broken file: it once was
    moved aside, and the person's history started again empty."""
    db = HistoryDB(path)
    db.begin(T0, "work", "Work break", 300.0, "4-0-6-0")
    db.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE sessions SET pattern = pattern")
    with pytest.raises(HistoryError, match="locked"):
        HistoryDB.open(path, "20261121", timeout=0.1)
    holder.execute("ROLLBACK")
    holder.close()
    assert list(path.parent.glob("*.corrupt-*")) == []
    (kept,) = HistoryDB(path).records()
    assert kept.profile_name == "Work break"


def test_a_snapshot_of_a_locked_history_gives_up(path):
    """backup() alone waited for ever on a locked file (viparita stats hung)."""
    HistoryDB(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE sessions SET pattern = pattern")
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            HistoryDB.snapshot(path, timeout=0.1)
    finally:
        holder.close()


def test_a_snapshot_reads_an_older_history_without_changing_it(path):
    HistoryDB(path).close()
    raw = sqlite3.connect(path)
    raw.execute("DROP TABLE sessions")
    raw.execute("PRAGMA user_version = 0")  # as written before the first schema
    raw.commit()
    raw.close()
    before = path.read_bytes()
    snapshot = HistoryDB.snapshot(path)
    assert snapshot.records() == []  # brought up to date, in the copy
    snapshot.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_tampered_time_that_is_not_finite_is_unknown_not_infinite(path):
    """SQLite keeps 9e999 as infinity; round() of it crashed the hold plan on the start screen
    and the History window. A held time that is not finite is unknown; a planned one makes
    the row unreadable, left out as other unreadable rows are (and kept in the file)."""
    db = HistoryDB(path)
    for i in range(3):
        db.end(db.begin(T0 + timedelta(days=i), "work", "W", 60, "4-0-6-0"), 60, Ending.COMPLETED)
    db.db.execute("UPDATE sessions SET held_s = 9e999 WHERE id = 1")
    db.db.execute("UPDATE sessions SET planned_s = -9e999 WHERE id = 2")
    assert [(r.id, r.held_s) for r in db.records()] == [(1, None), (3, 60.0)]
    assert db.db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 3


def test_clearing_removes_every_session(path):
    db = HistoryDB(path)
    for i in range(3):
        db.end(db.begin(T0 + timedelta(days=i), "work", "W", 60, "4-0-6-0"), 60, Ending.COMPLETED)
    db.clear()
    assert db.records() == []


CHILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timedelta
    from pathlib import Path
    from app.core.session import Ending
    from app.history.database import HistoryDB

    db = HistoryDB(Path(sys.argv[1]))
    t = datetime.fromisoformat(sys.argv[2])
    for i in range(3):
        row = db.begin(t + timedelta(minutes=i), "work", "Work break", 300.0, "4-0-6-0")
        db.end(row, 300.0, Ending.COMPLETED)
    db.begin(t + timedelta(minutes=3), "bedtime", "Bedtime", 900.0, "4-0-8-0")
    print("holding", flush=True)
    n = 4
    while sys.argv[3] == "busy":  # sessions written as fast as they go, until the kill
        row = db.begin(t + timedelta(minutes=n), "work", "Work break", 60.0, "4-0-6-0")
        db.end(row, 60.0, Ending.COMPLETED)
        n += 1
    sys.stdin.read()  # lying in the pose, until killed
    """
)


@pytest.mark.parametrize("mode", ["still", "busy"])
def test_kill_9_mid_session_keeps_every_row_and_the_open_one_becomes_interrupted(path, mode):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), T0.isoformat(), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "holding"
    if mode == "busy":
        # Let it write a good many rows, then kill it wherever it is.
        for _ in range(200):
            if sqlite3.connect(path).execute("SELECT count(*) FROM sessions").fetchone()[0] > 60:
                break
    child.send_signal(signal.SIGKILL)
    child.wait()
    db, aside = HistoryDB.open(path, "t")
    assert aside is None
    assert db.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.close_interrupted() >= 1
    records = db.records()
    first = records[:3]
    assert [(r.ending, r.held_s, r.planned_s) for r in first] == [
        (Ending.COMPLETED, 300.0, 300.0)
    ] * 3
    assert records[3].profile_id == "bedtime" and records[3].ending is Ending.INTERRUPTED
    assert all(r.ending is not None for r in records), "nothing is left open"
    assert db.close_interrupted() == 0
