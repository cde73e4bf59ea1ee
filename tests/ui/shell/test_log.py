"""The log file, as the app sets it up: what it holds (events, never health data, as it gets
attached to bug reports), how large it may grow, and who can read it."""

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.__main__ import attach_history, setup_logging
from app.core.cautions import SCREENING_ANSWERS
from app.core.past_sessions import Comfort
from app.core.session import Stage
from app.core.steps import RECLINED_ENTRY
from app.history.database import HistoryDB
from app.paths import AppPaths
from app.ui.history.recorder import HistoryRecorder

from ..history.test_history_ui import begin, finish

# What the screening answers, the endings and the comfort tap would give away: the answers
# themselves, the conditions, the practice the answer leads to, the symptom and its step.
HEALTH_WORDS = (
    *SCREENING_ANSWERS,
    "glaucoma",
    "retina",
    "reclined",
    "tingl",
    "numb",
    "shake",
    "early",
    "came_down",
    "came down",
    "come_down",
    *(c.value for c in Comfort),
    "comfort",
    "rated",
)


@pytest.fixture
def paths(tmp_path) -> Iterator[AppPaths]:
    """The app's logging set up in a temporary log folder; the root logger as it was after."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log")
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def leaks(log: Path) -> list[str]:
    lines = log.read_text(encoding="utf-8").lower().splitlines()
    return [f"{word!r}: {line}" for line in lines for word in HEALTH_WORDS if word in line]


def rate_and_finish(h, comfort: Comfort) -> None:
    h.advance_to_stage(Stage.DONE)
    h.window.page("closing").comfort_buttons[comfort].click()
    finish(h)


def report(h, tingling: bool) -> None:
    dialog = h.feature.report
    (dialog.tingling if tingling else dialog.other).setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_the_log_holds_no_answer_rating_ending_or_symptom(new_user, paths):
    h = new_user
    setup_logging(paths)
    recorder = HistoryRecorder(h.controller, h.store, HistoryDB(paths.history_file))
    h.feature = attach_history(h.ui, recorder)
    screening = h.window.page("screening")
    # "Do not invert": the reclined rest, ended by tingling, rated too long.
    h.flow.open_session(300)
    screening.cannot.click()
    for _ in RECLINED_ENTRY:
        h.key(Qt.Key.Key_Right)
    h.advance_to_stage(Stage.HOLD)
    h.advance(65)
    h.key(Qt.Key.Key_T)
    rate_and_finish(h, Comfort.TOO_LONG)
    # Not cleared yet, then cleared: the wall, come down already (tingling, told afterwards).
    h.ui.actions.safety.trigger()
    h.qtbot.keyClick(screening.no_eye_condition, Qt.Key.Key_Space)
    screening.not_cleared.click()
    h.ui.actions.safety.trigger()
    h.qtbot.keyClick(screening.confirm, Qt.Key.Key_Space)
    screening.cont.click()
    assert h.store.prefs.screening == "cleared"
    begin(h, 600)
    h.advance(200)
    h.window.page("hold").already_down.click()
    report(h, tingling=True)
    rate_and_finish(h, Comfort.TOO_SHORT)
    # A whole hold, then "came down early?" on the done screen, for another reason.
    begin(h, 60)
    h.advance_to_stage(Stage.DONE)
    h.window.page("closing").came_down_early.click()
    report(h, tingling=False)
    rate_and_finish(h, Comfort.JUST_RIGHT)
    recorder.db.close()
    text = paths.log_file.read_text(encoding="utf-8")
    assert text.count("screening answered") == 3 and "history: session" in text, "events kept"
    found = leaks(paths.log_file)
    assert not found, "\n".join(found)


def test_the_log_is_rotated_at_its_cap_and_every_file_is_private(paths):
    paths.log_dir.mkdir(parents=True)
    paths.log_file.write_text("a log from an earlier version\n")
    paths.log_file.chmod(0o644)
    umask = os.umask(0o022)
    try:
        setup_logging(paths, max_bytes=2000, backups=2)
        for i in range(200):
            logging.getLogger("app.test").info("line %d %s", i, "x" * 40)
    finally:
        os.umask(umask)
    files = sorted(paths.log_dir.iterdir())
    assert [f.name for f in files] == ["viparita.log", "viparita.log.1", "viparita.log.2"]
    assert all(f.stat().st_size <= 2000 for f in files)
    assert all(f.stat().st_mode & 0o777 == 0o600 for f in files)
    assert "line 199 " in paths.log_file.read_text(encoding="utf-8"), "the newest in the log"
