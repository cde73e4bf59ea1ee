"""The tray icon: quick starts when idle; the phase, the time left, Pause and "Come down now"
during a session. Every item here can also be reached from the window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ... import APP_NAME
from ...core.session import SessionView, Stage
from ..session.status import status_line
from .icon import app_icon
from .window import MainWindow

log = logging.getLogger(__name__)

NOTE_MS = 10_000  # how long the "still running" note stays


class Tray(QObject):
    def __init__(
        self,
        window: MainWindow,
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.available = available
        # macOS draws menu-bar icons from a mask in the bar's own colour.
        self.icon = QSystemTrayIcon(app_icon(monochrome=sys.platform == "darwin"), self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.status = QAction(self)
        self.status.setEnabled(False)  # a line to read, not to click
        self.pause_action = QAction(self.tr("P&ause"), self)
        self.pause_action.triggered.connect(self.controller.toggle_pause)
        self.come_down_action = QAction(self.tr("&Come down now"), self)
        self.come_down_action.triggered.connect(self.controller.come_down)
        self.tingling_action = QAction(self.tr("&Tingling or numbness"), self)
        self.tingling_action.triggered.connect(self.controller.tingling)
        self.open_action = QAction(self.tr("&Open Viparita"), self)
        self.open_action.triggered.connect(window.bring_forward)
        # Set by the reminders: lines at the top of the menu between sessions.
        self.idle_actions: Callable[[], list[QAction]] = list
        self.menu.aboutToShow.connect(self.rebuild)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.controller.viewChanged.connect(self._on_view)
        self.controller.sessionStarted.connect(lambda _: self.rebuild())
        self.controller.sessionEnded.connect(self._session_ended)
        window.tray = self
        self.rebuild()
        self.sync()

    def usable(self) -> bool:
        """Closing the window can leave the app here only if the icon can be seen."""
        return self.window.settings.prefs.use_tray and self.available()

    def sync(self) -> None:
        """Show or hide the icon as the preferences say."""
        wanted = self.window.settings.prefs.use_tray
        if wanted != self.icon.isVisible():
            self.icon.setVisible(wanted)
            log.info(
                "tray icon %s (a tray is %savailable)",
                "shown" if wanted else "hidden",
                "" if self.available() else "not ",
            )

    def rebuild(self) -> None:
        session = self.controller.active
        before = (
            [self.status, self.pause_action, self.come_down_action, self.tingling_action]
            if session
            else self.idle_actions()
        )
        self.window.fill_menu(self.menu, before)
        self.menu.insertAction(self.window.history_action, self.open_action)
        if session:
            view = self.controller.view()
            if view is not None:
                self._on_view(view)
        log.info("tray menu: %s", self.status.text() if session else "idle")

    def tell_still_running(self) -> None:
        self.icon.showMessage(
            APP_NAME,
            self.tr(
                "Viparita is still running in the tray, and any session goes on. "
                "Choose Quit in the tray menu to close it."
            ),
            app_icon(),
            NOTE_MS,
        )
        log.info("told that the app stays in the tray")

    def _on_view(self, view: SessionView) -> None:
        line = status_line(view)
        if line != self.status.text():
            self.status.setText(line)
            self.icon.setToolTip(f"{APP_NAME} – {line}")
        self.pause_action.setText(self.tr("&Resume") if view.paused else self.tr("P&ause"))
        can_pause = view.stage in (Stage.SETTLING, Stage.HOLD)
        self.pause_action.setEnabled(can_pause)
        self.come_down_action.setEnabled(can_pause)
        self.tingling_action.setEnabled(can_pause)

    def _session_ended(self) -> None:
        self.status.setText("")
        self.icon.setToolTip(APP_NAME)
        self.rebuild()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        """A click on the icon shows the window, or puts it away if it is showing. (Whether it
        was in front cannot be told: the click itself moves the focus to the icon.)"""
        if reason is not QSystemTrayIcon.ActivationReason.Trigger:
            return
        window = self.window
        if window.isVisible() and not window.isMinimized():
            window.close()
        else:
            window.bring_forward()
