"""The ways to start a session from a menu: quick starts, each profile, and Repeat last.

The same actions sit in the tray's menu and in the window's Session menu, so a desktop
without a tray loses nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ...core.durations import QUICK_START_MIN, format_span
from ...core.preferences import Preferences
from ...core.profiles import suggested_hold
from ..style.text import display_name, fill


def menu_text(text: str) -> str:
    """A person's own words in a menu: a lone & would become a mnemonic and vanish."""
    return text.replace("&", "&&")


class StartActions(QObject):
    def __init__(
        self,
        quick_start: Callable[[float], None],
        start_profile: Callable[[str], None],
        repeat_last: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._start_profile = start_profile
        # A heading naming the profile the quick starts use; it does nothing itself.
        self.quick_heading = QAction(self)
        self.quick_heading.setEnabled(False)
        self.quick: list[QAction] = []
        for minutes in QUICK_START_MIN:
            action = QAction(self.tr("%n minutes", "", minutes), self)
            action.setData(minutes * 60.0)
            action.triggered.connect(lambda _=False, s=minutes * 60.0: quick_start(s))
            self.quick.append(action)
        self.profiles: list[QAction] = []
        self.repeat = QAction(self.tr("&Repeat last"), self)
        self.repeat.triggered.connect(repeat_last)
        self._profile_ids: list[str] = []

    def refresh(
        self, prefs: Preferences, session_active: bool, plan_s: float | None = None
    ) -> None:
        """Labels follow the current profile and holds (the plan's suggestion where there is
        one, as a start from here would use); nothing can start during a session."""
        heading = self.tr("Quick start with %1:")
        self.quick_heading.setText(fill(heading, menu_text(display_name(prefs.active))))
        ids = [p.id for p in prefs.profiles]
        if ids != self._profile_ids:
            for action in self.profiles:
                action.deleteLater()
            self.profiles = []
            for pid in ids:
                action = QAction(self)
                action.setData(pid)
                action.triggered.connect(lambda _=False, p=pid: self._start_profile(p))
                self.profiles.append(action)
            self._profile_ids = ids
        for action in self.profiles:
            profile = prefs.profile(action.data())
            hold = format_span(suggested_hold(profile, None, plan_s)[0])
            action.setText(f"{menu_text(display_name(profile))} · {hold}")
        last = prefs.last_profile
        if last is not None and prefs.profile(last).last_hold_s is not None:
            profile = prefs.profile(last)
            hold = format_span(profile.last_hold_s or 0)
            text = self.tr("&Repeat last: %1, %2")
            self.repeat.setText(fill(text, menu_text(display_name(profile)), hold))
            self.repeat.setEnabled(True)
        else:
            self.repeat.setText(self.tr("&Repeat last"))
            self.repeat.setEnabled(False)
        for action in self.all():
            action.setVisible(not session_active)

    def all(self) -> list[QAction]:
        return [self.quick_heading, *self.quick, *self.profiles, self.repeat]

    def groups(self) -> list[list[QAction]]:
        """The actions in the order a menu shows them, a separator between groups."""
        return [[self.quick_heading, *self.quick], [*self.profiles, self.repeat]]
