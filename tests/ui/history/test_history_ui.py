"""History in the window, with a real SQLite file and the fake clock: the tingling path by
the key T, the comfort tap, coming down early told afterwards, the plan on the start screen,
the third-session note, and the History window."""

import codecs
import csv
import io
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.__main__ import attach_history
from app.core.past_sessions import Comfort
from app.core.session import Ending, Stage
from app.core.steps import SHAKE_OUT
from app.history.database import HistoryDB
from app.ui.history.recorder import HistoryRecorder

from ..conftest import ARTIFACTS

ZONE = timezone(timedelta(hours=1))


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 12, 0, tzinfo=ZONE)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def hist(harness, tmp_path):
    db = HistoryDB(tmp_path / "data" / "history.sqlite3")
    wall = Wall()
    recorder = HistoryRecorder(harness.controller, harness.store, db, wall)
    feature = attach_history(harness.ui, recorder, today=lambda: wall.now.date())
    harness.db, harness.recorder, harness.feature, harness.wall = db, recorder, feature, wall
    yield harness
    db.close()


def begin(h, hold_s: float = 300.0) -> None:
    """Start to Begin as the window does it; the settling skipped with its button."""
    h.flow.open_session(hold_s)
    h.flow.begin()
    h.window.page("settling").skip.click()
    assert h.controller.stage is Stage.HOLD


def finish(h) -> None:
    h.advance_to_stage(Stage.DONE)
    h.window.page("closing").finish_button.click()
    assert h.page == "start"


def test_the_key_t_ends_the_hold_with_the_legs_shaken_out_and_is_recorded(hist):
    h = hist
    begin(h)
    (row,) = h.db.records()
    assert row.ending is None, "written when the hold began"
    h.advance(125)
    h.key(Qt.Key.Key_T)
    assert h.page == "exit"
    exit_page = h.window.page("exit")
    assert exit_page.title.text() == SHAKE_OUT.title.source
    assert exit_page.picture.stem == "exit-shake-out"
    assert "step 1 of 5" in exit_page.counter.text()
    h.shot("exit-tingling")
    (row,) = h.db.records()
    assert (row.ending, row.held_s) == (Ending.TINGLING, pytest.approx(125))
    h.advance_to_stage(Stage.SEATED_PAUSE)
    h.advance(29)
    closing = h.window.page("closing")
    assert not closing.finish_button.isEnabled(), "the pause is whole"
    h.advance_to_stage(Stage.DONE)
    assert "make your next one shorter" in closing.summary.text()
    assert not closing.comfort_box.isVisible(), "nothing to rate: tingling ended it"
    assert not closing.came_down_early.isVisible(), "the app knows when it ended"
    h.shot("done-after-tingling")
    finish(h)
    # The next hold the plan suggests is shorter, and the start screen says why.
    start = h.window.page("start")
    assert start.hold_s() == 60.0, "shorter than the 125 s that tingled"
    assert "tingling at 2 min" in start.plan_note.text()
    h.shot("start-after-tingling")


def test_tingling_is_one_click_away_on_the_hold_page_and_in_the_tray(hist):
    from app.__main__ import add_tray

    h = hist
    tray = add_tray(h.ui, available=lambda: True)
    tray.menu.aboutToShow.emit()
    texts = [a.text() for a in tray.menu.actions() if a.isVisible()]
    assert "Work break · 3 min" in texts, "the tray offers the plan's first hold too"
    begin(h)
    tray.menu.aboutToShow.emit()
    item = next(a for a in tray.menu.actions() if a.text() == "&Tingling or numbness")
    assert item.isVisible()
    assert item.isEnabled()
    item.trigger()
    assert h.controller.view().step is SHAKE_OUT
    tray.menu.aboutToShow.emit()
    assert not item.isEnabled(), "not once the hold is over"


def test_the_comfort_tap_is_optional_and_can_be_taken_back(hist):
    h = hist
    begin(h, 60.0)
    h.advance_to_stage(Stage.DONE)
    closing = h.window.page("closing")
    assert closing.comfort_box.isVisible()
    h.shot("done-with-comfort")
    closing.comfort_buttons[Comfort.TOO_SHORT].click()
    assert h.db.records()[-1].comfort is Comfort.TOO_SHORT
    closing.comfort_buttons[Comfort.JUST_RIGHT].click()
    assert not closing.comfort_buttons[Comfort.TOO_SHORT].isChecked()
    assert h.db.records()[-1].comfort is Comfort.JUST_RIGHT
    closing.comfort_buttons[Comfort.JUST_RIGHT].click()
    assert h.db.records()[-1].comfort is None
    closing.comfort_buttons[Comfort.JUST_RIGHT].click()
    finish(h)
    assert h.window.page("start").hold_s() == 120.0, "just right at 1 min: a minute more"
    begin(h, 60.0)
    h.advance_to_stage(Stage.DONE)
    assert not any(b.isChecked() for b in closing.comfort_buttons.values()), "fresh each time"


