"""The tray's menu and what closing does with and without a tray, offscreen.

Offscreen there is no tray host, so these tests stand one in with `available=lambda: True`;
the end-to-end tray run (tests/e2e/test_tray.py) embeds the real icon in Debian's trayer."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from app.__main__ import add_tray
from app.core.session import Stage
from app.core.steps import WALL_ENTRY
from app.platform.single_instance import Command
from app.ui.shell import launch
from app.ui.shell.tray import Tray

from ..conftest import ARTIFACTS


def texts(tray: Tray) -> list[str]:
    tray.menu.aboutToShow.emit()  # what opening the menu does
    return [a.text() or "—" for a in tray.menu.actions() if a.isVisible()]


def action(tray: Tray, text: str):
    tray.menu.aboutToShow.emit()
    found = [a for a in tray.menu.actions() if a.isVisible() and a.text() == text]
    assert len(found) == 1, (text, texts(tray))
    return found[0]


def walk_in(h) -> None:
    """Through the entry guidance to Begin with its Next button. (Offscreen, a window shown
    again is not made active, so its arrow-key shortcuts would not fire.)"""
    assert h.page == "entry"
    entry = h.window.page("entry")
    if entry.in_summary:
        entry.show_summary(False)
    for _ in range(len(WALL_ENTRY)):
        entry.next_button.click()
    assert h.page == "settling"


@pytest.fixture
def tray(harness):
    """A tray host stood in: offscreen has none to embed in."""
    return add_tray(harness.ui, available=lambda: True)


@pytest.fixture
def no_tray(harness):
    """The real answer offscreen: there is no system tray."""
    t = add_tray(harness.ui)
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    return t


def start_up(h, command: Command, tray: Tray) -> None:
    launch.start_up(command, h.store.prefs.start_in_tray, h.flow, h.window, tray)


def handed_over(h, command: Command, tray: Tray) -> None:
    launch.handed_over(command, h.flow, h.window, tray)


def test_idle_menu_offers_quick_starts_profiles_and_the_window(harness, tray):
    assert texts(tray) == [
        "Quick start with Work break:",
        "5 minutes",
        "10 minutes",
        "15 minutes",
        "20 minutes",
        "—",
        "Work break · 5 min",
        "Bedtime wind-down · 15 min",
        "&Repeat last",
        "—",
        "&Open Viparita",
        "&History…",
        "&Preferences…",
        "—",
        "&Quit",
    ]
    assert not action(tray, "&Repeat last").isEnabled()  # no session yet
    assert not action(tray, "Quick start with Work break:").isEnabled()  # a heading
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert tray.menu.grab().save(str(ARTIFACTS / "tray-menu-idle.png"))


def test_quick_start_opens_the_entry_guidance_with_that_hold(harness, tray):
    h = harness
    h.window.hide()
    action(tray, "10 minutes").trigger()
    assert h.window.isVisible()  # chosen by the person, so the window comes forward
    walk_in(h)
    assert h.controller.session.config.hold_s == 600
    assert h.store.prefs.active_id == "work"  # the current profile


def test_quick_start_shows_the_safety_screen_first(new_user):
    h = new_user
    tray = add_tray(h.ui, available=lambda: True)
    action(tray, "5 minutes").trigger()
    assert h.page == "screening"
    screening = h.window.page("screening")
    for box in (screening.confirm, screening.no_eye_condition):
        box.setChecked(True)
    screening.cont.click()
    walk_in(h)
    assert h.controller.session.config.hold_s == 300
    h.advance_to_stage(Stage.SEATED_PAUSE)
    h.advance(29.9)
    assert h.controller.stage is Stage.SEATED_PAUSE  # the pause applies to quick starts too


def test_a_profile_item_switches_profile_and_offers_its_hold(harness, tray):
    h = harness
    action(tray, "Bedtime wind-down · 15 min").trigger()
    assert h.store.prefs.active_id == "bedtime"
    assert texts(tray)[0] == "Quick start with Bedtime wind-down:"
    walk_in(h)
    assert h.controller.session.config.hold_s == 900


def test_repeat_last_repeats_the_profile_and_hold_of_the_last_session(harness, tray):
    h = harness
    action(tray, "Bedtime wind-down · 15 min").trigger()
    h.window.page("entry").back.emit()
    h.flow.choose_profile("work")
    h.flow.quick_start(420)
    walk_in(h)
    h.controller.come_down()
    h.advance_to_stage(Stage.DONE)
    h.window.page("closing").finish.emit()
    h.flow.choose_profile("bedtime")
    repeat = action(tray, "&Repeat last: Work break, 7 min")
    assert repeat.isEnabled()
    repeat.trigger()
    assert h.store.prefs.active_id == "work"
    walk_in(h)
    assert h.controller.session.config.hold_s == 420
    assert h.store.prefs.last_profile == "work"


def test_during_a_session_the_menu_tells_the_time_and_can_pause_and_come_down(harness, tray):
    h = harness
    h.flow.quick_start(300)
    walk_in(h)
    h.window.page("settling").skip.click()
    h.advance(1.2)
    lines = texts(tray)
    assert lines[:3] == ["Hold: 4:59 left", "P&ause", "&Come down now"]
    assert "5 minutes" not in lines and "&Quit" in lines  # nothing else can start
    assert not tray.status.isEnabled()  # read, not clicked
    assert tray.icon.toolTip() == "Viparita – Hold: 4:59 left"
    action(tray, "P&ause").trigger()
    h.advance(60)
    assert texts(tray)[:2] == ["Hold, paused: 4:59 left", "&Resume"]
    action(tray, "&Resume").trigger()
    assert h.controller.session.paused is False
    action(tray, "&Come down now").trigger()
    assert h.controller.stage is Stage.EXIT
    assert texts(tray)[0].startswith("Coming down: ")
    assert not tray.come_down_action.isEnabled() and not tray.pause_action.isEnabled()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert tray.menu.grab().save(str(ARTIFACTS / "tray-menu-session.png"))


def test_closing_with_a_tray_keeps_the_app_and_says_so_once(harness, tray, monkeypatch):
    h = harness
    said: list[str] = []
    monkeypatch.setattr(tray.icon, "showMessage", lambda title, text, *a: said.append(text))
    quits: list[bool] = []
    h.guard.quitNow.connect(lambda: quits.append(True))
    h.window.close()
    assert not h.window.isVisible() and quits == []
    assert len(said) == 1 and "still running in the tray" in said[0]
    assert h.store.prefs.tray_note_shown
    action(tray, "&Open Viparita").trigger()
    assert h.window.isVisible()
    h.window.close()
    assert len(said) == 1  # the first time only
    action(tray, "&Quit").trigger()
    assert quits == [True]


def test_a_session_goes_on_in_the_tray_and_the_exit_shows_without_focus(harness, tray):
    h = harness
    h.flow.quick_start(60)
    walk_in(h)
    h.window.close()
    assert not h.window.isVisible() and h.controller.stage is Stage.SETTLING
    h.advance_to_stage(Stage.HOLD)
    assert not h.window.isVisible()
    h.advance_to_stage(Stage.EXIT)
    assert h.window.isVisible() and h.page == "exit"
    # Shown without asking for the focus (tests/e2e/test_tray.py checks the window manager).
    assert not h.window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_quit_from_the_tray_in_the_seated_pause_waits_for_its_end(harness, tray):
    h = harness
    quits: list[bool] = []
    h.guard.quitNow.connect(lambda: quits.append(True))
    h.flow.quick_start(30)
    walk_in(h)
    h.advance_to_stage(Stage.SEATED_PAUSE)
    h.window.close()  # put away in the tray
    action(tray, "&Quit").trigger()
    assert h.window.isVisible()  # brought back to say why it waits
    assert "stay seated" in h.window.notice.text.text()
    h.advance(29.5)
    assert quits == []
    h.advance(0.5)
    h.qtbot.waitUntil(lambda: quits == [True], timeout=1000)


def test_left_click_shows_the_window_or_puts_it_away(harness, tray):
    h = harness
    h.window.hide()
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert h.window.isVisible()
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert not h.window.isVisible()
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    assert not h.window.isVisible()  # the right button opens the menu only
    h.window.showMinimized()
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert h.window.isVisible() and not h.window.isMinimized()


def test_the_tray_can_be_turned_off(harness, tray):
    h = harness
    assert tray.icon.isVisible()
    prefs = replace_prefs(h, use_tray=False)
    h.ui.prefs.apply(prefs)
    assert not tray.icon.isVisible() and not tray.usable()
    quits: list[bool] = []
    h.guard.quitNow.connect(lambda: quits.append(True))
    h.window.close()
    assert quits == [True]  # no tray to stay in


def replace_prefs(h, **changes):
    import copy

    prefs = copy.deepcopy(h.store.prefs)
    for key, value in changes.items():
        setattr(prefs, key, value)
    return prefs


def test_start_in_the_tray(harness, tray):
    h = harness
    h.window.hide()
    start_up(h, Command(tray_only=True), tray)
    assert not h.window.isVisible()
    handed_over(h, Command(tray_only=True), tray)
    assert not h.window.isVisible()  # a second `--tray` changes nothing
    handed_over(h, Command(), tray)
    assert h.window.isVisible()  # a plain second launch brings it forward
    h.window.hide()
    h.store.prefs.start_in_tray = True
    start_up(h, Command(), tray)
    assert not h.window.isVisible()
    start_up(h, Command(start_s=120), tray)
    assert h.window.isVisible() and h.page == "entry"  # a session always shows


def test_without_a_tray_everything_is_in_the_window(harness, no_tray):
    h = harness
    assert not no_tray.usable()
    h.window.hide()
    start_up(h, Command(tray_only=True), no_tray)
    assert h.window.isVisible()  # nowhere else to be
    menu = h.ui.actions.session_menu
    menu.aboutToShow.emit()
    shown = [a.text() for a in menu.actions() if a.isVisible() and a.text()]
    for wanted in ("5 minutes", "20 minutes", "Bedtime wind-down · 15 min", "&Repeat last"):
        assert wanted in shown
    next(a for a in menu.actions() if a.text() == "15 minutes").trigger()
    walk_in(h)
    assert h.controller.session.config.hold_s == 900
    # Pause and "Come down now" are on the session's own pages.
    settling = h.window.page("settling")
    assert settling.pause.isVisible() and settling.come_down.isVisible()
    quits: list[bool] = []
    h.guard.quitNow.connect(lambda: quits.append(True))
    h.window.close()
    assert h.window.isVisible() and quits == []  # asks first during a session
    assert [b.text() for b in h.window.notice.buttons()] == ["Come down now", "Keep going"]


def test_a_persons_ampersand_is_not_a_mnemonic(harness, tray):
    h = harness
    prefs = h.store.prefs
    prefs.put(replace(prefs.profile("work"), id="custom-1", name="Read & rest"))
    assert "Read && rest · 5 min" in texts(tray)
