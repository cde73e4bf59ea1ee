"""Screening before the first session, and what closing or quitting does mid-session."""

import json

import pytest
from PySide6.QtCore import Qt

from app.core import next_session
from app.core.preferences import SCREENING_ALTERNATIVE, SCREENING_CLEARED, SCREENING_UNCLEARED
from app.core.session import Stage
from app.core.steps import RECLINED_ENTRY, WALL_ENTRY, Practice
from app.ui.help.safety import SafetyDialog

from .test_flow import begin


def test_first_session_shows_the_screening_first(new_user):
    h = new_user
    h.flow.open_session(300)
    assert h.page == "screening"
    screening = h.window.page("screening")
    h.shot("screening")
    assert not screening.cont.isEnabled()
    h.qtbot.keyClick(screening.confirm, Qt.Key.Key_Space)
    assert not screening.cont.isEnabled()  # the eye conditions are a statement of their own
    h.qtbot.keyClick(screening.no_eye_condition, Qt.Key.Key_Space)
    assert screening.cont.isEnabled()
    h.qtbot.keyClick(screening.confirm, Qt.Key.Key_Space)
    assert not screening.cont.isEnabled()
    h.qtbot.keyClick(screening.confirm, Qt.Key.Key_Space)
    screening.cont.click()
    assert h.page == "entry"  # on to the guidance that was asked for
    saved = json.loads(h.store.path.read_text())
    assert saved["screening"] == SCREENING_CLEARED
    assert saved["screening_version"] >= 1
    assert h.window.page("entry")._steps == WALL_ENTRY


def test_do_not_path_leads_to_the_reclined_alternative(new_user):
    h = new_user
    h.flow.open_session(300)
    h.window.page("screening").cannot.click()
    assert h.store.prefs.screening == SCREENING_ALTERNATIVE
    assert next_session.practice(h.store.prefs) is Practice.RECLINED
    assert h.window.notice.isVisible()
    assert "reclined rest" in h.window.notice.text.text()
    entry = h.window.page("entry")
    assert entry._steps == RECLINED_ENTRY
    h.shot("reclined-entry")
    for _ in RECLINED_ENTRY:
        h.key(Qt.Key.Key_Right)
    assert h.controller.session.config.practice is Practice.RECLINED
    # The same hold, breath and slow exit as the wall pose.
    h.advance_to_stage(Stage.HOLD)
    h.advance_to_stage(Stage.SEATED_PAUSE)
    h.advance(30)
    assert h.controller.stage is Stage.DONE
    h.window.page("closing").finish_button.click()
    start = h.window.page("start")
    assert start.title.text() == "Supported reclined rest"


def test_not_yet_cleared_is_an_answer_of_its_own_that_leads_to_the_reclined_rest(new_user):
    """Someone the clearance list applies to reaches the reclined rest without claiming an
    eye condition, and is told to ask their physician before trying the wall."""
    h = new_user
    h.flow.open_session(300)
    screening = h.window.page("screening")
    h.qtbot.keyClick(screening.no_eye_condition, Qt.Key.Key_Space)
    h.shot("screening-not-cleared")
    screening.not_cleared.click()
    saved = json.loads(h.store.path.read_text())
    assert saved["screening"] == SCREENING_UNCLEARED
    assert h.store.prefs.screened
    assert next_session.practice(h.store.prefs) is Practice.RECLINED
    notice = h.window.notice.text.text()
    assert "reclined rest" in notice and "ask your physician" in notice
    assert h.window.page("entry")._steps == RECLINED_ENTRY
    h.shot("not-cleared-entry")
    h.flow.show_start()
    start = h.window.page("start")
    assert start.title.text() == "Supported reclined rest"
    assert "until your physician has cleared you" in start.practice_note.text()
    # Help, Safety information shows the answer given, and it can be changed there.
    h.ui.actions.safety.trigger()
    assert screening.no_eye_condition.isChecked() and not screening.confirm.isChecked()
    h.qtbot.keyClick(screening.confirm, Qt.Key.Key_Space)
    screening.cont.click()
    assert h.store.prefs.screening == SCREENING_CLEARED
    assert next_session.practice(h.store.prefs) is Practice.WALL


