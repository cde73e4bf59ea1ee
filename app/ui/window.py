"""The main window: one stack of pages, switched by the session's stage."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.core import cautions
from app.core.durations import format_clock
from app.core.prefs import Preferences
from app.core.profiles import offered_hold
from app.core.session import SessionConfig, SessionView, Stage
from app.core.steps import Practice
from app.platform.single_instance import Command
from app.settings import Settings
from app.ui import theme
from app.ui.controller import SessionController
from app.ui.notice import NoticeBar
from app.ui.pages.common import Page, label
from app.ui.pages.entry import EntryPage
from app.ui.pages.screening import ScreeningPage
from app.ui.pages.start import StartPage
from app.ui.pages.timed import ClosingPage, ExitPage, HoldPage, SettlingPage
from app.ui.prefs_dialog import PreferencesDialog
from app.ui.safety_dialog import SafetyDialog
from app.ui.sound_status import SoundStatus
from app.ui.text import display_name, t

log = logging.getLogger(__name__)

STAGE_PAGES = {
    Stage.SETTLING: "settling",
    Stage.HOLD: "hold",
    Stage.EXIT: "exit",
    Stage.SEATED_PAUSE: "closing",
    Stage.DONE: "closing",
}


class MainWindow(QMainWindow):
    quitNow = Signal()
    testSound = Signal()
    volumeChanged = Signal(float)  # the active profile's volume, 0..100
    previewSound = Signal(float)  # play the bowl once at this volume

    def __init__(
        self, controller: SessionController, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.quit_linger_ms = 2500  # lets the last chime ring out before a deferred quit
        self._pages: dict[str, Page] = {}
        self._pending_hold: float | None = None
        self._quit_pending = False
        self._allow_close = False
        self._command_line_hold: float | None = None
        self._hold_s = self.offered_hold()
        self.prefs_dialog: PreferencesDialog | None = None
        self.safety_dialog: SafetyDialog | None = None
        self._shown_step: tuple[Stage, int] | None = None

        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 520)
        self.resize(1000, 680)
        central = QWidget()
        col = QVBoxLayout(central)
        col.setContentsMargins(24, 12, 24, 8)
        self.notice = NoticeBar()
        self.stack = QStackedWidget()
        self.footer = label(t(cautions.NOT_ADVICE), "note", name=self.tr("Not medical advice"))
        self.sound_status = SoundStatus()
        col.addWidget(self.notice)
        col.addWidget(self.stack, 1)
        sound_row = QHBoxLayout()
        sound_row.addStretch(1)
        sound_row.addWidget(self.sound_status)
        col.addLayout(sound_row)
        col.addWidget(self.footer)
        self.setCentralWidget(central)
        self._build_menu()

        controller.stageChanged.connect(self._on_stage)
        controller.viewChanged.connect(self._on_view)
        controller.sessionEnded.connect(self.show_start)
        controller.sessionStarted.connect(lambda _: self.prefs_action.setEnabled(False))
        controller.sessionEnded.connect(lambda: self.prefs_action.setEnabled(True))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self.apply_appearance()

        if settings.moved_aside is not None:
            self.notice.show_message(
                self.tr(
                    "Your preferences could not be read, so the defaults are in use. "
                    "The old file was kept as %1."
                ).replace("%1", settings.moved_aside.name),
                [(self.tr("OK"), self.notice.dismiss)],
            )
        self.show_start()

    # --- pages -----------------------------------------------------------------------------

    def page(self, name: str) -> Page:
        """Pages are built the first time they are needed, so the first paint is quick."""
        if name not in self._pages:
            page = self._build_page(name)
            self._pages[name] = page
            self.stack.addWidget(page)
        return self._pages[name]

    def current_page_name(self) -> str:
        current = self.stack.currentWidget()
        return next((n for n, p in self._pages.items() if p is current), "")

    def _show(self, name: str) -> Page:
        page = self.page(name)
        if self.stack.currentWidget() is not page:
            log.info("page %s", name)
        self.stack.setCurrentWidget(page)
        return page

    def _build_page(self, name: str) -> Page:
        c = self.controller
        if name == "screening":
            page = ScreeningPage()
            page.answered.connect(self._on_screened)
        elif name == "start":
            page = StartPage()
            page.startRequested.connect(self.open_session)
            page.profileChosen.connect(self.choose_profile)
            page.edit_profiles.clicked.connect(self.show_preferences)
            page.test_sound.clicked.connect(self.testSound.emit)
        elif name == "entry":
            page = EntryPage()
            page.begin.connect(self.begin)
            page.back.connect(self.show_start)
        elif name == "settling":
            page = SettlingPage()
            page.pause.clicked.connect(c.toggle_pause)
            page.skip.clicked.connect(c.next_step)
            page.come_down.clicked.connect(c.come_down)
            page.shortcut(["P"], c.toggle_pause)
            page.shortcut(["Escape"], c.come_down)
        elif name == "hold":
            page = HoldPage(c.frame)
            page.set_reduced_motion(self.settings.prefs.reduced_motion)
            page.pause.clicked.connect(c.toggle_pause)
            page.extend.clicked.connect(c.add_minute)
            page.come_down.clicked.connect(c.come_down)
            page.shortcut(["P"], c.toggle_pause)
            page.shortcut(["Escape"], c.come_down)
            page.shortcut(["+", "=", "Ctrl+="], c.add_minute)
        elif name == "exit":
            page = ExitPage()
            page.next_button.clicked.connect(c.next_step)
            page.advance_keys(c.next_step)
        elif name == "closing":
            page = ClosingPage()
            page.finish.connect(self._finish)
        else:
            raise KeyError(name)
        return page

    def _build_menu(self) -> None:
        session = self.menuBar().addMenu(self.tr("&Session"))
        self.prefs_action = QAction(self.tr("&Preferences…"), self)
        self.prefs_action.setShortcut(QKeySequence("Ctrl+,"))
        self.prefs_action.triggered.connect(self.show_preferences)
        session.addAction(self.prefs_action)
        session.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        session.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.safety_action = QAction(self.tr("&Safety information"), self)
        self.safety_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.safety_action.triggered.connect(self.show_safety)
        help_menu.addAction(self.safety_action)
        about = QAction(self.tr("&About Viparita"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- before the session ----------------------------------------------------------------

    @property
    def practice(self) -> Practice:
        return Practice.RECLINED if self.settings.prefs.must_not_invert else Practice.WALL

    def show_start(self) -> None:
        page = self.page("start")
        assert isinstance(page, StartPage)
        prefs = self.settings.prefs
        page.set_practice(self.practice, locked=prefs.must_not_invert)
        page.set_profiles([(p.id, display_name(p)) for p in prefs.profiles], prefs.active_id)
        page.set_hold(self._hold_s)
        self._show("start")
        self._set_title(None)

    def show_safety(self) -> None:
        if self.controller.active:
            # Mid-session the pages stay as they are; the cautions open beside them.
            self._safety_dialog()
            return
        page = self.page("screening")
        assert isinstance(page, ScreeningPage)
        page.reset(self.settings.prefs.screening)
        self._show("screening")

    def offered_hold(self) -> float:
        return offered_hold(self.settings.prefs.active, self._command_line_hold)[0]

    def offer_command_line_hold(self, seconds: float) -> None:
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
            self.offer_command_line_hold(command.start_s)
        if command.start_s is not None or command.profile is not None:
            self.open_session(self._hold_s)

    def bring_forward(self) -> None:
        """Asked for by the person (a second launch), so taking the focus is right here."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def choose_profile(self, profile_id: str) -> None:
        prefs = self.settings.prefs
        if profile_id == prefs.active_id or self.controller.active:
            return
        prefs.active_id = profile_id
        self.settings.save()
        log.info("profile %s", profile_id)
        self._hold_s = self.offered_hold()
        self.apply_appearance()
        self.volumeChanged.emit(prefs.active.volume)
        self.show_start()

    def show_preferences(self) -> None:
        if self.controller.active:
            return  # the person is on the floor; settings wait for the next session
        if self.prefs_dialog is not None:
            self.prefs_dialog.raise_()
            return
        dialog = PreferencesDialog(self.settings.prefs, self)
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
        self.settings.prefs = prefs
        self.settings.save()
        log.info("preferences applied; profile %s", prefs.active_id)
        self._hold_s = self.offered_hold()
        hold = self._pages.get("hold")
        if isinstance(hold, HoldPage):
            hold.set_reduced_motion(prefs.reduced_motion)
        self.apply_appearance()
        self.volumeChanged.emit(prefs.active.volume)
        if not self.controller.active:
            self.show_start()

    def _scheme_changed(self, _scheme: object) -> None:
        self.apply_appearance()

    def apply_appearance(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        prefs = self.settings.prefs
        chosen = theme.choose(prefs.active.theme, prefs.follow_system, theme.system_is_dark(app))
        if chosen is not theme.current() or not app.styleSheet():
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
        page = self.page("entry")
        assert isinstance(page, EntryPage)
        experienced = self.settings.prefs.practised
        page.load(self.practice, summary_first=experienced)
        self._show("entry")

    def _on_screened(self, answer: str) -> None:
        self.settings.record_screening(answer)
        log.info("screening answered: %s", answer)
        if self.settings.prefs.must_not_invert:
            self.notice.show_message(
                t(cautions.ALTERNATIVE), [(self.tr("OK"), self.notice.dismiss)]
            )
        if self._pending_hold is not None:
            self._pending_hold = None
            self._show_entry()
        else:
            self.show_start()

    def begin(self) -> None:
        prefs = self.settings.prefs
        profile = prefs.active
        config = SessionConfig(
            hold_s=self._hold_s,
            settle_s=profile.settle_s,
            pause_s=profile.pause_s,
            pattern=profile.pattern,
            practice=self.practice,
            cues=profile.cues,
        )
        prefs.put(replace(profile, last_hold_s=config.hold_s))
        prefs.practised = True
        self._command_line_hold = None
        self.settings.save()
        settling = self.page("settling")
        assert isinstance(settling, SettlingPage)
        settling.set_practice(config.practice)
        self.controller.start(config)

    # --- during the session ----------------------------------------------------------------

    def _on_stage(self, stage: Stage) -> None:
        self._show(STAGE_PAGES[stage])
        if stage is Stage.DONE and self._quit_pending:
            QTimer.singleShot(self.quit_linger_ms, self._quit_for_real)

    def _on_view(self, view: SessionView) -> None:
        page = self._pages.get(STAGE_PAGES[view.stage])
        if page is not None and hasattr(page, "render"):
            page.render(view)
        if view.stage is Stage.EXIT and self._shown_step != (view.stage, view.step_index):
            log.info("exit step %d of %d: %s", view.step_index + 1, view.step_count, view.step.key)
        self._shown_step = (view.stage, view.step_index)
        self._set_title(view)

    def _set_title(self, view: SessionView | None) -> None:
        if view is None or view.stage is Stage.DONE:
            self.setWindowTitle(APP_NAME)
            return
        names = {
            Stage.SETTLING: self.tr("Settling"),
            Stage.HOLD: self.tr("Hold"),
            Stage.EXIT: self.tr("Coming down"),
            Stage.SEATED_PAUSE: self.tr("Seated pause"),
        }
        title = self.tr("%1 %2 – Viparita")
        self.setWindowTitle(
            title.replace("%1", names[view.stage]).replace("%2", format_clock(view.remaining))
        )

    def _finish(self) -> None:
        self.notice.dismiss()
        self.controller.finish()

    # --- closing and quitting --------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close or not self.controller.active:
            event.accept()
            self.quitNow.emit()
            return
        event.ignore()
        if self.controller.must_stay:
            self._defer_quit()
        else:
            self.notice.show_message(
                self.tr("A session is running. Come down slowly before Viparita closes?"),
                [
                    (self.tr("Come down now"), self._come_down_then_quit),
                    (self.tr("Keep going"), self.notice.dismiss),
                ],
            )

    def _come_down_then_quit(self) -> None:
        self.controller.come_down()
        self._defer_quit()

    def _defer_quit(self) -> None:
        self._quit_pending = True
        log.info("quit deferred until the seated pause ends")
        self.notice.show_message(
            self.tr(
                "Please stay seated until the pause is over. Viparita will close by itself "
                "when it ends."
            )
        )

    @property
    def quit_pending(self) -> bool:
        return self._quit_pending

    def _quit_for_real(self) -> None:
        self._allow_close = True
        self.close()

    def _safety_dialog(self) -> None:
        if self.safety_dialog is None:
            self.safety_dialog = SafetyDialog(self)
        self.safety_dialog.show()
        self.safety_dialog.raise_()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Viparita"),
            self.tr("Viparita %1\nA calm guide to legs up the wall.").replace("%1", __version__),
        )
