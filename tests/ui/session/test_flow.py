"""The whole guided flow through the real window, driven by the keyboard and a fake clock."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.core.session import Stage
from app.core.steps import EXIT_STEPS, WALL_ENTRY


def begin(h, hold_s=60.0):
    h.flow.open_session(hold_s)
    assert h.page == "entry"
    entry = h.window.page("entry")
    if entry.in_summary:
        entry.show_summary(False)
    for _ in range(len(WALL_ENTRY)):
        h.key(Qt.Key.Key_Right)
    assert h.page == "settling"


def test_keyboard_flow_from_entry_to_finish(harness):
    h = harness
    h.flow.open_session(60.0)
    entry = h.window.page("entry")
    assert h.page == "entry" and not entry.in_summary  # first session: step by step
    seen = []
    for key in (
        Qt.Key.Key_Space,
        Qt.Key.Key_Return,
        Qt.Key.Key_Right,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Right,
        Qt.Key.Key_Right,
    ):
        seen.append(entry.index)
        h.key(key)
    assert seen == [0, 1, 2, 3, 2, 3, 4]
    assert entry.index == 5
    assert entry.next_button.text() == "Begin"
    h.shot("entry-last-step")
    h.key(Qt.Key.Key_Enter)
    assert h.page == "settling"
    assert h.controller.stage is Stage.SETTLING
    h.shot("settling")

    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Right):
        h.key(key)  # a second press of Begin's keys does not skip the settling time
    assert h.page == "settling"
    h.window.page("settling").skip.click()  # the button moves it along sooner
    assert h.page == "hold"
    h.advance(2.0)
    hold = h.window.page("hold")
    assert hold.phase.text() == "Breathe in"
    assert hold.time.text() == "0:58"
    h.shot("hold")

    h.key(Qt.Key.Key_P)
    assert h.controller.view().paused
    assert hold.phase.text() == "Paused"
    h.advance(100)
    assert hold.time.text() == "0:58"  # paused time is left out
    h.key(Qt.Key.Key_P)
    h.key(Qt.Key.Key_Plus)
    assert hold.time.text() == "1:58"
    h.advance(5)
    assert hold.phase.text() == "Breathe out"

    h.key(Qt.Key.Key_Escape)  # come down now
    assert h.page == "exit"
    exit_page = h.window.page("exit")
    assert exit_page.title.text() == EXIT_STEPS[0].title.source
    h.shot("exit")
    h.key(Qt.Key.Key_Space)  # Next moves along sooner
    assert exit_page.title.text() == EXIT_STEPS[1].title.source
    h.advance_to_stage(Stage.SEATED_PAUSE)
    assert h.page == "closing"
    closing = h.window.page("closing")
    assert not closing.finish_button.isEnabled()
    h.key(Qt.Key.Key_Return)
    assert h.page == "closing"
    h.shot("seated-pause")

    h.advance(29.99)
    assert not closing.finish_button.isEnabled()
    assert closing.time.text() == "0:01"
    h.advance(0.01)
    assert closing.finish_button.isEnabled()
    assert "Time in the pose" in closing.summary.text()
    h.shot("done")
    h.key(Qt.Key.Key_Return)
    assert h.page == "start"
    assert h.controller.session is None


def test_exit_steps_advance_by_themselves(harness):
    h = harness
    begin(h, 10.0)
    h.advance(45)
    assert h.page == "hold"
    h.advance(10)
    exit_page = h.window.page("exit")
    titles = []
    for step in EXIT_STEPS:
        titles.append(exit_page.title.text())
        h.advance(step.breaths * 10.0)
    assert titles == [s.title.source for s in EXIT_STEPS]
    assert h.page == "closing"


def test_space_on_a_focused_button_presses_that_button(harness):
    h = harness
    h.flow.open_session(60.0)
    entry = h.window.page("entry")
    h.key(Qt.Key.Key_Right)
    assert entry.index == 1
    entry.back_button.setFocus()
    h.qtbot.keyClick(entry.back_button, Qt.Key.Key_Space)
    assert entry.index == 0  # Back, not forward
    entry.to_summary.setFocus()
    h.qtbot.keyClick(entry.to_summary, Qt.Key.Key_Space)
    assert entry.in_summary and h.page == "entry"


def test_summary_page_offers_begin_at_once_to_the_experienced(harness):
    h = harness
    prefs = h.store.prefs
    prefs.put(replace(prefs.active, last_hold_s=300.0))
    prefs.practised = True
    h.flow.open_session(300)
    entry = h.window.page("entry")
    assert entry.in_summary
    h.shot("entry-summary")
    h.key(Qt.Key.Key_Return)
    assert h.page == "settling"


def test_hold_time_is_readable_from_the_floor(harness):
    h = harness
    begin(h, 600)
    h.window.page("settling").skip.click()
    for size in ((1000, 680), (720, 520), (1600, 1000)):
        h.window.resize(*size)
        h.qtbot.wait(20)
        h.controller.tick()
        time_label = h.window.page("hold").time
        height = h.window.height()
        digits = QFontMetrics(time_label.font()).tightBoundingRect("0:00").height()
        assert digits >= height / 4  # the digits themselves, as drawn
        assert time_label.height() >= height / 4
        assert time_label.text() == "10:00"
        time_label.setText("60:00")  # the widest it can be: still not clipped
        assert time_label.sizeHint().width() <= time_label.width(), size
        circle = h.window.page("hold").circle.width()
        time_label.setText("9:59")
        h.qtbot.wait(10)
        assert h.window.page("hold").circle.width() == circle  # nothing jumps


def test_start_page_presets_and_custom(harness):
    h = harness
    h.flow.show_start()
    start = h.window.page("start")
    requested = []
    start.startRequested.connect(requested.append)
    start.preset_buttons[15].click()
    start.start.click()
    start.custom.setFocus()
    h.qtbot.keyClicks(start.custom, "1m30s")
    assert start.hold_s() == 90
    h.qtbot.keyClick(start.custom, Qt.Key.Key_Return)
    start.custom.clear()
    h.qtbot.keyClicks(start.custom, "2h")
    assert start.hold_s() is None
    assert start.error.text() == "Type a time from 10 s to 60 min, like 7m30s."  # the core's limits
    start.start.click()
    assert requested == [900.0, 90.0]
    assert h.page == "entry"  # the first request opened the guidance


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Right, Qt.Key.Key_P])
def test_no_key_skips_the_seated_pause(harness, key):
    h = harness
    begin(h, 10)
    h.advance_to_stage(Stage.SEATED_PAUSE)
    h.key(key)
    assert h.controller.stage is Stage.SEATED_PAUSE
    assert not h.window.page("closing").finish_button.isEnabled()


def test_plus_one_minute_is_greyed_out_at_the_longest_hold(harness):
    h = harness
    begin(h, hold_s=59 * 60.0)
    h.window.page("settling").skip.click()
    hold = h.window.page("hold")
    assert h.page == "hold" and hold.extend.isEnabled()
    hold.extend.click()
    assert hold.time.text() == "60:00"
    assert not hold.extend.isEnabled()  # it would do nothing now