def test_came_down_early_is_told_on_the_done_screen(hist):
    h = hist
    begin(h, 600.0)
    h.advance_to_stage(Stage.DONE)  # the hold ran its whole 10 min: no one touched anything
    h.window.page("closing").came_down_early.click()
    dialog = h.feature.report
    assert dialog is not None and dialog.isVisible()
    assert dialog.minutes.value() == 10, "the time since the hold began, up to its length"
    dialog.minutes.setValue(4)
    dialog.tingling.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    (row,) = h.db.records()
    assert (row.ending, row.held_s, row.reported) == (Ending.TINGLING, 240.0, True)


def test_came_down_already_during_the_hold_ends_it_but_not_the_pause(hist):
    h = hist
    begin(h, 600.0)
    h.advance(7 * 60 + 20)
    h.window.page("hold").already_down.click()
    dialog = h.feature.report
    assert dialog.minutes.value() == 7
    dialog.other.setChecked(True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "report-early.png"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert h.controller.stage is Stage.EXIT, "the way down and the seated pause still run"
    (row,) = h.db.records()
    assert (row.ending, row.held_s, row.reported) == (Ending.CAME_DOWN_EARLY, 420.0, True)


def test_cancelling_the_report_changes_nothing(hist):
    h = hist
    begin(h, 600.0)
    h.window.page("hold").already_down.click()
    h.feature.report.reject()
    assert h.controller.stage is Stage.HOLD
    assert h.db.records()[0].ending is None


def test_a_third_session_in_a_day_gets_a_gentle_note(hist):
    h = hist
    for _ in range(2):
        begin(h, 30.0)
        finish(h)
        assert not h.window.notice.isVisible()
    h.flow.open_session(30.0)
    assert h.window.notice.isVisible()
    assert "session 3 today" in h.window.notice.text.text()
    assert h.page == "entry", "a note, not a stop"
    h.wall.now += timedelta(days=1)
    h.window.notice.dismiss()
    h.flow.show_start()
    h.flow.open_session(30.0)
    assert not h.window.notice.isVisible(), "a new day"


def test_quitting_during_the_hold_marks_the_session_interrupted(hist):
    h = hist
    begin(h)
    h.advance(20)
    assert h.controller.toggle_pause()
    h.advance(30)  # paused, and still lying in the pose: counted as a completed hold counts it
    h.recorder.interrupt()
    (row,) = h.db.records()
    assert (row.ending, row.held_s) == (Ending.INTERRUPTED, pytest.approx(50))


def test_a_database_error_is_told_once_and_the_session_goes_on(hist):
    h = hist
    h.db.db.execute("DROP TABLE sessions")  # what a broken file looks like from here
    begin(h)
    assert h.window.notice.isVisible()
    assert "history could not be saved" in h.window.notice.text.text()
    h.advance_to_stage(Stage.DONE)
    assert h.controller.view().can_finish


def test_the_plan_off_leaves_the_last_hold(hist):
    h = hist
    h.store.prefs.progressive = False
    h.flow.refresh_suggestion()
    h.flow.show_start()
    start = h.window.page("start")
    assert start.hold_s() == 300.0 and not start.plan_note.isVisible()
    h.store.prefs.progressive = True
    h.flow.refresh_suggestion()
    assert start.hold_s() == 180.0, "a new user's first hold"
    assert (
        start.plan_note.text()
        == "Your hold plan suggests 3 min. A short first hold, to begin with."
    )


def test_the_history_window_shows_the_streak_the_chart_and_the_sessions(hist, tmp_path):
    h = hist
    for days_ago, held in ((2, 300.0), (1, 600.0), (0, 420.0)):
        h.wall.now = datetime(2026, 11, 21 - days_ago, 12, 0, tzinfo=ZONE)
        begin(h, held)
        h.advance_to_stage(Stage.DONE)
        h.window.page("closing").comfort_buttons[Comfort.JUST_RIGHT].click()
        finish(h)
    h.ui.actions.history.trigger()
    dialog = h.feature.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.streak.text() == "3 days in a row"
    assert dialog.total.text() == "22 min in the pose, 3 sessions"
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 0).text() == "2026-11-21 12:00", "newest first"
    assert dialog.table.item(0, 4).text() == "Completed"
    assert dialog.chart.days[-1] == (date(2026, 11, 21), 7.0)
    assert "22 minutes on 3 of the last 28 days" in dialog.chart.accessibleDescription()
    assert dialog.grab().save(str(ARTIFACTS / "history.png"))

    dialog.export_dir = tmp_path
    path = dialog.export()
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["held_min"] for r in rows] == ["5.0", "10.0", "7.0"]

    dialog.confirm_clear()
    box = dialog.confirm_box
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(h.db.records()) == 3, "cancel keeps everything"
    dialog.confirm_clear()
    delete = next(b for b in dialog.confirm_box.buttons() if b.text() == "&Delete all")
    delete.click()
    assert h.db.records() == []
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()


