"""The tray icon: quick starts when idle; the phase, the time left, Pause and "Come down now"
during a session. Every item here can also be reached from the window. With a tray to stay
in, closing the window puts it away here instead of quitting."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ... import APP_NAME
from ...core.session import SessionView, Stage
from ..session.status import status_line
from .icon import app_icon

if TYPE_CHECKING:
    from ...storage.preferences_store import PreferencesStore
    from ..session.controller import SessionController
    from .actions import AppActions
    from .surface import Surface

log = logging.getLogger(__name__)

NOTE_MS = 10_000  # how long the "still running" note stays


def tray_usable(store: PreferencesStore, available: Callable[[], bool]) -> bool:
    """Closing the window can leave the app in the tray, and a notification be seen there,
    only if the icon can be seen."""
    return store.prefs.use_tray and available()


class Tray(QObject):
    messageClicked = Signal()  # a notification shown by `notify` was clicked

    def __init__(
        self,
        controller: SessionController,
        store: PreferencesStore,
        window: Surface,
        actions: AppActions,
        *,
        quitting: Callable[[], bool],
        idle_actions: Callable[[], list[QAction]] = list,
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        parent: QObject | None = None,
    ) -> None:
        """`quitting`: the app is quitting, so a close of the window is not put away here.
        `idle_actions`: lines at the top of the menu between sessions (a reminder's)."""
        super().__init__(parent)
        self.controller = controller
        self.store = store
        self.window = window
        self.actions = actions
        self.available = available
        self._quitting = quitting
        self._idle_actions = idle_actions
        # macOS draws menu-bar icons from a mask in the bar's own colour.
        self.icon = QSystemTrayIcon(app_icon(monochrome=sys.platform == "darwin"), self)
        self.icon.setToolTip(APP_NAME)
        self.icon.messageClicked.connect(self.messageClicked)
        self.menu = QMenu()
        self._make_session_actions()
        self.open_action = QAction(self.tr("&Open Viparita"), self)
        self.open_action.triggered.connect(window.bring_forward)
        self.menu.aboutToShow.connect(self.rebuild)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.controller.viewChanged.connect(self._on_view)
        self.controller.sessionStarted.connect(lambda _: self.rebuild())
        self.controller.sessionEnded.connect(self._session_ended)
        # Installed after the quit guard's filter, so asked first: a close is put away here
        # before the guard would take it for quitting.
        window.installEventFilter(self)
        self.rebuild()
        self.sync()

    def _make_session_actions(self) -> None:
        self.status = QAction(self)
        self.status.setEnabled(False)  # a line to read, not to click
        self.pause_action = QAction(self.tr("P&ause"), self)
        self.pause_action.triggered.connect(self.controller.toggle_pause)
        self.come_down_action = QAction(self.tr("&Come down now"), self)
        self.come_down_action.triggered.connect(self.controller.come_down)
        self.tingling_action = QAction(self.tr("&Tingling or numbness"), self)
        self.tingling_action.triggered.connect(self.controller.tingling)
        # Between sessions: where the reminders stand ("Break after 12 more min of work").
        self.reminder_line = QAction(self)
        self.reminder_line.setEnabled(False)

    def usable(self) -> bool:
        return tray_usable(self.store, self.available)

    def sync(self) -> None:
        """Show or hide the icon as the preferences say."""
        wanted = self.store.prefs.use_tray
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
            else self._between_sessions()
        )
        self.actions.fill(self.menu, before)
        self.menu.insertAction(self.actions.history, self.open_action)
        if session:
            view = self.controller.view()
            if view is not None:
                self._on_view(view)
        log.info("tray menu: %s", self.status.text() if session else "idle")

    def _between_sessions(self) -> list[QAction]:
        offer = self._idle_actions()  # a reminder waiting for an answer says it all
        return offer or ([self.reminder_line] if self.reminder_line.text() else [])

    def show_reminder_state(self, line: str) -> None:
        """The reminders' state between sessions, in the tooltip and atop the menu."""
        shown = bool(self.reminder_line.text())
        self.reminder_line.setText(line)
        if not self.controller.active:
            self._idle_tooltip()
            if shown != bool(line):  # the line comes or goes; a new text shows by itself
                self.rebuild()

    def _idle_tooltip(self) -> None:
        line = self.reminder_line.text()
        self.icon.setToolTip(f"{APP_NAME} – {line}" if line else APP_NAME)

    def notify(self, title: str, text: str, shown_ms: int) -> None:
        self.icon.showMessage(title, text, app_icon(), shown_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """With a tray, closing puts the window away (a session goes on, told by sound)."""
        if watched is not self.window or event.type() != QEvent.Type.Close:
            return False
        if self._quitting() or not self.usable():
            return False  # the quit guard's to answer
        event.ignore()
        self.window.hide()
        self._tell_still_running()
        return True

    def _tell_still_running(self) -> None:
        """Said once, the first time the window is put away."""
        if self.store.prefs.tray_note_shown:
            return
        self.store.prefs.tray_note_shown = True
        self.store.save()
        self.notify(
            APP_NAME,
            self.tr(
                "Viparita is still running in the tray, and any session goes on. "
                "Choose Quit in the tray menu to close it."
            ),
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
        self._idle_tooltip()
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
