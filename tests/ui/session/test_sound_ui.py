"""The window's side of sound: the Test sound button, the notice and the soft pulse."""

from ...expected import DEFAULT_CUES


def test_test_sound_button_asks_for_the_bowl(harness):
    h = harness
    h.flow.show_start()
    asked = []
    h.ui.requests.testSound.connect(lambda: asked.append(True))
    h.window.page("start").test_sound.click()
    assert asked == [True]


def test_silent_mode_notice_and_pulse(harness):
    h = harness
    status = h.window.sound_status
    assert not status.isVisible()
    status.set_sound(False, "no-device")
    assert status.isVisible()
    assert status.text.text() == "Sound off: no audio device could be opened"
    status.pulse()
    status.pulse()
    assert status.dot.pulses == 2
    h.shot("sound-off")
    status.set_sound(True, "")
    assert not status.isVisible()


def test_cues_come_on_time_while_the_window_is_hidden(harness):
    from app.core.session import Stage

    from .test_flow import begin

    h = harness
    cues = []
    h.controller.cueDue.connect(lambda e: cues.append(e))
    begin(h, 20)
    h.window.showMinimized()
    h.window.hide()
    h.advance_to_stage(Stage.DONE)
    assert [e.cue.value for e in cues] == DEFAULT_CUES
    assert all(e.fired == e.due for e in cues[:-2])
