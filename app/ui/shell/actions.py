"""The app's commands as actions, each with its key: Preferences, History, Quit, and Help's
three. The window's menu bar and the tray's menu are both built from them, with the ways to
start a session (start_menu.py) above them, so a desktop without a tray loses nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from . import keys
from .start_menu import StartActions

if TYPE_CHECKING:
    from ...storage.preferences_store import PreferencesStore
    from ..session.controller import SessionController


class MenuStarts(Protocol):
    """What the menus' starts do, and the plan's hold they show."""

    def quick_start(self, hold_s: float) -> None: ...

    def start_profile(self, profile_id: str) -> None: ...

    def repeat_last(self) -> None: ...

    def plan_hold_s(self) -> float | None: ...


class AppActions(QObject):
    def __init__(
        self,
        controller: SessionController,
        store: PreferencesStore,
        starts: MenuStarts,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = store
        self._starts = starts
        self._start_actions: StartActions | None = None
        self.preferences = self._action(self.tr("&Preferences…"), keys.PREFERENCES)
        self.history = self._action(self.tr("&History…"), keys.HISTORY)
        self.history.setEnabled(False)  # until there is a history to show
        self.quit = self._action(self.tr("&Quit"), keys.QUIT)
        self.safety = self._action(self.tr("&Safety information"), keys.SAFETY)
        self.shortcuts = self._action(self.tr("&Keyboard shortcuts"), keys.SHORTCUTS)
        self.about = QAction(self.tr("&About Viparita"), self)
        self.session_menu: QMenu | None = None  # in the window's menu bar, once installed
        # The person is on the floor during a session: settings wait for the next one.
        controller.sessionStarted.connect(lambda _: self.preferences.setEnabled(False))
        controller.sessionEnded.connect(lambda: self.preferences.setEnabled(True))

    def _action(self, text: str, key: keys.Keys) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(key.sequences())
        return action

    def install(self, bar: QMenuBar) -> None:
        """The Session and Help menus, made in the window's menu bar."""
        session = self.session_menu = bar.addMenu(self.tr("&Session"))
        session.aboutToShow.connect(lambda: self.fill(session))
        # The starts come once the window is painted, and again as the menu opens (fill).
        # These are in it from the start, so that their keys work at once.
        self._add_own(session)
        bar.addMenu(self.tr("&Help")).addActions([self.safety, self.shortcuts, self.about])

    @property
    def start_actions(self) -> StartActions:
        """Made after the start screen's first paint (the tray's menu and the Session menu
        are filled then), or when a menu opens before that."""
        if self._start_actions is None:
            s = self._starts
            self._start_actions = StartActions(s.quick_start, s.start_profile, s.repeat_last, self)
        return self._start_actions

    def fill(self, menu: QMenu, before: list[QAction] | None = None) -> None:
        """The starts, then History, Preferences and Quit: the Session menu, and the tray's
        below its own lines (`before`). Built as it opens, so it shows the current profile
        and holds."""
        menu.clear()
        if before:
            menu.addActions(before)
            menu.addSeparator()
        active = self.controller.active
        self.start_actions.refresh(self.store.prefs, active, self._starts.plan_hold_s())
        if not active:
            for group in self.start_actions.groups():
                menu.addActions(group)
                menu.addSeparator()
        self._add_own(menu)

    def _add_own(self, menu: QMenu) -> None:
        """History, Preferences and Quit: the last lines of the Session and tray menus."""
        menu.addActions([self.history, self.preferences])
        menu.addSeparator()
        menu.addAction(self.quit)
