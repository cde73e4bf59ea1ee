"""Preferences, Startup: the tray icon, starting hidden in it, and starting at login.

These belong to the app, not to a profile."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from ...core.preferences import Preferences
from ..session.pages.common import label


class StartupSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        every = QGroupBox(self.tr("All profiles"))
        box = QVBoxLayout(every)
        self.use_tray = QCheckBox(self.tr("Show an icon in the s&ystem tray"))
        self.use_tray.setToolTip(
            self.tr("Quick starts from the tray. Closing the window keeps Viparita there.")
        )
        self.start_in_tray = QCheckBox(self.tr("Start &hidden in the tray, without the window"))
        self.start_at_login = QCheckBox(self.tr("Start Viparita at lo&gin"))
        self.no_tray_note = label(
            self.tr(
                "This desktop shows no system tray, so closing the window quits Viparita. "
                "On GNOME, the AppIndicator extension adds a tray."
            ),
            "muted",
            about=self.tr("No system tray"),
        )
        self.no_tray_note.setWordWrap(True)
        self.login_error = label("", "muted", about=self.tr("Start at login error"))
        self.login_error.setWordWrap(True)
        self.login_error.hide()
        for widget in (
            self.use_tray,
            self.start_in_tray,
            self.no_tray_note,
            self.start_at_login,
            self.login_error,
        ):
            box.addWidget(widget)
        col.addWidget(every)
        col.addStretch(1)
        self.use_tray.toggled.connect(self.start_in_tray.setEnabled)

    def load(self, prefs: Preferences, tray_available: bool, at_login: bool) -> None:
        self.use_tray.setChecked(prefs.use_tray)
        self.start_in_tray.setChecked(prefs.start_in_tray)
        self.start_in_tray.setEnabled(prefs.use_tray)
        self.no_tray_note.setVisible(not tray_available)
        self.start_at_login.setChecked(at_login)

    def bind(self, prefs: Preferences) -> None:
        """Straight into the dialog's copy, like the other settings for all profiles."""
        self.use_tray.toggled.connect(lambda on: setattr(prefs, "use_tray", on))
        self.start_in_tray.toggled.connect(lambda on: setattr(prefs, "start_in_tray", on))

    def show_login_error(self, message: str) -> None:
        self.login_error.setText(message)
        self.login_error.setVisible(bool(message))
