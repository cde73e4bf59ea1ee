"""The preferences window and the profile chooser, through the keyboard where a person would."""

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSlider,
    QSystemTrayIcon,
)

from app import APP_ID
from app.core.breathing import BreathPattern
from app.core.profiles import BEDTIME_ID, BUILTINS, WORK_ID, Theme
from app.core.session import Stage
from app.platform.autostart import XdgAutostart
from app.ui.prefs.dialog import PreferencesDialog
from app.ui.style import appearance, theme

from ..conftest import ARTIFACTS, Harness
from ..session.test_flow import begin


def open_prefs(h) -> PreferencesDialog:
    h.flow.show_start()
    h.window.activateWindow()
    h.qtbot.waitUntil(h.window.isActiveWindow)
    h.qtbot.keyClick(h.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = h.dialog(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    h.qtbot.waitExposed(dialog)
    dialog.activateWindow()
    h.qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def stored(h) -> dict:
    return json.loads(h.store.path.read_text())


def type_into(h, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    h.qtbot.keyClicks(widget, text)


def shot(dialog: PreferencesDialog, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / f"{name}.png"))


def test_ok_applies_and_saves_what_was_typed(harness):
    h = harness
    dialog = open_prefs(h)
    assert dialog.shown.id == WORK_ID
    shot(dialog, "prefs-session")
    type_into(h, dialog.session.hold.lineEdit(), "7m30s")
    h.qtbot.keyClick(dialog.session.hold, Qt.Key.Key_Tab)  # commits the typed text
    h.qtbot.keyClick(dialog.session.pause, Qt.Key.Key_Up)
    dialog.tabs.setCurrentWidget(dialog.sound)
    shot(dialog, "prefs-sound")
    dialog.sound.volume.setFocus()
    h.qtbot.keyClick(dialog.sound.volume, Qt.Key.Key_PageDown)
    dialog.sound.switches["halfway"].setFocus()
    h.qtbot.keyClick(dialog.sound.switches["halfway"], Qt.Key.Key_Space)
    dialog.tabs.setCurrentWidget(dialog.appearance)
    shot(dialog, "prefs-appearance")
    h.qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK is the default button
    assert not dialog.isVisible()
    work = h.store.prefs.active
    assert (work.hold_s, work.pause_s, work.volume) == (450.0, 35.0, 90.0)
    assert work.cues.halfway
    saved = stored(h)["profiles"][0]
    assert (saved["hold_s"], saved["pause_s"], saved["cues"]["halfway"]) == (450.0, 35.0, True)
    assert h.window.page("start").hold_s() == 450.0  # the profile's own hold, rule 4


def test_cancel_restores_everything_even_a_deleted_profile(harness):
    h = harness
    prefs = h.store.prefs
    prefs.put(replace(BUILTINS[WORK_ID], id="custom-1", name="Desk"))
    h.store.save()
    before = h.store.path.read_bytes()
    dialog = open_prefs(h)
    dialog.profile_box.setCurrentIndex(2)
    dialog.profile_box.activated.emit(2)
    assert dialog.shown.name == "Desk"
    dialog.delete_button.click()
    dialog.reset_button.click()
    dialog.session.hold.setValue(20)
    h.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert [p.id for p in h.store.prefs.profiles] == [WORK_ID, BEDTIME_ID, "custom-1"]
    assert h.store.path.read_bytes() == before


def test_duplicate_rename_edit_and_delete_a_profile(harness):
    h = harness
    dialog = open_prefs(h)
    dialog.duplicate_button.click()
    assert dialog.name.hasFocus() and dialog.name.selectedText() == "Work break (copy)"
    h.qtbot.keyClicks(dialog.name, "Lunch  break ")
    dialog.session.hold.setValue(240)
    dialog.accept()
    prefs = h.store.prefs
    mine = prefs.profiles[2]
    assert (mine.name, mine.hold_s, mine.builtin) == ("Lunch break", 240.0, False)
    start = h.window.page("start")
    names = [start.profile.itemText(i) for i in range(start.profile.count())]
    assert names == ["Work break", "Bedtime wind-down", "Lunch break"]

    dialog = open_prefs(h)
    dialog.profile_box.activated.emit(2)
    dialog.name.setText("Work break")  # taken: OK refuses and says why
    dialog.accept()
    assert dialog.isVisible() and "already has this name" in dialog.name_error.text()
    dialog.delete_button.click()
    assert dialog.shown.id == BEDTIME_ID
    dialog.accept()
    assert [p.id for p in h.store.prefs.profiles] == [WORK_ID, BEDTIME_ID]
    assert [p["id"] for p in stored(h)["profiles"]] == [WORK_ID, BEDTIME_ID]


def test_builtins_cannot_be_deleted_but_can_be_restored(harness):
    h = harness
    dialog = open_prefs(h)
    assert not dialog.delete_button.isEnabled() and dialog.restore_button.isEnabled()
    dialog.session.hold.setValue(60)
    dialog.name.setText("My desk")
    dialog.accept()
    assert h.store.prefs.active.name == "My desk"
    dialog = open_prefs(h)
    assert dialog.name.text() == "My desk"
    dialog.restore_button.click()
    assert dialog.name.text() == "Work break" and dialog.session.hold.value() == 300
    dialog.accept()
    assert h.store.prefs.active == BUILTINS[WORK_ID]


def test_breath_patterns_presets_custom_and_the_warning(harness):
    h = harness
    dialog = open_prefs(h)
    s = dialog.session
    assert s.preset.currentData() == "calm" and not s.warning.isVisible()
    s.preset.setFocus()
    h.qtbot.keyClick(s.preset, Qt.Key.Key_Down)  # Calm -> Deep, the way a keyboard does it
    s.preset.activated.emit(s.preset.currentIndex())
    assert s.pattern() == BreathPattern(4, 0, 8, 0)
    s.parts["exhale"].setFocus()
    for _ in range(9):  # 8 s down to 3.5 s in 0.5 s steps
        h.qtbot.keyClick(s.parts["exhale"], Qt.Key.Key_Down)
    assert s.pattern().exhale == 3.5
    assert s.preset.currentData() == "custom"
    assert s.warning.isVisible() and "not longer" in s.warning.text()
    shot(dialog, "prefs-warning")
    s.parts["hold_in"].setValue(1.5)
    s.parts["exhale"].setValue(6.5)
    assert not s.warning.isVisible()
    dialog.accept()
    assert h.store.prefs.active.pattern == BreathPattern(4, 1.5, 6.5, 0)


def test_the_seated_pause_cannot_be_set_below_30_seconds(harness):
    h = harness
    dialog = open_prefs(h)
    pause = dialog.session.pause
    for text in ("0:05", "5s", "29s"):
        type_into(h, pause.lineEdit(), text)
        h.qtbot.keyClick(pause, Qt.Key.Key_Tab)
    pause.setValue(0)
    assert pause.value() == 30
    # Told from the core's minimum, not typed out again.
    assert pause.toolTip() == "Never less than 30 s"
    notes = [w.text() for w in dialog.findChildren(QLabel)]
    assert "The seated pause is never shorter than 30 s." in notes
    dialog.accept()
    assert h.store.prefs.active.pause_s == 30


def test_reset_to_defaults_keeps_the_safety_answers(harness):
    h = harness
    h.store.prefs.reduced_motion = True
    dialog = open_prefs(h)
    dialog.duplicate_button.click()
    dialog.reset_button.click()
    assert dialog.profile_box.count() == 2
    assert not dialog.appearance.reduced_motion.isChecked()
    dialog.accept()
    assert h.store.prefs.screened and not h.store.prefs.reduced_motion


def test_preview_plays_at_the_slider_volume_and_closing_restores_it(harness):
    h = harness
    previews, volumes = [], []
    h.ui.prefs.previewSound.connect(previews.append)
    h.ui.prefs.volumeChanged.connect(volumes.append)
    dialog = open_prefs(h)
    dialog.tabs.setCurrentWidget(dialog.sound)
    dialog.sound.volume.setValue(35)
    dialog.sound.preview.setFocus()
    h.qtbot.keyClick(dialog.sound.preview, Qt.Key.Key_Space)
    assert previews == [35.0]
    dialog.reject()
    assert volumes == [100.0]  # the profile's own volume again


def test_choosing_a_profile_on_start_changes_hold_theme_and_volume(harness):
    h = harness
    volumes = []
    h.flow.volumeChanged.connect(volumes.append)
    h.flow.show_start()
    start = h.window.page("start")
    assert start.hold_s() == 300 and theme.current() is theme.DAYLIGHT
    start.profile.setFocus()
    h.qtbot.keyClick(start.profile, Qt.Key.Key_Down)
    start.profile.activated.emit(start.profile.currentIndex())
    assert h.store.prefs.active_id == BEDTIME_ID and stored(h)["active_profile"] == BEDTIME_ID
    assert start.hold_s() == 900 and theme.current() is theme.BEDTIME
    assert volumes == [BUILTINS[BEDTIME_ID].volume]
    begin(h, 600)  # the bedtime session uses its 4/8 breath and its tones
    session = h.controller.session
    assert session.config.pattern == BreathPattern(4, 0, 8, 0)
    assert session.config.cues.breath_tones
    assert h.store.prefs.profile(BEDTIME_ID).last_hold_s == 600
    assert h.store.prefs.profile(WORK_ID).last_hold_s is None


def test_the_suggested_hold_follows_the_rule(harness):
    h = harness
    h.flow.hold_from_command_line(90)
    h.flow.show_start()
    start = h.window.page("start")
    assert start.hold_s() == 90  # 1. the command line
    begin(h, 90)
    h.advance_to_stage(Stage.DONE)
    h.window.page("closing").finish.emit()
    assert start.hold_s() == 90  # 3. now the last hold used with this profile
    h.flow.choose_profile(BEDTIME_ID)
    assert start.hold_s() == 900  # 4. the bedtime profile's own hold


def test_preferences_wait_while_a_session_runs(harness):
    h = harness
    begin(h, 60)
    assert not h.ui.actions.preferences.isEnabled()
    h.ui.prefs.show()
    assert h.dialog(PreferencesDialog) is None
    h.advance_to_stage(Stage.DONE)
    h.window.page("closing").finish.emit()
    assert h.ui.actions.preferences.isEnabled()


def test_every_control_in_the_window_has_a_spoken_name(harness):
    h = harness
    dialog = open_prefs(h)
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QSlider)
    controls = [w for kind in kinds for w in dialog.findChildren(kind)]
    assert len(controls) > 20
    for control in controls:
        if not control.isVisibleTo(dialog) or control.parent() is None:
            continue
        if isinstance(control.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box speaks through the spin box
        iface = QAccessible.queryAccessibleInterface(control)
        assert iface is not None and iface.text(QAccessible.Text.Name).strip(), control


def test_follow_system_scheme(harness, monkeypatch):
    """Offscreen Qt cannot change the system's scheme, so only the query is replaced."""
    h = harness
    monkeypatch.setattr(theme, "system_is_dark", lambda app: True)
    appearance.apply(h.store)
    assert theme.current() is theme.DUSK
    dialog = open_prefs(h)
    dialog.tabs.setCurrentWidget(dialog.appearance)
    shot(dialog, "prefs-dusk")
    dialog.appearance.follow_system.setChecked(False)
    dialog.accept()
    assert theme.current() is theme.DAYLIGHT


@pytest.mark.parametrize("reduced", [False, True])
def test_reduced_motion_shows_a_filling_bar_instead_of_the_circle(harness, reduced):
    h = harness
    h.store.prefs.reduced_motion = reduced
    begin(h, 120)
    h.advance_to_stage(Stage.HOLD)
    hold = h.window.page("hold")
    assert hold.bar.isVisible() is reduced and hold.circle.isVisible() is not reduced
    h.advance(2.0)  # halfway through the first 4 s breath in
    guide = hold.bar if reduced else hold.circle
    guide.refresh()
    assert guide.scale == pytest.approx(0.5, abs=0.01)
    if reduced:
        assert hold.bar.fill_width() == pytest.approx((hold.bar.width() - 4) / 2, abs=2)
        h.shot("hold-reduced-motion")
    assert theme.current().name == "daylight"
    assert Theme.REGULAR is h.store.prefs.active.theme


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_access_keys_are_unique_on_each_tab(harness, qapp, language):
    """Alt+letter must reach one control: letters are unique among what is visible together
    (the controls around the tabs, plus one tab), in every language shipped."""

    from app.ui.style import language as languages

    h = harness
    languages.install(qapp, language, [])
    try:
        dialog = open_prefs(h)
        check_access_keys(dialog)
    finally:
        languages.uninstall(qapp)


def check_access_keys(dialog) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    def key(text: str) -> list[str]:
        plain = text.replace("&&", "")
        return [plain[plain.index("&") + 1].lower()] if "&" in plain else []

    def letters(parent: QWidget) -> dict[int, str]:
        found = parent.findChildren(QWidget)
        return {
            id(w): k
            for w in found
            if isinstance(w, QAbstractButton | QLabel)
            for k in key(w.text())
        }

    tabs = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
    inside = {i for tab in tabs for i in letters(tab)}
    shared = [k for i, k in letters(dialog).items() if i not in inside]
    shared += [k for i in range(dialog.tabs.count()) for k in key(dialog.tabs.tabText(i))]
    for tab in tabs:
        mine = list(letters(tab).values())
        assert mine, tab
        every = shared + mine
        assert len(every) == len(set(every)), " ".join(sorted(every))


def test_settings_for_all_profiles_survive_deleting_a_profile(harness):
    h = harness
    dialog = open_prefs(h)
    dialog.duplicate_button.click()
    dialog.appearance.reduced_motion.setChecked(True)
    dialog.delete_button.click()
    assert dialog.appearance.reduced_motion.isChecked()
    dialog.accept()
    assert h.store.prefs.reduced_motion


def test_a_typed_breath_part_snaps_to_half_seconds(harness):
    h = harness
    dialog = open_prefs(h)
    inhale = dialog.session.parts["inhale"]
    type_into(h, inhale.lineEdit(), "4.3")
    h.qtbot.keyClick(inhale, Qt.Key.Key_Tab)
    assert inhale.value() == 4.5
    dialog.accept()
    assert h.store.prefs.active.pattern.inhale == 4.5


def test_copies_of_a_long_name_stay_distinct_and_short(harness):
    h = harness
    dialog = open_prefs(h)
    dialog.name.setText("A very long profile name for the evening!")  # 41: cut to 40
    dialog.duplicate_button.click()
    dialog.profile_box.activated.emit(0)
    dialog.duplicate_button.click()
    names = [dialog.profile_box.itemText(i) for i in range(dialog.profile_box.count())]
    assert len(set(names)) == len(names) == 4
    assert all(len(n) <= 40 for n in names), names
    dialog.accept()
    assert not dialog.isVisible()


def test_a_hold_set_in_preferences_is_the_one_start_offers(harness):
    h = harness
    prefs = h.store.prefs
    prefs.put(replace(prefs.active, last_hold_s=600.0))
    h.ui.prefs.apply(prefs)
    assert h.window.page("start").hold_s() == 600  # the last one used
    dialog = open_prefs(h)
    dialog.session.hold.setValue(420)
    dialog.accept()
    assert h.window.page("start").hold_s() == 420


def test_a_handed_over_command_waits_while_a_session_runs(harness):
    from app.platform.single_instance import Command

    h = harness
    begin(h, 60)
    h.flow.run_command(Command(start_s=600.0, profile=BEDTIME_ID))
    assert h.store.prefs.active_id == WORK_ID
    assert h.controller.session.config.hold_s == 60
    assert h.page == "settling"


# --- Startup ---------------------------------------------------------------------------------


def ok(dialog: PreferencesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def cancel(dialog: PreferencesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


@pytest.fixture
def login(qtbot, screened, tmp_path):
    """A window whose Start at login is a desktop file in tmp_path/autostart (the app asks
    for the system's as Preferences opens; the harness has none)."""
    autostart = XdgAutostart(tmp_path)
    h = Harness(qtbot, screened, autostart=lambda: autostart)
    h.autostart = autostart
    yield h
    h.controller._timer.stop()


def test_start_at_login_is_the_desktop_file_written_only_on_ok(login, tmp_path):
    h = login
    entry = tmp_path / "autostart" / f"{APP_ID}.desktop"
    dialog = open_prefs(h)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.startup)) == "Startu&p"
    dialog.tabs.setCurrentWidget(dialog.startup)
    shot(dialog, "prefs-startup")
    s = dialog.startup
    assert s.start_at_login.isEnabled() and not s.start_at_login.isChecked()
    assert s.use_tray.isChecked()
    s.start_at_login.setChecked(True)
    s.use_tray.setChecked(False)
    assert not entry.exists()  # nothing is written before OK
    ok(dialog)
    assert not dialog.isVisible()
    assert entry.is_file() and h.autostart.enabled()
    assert h.store.prefs.use_tray is False
    assert stored(h)["use_tray"] is False

    dialog = open_prefs(h)
    assert dialog.startup.start_at_login.isChecked()  # read from the file
    assert not dialog.startup.use_tray.isChecked()
    dialog.startup.start_at_login.setChecked(False)
    cancel(dialog)
    assert not dialog.isVisible() and entry.is_file()

    dialog = open_prefs(h)
    assert dialog.startup.start_at_login.isChecked()
    dialog.startup.start_at_login.setChecked(False)
    ok(dialog)
    assert not dialog.isVisible() and not entry.exists()


def test_start_at_login_follows_the_file_not_the_preferences(login, tmp_path):
    h = login
    h.autostart.set_enabled(True, ["/usr/bin/viparita"])  # e.g. by another copy
    dialog = open_prefs(h)
    assert dialog.startup.start_at_login.isChecked()
    cancel(dialog)
    h.autostart.set_enabled(False, [])
    dialog = open_prefs(h)
    assert not dialog.startup.start_at_login.isChecked()
    cancel(dialog)


def test_without_an_autostart_start_at_login_cannot_be_ticked(harness):
    h = harness
    dialog = open_prefs(h)
    assert dialog.autostart is None
    assert not dialog.startup.start_at_login.isEnabled()
    ok(dialog)
    assert not dialog.isVisible()


def test_starting_hidden_needs_the_tray_icon(harness):
    h = harness
    dialog = open_prefs(h)
    s = dialog.startup
    assert s.use_tray.isChecked() and s.start_in_tray.isEnabled()
    s.start_in_tray.setChecked(True)
    s.use_tray.setChecked(False)
    assert not s.start_in_tray.isEnabled()
    s.use_tray.setChecked(True)
    assert s.start_in_tray.isEnabled()
    s.use_tray.setChecked(False)
    ok(dialog)
    assert h.store.prefs.use_tray is False
    dialog = open_prefs(h)
    assert not dialog.startup.use_tray.isChecked()
    assert not dialog.startup.start_in_tray.isEnabled()  # disabled as it opens, too
    cancel(dialog)


def test_without_a_tray_the_note_says_so(harness, qtbot):
    h = harness
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: none
    dialog = open_prefs(h)
    dialog.tabs.setCurrentWidget(dialog.startup)
    note = dialog.startup.no_tray_note
    assert note.isVisibleTo(dialog) and "no system tray" in note.text()
    cancel(dialog)
    with_tray = PreferencesDialog(h.store.prefs, tray_available=True)
    qtbot.addWidget(with_tray)
    assert not with_tray.startup.no_tray_note.isVisibleTo(with_tray)


def test_a_login_entry_that_cannot_be_written_keeps_the_dialog_and_its_changes(login, tmp_path):
    h = login
    (tmp_path / "autostart").write_text("a file where the folder should be")
    dialog = open_prefs(h)
    assert not dialog.startup.login_error.isVisibleTo(dialog)
    dialog.startup.start_at_login.setChecked(True)
    dialog.startup.use_tray.setChecked(False)
    dialog.tabs.setCurrentWidget(dialog.session)
    ok(dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.startup
    error = dialog.startup.login_error
    assert error.isVisibleTo(dialog) and h.autostart.location in error.text()
    shot(dialog, "prefs-startup-error")
    assert dialog.working.use_tray is False  # the other change is still there
    assert h.store.prefs.use_tray is True  # and nothing was applied yet

    dialog.startup.start_at_login.setChecked(False)
    ok(dialog)
    assert not dialog.isVisible()
    assert h.store.prefs.use_tray is False and stored(h)["use_tray"] is False
    assert not h.autostart.enabled()


def test_reset_to_defaults_turns_the_tray_on_and_start_at_login_off(login, tmp_path):
    h = login
    h.autostart.set_enabled(True, ["/usr/bin/viparita"])
    h.store.prefs.use_tray = False
    h.store.prefs.start_in_tray = True
    dialog = open_prefs(h)
    s = dialog.startup
    assert not s.use_tray.isChecked() and s.start_at_login.isChecked()
    dialog.reset_button.click()
    assert s.use_tray.isChecked() and s.start_in_tray.isEnabled()
    assert not s.start_in_tray.isChecked() and not s.start_at_login.isChecked()
    ok(dialog)
    assert not dialog.isVisible()
    assert h.store.prefs.use_tray is True and h.store.prefs.start_in_tray is False
    assert not h.autostart.enabled()


def test_a_read_only_preferences_folder_is_told_once_in_the_window(qtbot, tmp_path):
    """The choice is the person's, so nothing is written; they learn it in the window, once,
    not only in a log they never read (issue 21, item 18)."""
    from app.storage.preferences_store import PreferencesStore
    from app.ui.prefs.feature import tell_read_only

    from ..conftest import Harness

    path = tmp_path / "config" / "preferences.json"
    path.parent.mkdir(mode=0o700)
    h = Harness(qtbot, path)
    store = PreferencesStore(path, on_read_only=tell_read_only)
    path.parent.chmod(0o500)
    try:
        store.prefs.reduced_motion = True
        assert not store.save() and not store.save()
    finally:
        path.parent.chmod(0o700)
    bar = h.window.notice
    assert bar.isVisible() and "read-only" in bar.text.text()
    assert str(path.parent) in bar.text.text()
    h.controller._timer.stop()
