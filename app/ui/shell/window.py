"""The main window: one stack of pages, switched by the session's stage."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...core import cautions, next_session, variations
from ...core.prefs import Preferences
from ...core.profiles import HoldSource, suggested_hold
from ...core.stages import Stage
from ...core.steps import Practice
from ...platform.single_instance import Command
from ...storage.settings import Settings
from ..session.controller import SessionController
from ..session.pages.common import Page, label
from ..session.pages.factory import PageRequests, PageWiring, build_page
from ..session.sound_status import SoundStatus
from ..session.status import window_title
from ..style import theme
from ..style.text import display_name, plan_note, routine_name, t
from ..widgets.page_scroller import PageScroller
from . import keys, notice
from .notice import NoticeBar
from .quitting import QuitGuard
from .start_menu import StartActions

# What only a later page, a dialog or the tray needs is imported there, not here: the first
# paint of the start screen waits for every import of this module (the launch benchmark).
if TYPE_CHECKING:
    from ...core.hold_plan import Suggestion
    from ...core.routines import Routine
    from ...core.session import SessionView
    from ...platform.autostart import Autostart
    from ..help.safety import SafetyDialog
    from ..prefs.dialog import PreferencesDialog
    from ..routines.editor import RoutineEditor
    from .tray import Tray

log = logging.getLogger(__name__)

STAGE_PAGES = {
    Stage.TRANSITION: "pose",
    Stage.POSE: "pose",
    Stage.SETTLING: "settling",
    Stage.HOLD: "hold",
    Stage.EXIT: "exit",
    Stage.SEATED_PAUSE: "closing",
    Stage.DONE: "closing",
}


def page_for(view: SessionView) -> str:
    """In a routine, legs up the wall is announced on the pose card like every other pose."""
    if view.pose is not None and view.stage is Stage.SETTLING:
        return "pose"
    return STAGE_PAGES[view.stage]


class MainWindow(QMainWindow):
    quitNow = Signal()
    testSound = Signal()
    volumeChanged = Signal(float)  # the active profile's volume, 0..100
    previewSound = Signal(float)  # play the bowl once at this volume
    preferencesApplied = Signal()
    rated = Signal(object)  # the done screen's comfort tap: a Comfort, or None
    reportEarly = Signal()  # "came down early": from the hold or the done screen
    entryShown = Signal()  # the entry guidance of a new session is on screen

    def __init__(
        self, controller: SessionController, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        # The style sheet before any widget: each is polished once, as it is made.
        self.apply_appearance()
        self._pages: dict[str, Page] = {}
        self._holders: dict[str, PageScroller] = {}
        self._pending_hold: float | None = None
        self._command_line_hold: float | None = None
        # The progressive plan's suggestion, set when there is a history to work it out from.
        self.plan: Callable[[], Suggestion | None] = lambda: None
        self._hold_s = self.suggested_hold()
        self.prefs_dialog: PreferencesDialog | None = None
        self.safety_dialog: SafetyDialog | None = None
        self.routine_editor: RoutineEditor | None = None
        self._shown_step: tuple[Stage, int] | None = None
        self.tray: Tray | None = None
        self.autostart: Autostart | None = None

        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 520)
        self.resize(1000, 680)
        central = QWidget()
        col = QVBoxLayout(central)
        col.setContentsMargins(24, 12, 24, 8)
        self.notice = NoticeBar()
        notice.bridge.show_on(self.notice)
        self.stack = QStackedWidget()
        self.footer = label(t(cautions.NOT_ADVICE), "note", about=self.tr("Not medical advice"))
        self.sound_status = SoundStatus()
        col.addWidget(self.notice)
        col.addWidget(self.stack, 1)
        sound_row = QHBoxLayout()
        sound_row.addStretch(1)
        sound_row.addWidget(self.sound_status)
        col.addLayout(sound_row)
        col.addWidget(self.footer)
        self.setCentralWidget(central)
        self.quitting = QuitGuard(self)
        self._build_menu()
        self.requests = PageRequests(self)
        self._answer_requests(self.requests)

        controller.stageChanged.connect(self._on_stage)
        controller.viewChanged.connect(self._on_view)
        controller.sessionEnded.connect(self.refresh_suggestion)
        controller.sessionEnded.connect(self.show_start)
        controller.sessionStarted.connect(lambda _: self.prefs_action.setEnabled(False))
        controller.sessionEnded.connect(lambda: self.prefs_action.setEnabled(True))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.styleHints().colorSchemeChanged.connect(self._appearance_changed)
            # A new desktop or application font resizes the style sheet's text with it.
            app.fontChanged.connect(self._appearance_changed)

        if settings.moved_aside is not None:
            notice.post(
                self.tr(
                    "Your preferences could not be read, so the defaults are in use. "
                    "The old file was kept as %1."
                ).replace("%1", settings.moved_aside.name),
                [(self.tr("OK"), notice.dismiss)],
            )
        # No page yet: the first is made when the window is first shown (setVisible), so an
        # app started in the tray makes none until it is opened.

    def setVisible(self, visible: bool) -> None:
        if visible and self.stack.currentWidget() is None:
            self.show_start()
        super().setVisible(visible)

    # --- pages -----------------------------------------------------------------------------

    def page(self, name: str) -> Page:
        """Pages are built the first time they are needed, so the first paint is quick."""
        if name not in self._pages:
            wiring = PageWiring(
                self.controller, self.requests, lambda: self.settings.prefs.reduced_motion
            )
            page = build_page(name, wiring)
            self._pages[name] = page
            # Parented at once: the page sizes its large text from the window it is in.
            self._holders[name] = PageScroller(page, self.stack)
            self.stack.addWidget(self._holders[name])
        return self._pages[name]

    def current_page(self) -> Page | None:
        holder = self.stack.currentWidget()
        page = holder.page() if isinstance(holder, PageScroller) else None
        return page if isinstance(page, Page) else None

    def current_page_name(self) -> str:
        current = self.current_page()
        return next((n for n, p in self._pages.items() if p is current), "")

    def _show(self, name: str) -> Page:
        page = self.page(name)
        if self.current_page() is not page:
            log.info("page %s", name)
        self.stack.setCurrentWidget(self._holders[name])
        return page

    def _answer_requests(self, requests: PageRequests) -> None:
        requests.screened.connect(self.on_screened)
        requests.startRequested.connect(self.open_session)
        requests.profileChosen.connect(self.choose_profile)
        requests.routineChosen.connect(self.choose_routine)
        requests.variationChosen.connect(self.choose_variation)
        requests.editRoutines.connect(self.show_routines)
        requests.editProfiles.connect(self.show_preferences)
        requests.testSound.connect(self.testSound)
        requests.begin.connect(self.begin)
        requests.back.connect(self.show_start)
        requests.finish.connect(self.finish)
        requests.rated.connect(self.rated)
        requests.reportEarly.connect(self.reportEarly)

    def _build_menu(self) -> None:
        self._start_actions: StartActions | None = None
        self.prefs_action = QAction(self.tr("&Preferences…"), self)
        self.prefs_action.setShortcuts(keys.PREFERENCES.sequences())
        self.prefs_action.triggered.connect(self.show_preferences)
        self.history_action = QAction(self.tr("&History…"), self)
        self.history_action.setShortcuts(keys.HISTORY.sequences())
        self.history_action.setEnabled(False)  # until there is a history to show
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts(keys.QUIT.sequences())
        self.quit_action.triggered.connect(self.request_quit)
        self.session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.session_menu.aboutToShow.connect(lambda: self.fill_menu(self.session_menu))
        # The starts come once the window is painted, and again as the menu opens
        # (fill_menu). These are in it from the start, so that their keys work at once.
        self._add_own_actions(self.session_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.safety_action = QAction(self.tr("&Safety information"), self)
        self.safety_action.setShortcuts(keys.SAFETY.sequences())
        self.safety_action.triggered.connect(self.show_safety)
        help_menu.addAction(self.safety_action)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcuts(keys.SHORTCUTS.sequences())
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about = QAction(self.tr("&About Viparita"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    @property
    def start_actions(self) -> StartActions:
        """Made after the start screen's first paint (the tray's menu and the Session menu
        are filled then), or when a menu opens before that."""
        if self._start_actions is None:
            self._start_actions = StartActions(
                self.quick_start, self.start_profile, self.repeat_last, self
            )
        return self._start_actions

    def show_shortcuts(self) -> None:
        from ..help.shortcuts import ShortcutsSheet  # rarely opened: not at start-up

        sheet = ShortcutsSheet(self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()

    def fill_menu(self, menu: QMenu, before: list[QAction] | None = None) -> None:
        """The starts, then Preferences and Quit: the Session menu, and the tray's below its
        own lines (`before`). Built as it opens, so it shows the current profile and holds."""
        menu.clear()
        if before:
            menu.addActions(before)
            menu.addSeparator()
        plan = None if self.controller.active else self.plan()
        self.start_actions.refresh(
            self.settings.prefs, self.controller.active, plan.hold_s if plan else None
        )
        if not self.controller.active:
            for group in self.start_actions.groups():
                menu.addActions(group)
                menu.addSeparator()
        self._add_own_actions(menu)

    def _add_own_actions(self, menu: QMenu) -> None:
        """History, Preferences and Quit: the last lines of the Session and tray menus."""
        menu.addActions([self.history_action, self.prefs_action])
        menu.addSeparator()
        menu.addAction(self.quit_action)

    # --- before the session ----------------------------------------------------------------

    def show_start(self) -> None:
        from ..session.pages.start import StartPage

        page = self.page("start")
        assert isinstance(page, StartPage)
        prefs = self.settings.prefs
        practice = next_session.practice(prefs)
        page.set_practice(practice, cautions.WHY_RECLINED.get(prefs.screening or ""))
        page.set_variation(next_session.variation(prefs), available=practice is Practice.WALL)
        page.set_routines(
            [(r.id, routine_name(r)) for r in prefs.all_routines],
            prefs.routine,
            reclined=practice is Practice.RECLINED,
            length_s=self._routine_length_s(prefs.routine) if prefs.routine else 0.0,
        )
        page.set_profiles([(p.id, display_name(p)) for p in prefs.profiles], prefs.active_id)
        page.set_hold(self._hold_s)
        seconds, source, plan = self._suggestion()
        planned = plan is not None and source is HoldSource.PLAN and seconds == self._hold_s
        page.set_plan_note(plan_note(plan) if planned and plan else "")
        self._show("start")
        self.setWindowTitle(window_title(None))

    def show_safety(self) -> None:
        if self.controller.active:
            # Mid-session the pages stay as they are; the cautions open beside them.
            self._safety_dialog()
            return
        from ..session.pages.screening import ScreeningPage

        page = self.page("screening")
        assert isinstance(page, ScreeningPage)
        page.reset(self.settings.prefs.screening)
        self._show("screening")

    def suggested_hold(self) -> float:
        return self._suggestion()[0]

    def _suggestion(self) -> tuple[float, HoldSource, Suggestion | None]:
        plan = self.plan()
        seconds, source = suggested_hold(
            self.settings.prefs.active, self._command_line_hold, plan.hold_s if plan else None
        )
        return seconds, source, plan

    def refresh_suggestion(self) -> None:
        """The suggested hold worked out again: after a session, or a new plan."""
        self._hold_s = self.suggested_hold()
        if not self.controller.active and self.current_page_name() == "start":
            self.show_start()

    def hold_from_command_line(self, seconds: float) -> None:
        """A hold from --start wins over everything until a session begins with it."""
        self._command_line_hold = seconds
        self._hold_s = seconds

    def run_command(self, command: Command) -> None:
        """A launch's request (this one's, or a later launch's handed over)."""
        if self.controller.active:
            log.info("a session is running; %s waits", command)
            return
        if command.profile is not None and any(
            p.id == command.profile for p in self.settings.prefs.profiles
        ):
            self.choose_profile(command.profile)
        if command.start_s is not None:
            self.hold_from_command_line(command.start_s)
        if command.starts_session:
            self.open_session(self._hold_s)

    def bring_forward(self) -> None:
        """Asked for by the person (a launch, the tray), so taking the focus is right here."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def start_up(self, command: Command) -> None:
        """The first launch: the window shows unless asked to start in the tray and there is
        one. A session command always shows it."""
        self.run_command(command)
        hidden = (command.tray_only or self.settings.prefs.start_in_tray) and not (
            command.starts_session
        )
        if hidden and self.tray_usable():
            log.info("started in the tray")
            return
        if hidden:
            log.info("no system tray to start in; opening the window")
        self.show()

    def handed_over(self, command: Command) -> None:
        """A later launch's request: the window comes forward, unless it only asked for the
        tray and the tray is there."""
        self.run_command(command)
        if command.tray_only and not command.starts_session and self.tray_usable():
            return
        self.bring_forward()

    def tray_usable(self) -> bool:
        return self.tray is not None and self.tray.usable()

    def quick_start(self, hold_s: float) -> None:
        self._start_from_menu(None, hold_s)

    def start_profile(self, profile_id: str) -> None:
        self._start_from_menu(profile_id, None)

    def repeat_last(self) -> None:
        last = self.settings.prefs.last_profile
        if last is not None:
            self._start_from_menu(last, self.settings.prefs.profile(last).last_hold_s)

    def _start_from_menu(self, profile_id: str | None, hold_s: float | None) -> None:
        """From the tray or the Session menu: to the entry guidance (safety first if needed)."""
        if self.controller.active:
            return
        log.info("menu start: profile=%s hold=%s", profile_id or "current", hold_s)
        self.bring_forward()
        if profile_id is not None:
            self.choose_profile(profile_id)
        self.open_session(hold_s if hold_s is not None else self.suggested_hold())

    def choose_routine(self, routine_id: str) -> None:
        """ "" is the pose alone."""
        prefs = self.settings.prefs
        if self.controller.active or (routine_id or None) == prefs.routine_id:
            return
        prefs.routine_id = routine_id or None
        self.settings.save()
        log.info("routine %s", routine_id or "none")
        self.show_start()

    def show_routines(self) -> None:
        """The routine editor; what it keeps is saved with the preferences on OK."""
        if self.controller.active:
            return
        from ..routines.editor import RoutineEditor  # only when asked for: a quick start

        editor = RoutineEditor(self.settings.prefs.all_routines, self._routine_length_s, self)
        self.routine_editor = editor  # for tests: the dialog is window-modal
        editor.accepted.connect(lambda: self._routines_edited(editor))
        editor.finished.connect(editor.deleteLater)
        editor.open()

    def _routines_edited(self, editor: RoutineEditor) -> None:
        prefs = self.settings.prefs
        prefs.routines = editor.own_routines()
        if prefs.routine is None:
            prefs.routine_id = None  # the chosen one was deleted
        self.settings.save()
        log.info("routines saved: %d of your own", len(prefs.routines))
        self.show_start()

    def choose_variation(self, value: str) -> None:
        prefs = self.settings.prefs
        if self.controller.active:
            return
        prefs.variation = variations.parse(value)
        self.settings.save()
        log.info("variation %s", prefs.variation.value)
        self.show_start()

    def choose_profile(self, profile_id: str) -> None:
        prefs = self.settings.prefs
        if profile_id == prefs.active_id or self.controller.active:
            return
        prefs.active_id = profile_id
        self.settings.save()
        log.info("profile %s", profile_id)
        self._hold_s = self.suggested_hold()
        self.apply_appearance()
        self.volumeChanged.emit(prefs.active.volume)
        self.show_start()

    def show_preferences(self) -> None:
        if self.controller.active:
            return  # the person is on the floor; settings wait for the next session
        if self.isHidden() or self.isMinimized():
            self.bring_forward()  # from the tray: the dialog opens over the window
        if self.prefs_dialog is not None:
            self.prefs_dialog.raise_()
            return
        from ..prefs.dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self.settings.prefs,
            self,
            tray_available=self.tray is not None and self.tray.available(),
            autostart=self.autostart,
        )
        dialog.previewRequested.connect(self.previewSound.emit)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.result_prefs()))
        dialog.finished.connect(self._preferences_closed)
        self.prefs_dialog = dialog
        dialog.open()

    def _preferences_closed(self) -> None:
        if self.prefs_dialog is not None:
            self.prefs_dialog.deleteLater()
        self.prefs_dialog = None
        self.volumeChanged.emit(self.settings.prefs.active.volume)  # after any preview

    def apply_preferences(self, prefs: Preferences) -> None:
        # State, not settings: a reminder may have been offered while the dialog was open.
        prefs.reminded = self.settings.prefs.reminded
        self.settings.prefs = prefs
        self.settings.save()
        log.info("preferences applied; profile %s", prefs.active_id)
        self._hold_s = self.suggested_hold()
        hold = self._pages.get("hold")
        if hold is not None:  # built: its module is imported
            from ..session.pages.timed import HoldPage

            assert isinstance(hold, HoldPage)
            hold.set_reduced_motion(prefs.reduced_motion)
        self.apply_appearance()
        self.volumeChanged.emit(prefs.active.volume)
        if self.tray is not None:
            self.tray.sync()
        if not self.controller.active:
            self.show_start()
        self.preferencesApplied.emit()

    def _appearance_changed(self, _scheme_or_font: object) -> None:
        self.apply_appearance()

    def apply_appearance(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        prefs = self.settings.prefs
        chosen = theme.choose(prefs.active.theme, prefs.follow_system, theme.system_is_dark(app))
        scale = theme.text_scale(app.font())
        if chosen is not theme.current() or scale != theme.applied_scale() or not app.styleSheet():
            log.info("theme %s", chosen.name)
            theme.apply(app, chosen)

    def open_session(self, hold_s: float) -> None:
        """Start, the tray or the command line: safety first if not yet confirmed."""
        if self.controller.active:
            return
        self._hold_s = hold_s
        if not self.settings.prefs.screened:
            self._pending_hold = hold_s
            self.show_safety()
            return
        self._show_entry()

    def _show_entry(self) -> None:
        from ..session.pages.entry import EntryPage

        page = self.page("entry")
        assert isinstance(page, EntryPage)
        experienced = self.settings.prefs.practised
        page.load(next_session.entry_steps(self.settings.prefs), summary_first=experienced)
        self._show("entry")
        self.entryShown.emit()

    def on_screened(self, answer: str) -> None:
        self.settings.record_screening(answer)
        log.info("screening answered")  # not the answer: the log goes with bug reports
        if self.settings.prefs.must_not_invert:
            advice = [cautions.ALTERNATIVE]
            if answer == cautions.SCREENING_UNCLEARED:
                advice.append(cautions.ASK_PHYSICIAN)
            notice.post(" ".join(t(a) for a in advice), [(self.tr("OK"), notice.dismiss)])
        if self._pending_hold is not None:
            self._pending_hold = None
            self._show_entry()
        else:
            self.show_start()

    def _routine_length_s(self, routine: Routine) -> float:
        """How long it would really take with this profile and practice."""
        from ...core.routine_session import length_s  # a session's timing: not at launch

        return length_s(routine, next_session.config(self.settings.prefs, self._hold_s))

    def begin(self) -> None:
        from ..session.pages.timed import SettlingPage

        prefs = self.settings.prefs
        profile = prefs.active
        config = next_session.config(prefs, self._hold_s)
        settling = self.page("settling")
        assert isinstance(settling, SettlingPage)
        settling.set_picture(next_session.pose_picture(prefs))
        self.controller.start(config, prefs.routine)
        # The hold as it runs (a routine times its own): "Repeat last" offers it again.
        session = self.controller.session
        held = session.config.hold_s if session is not None else config.hold_s
        prefs.put(replace(profile, last_hold_s=held))
        prefs.last_profile = profile.id
        prefs.practised = True
        self._command_line_hold = None
        self.settings.save()

    # --- during the session ----------------------------------------------------------------

    def _on_stage(self, stage: Stage) -> None:
        view = self.controller.view()
        self._show(page_for(view) if view is not None else STAGE_PAGES[stage])
        if stage is Stage.EXIT and (self.isHidden() or self.isMinimized()):
            self._reveal_quietly()

    def _reveal_quietly(self) -> None:
        """The hold ended while the window was put away: show the exit guidance for whoever
        looks, and mark the window urgent, but leave the focus where it is. A minimised
        window stays minimised; its taskbar entry asks for attention instead."""
        if self.isHidden():
            from .show_quietly import show_without_focus

            show_without_focus(self)
        QApplication.alert(self)
        log.info("hold over: window shown at the exit guidance, marked urgent, focus left alone")

    def _on_view(self, view: SessionView) -> None:
        page = self._pages.get(page_for(view))
        if page is not None and hasattr(page, "render"):
            page.render(view)
        if view.stage is Stage.EXIT and self._shown_step != (view.stage, view.step_index):
            # No step name: "shake" (out the legs) would tell of tingling.
            log.info("exit step %d of %d", view.step_index + 1, view.step_count)
        self._shown_step = (view.stage, view.step_index)
        self.setWindowTitle(window_title(view))

    def finish(self) -> None:
        notice.dismiss()
        self.controller.finish()

    # --- closing and quitting --------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.quitting.close_event(event)

    def request_quit(self) -> None:
        self.quitting.request()

    @property
    def quit_pending(self) -> bool:
        return self.quitting.pending

    def _safety_dialog(self) -> None:
        if self.safety_dialog is None:
            from ..help.safety import SafetyDialog

            self.safety_dialog = SafetyDialog(self)
        self.safety_dialog.show()
        self.safety_dialog.raise_()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Viparita"),
            self.tr("Viparita %1\nA calm guide to legs up the wall.").replace("%1", __version__),
        )