def test_after_a_missed_day_the_history_shows_what_there_is_not_a_zero_streak(hist):
    h = hist
    h.wall.now = datetime(2026, 11, 18, 12, 0, tzinfo=ZONE)
    begin(h, 300.0)
    h.advance_to_stage(Stage.DONE)
    finish(h)
    h.wall.now = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)
    h.ui.actions.history.trigger()
    dialog = h.feature.dialog
    assert not dialog.streak.isVisible(), "no '0 days in a row'"
    assert dialog.total.text() == "5 min in the pose, 1 session"
    assert dialog.total.property("role") == "title"
    assert dialog.last.isVisible() and dialog.last.text() == "Last session: 2026-11-18 12:00"
    dialog.close()


def test_the_plan_settings_are_saved_from_the_preferences(hist, qtbot):
    from ..prefs.test_preferences import open_prefs

    h = hist
    dialog = open_prefs(h)
    tab = dialog.practice
    dialog.tabs.setCurrentWidget(tab)
    assert tab.progressive.isChecked() and tab.target.value() == 15
    tab.target.setValue(10)
    tab.progressive.setChecked(False)
    assert not tab.target.isEnabled()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "preferences-practice.png"))
    with qtbot.waitSignal(h.ui.prefs.applied):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not h.store.prefs.progressive and h.store.prefs.plan_target_min == 10
    assert not h.window.page("start").plan_note.isVisible()


def app_paths(tmp_path):
    from app.paths import AppPaths

    return AppPaths(tmp_path / "cfg", tmp_path / "data2", tmp_path / "log")


def test_a_session_left_open_by_a_crash_is_interrupted_at_the_next_start(harness, tmp_path):
    from app.__main__ import open_history

    paths = app_paths(tmp_path)
    db = HistoryDB(paths.history_file)
    db.begin(datetime(2026, 11, 20, 22, 0, tzinfo=ZONE), "bedtime", "Bedtime", 900, "4-0-8-0")
    db.close()
    recorder = open_history(paths, harness.ui)
    (row,) = recorder.records()
    assert row.ending is Ending.INTERRUPTED
    assert harness.ui.actions.history.isEnabled()
    recorder.db.close()


