"""The CSV export and `viparita stats --json`, from a real history file."""

import csv
import io
import json
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta

from app.core.past_sessions import Comfort
from app.core.session import Ending
from app.history.database import HistoryDB
from app.history.export import CSV_COLUMNS, stats, to_csv

DONE = Ending.COMPLETED


def fill(db: HistoryDB) -> None:
    """Two sessions today and one yesterday, in the local zone, as the app writes them."""
    now = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    yesterday = now - timedelta(days=1)
    a = db.begin(yesterday, "work", "Work break", 300.0, "4-0-6-0")
    db.end(a, 300.0, Ending.COMPLETED)
    db.rate(a, Comfort.JUST_RIGHT)
    b = db.begin(now, "bedtime", "Bedtime, wind-down", 900.0, "4-0-8-0")
    db.end(b, 8 * 60.0, Ending.TINGLING)
    c = db.begin(now + timedelta(hours=1), "work", "Work break", 600.0, "4-0-6-0")
    db.end(c, 4 * 60.0, Ending.CAME_DOWN_EARLY, reported=True)


def test_the_csv_has_a_header_and_one_plain_row_per_session(tmp_path):
    db = HistoryDB(tmp_path / "h.sqlite3")
    fill(db)
    rows = list(csv.reader(io.StringIO(to_csv(db.records()))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 4
    first = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert first["profile"] == "Work break" and first["planned_min"] == "5.0"
    assert first["held_min"] == "5.0" and first["ending"] == "completed"
    assert first["comfort"] == "just_right" and first["reported_afterwards"] == "no"
    second = dict(zip(CSV_COLUMNS, rows[2], strict=True))
    assert second["profile"] == "Bedtime, wind-down", "a comma in a name is quoted, not split"
    assert second["ending"] == "tingling" and second["held_min"] == "8.0"
    assert rows[3][CSV_COLUMNS.index("reported_afterwards")] == "yes"
    datetime.fromisoformat(first["started_at"])  # a time a spreadsheet can read


def test_stats_count_the_streak_the_total_and_the_days(tmp_path):
    db = HistoryDB(tmp_path / "h.sqlite3")
    fill(db)
    data = stats(db.records(), date.today())
    assert data["streak_days"] == 2
    assert data["total_s"] == 300 + 480 + 240
    assert len(data["minutes_per_day"]) == 28
    assert data["minutes_per_day"][-1] == {"date": date.today().isoformat(), "minutes": 12.0}


def test_viparita_stats_json_prints_the_same_without_starting_qt(xdg_dirs):
    db = HistoryDB(xdg_dirs["data"] / "viparita" / "history.sqlite3")
    fill(db)
    db.close()
    code = (
        "import runpy, sys; sys.argv = ['viparita', 'stats', '--json']; "
        "runpy.run_module('app', run_name='__main__')"
    )
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [s["ending"] for s in data["sessions"]] == ["completed", "tingling", "came_down_early"]
    assert data["streak_days"] == 2 and data["total_s"] == 1020
    assert "PySide6" not in out.stderr, "stats must not import Qt"
    text = subprocess.run(
        [sys.executable, "-m", "app", "stats"], capture_output=True, text=True, timeout=60
    )
    assert "Sessions: 3" in text.stdout and "Streak: 2 days in a row" in text.stdout


def test_stats_on_a_broken_history_says_so_and_changes_nothing(xdg_dirs):
    path = xdg_dirs["data"] / "viparita" / "history.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 50)
    out = subprocess.run(
        [sys.executable, "-m", "app", "stats", "--json"], capture_output=True, text=True
    )
    assert out.returncode == 1
    assert "cannot read the history" in out.stderr and str(path) in out.stderr
    assert path.read_bytes().startswith(b"not a database")


def test_stats_leave_an_older_history_as_it_is(xdg_dirs):
    """The schema is brought up to date in a copy: the app's next start migrates the file."""
    path = xdg_dirs["data"] / "viparita" / "history.sqlite3"
    path.parent.mkdir(parents=True)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE from_before (x)")  # user_version 0: older than any schema
    raw.commit()
    raw.close()
    before = path.read_bytes()
    out = subprocess.run(
        [sys.executable, "-m", "app", "stats", "--json"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["sessions"] == []
    assert path.read_bytes() == before


def test_stats_with_no_history_yet(xdg_dirs):
    out = subprocess.run(
        [sys.executable, "-m", "app", "stats", "--json"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert json.loads(out.stdout)["sessions"] == []
    assert not (xdg_dirs["data"] / "viparita" / "history.sqlite3").exists()


FORMULAS = ('=HYPERLINK("http://x.example","y")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)")


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_quoted_text(tmp_path):
    """OWASP's CSV injection: a leading = + - @, tab or carriage return gets a single quote,
    and the cell is quoted. A number the app writes (a tampered row's negative time) is
    written as the number it is, not as text."""
    db = HistoryDB(tmp_path / "h.sqlite3")
    names = (*FORMULAS, "\tTab", "\rReturn", "Plain")
    start = datetime(2026, 11, 21, 9, 0).astimezone()
    for i, name in enumerate(names):
        db.end(db.begin(start + timedelta(hours=i), "work", name, 300.0, "4-0-6-0"), 60.0, DONE)
    db.db.execute("UPDATE sessions SET held_s = -120, pattern = '=1+1' WHERE id = 1")
    text = to_csv(db.records())
    rows = [dict(zip(CSV_COLUMNS, r, strict=True)) for r in csv.reader(io.StringIO(text))][1:]
    assert [r["profile"] for r in rows] == [*("'" + n for n in names[:-1]), "Plain"]
    assert rows[0]["breath_pattern"] == "'=1+1", "a tampered pattern too"
    assert '"\'-2+3"' in text and '"\'@SUM(A1:A2)"' in text, "quoted as well"
    assert ",-2.0," in text and rows[0]["held_min"] == "-2.0", "a number, unquoted"


def strict_json(text: str) -> dict:
    def refuse(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_stats_json_is_strict_json_even_for_a_tampered_row(xdg_dirs):
    """Python printed Infinity and NaN, which strict parsers (jq, browsers) refuse. Each
    tampered time is finite, but their sum is not."""
    path = xdg_dirs["data"] / "viparita" / "history.sqlite3"
    db = HistoryDB(path)
    fill(db)
    db.db.execute("UPDATE sessions SET held_s = 1e308 WHERE id != 2")
    db.close()
    out = subprocess.run(
        [sys.executable, "-m", "app", "stats", "--json"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    data = strict_json(out.stdout)
    assert [s["held_s"] for s in data["sessions"]] == [1e308, 480.0, 1e308]
    assert data["total_s"] is None, "what cannot be summed is unknown, not infinite"
