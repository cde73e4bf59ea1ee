"""The preferences window. It edits a copy: OK applies it, Cancel (or Esc) leaves everything
as it was, so every change, a deleted profile included, can be undone until OK."""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.preferences import Preferences
from ...core.profiles import BUILTIN_NAMES, NAME_MAX, Profile, clean_name, duplicate, restored
from ...platform.autostart import Autostart, launch_command
from ..session.pages.common import buddy, button, label
from ..style.text import display_name, fill, t
from .practice import PracticeSection
from .sections import AppearanceSection, SessionSection, SoundSection
from .startup import StartupSection


class PreferencesDialog(QDialog):
    previewRequested = Signal(float)  # volume 0..100

    def __init__(
        self,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        tray_available: bool = False,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__(parent)
        self.autostart = autostart
        self._tray_available = tray_available
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(640)
        self.working = copy.deepcopy(prefs)
        self._shown_id = prefs.active_id
        col = QVBoxLayout(self)
        self._build_profile_rows(col)
        self._build_tabs(col)
        self._build_buttons(col)
        self._connect()
        self.appearance.bind(self.working)
        self.startup.bind(self.working)
        self.practice.load(self.working)
        self.practice.bind(self.working)
        self._load_startup(at_login=autostart is not None and autostart.enabled())
        self._fill_profiles()
        self._load(self._shown_id)

    def _build_profile_rows(self, col: QVBoxLayout) -> None:
        """The profile to edit with its commands, then its name."""
        top = QHBoxLayout()
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(self.tr("Profile to edit"))
        top.addWidget(buddy(self.tr("Pro&file:"), self.profile_box))
        top.addWidget(self.profile_box, 1)
        self.duplicate_button = button(self.tr("&Duplicate"))
        self.delete_button = button(self.tr("De&lete"))
        self.restore_button = button(
            self.tr("Restore buil&t-in"), hint=self.tr("Back to this built-in profile's defaults")
        )
        for b in (self.duplicate_button, self.delete_button, self.restore_button):
            top.addWidget(b)
        col.addLayout(top)

        name_row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(self.tr("Profile name"))
        name_row.addWidget(buddy(self.tr("&Name:"), self.name))
        name_row.addWidget(self.name, 1)
        col.addLayout(name_row)
        self.name_error = label("", "muted", about=self.tr("Name error"))
        self.name_error.hide()
        col.addWidget(self.name_error)

    def _build_tabs(self, col: QVBoxLayout) -> None:
        self.tabs = QTabWidget()
        self.session = SessionSection()
        self.sound = SoundSection()
        self.appearance = AppearanceSection()
        self.startup = StartupSection()
        self.practice = PracticeSection()
        self.tabs.addTab(self.session, self.tr("&Session"))
        self.tabs.addTab(self.sound, self.tr("So&und"))
        self.tabs.addTab(self.appearance, self.tr("&Appearance"))
        self.tabs.addTab(self.practice, self.tr("Pract&ice"))
        self.tabs.addTab(self.startup, self.tr("Startu&p"))
        col.addWidget(self.tabs, 1)

    def _build_buttons(self, col: QVBoxLayout) -> None:
        bottom = QHBoxLayout()
        self.reset_button = button(
            self.tr("&Reset to defaults"),
            hint=self.tr("All profiles and settings back to how they came. Cancel undoes it."),
        )
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        bottom.addWidget(self.buttons)
        col.addLayout(bottom)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.profile_box.activated.connect(self._profile_chosen)
        self.duplicate_button.clicked.connect(self.duplicate_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.restore_button.clicked.connect(self.restore_profile)
        self.reset_button.clicked.connect(self.reset_all)
        self.sound.previewRequested.connect(self.previewRequested.emit)
        self.name.textEdited.connect(lambda _: self.name_error.hide())

    # --- which profile is shown --------------------------------------------------------------

    @property
    def shown(self) -> Profile:
        return self.working.profile(self._shown_id)

    def _fill_profiles(self) -> None:
        self.profile_box.clear()
        for p in self.working.profiles:
            self.profile_box.addItem(display_name(p), p.id)
        self.profile_box.setCurrentIndex(self.profile_box.findData(self._shown_id))

    def _load(self, profile_id: str) -> None:
        self._shown_id = profile_id
        profile = self.shown
        self.profile_box.setCurrentIndex(self.profile_box.findData(profile_id))
        self.name.setText(display_name(profile))
        self.session.load(profile)
        self.sound.load(profile)
        self.appearance.load(profile, self.working)
        self.delete_button.setEnabled(not profile.builtin)
        self.restore_button.setEnabled(profile.builtin)
        self.name_error.hide()

    def _store(self) -> bool:
        """Copy the widgets into the working profile; False if its name cannot be used."""
        profile = self.shown
        name = clean_name(self.name.text())
        error = self._name_problem(name, profile)
        if error:
            self.name_error.setText(error)
            self.name_error.show()
            self.name.setFocus()
            return False
        if profile.builtin and name == t(BUILTIN_NAMES[profile.id]):
            name = ""  # still the built-in's own name, so it follows the language
        profile = self.session.store(profile)
        profile = self.sound.store(profile)
        profile = self.appearance.store(profile)
        self.working.put(replace(profile, name=name or None))
        self.profile_box.setItemText(
            self.profile_box.findData(profile.id), display_name(self.shown)
        )
        return True

    def _name_problem(self, name: str, profile: Profile) -> str:
        if not name and not profile.builtin:
            return self.tr("A profile needs a name.")
        others = {display_name(p).casefold() for p in self.working.profiles if p.id != profile.id}
        if name.casefold() in others:
            return self.tr("Another profile already has this name.")
        return ""

    def _profile_chosen(self, index: int) -> None:
        wanted = self.profile_box.itemData(index)
        if wanted == self._shown_id:
            return
        if not self._store():
            self.profile_box.setCurrentIndex(self.profile_box.findData(self._shown_id))
            return
        self._load(wanted)

    # --- profile commands ---------------------------------------------------------------------

    def duplicate_profile(self) -> None:
        if not self._store():
            return
        source = self.shown
        taken = {display_name(p).casefold() for p in self.working.profiles}
        template, n = self.tr("%1 (copy)"), 1
        while True:
            suffix = f" {n}" if n > 1 else ""
            room = NAME_MAX - len(fill(template, "") + suffix)
            # Shortened first, so the name that is checked is the name that is kept.
            name = fill(template, display_name(source)[:room].rstrip()) + suffix
            if name.casefold() not in taken:
                break
            n += 1
        copy_ = duplicate(self.working.profiles, source, name)
        self.working.put(copy_)
        self._fill_profiles()
        self._load(copy_.id)
        self.name.setFocus()
        self.name.selectAll()

    def delete_profile(self) -> None:
        profile = self.shown
        if profile.builtin:
            return
        index = [p.id for p in self.working.profiles].index(profile.id)
        self.working.remove(profile.id)
        self._shown_id = self.working.profiles[min(index, len(self.working.profiles)) - 1].id
        self._fill_profiles()
        self._load(self._shown_id)

    def restore_profile(self) -> None:
        if self.shown.builtin:
            self.working.put(restored(self.shown))
            self._fill_profiles()
            self._load(self._shown_id)

    def _load_startup(self, at_login: bool) -> None:
        self.startup.load(self.working, self._tray_available, at_login)
        self.startup.start_at_login.setEnabled(self.autostart is not None)

    def reset_all(self) -> None:
        self.working.reset()
        self._load_startup(at_login=False)
        self.practice.load(self.working)
        self._shown_id = self.working.active_id
        self._fill_profiles()
        self._load(self._shown_id)

    # --- closing ----------------------------------------------------------------------------

    def accept(self) -> None:
        if self._store() and self._apply_autostart():
            super().accept()

    def _apply_autostart(self) -> bool:
        """Start at login lives in a file of the desktop's, written only on OK. If it cannot
        be written, the dialog stays open with every other change still in it."""
        if self.autostart is None:
            return True
        wanted = self.startup.start_at_login.isChecked()
        if wanted == self.autostart.enabled():
            return True
        try:
            self.autostart.set_enabled(wanted, launch_command())
        except OSError as exc:
            message = self.tr("Start at login could not be changed in %1: %2")
            self.startup.show_login_error(
                fill(message, self.autostart.location, exc.strerror or "")
            )
            self.tabs.setCurrentWidget(self.startup)
            return False
        self.startup.show_login_error("")
        return True

    def result_prefs(self) -> Preferences:
        return self.working
