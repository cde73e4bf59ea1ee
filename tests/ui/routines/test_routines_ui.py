"""Routines and variations in the window, on the fake clock: the start screen's choices, the
pose cards, the whole sequence, thread the needle's sides, and the routine editor."""

import json

from PySide6.QtWidgets import QDialog

from app.core import next_session
from app.core.cues import Cue
from app.core.durations import format_span
from app.core.routine_session import length_s
from app.core.routines import (
    BUILTIN_ROUTINES,
    CORPSE,
    EASY_SEATED,
    FORWARD_BEND,
    LEGS_UP,
    RESTORATIVE_ID,
    TRANSITION_S,
)
from app.core.session import SessionConfig, Stage
from app.core.variations import Variation
from app.storage.preferences_file import load
from app.ui.routines.editor import RoutineEditor

from ..conftest import ARTIFACTS
from ..tour import settle

RESTORATIVE = BUILTIN_ROUTINES[RESTORATIVE_ID]


def shot(widget, name):
    """Once the layouts have settled: after one pass, a card still showed scroll bars."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    settle()
    assert widget.grab().save(str(ARTIFACTS / f"{name}.png"))


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def start_and_begin(h):
    start = h.window.page("start")
    start.start.click()
    assert h.page == "entry"
    h.flow.begin()


def test_choosing_the_sequence_lists_its_poses_and_starts_it(harness):
    h = harness
    start = h.window.page("start")
    choose(start.routine, RESTORATIVE_ID)
    assert h.store.prefs.routine_id == RESTORATIVE_ID
    assert json.loads(h.store.path.read_text())["routine"] == RESTORATIVE_ID
    assert start.routine_summary.isVisible() and not start.presets.isVisible()
    assert "Standing forward bend 1:30" in start.routine_summary.text()
    # Its real length: the poses' 20 minutes, with each card and the way down.
    profile = h.store.prefs.active
    config = SessionConfig(300, profile.settle_s, profile.pause_s, profile.pattern)
    real = length_s(RESTORATIVE, config)
    assert real > 20 * 60
    assert f"{format_span(real)} in all" in start.routine_summary.text()
    shot(h.window, "start-routine")
    cues = []
    h.controller.cueDue.connect(lambda e: cues.append(e.cue))
    start_and_begin(h)
    assert h.page == "pose"
    pose = h.window.page("pose")
    assert pose.title.text() == "Next: Standing forward bend"
    assert pose.counter.text() == "Pose 1 of 5: Preparation"
    assert pose.next_button.text() == "Start now" and not pose.extend.isVisible()
    shot(h.window, "routine-card")
    h.advance(TRANSITION_S)
    assert h.controller.stage is Stage.POSE
    assert pose.title.text() == "Standing forward bend" and pose.time.text() == "1:30"
    assert pose.coming.text() == "Then: Reclining bound angle" and pose.extend.isVisible()
    shot(h.window, "routine-pose")
    assert cues == [Cue.NEXT_POSE, Cue.HOLD_START]


def test_the_whole_sequence_runs_through_its_pages_by_itself(harness):
    h = harness
    choose(h.window.page("start").routine, RESTORATIVE_ID)
    start_and_begin(h)
    seen = []
    h.window.stack.currentChanged.connect(lambda _: seen.append(h.page))
    h.advance_to_stage(Stage.SETTLING)
    # Legs up the wall is announced on the same card, with its own picture.
    pose = h.window.page("pose")
    assert h.page == "pose" and pose.title.text() == "Next: Legs up the wall"
    h.advance_to_stage(Stage.HOLD)
    assert h.page == "hold"
    h.advance_to_stage(Stage.SEATED_PAUSE)
    closing = h.window.page("closing")
    assert h.page == "closing" and not closing.finish_button.isEnabled()
    h.advance_to_stage(Stage.TRANSITION)
    assert pose.title.text() == "Next: Corpse pose"
    h.advance_to_stage(Stage.DONE)
    assert h.page == "closing" and closing.finish_button.isEnabled()
    assert seen == ["hold", "exit", "closing", "pose", "closing"]
    closing.finish_button.click()
    assert h.page == "start" and h.controller.session is None


def test_a_pose_can_be_paused_lengthened_and_left_for_the_next(harness):
    h = harness
    choose(h.window.page("start").routine, RESTORATIVE_ID)
    start_and_begin(h)
    pose = h.window.page("pose")
    pose.next_button.click()  # Start now: the forward bend without waiting for the card
    assert h.controller.stage is Stage.POSE
    pose.pause.click()
    assert pose.title.text() == "Paused" and pose.pause.text() == "Resume"
    pose.pause.click()
    pose.extend.click()
    assert pose.time.text() == "2:30"
    for _ in range(30):  # up to the longest a routine's pose may last
        if not pose.extend.isEnabled():
            break
        pose.extend.click()
    assert pose.time.text() == "20:00" and not pose.extend.isEnabled()
    pose.next_button.click()  # Next pose
    assert h.controller.stage is Stage.TRANSITION
    assert pose.title.text() == "Next: Reclining bound angle"


def test_the_pose_alone_is_still_the_default(harness):
    h = harness
    start = h.window.page("start")
    assert start.routine.currentData() == "" and start.presets.isVisible()
    choose(start.routine, RESTORATIVE_ID)
    choose(start.routine, "")
    assert h.store.prefs.routine_id is None and start.presets.isVisible()


# --- variations --------------------------------------------------------------------------------


def test_thread_the_needle_is_set_up_at_the_desk_and_switched_by_a_chime(harness):
    h = harness
    start = h.window.page("start")
    choose(start.variation, Variation.THREAD_NEEDLE.value)
    assert h.store.prefs.variation is Variation.THREAD_NEEDLE
    assert start.picture.stem == "var-thread-needle"
    h.flow.open_session(6 * 60.0)
    entry = h.window.page("entry")
    entry.show_summary(True)
    titles = [s.title.source for s in entry._steps]
    assert "Cross one ankle over" in titles
    cues = []
    h.controller.cueDue.connect(lambda e: cues.append(e.cue))
    h.flow.begin()
    assert h.window.page("settling").picture.stem == "var-thread-needle"
    h.window.page("settling").skip.click()
    hold = h.window.page("hold")
    assert hold.side.isVisible() and hold.side.text() == "Right ankle over your left thigh"
    h.advance(180)
    assert cues[-1] is Cue.SIDE_SWITCH
    assert hold.side.text().startswith("Change sides")
    shot(h.window, "hold-thread-the-needle")


def test_the_reclined_rest_offers_no_variations(new_user):
    h = new_user
    h.flow.on_screened("alternative")
    start = h.window.page("start")
    assert not start.variation.isVisible()
    assert next_session.variation(h.store.prefs) is Variation.CLASSIC


# --- the editor --------------------------------------------------------------------------------


def test_a_routine_is_made_reordered_and_kept(harness):
    h = harness
    h.ui.routines.show_editor()
    editor = h.dialog(RoutineEditor)
    assert editor.list.count() == 1 and not editor.name.isEnabled()  # the built-in: copy it
    editor.new_button.click()
    assert editor.list.count() == 2 and editor.name.isEnabled()
    keys = lambda: [i.pose for i in editor.current.items]  # noqa: E731
    assert keys() == [LEGS_UP, EASY_SEATED]
    editor.name.setText("Evening")
    editor.name.textEdited.emit("Evening")
    choose(editor.pose_choice, CORPSE)
    editor.add_button.click()
    choose(editor.pose_choice, FORWARD_BEND)
    editor.add_button.click()
    assert keys() == [LEGS_UP, EASY_SEATED, CORPSE, FORWARD_BEND]
    editor.poses.setCurrentRow(3)
    editor.up_button.click()
    editor.up_button.click()  # over the inversion and its pause, as one
    assert keys() == [FORWARD_BEND, LEGS_UP, EASY_SEATED, CORPSE]
    editor.poses.setCurrentRow(2)  # the seated pause: it stays, and at least 30 s
    assert not editor.remove_button.isEnabled() and not editor.up_button.isEnabled()
    assert editor.duration.minimum() == 30
    editor.poses.setCurrentRow(1)
    editor.duration.setValue(12 * 60)
    editor.down_button.click()
    assert keys() == [FORWARD_BEND, CORPSE, LEGS_UP, EASY_SEATED]
    assert editor.current.items[2].duration_s == 12 * 60
    shot(editor, "routine-editor")
    editor.accept()
    routines = load(h.store.path, "x").prefs.routines
    assert [(r.name, [i.pose for i in r.items]) for r in routines] == [
        ("Evening", [FORWARD_BEND, CORPSE, LEGS_UP, EASY_SEATED])
    ]
    start = h.window.page("start")
    assert start.routine.findText("Evening") >= 0


def test_deleting_the_chosen_routine_goes_back_to_the_pose_alone(harness):
    h = harness
    h.ui.routines.show_editor()
    editor = h.dialog(RoutineEditor)
    editor.duplicate()
    assert editor.name.text() == "Restorative sequence (copy)"
    editor.accept()
    mine = h.store.prefs.routines[0]
    choose(h.window.page("start").routine, mine.id)
    h.ui.routines.show_editor()
    editor = h.dialog(RoutineEditor)
    editor.list.setCurrentRow(1)
    editor.delete_button.click()
    editor.list.setCurrentRow(0)
    assert not editor.delete_button.isEnabled()  # the built-in stays
    editor.accept()
    assert h.store.prefs.routines == [] and h.store.prefs.routine_id is None


def test_cancel_keeps_the_routines_as_they_were(harness):
    h = harness
    h.ui.routines.show_editor()
    editor = h.dialog(RoutineEditor)
    editor.new_routine()
    editor.reject()
    assert editor.result() == QDialog.DialogCode.Rejected
    assert h.store.prefs.routines == []


def quit_in_the_restorative_routine_at(h, stage: Stage) -> list[bool]:
    """Runs the sequence to `stage` and asks to quit there; what closing the app appends to."""
    h.guard.linger_ms = 0
    closed: list[bool] = []
    h.guard.quitNow.connect(lambda: closed.append(True))
    choose(h.window.page("start").routine, RESTORATIVE_ID)
    start_and_begin(h)
    h.advance_to_stage(stage)
    h.ui.actions.quit.trigger()
    return closed


def test_quitting_in_a_pose_before_the_inversion_closes_at_once(harness):
    """Nothing to come down from: the routine once moved on to its next pose instead, and
    kept the app open for the rest of it."""
    h = harness
    closed = quit_in_the_restorative_routine_at(h, Stage.POSE)
    buttons = h.window.notice.buttons()
    assert [b.text() for b in buttons] == ["Come down now", "Keep going"]
    buttons[0].click()
    assert closed == [True] and not h.guard.pending


def test_quitting_in_a_routines_inversion_waits_for_its_seated_pause_only(harness):
    h = harness
    closed = quit_in_the_restorative_routine_at(h, Stage.HOLD)
    h.window.notice.buttons()[0].click()  # Come down now
    assert h.controller.stage is Stage.EXIT and h.guard.pending and not closed
    h.advance_to_stage(Stage.SEATED_PAUSE)
    pause = h.controller.session.next_deadline(h.clock.now()) - h.clock.now()
    assert pause >= 30
    h.advance(pause - 0.5)
    assert not closed
    h.advance(0.5)  # the pause is over: the corpse pose that follows is not waited for
    assert h.controller.stage is Stage.TRANSITION
    h.qtbot.waitUntil(lambda: closed == [True], timeout=1000)
