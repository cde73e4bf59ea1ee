"""Everything before a session: the start screen and its choices (profile, routine, variation,
the suggested hold), the safety questions when they are due, the entry guidance and Begin,
whether from the start screen, a menu or a launch's command."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ...core import cautions, next_session, variations
from ...core.profiles import HoldSource, suggested_hold
from ...core.steps import Practice
from ..shell import notice
from ..style.text import display_name, plan_note, routine_name, t
from .status import window_title

if TYPE_CHECKING:
    from ...core.hold_plan import Suggestion
    from ...core.routines import Routine
    from ...platform.single_instance import Command
    from ...storage.preferences_store import PreferencesStore
    from ..shell.surface import PageHost
    from .controller import SessionController

log = logging.getLogger(__name__)


class StartFlow(QObject):
    entryShown = Signal()  # the entry guidance of a new session is on screen
    profileChanged = Signal()  # another profile is active: its theme follows
    volumeChanged = Signal(float)  # and its volume, 0..100

    def __init__(
        self,
        controller: SessionController,
        store: PreferencesStore,
        window: PageHost,
        safety_dialog: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        """`safety_dialog`: the cautions beside the pages, for Safety information mid-session."""
        super().__init__(parent)
        self.controller = controller
        self.store = store
        self.window = window
        self._safety_dialog = safety_dialog
        # The progressive plan's suggestion, once there is a history to work it out from.
        self._plan: Callable[[], Suggestion | None] = lambda: None
        self._command_line_hold: float | None = None
        self._pending_hold: float | None = None  # asked for before the safety questions
        self._hold_s = self.suggested_hold()
        controller.sessionEnded.connect(self.refresh_suggestion)
        controller.sessionEnded.connect(self.show_start)

    # --- the suggested hold ----------------------------------------------------------------

    def follow_plan(self, plan: Callable[[], Suggestion | None]) -> None:
        """The history's plan, from the moment the history is open."""
        self._plan = plan
        self.refresh_suggestion()

    def suggested_hold(self) -> float:
        return self._suggestion()[0]

    def plan_hold_s(self) -> float | None:
        """The plan's hold, as a start from a menu would use it; none during a session."""
        plan = None if self.controller.active else self._plan()
        return plan.hold_s if plan else None

    def _suggestion(self) -> tuple[float, HoldSource, Suggestion | None]:
        plan = self._plan()
        seconds, source = suggested_hold(
            self.store.prefs.active, self._command_line_hold, plan.hold_s if plan else None
        )
        return seconds, source, plan

    def refresh_suggestion(self) -> None:
        """The suggested hold worked out again: after a session, or a new plan."""
        self._hold_s = self.suggested_hold()
        if not self.controller.active and self.window.current_page_name() == "start":
            self.show_start()

    def hold_from_command_line(self, seconds: float) -> None:
        """A hold from --start wins over everything until a session begins with it."""
        self._command_line_hold = seconds
        self._hold_s = seconds

    def preferences_applied(self) -> None:
        self._hold_s = self.suggested_hold()
        if not self.controller.active:
            self.show_start()

    # --- the start screen ------------------------------------------------------------------

    def show_start(self) -> None:
        from .pages.start import StartPage

        page = self.window.page("start")
        assert isinstance(page, StartPage)
        prefs = self.store.prefs
        practice = next_session.practice(prefs)
        page.set_practice(practice, cautions.WHY_RECLINED.get(prefs.screening or ""))
        page.set_variation(next_session.variation(prefs), available=practice is Practice.WALL)
        page.set_routines(
            [(r.id, routine_name(r)) for r in prefs.all_routines],
            prefs.routine,
            reclined=practice is Practice.RECLINED,
            length_s=self.routine_length_s(prefs.routine) if prefs.routine else 0.0,
        )
        page.set_profiles([(p.id, display_name(p)) for p in prefs.profiles], prefs.active_id)
        page.set_hold(self._hold_s)
        seconds, source, plan = self._suggestion()
        planned = plan is not None and source is HoldSource.PLAN and seconds == self._hold_s
        page.set_plan_note(plan_note(plan) if planned and plan else "")
        self.window.show_page("start")
        self.window.setWindowTitle(window_title(None))

    def routine_length_s(self, routine: Routine) -> float:
        """How long it would really take with this profile and practice."""
        from ...core.routine_session import length_s  # a session's timing: not at launch

        return length_s(routine, next_session.config(self.store.prefs, self._hold_s))

    def choose_profile(self, profile_id: str) -> None:
        prefs = self.store.prefs
        if profile_id == prefs.active_id or self.controller.active:
            return
        prefs.active_id = profile_id
        self.store.save()
        log.info("profile %s", profile_id)
        self._hold_s = self.suggested_hold()
        self.profileChanged.emit()
        self.volumeChanged.emit(prefs.active.volume)
        self.show_start()

    def choose_routine(self, routine_id: str) -> None:
        """ "" is the pose alone."""
        prefs = self.store.prefs
        if self.controller.active or (routine_id or None) == prefs.routine_id:
            return
        prefs.routine_id = routine_id or None
        self.store.save()
        log.info("routine %s", routine_id or "none")
        self.show_start()

    def choose_variation(self, value: str) -> None:
        prefs = self.store.prefs
        if self.controller.active:
            return
        prefs.variation = variations.parse(value)
        self.store.save()
        log.info("variation %s", prefs.variation.value)
        self.show_start()

    # --- into a session --------------------------------------------------------------------

    def run_command(self, command: Command) -> None:
        """A launch's request (this one's, or a later launch's handed over)."""
        if self.controller.active:
            log.info("a session is running; %s waits", command)
            return
        if command.profile is not None and any(
            p.id == command.profile for p in self.store.prefs.profiles
        ):
            self.choose_profile(command.profile)
        if command.start_s is not None:
            self.hold_from_command_line(command.start_s)
        if command.starts_session:
            self.open_session(self._hold_s)

    def quick_start(self, hold_s: float) -> None:
        self._start_from_menu(None, hold_s)

    def start_profile(self, profile_id: str) -> None:
        self._start_from_menu(profile_id, None)

    def repeat_last(self) -> None:
        last = self.store.prefs.last_profile
        if last is not None:
            self._start_from_menu(last, self.store.prefs.profile(last).last_hold_s)

    def _start_from_menu(self, profile_id: str | None, hold_s: float | None) -> None:
        """From the tray or the Session menu: to the entry guidance (safety first if needed)."""
        if self.controller.active:
            return
        log.info("menu start: profile=%s hold=%s", profile_id or "current", hold_s)
        self.window.bring_forward()
        if profile_id is not None:
            self.choose_profile(profile_id)
        self.open_session(hold_s if hold_s is not None else self.suggested_hold())

    def show_safety(self) -> None:
        if self.controller.active:
            # Mid-session the pages stay as they are; the cautions open beside them.
            self._safety_dialog()
            return
        from .pages.screening import ScreeningPage

        page = self.window.page("screening")
        assert isinstance(page, ScreeningPage)
        page.reset(self.store.prefs.screening)
        self.window.show_page("screening")

    def open_session(self, hold_s: float) -> None:
        """Start, the tray or the command line: safety first if not yet confirmed."""
        if self.controller.active:
            return
        self._hold_s = hold_s
        if not self.store.prefs.screened:
            self._pending_hold = hold_s
            self.show_safety()
            return
        self._show_entry()

    def _show_entry(self) -> None:
        from .pages.entry import EntryPage

        page = self.window.page("entry")
        assert isinstance(page, EntryPage)
        prefs = self.store.prefs
        page.load(next_session.entry_steps(prefs), summary_first=prefs.practised)
        self.window.show_page("entry")
        self.entryShown.emit()

    def on_screened(self, answer: str) -> None:
        self.store.record_screening(answer)
        log.info("screening answered")  # not the answer: the log goes with bug reports
        if self.store.prefs.must_not_invert:
            advice = [cautions.ALTERNATIVE]
            if answer == cautions.SCREENING_UNCLEARED:
                advice.append(cautions.ASK_PHYSICIAN)
            notice.post(" ".join(t(a) for a in advice), [(self.tr("OK"), notice.dismiss)])
        if self._pending_hold is not None:
            self._pending_hold = None
            self._show_entry()
        else:
            self.show_start()

    def begin(self) -> None:
        from .pages.timed import SettlingPage

        prefs = self.store.prefs
        profile = prefs.active
        config = next_session.config(prefs, self._hold_s)
        settling = self.window.page("settling")
        assert isinstance(settling, SettlingPage)
        settling.set_picture(next_session.pose_picture(prefs))
        self.controller.start(config, prefs.routine)
        # The hold as it runs (a routine times its own): "Repeat last" suggests it again.
        session = self.controller.session
        held = session.config.hold_s if session is not None else config.hold_s
        prefs.put(replace(profile, last_hold_s=held))
        prefs.last_profile = profile.id
        prefs.practised = True
        self._command_line_hold = None
        self.store.save()
