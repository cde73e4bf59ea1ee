"""Every control has an accessible name; the phase and the time left are real text."""

from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QLineEdit

from app.core.session import Stage
from app.ui.session.pages.factory import BUILDERS

from .test_flow import begin


def test_every_control_on_every_page_has_a_name(harness):
    h = harness
    h.flow.show_safety()
    h.flow.show_start()
    begin(h, 60)
    h.advance_to_stage(Stage.HOLD)
    h.advance_to_stage(Stage.EXIT)
    h.advance_to_stage(Stage.SEATED_PAUSE)
    built = {name: h.window.built(name) for name in BUILDERS if h.window.built(name)}
    assert set(built) == {
        "screening",
        "start",
        "entry",
        "settling",
        "hold",
        "exit",
        "closing",
    }
    for name, page in built.items():
        controls = page.findChildren(QAbstractButton) + page.findChildren(QLineEdit)
        controls += page.findChildren(QCheckBox)
        assert controls, name
        for control in controls:
            assert control.accessibleName().strip(), (name, control.text())


def test_time_left_is_text_a_screen_reader_can_read(harness):
    h = harness
    begin(h, 120)
    h.advance_to_stage(Stage.HOLD)
    hold = h.window.page("hold")
    assert isinstance(hold.time, QLabel)
    # A label's accessible name is its text: what it is goes in the description.
    assert hold.time.accessibleName() == ""
    assert hold.time.accessibleDescription() == "Time left"
    assert hold.time.text() == "2:00"
    assert hold.phase.text() == "Breathe in"
    assert hold.circle.accessibleName() == "Breathing guide"
    assert h.window.windowTitle().startswith("Hold 2:00")


def test_the_breathing_guide_tells_its_state_and_announces_each_phase(harness, monkeypatch):
    from app.core.session import Stage
    from app.ui.session.pages import timed

    h = harness
    spoken = []
    monkeypatch.setattr(timed, "announce", lambda widget, text: spoken.append(text))
    h.flow.open_session(60.0)
    h.flow.begin()
    h.window.page("settling").skip.click()
    assert h.controller.stage is Stage.HOLD
    hold = h.window.page("hold")
    h.advance(1.0)
    assert hold.circle.accessibleDescription() == "Breathe in, 3 seconds"
    h.advance(2.5)
    assert hold.circle.accessibleDescription() == "Breathe in, 1 second"
    h.advance(1.0)  # the exhale: 6 s
    assert hold.circle.accessibleDescription().startswith("Breathe out, 6 seconds")
    assert spoken == ["Breathe in", "Breathe out"]  # once per phase, not every second
    hold.pause.click()
    assert hold.circle.accessibleDescription() == "Paused"
