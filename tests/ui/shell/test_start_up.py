"""Start-up: the start screen is painted first and the rest follows; what waits for the first
paint; the pixmap cache emptied while the window is away; a history opened only when there
is one to read or a session to write."""

import json
import os
import subprocess
import sys
import textwrap
from datetime import datetime

from PySide6.QtGui import QPaintEvent, QPixmap, QPixmapCache
from PySide6.QtWidgets import QLabel

from app.__main__ import open_history
from app.core.session import Ending, Stage
from app.history.database import HistoryDB
from app.paths import AppPaths
from app.ui.shell.first_paint import when_painted
from app.ui.shell.pixmap_cache_trim import PixmapCacheTrim

# Nothing on the start screen needs these: each is imported once the window is painted, or
# when first used (a dialog, the first session's history row).
NOT_BEFORE_THE_FIRST_PAINT = (
    "sqlite3",
    "app.core.session",  # the timing of a session, loaded with the first one
    "app.core.routine_session",
    "app.core.past_sessions",
    "app.core.hold_plan",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "app.audio.player",
    "app.ui.shell.tray",
    "app.ui.shell.icon",
    "app.ui.prefs.dialog",
    "app.ui.history.view",
    "app.ui.reminders.prompt",
    "app.ui.help.safety",
    "app.ui.session.pages.entry",
    "app.ui.session.pages.timed",
    "xml.etree.ElementTree",
    "socket",  # asked only when a socket file says another Viparita may be running
)


def test_the_first_paint_waits_only_for_the_start_screen(xdg_dirs, tmp_path):
    """The real launch, offscreen: the modules loaded at the moment of the first paint."""
    found = tmp_path / "modules.json"
    script = textwrap.dedent(
        f"""
        import builtins, json, linecache, sys
        from app.ui.shell import first_paint
        from app.ui.shell import plain_import
        restore = plain_import.restore
        def restored():  # from here on, the launch's imports read no source
            done = restore()
            linecache.clearcache()
            return done
        plain_import.restore = restored
        finish = first_paint.QuitAfterFirstPaint._finish
        def noted(self, moment):
            with open({str(found)!r}, "w") as f:
                json.dump({{
                    "modules": sorted(sys.modules),
                    "sources read": sorted(linecache.cache),
                    "plain import": builtins.__import__ is builtins.__orig_import__,
                }}, f)
            finish(self, moment)
        first_paint.QuitAfterFirstPaint._finish = noted
        from app.__main__ import main
        sys.exit(main(["--quit-after-first-paint"]))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("first paint at ")
    seen = json.loads(found.read_text())
    loaded = set(seen["modules"])
    assert "app.ui.session.pages.start" in loaded  # the probe saw the start screen's own modules
    assert sorted(loaded.intersection(NOT_BEFORE_THE_FIRST_PAINT)) == []
    # PySide6's import wrapper reads each imported module's source (plain_import.py): gone.
    assert seen["plain import"]
    assert seen["sources read"] == []


class PaintedLabel(QLabel):
    """Says when it was painted."""

    def __init__(self, text: str, painted: list[bool]) -> None:
        super().__init__(text)
        self.painted = painted

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted.append(True)
        super().paintEvent(event)


def test_what_waits_for_the_first_paint_runs_after_it_in_order(qtbot):
    calls: list[tuple[str, float, bool]] = []
    painted: list[bool] = []
    window = PaintedLabel("first paint", painted)
    qtbot.addWidget(window)
    when_painted(window, lambda moment: calls.append(("one", moment, bool(painted))))
    when_painted(window, lambda moment: calls.append(("two", moment, bool(painted))))
    window.show()
    qtbot.waitUntil(lambda: len(calls) == 2)
    (one, moment_1, seen_1), (two, moment_2, _) = calls
    assert (one, two) == ("one", "two")
    assert seen_1, "called before the window was painted"
    assert moment_1 == moment_2  # one moment for all: the end of the first paint
    # Asked once the paint is done: on the next turn. (The spent watcher stays: deleting
    # it crashed in ~QObject after other tests had run.)
    when_painted(window, lambda moment: calls.append(("late", moment, True)))
    assert len(calls) == 2
    qtbot.waitUntil(lambda: len(calls) == 3)
    assert calls[2][1] > moment_1


def test_a_window_never_painted_does_not_hold_the_rest_up(qtbot):
    window = QLabel("never shown")
    qtbot.addWidget(window)
    calls: list[float] = []
    when_painted(window, calls.append, latest_ms=20)
    qtbot.waitUntil(lambda: len(calls) == 1)


def cached(key: str) -> bool:
    return QPixmapCache.find(key) is not None


def test_the_pixmap_cache_is_emptied_while_the_window_is_away(harness, qtbot):
    window = harness.window
    PixmapCacheTrim(window)
    QPixmapCache.insert("drawn with the window", QPixmap(8, 8))
    qtbot.wait(10)  # a turn of the event loop: no trim while the window shows
    assert cached("drawn with the window")
    window.hide()
    qtbot.waitUntil(lambda: not cached("drawn with the window"))
    # Away, a paint elsewhere (the tray icon's) may fill it again: emptied after that too.
    icon = QLabel("tray icon")
    qtbot.addWidget(icon)
    icon.show()
    QPixmapCache.insert("drawn for the tray icon", QPixmap(8, 8))
    icon.repaint()
    qtbot.waitUntil(lambda: not cached("drawn for the tray icon"))
    window.show()
    qtbot.waitExposed(window)
    QPixmapCache.insert("drawn with the window again", QPixmap(8, 8))
    window.repaint()
    qtbot.wait(10)
    assert cached("drawn with the window again")


def test_no_history_file_opens_no_database_until_a_session_writes(harness, tmp_path):
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log")
    recorder = open_history(paths, harness.ui)
    assert recorder.available and recorder.records() == []
    assert not paths.history_file.exists()
    assert harness.ui.actions.history.isEnabled()
    harness.flow.open_session(300.0)
    harness.flow.begin()
    assert not paths.history_file.exists()  # the settling: no row yet
    harness.advance_to_stage(Stage.HOLD)
    assert paths.history_file.exists()
    (row,) = recorder.records()
    assert row.planned_s == 300.0
    recorder.db.close()


def test_an_existing_history_is_opened_at_start(harness, tmp_path):
    """The start screen's plan reads it, and a row a crash left open is closed."""
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log")
    db = HistoryDB(paths.history_file)
    db.begin(datetime(2026, 11, 20, 22, 0).astimezone(), "bedtime", "Bedtime", 600.0, "4-0-6-0")
    db.close()
    recorder = open_history(paths, harness.ui)
    (row,) = recorder.records()
    assert row.ending is Ending.INTERRUPTED
    recorder.db.close()