def test_a_history_file_that_is_not_a_database_is_kept_and_said(harness, tmp_path):
    from app.__main__ import open_history

    paths = app_paths(tmp_path)
    paths.history_file.parent.mkdir(parents=True)
    paths.history_file.write_bytes(b"garbage" * 1000)
    recorder = open_history(paths, harness.ui)
    assert recorder.available and recorder.records() == []
    kept = list(paths.data_dir.glob("history.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"garbage")
    assert harness.window.notice.isVisible()
    assert kept[0].name in harness.window.notice.text.text()
    recorder.db.close()


def test_an_unusable_history_leaves_the_app_working(harness, tmp_path):
    from app.__main__ import open_history

    paths = app_paths(tmp_path)
    paths.data_dir.parent.mkdir(parents=True, exist_ok=True)
    paths.data_dir.write_text("a file where the folder should be")
    recorder = open_history(paths, harness.ui)
    assert not recorder.available
    assert not harness.ui.actions.history.isEnabled()
    assert "history cannot be opened" in harness.window.notice.text.text()
    harness.flow.open_session(30.0)
    harness.flow.begin()
    assert harness.controller.active, "sessions work as usual"


def test_a_name_that_cannot_be_encoded_is_still_written_cleaned(hist):
    """A lone surrogate ("\\ud83d" in the preferences' JSON) raised UnicodeEncodeError from
    the INSERT, which the recorder did not catch: the row was lost, and nothing was said."""
    h = hist
    profile = h.store.prefs.active
    h.store.prefs.put(replace(profile, name="Relax \ud83d"))
    begin(h)
    h.advance_to_stage(Stage.DONE)
    (row,) = h.db.records()
    assert row.profile_name == "Relax \ufffd"
    assert row.ending is Ending.COMPLETED
    assert not h.window.notice.isVisible()


# Another program (a backup tool, a database browser) holding the history's write lock.
HOLDER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE sessions SET pattern = pattern")
print("holding", flush=True)
sys.stdin.read()
"""


def hold_lock(path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert holder.stdout.readline().strip() == b"holding"
    return holder


def release(holder: subprocess.Popen) -> None:
    holder.stdin.close()
    holder.wait()


def test_a_locked_history_waits_100_ms_at_most_and_the_rows_land_later(harness, tmp_path):
    """The window waited up to 5 s for the lock on each write. Now a write that meets a
    lock is tried once, briefly; it and every write after it wait, in order, for a retry."""
    from app.__main__ import open_history

    paths = app_paths(tmp_path)
    HistoryDB(paths.history_file).close()
    recorder = open_history(paths, harness.ui)
    db = recorder.db
    assert db.db.execute("PRAGMA busy_timeout").fetchone()[0] <= 100, "milliseconds"
    tried: list[str] = []
    db.db.set_trace_callback(tried.append)
    holder = hold_lock(paths.history_file)
    try:
        begin(harness)
        harness.advance_to_stage(Stage.DONE)
        harness.window.page("closing").comfort_buttons[Comfort.JUST_RIGHT].click()
        assert [s.split()[0] for s in tried] == ["INSERT"], "tried once; the rest queued"
        assert recorder.retry_timer.isActive()
        assert not harness.window.notice.isVisible(), "a lock is no failure"
    finally:
        release(holder)
    recorder.retry_timer.timeout.emit()  # as the timer does, some seconds later
    (row,) = recorder.records()
    assert (row.ending, row.comfort, row.planned_s) == (Ending.COMPLETED, Comfort.JUST_RIGHT, 300)
    assert not recorder.retry_timer.isActive()
    db.close()


def test_writes_still_waiting_for_a_lock_get_a_last_try_at_quit(harness, tmp_path):
    from app.__main__ import open_history

    paths = app_paths(tmp_path)
    HistoryDB(paths.history_file).close()
    recorder = open_history(paths, harness.ui)
    holder = hold_lock(paths.history_file)
    begin(harness)
    harness.advance(40)
    release(holder)
    recorder.interrupt()  # on aboutToQuit, before the retry timer has run
    (row,) = recorder.records()
    assert (row.ending, row.held_s) == (Ending.INTERRUPTED, pytest.approx(40))
    recorder.db.close()


def test_the_export_is_private_and_marked_utf8_for_a_spreadsheet(hist, tmp_path):
    """It holds health data: 0600 under the usual umask, also over a file that was there.
    The byte-order mark: without it a spreadsheet reads "Relajación" as "RelajaciÃ³n"."""
    h = hist
    h.store.prefs.put(replace(h.store.prefs.active, name="Relajación"))
    begin(h, 60.0)
    finish(h)
    h.ui.actions.history.trigger()
    dialog = h.feature.dialog
    dialog.export_dir = tmp_path
    old = tmp_path / f"viparita-history-{h.wall.now.date().isoformat()}.csv"
    old.write_text("last month's export")
    old.chmod(0o644)
    umask = os.umask(0o022)
    try:
        path = dialog.export()
    finally:
        os.umask(umask)
    assert path == old
    assert path.stat().st_mode & 0o777 == 0o600
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    (row,) = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    assert row["profile"] == "Relajación" and row["started_at"].startswith("2026-11-21")


def test_a_tampered_time_leaves_the_plan_and_the_history_window_working(hist):
    h = hist
    begin(h, 60.0)
    h.advance_to_stage(Stage.DONE)
    h.db.db.execute("UPDATE sessions SET held_s = 9e999")  # SQLite's infinity
    h.window.page("closing").comfort_buttons[Comfort.JUST_RIGHT].click()
    finish(h)  # the start screen's plan reads the row
    assert h.window.page("start").hold_s() > 0
    h.ui.actions.history.trigger()
    assert h.feature.dialog.table.item(0, 3).text() == "–", "held: unknown"