def test_the_answer_is_kept_and_safety_can_be_seen_again(harness):
    h = harness
    h.flow.open_session(300)
    assert h.page == "entry"  # already screened: no screening again
    h.flow.show_start()
    h.ui.actions.safety.trigger()
    assert h.page == "screening"
    assert h.window.page("screening").confirm.isChecked()
    assert h.window.footer.isVisible()
    assert "not medical advice" in h.window.footer.text()


def test_safety_can_be_read_mid_session_without_leaving_it(harness):
    h = harness
    begin(h, 60)
    h.ui.actions.safety.trigger()
    assert h.page == "settling"
    dialog = h.dialog(SafetyDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert "Glaucoma" in dialog.text() and "physician" in dialog.text()
    h.advance(45)
    assert h.page == "hold"  # the session went on underneath
    dialog.close()


@pytest.mark.parametrize("ask", ["close the window", "Quit in the menu"])
def test_quitting_during_the_pause_asks_to_stay_seated_and_waits(harness, ask):
    h = harness
    closed = []
    h.guard.quitNow.connect(lambda: closed.append(True))
    begin(h, 10)
    h.advance_to_stage(Stage.SEATED_PAUSE)
    h.advance(10)
    if ask == "close the window":
        h.window.close()
    else:
        h.ui.actions.quit.trigger()
    assert h.window.isVisible()
    assert "stay seated" in h.window.notice.text.text()
    assert h.guard.pending
    h.shot("close-during-pause")
    closing = h.window.page("closing")
    assert closing.time.text() == "0:20"  # the countdown goes on
    h.advance(19.5)
    assert h.controller.stage is Stage.SEATED_PAUSE and not closed
    h.advance(0.5)
    assert h.controller.stage is Stage.DONE
    h.qtbot.waitUntil(lambda: closed == [True], timeout=1000)
    assert not h.window.isVisible()


def test_closing_during_the_hold_offers_to_come_down_first(harness):
    h = harness
    begin(h, 600)
    h.window.page("settling").skip.click()
    h.window.close()
    assert h.window.isVisible()
    buttons = h.window.notice.buttons()
    assert [b.text() for b in buttons] == ["Come down now", "Keep going"]
    buttons[1].click()
    assert h.controller.stage is Stage.HOLD and not h.guard.pending
    h.window.close()
    h.window.notice.buttons()[0].click()
    assert h.controller.stage is Stage.EXIT
    assert h.guard.pending


def test_closing_with_no_session_quits(harness):
    h = harness
    closed = []
    h.guard.quitNow.connect(lambda: closed.append(True))
    h.window.close()
    assert closed == [True]


def test_corrupt_preferences_are_kept_aside_and_told_once(qtbot, prefs_path):
    from ..conftest import Harness

    prefs_path.parent.mkdir(parents=True)
    prefs_path.write_text('{"settle_s": 12, "screening": "clea')
    h = Harness(qtbot, prefs_path)
    assert h.window.notice.isVisible()
    assert "could not be read" in h.window.notice.text.text()
    aside = list(prefs_path.parent.glob("preferences.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_text().startswith('{"settle_s": 12')
    h.window.notice.buttons()[0].click()
    assert not h.window.notice.isVisible()
    h.controller._timer.stop()
    again = Harness(qtbot, prefs_path)
    assert not again.window.notice.isVisible()


def test_sigterm_during_the_pause_is_deferred_like_a_close(harness):
    import os
    import signal

    from app.platform import quit_signals

    h = harness
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        watcher = quit_signals.install(h.window.close, h.window)
        assert watcher is not None
        begin(h, 10)
        h.advance_to_stage(Stage.SEATED_PAUSE)
        os.kill(os.getpid(), signal.SIGTERM)
        h.qtbot.waitUntil(lambda: h.guard.pending, timeout=2000)
        assert h.window.isVisible() and h.controller.stage is Stage.SEATED_PAUSE
    finally:
        signal.set_wakeup_fd(-1)
        for sig, handler in saved.items():
            signal.signal(sig, handler)
