"""Composition root: arguments -> paths -> logging -> preferences -> controller -> window.

Every part of the app is made here and handed what it needs: build_ui makes what the start
screen needs and connect_ui connects it; start_the_rest adds, once the window is painted, the
sleep guard, reminders, tray, history, sound and the hand-over server, one named step each."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from . import PACKAGE, __version__
from .storage import preferences_file

# The rest of the app is imported in main(), after the garbage collector is paused.
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from .audio.player import ChimePlayer
    from .history.database import HistoryDB
    from .paths import AppPaths
    from .platform.activity import Desk
    from .platform.autostart import Autostart
    from .platform.single_instance import Command, StartLock
    from .platform.sleep_watch import SleepWatch
    from .storage.preferences_store import PreferencesStore
    from .ui.help.feature import Help
    from .ui.history.feature import HistoryFeature
    from .ui.history.recorder import HistoryRecorder
    from .ui.prefs.feature import PreferencesFeature
    from .ui.reminders.offers import ReminderOffers
    from .ui.reminders.scheduler import ReminderScheduler
    from .ui.routines.feature import RoutinesFeature
    from .ui.session.controller import SessionController
    from .ui.session.pages.factory import PageRequests
    from .ui.session.router import SessionRouter
    from .ui.session.start_flow import StartFlow
    from .ui.shell.actions import AppActions
    from .ui.shell.quitting import QuitGuard
    from .ui.shell.tray import Tray
    from .ui.shell.window import MainWindow

log = logging.getLogger(PACKAGE)  # the records of the app as a whole


def duration_arg(text: str) -> float:
    from .core.durations import DurationError, parse_duration

    try:
        return parse_duration(text)
    except DurationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    from .core.durations import HOLD_MAX_S, HOLD_MIN_S, format_span

    parser = argparse.ArgumentParser(
        prog="viparita",
        description="A calm, hands-free guide to legs up the wall (Viparita Karani).",
    )
    parser.add_argument("--version", action="version", version=f"viparita {__version__}")
    parser.add_argument(
        "command",
        nargs="?",
        choices=["stats"],
        help="stats: print the history (sessions, streak, minutes per day) without the window",
    )
    parser.add_argument("--json", action="store_true", help="with stats: print JSON")
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help='begin with this profile: "Work break", "Bedtime wind-down" or one of your own',
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start with only the tray icon; the window opens from it (no tray: the window)",
    )
    # For packaging tests and benchmarks: open the window, print the moment it is painted
    # (CLOCK_MONOTONIC), quit.
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--start",
        metavar="DURATION",
        type=duration_arg,
        help="open at the entry guidance with this hold: 10 (minutes), 10m, 90s or 1m30s; "
        f"from {format_span(HOLD_MIN_S)} to {format_span(HOLD_MAX_S)}",
    )
    return parser


def setup_logging(paths: AppPaths, **limits: int) -> None:
    """The terminal (warnings) and the log file; `limits` (max_bytes, backups) for a test."""
    from . import log_file

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(fmt)
    root.addHandler(console)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(paths.log_dir, 0o700)
        handler = log_file.PrivateLogHandler(paths.log_file, **limits)
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError as exc:
        log.warning(
            "cannot write the log in %s (%s); logging to the terminal only", paths.log_dir, exc
        )


def print_stats(paths: AppPaths, as_json: bool) -> int:
    """The history, read without starting Qt and without changing the file."""
    import sqlite3
    from datetime import date

    from .history.database import HistoryDB
    from .history.export import stats, stats_text, to_json

    records = []
    if paths.history_file.exists():
        try:
            db = HistoryDB.snapshot(paths.history_file)
            try:
                records = db.records()
            finally:
                db.close()
        except (sqlite3.Error, OSError) as exc:
            print(f"viparita: cannot read the history {paths.history_file}: {exc}", file=sys.stderr)
            return 1
    data = stats(records, date.today())
    print(to_json(data) if as_json else stats_text(data))
    return 0


def open_history(paths: AppPaths, ui: Ui) -> HistoryRecorder:
    """The history, and its place in the window. With no file yet there is nothing to read,
    and the database (sqlite, some 2.5 MiB) waits for the first session to write."""
    from .ui.history.recorder import HistoryRecorder

    folder = paths.history_file.parent
    if paths.history_file.exists() or (folder.exists() and not folder.is_dir()):
        recorder = HistoryRecorder(ui.controller, ui.store, open_db(paths))
        recorder.close_interrupted()
    else:
        opener = lambda: open_db(paths)  # noqa: E731
        recorder = HistoryRecorder(ui.controller, ui.store, None, opener=opener)
    attach_history(ui, recorder)
    return recorder


def attach_history(
    ui: Ui, recorder: HistoryRecorder, today: Callable[[], date] | None = None
) -> HistoryFeature:
    """The history's part in the window: the plan's suggestion, the comfort tap, "came down
    early", the note on a third session a day, and the History window."""
    from datetime import date

    from .ui.history.feature import HistoryFeature

    feature = HistoryFeature(
        ui.controller, ui.store, recorder, ui.actions.history, ui.window, today or date.today
    )
    ui.requests.rated.connect(recorder.rate)
    ui.requests.reportEarly.connect(feature.ask_when)
    ui.flow.entryShown.connect(feature.note_third)
    feature.planChanged.connect(ui.flow.refresh_suggestion)
    ui.flow.follow_plan(feature.plan)
    return feature


def open_db(paths: AppPaths) -> HistoryDB | None:
    """The history file, opened (or set aside and started afresh if it is not a database);
    without it the app runs on, and says why."""
    from datetime import datetime

    from PySide6.QtCore import QCoreApplication

    from .history.database import WINDOW_WAIT_S, HistoryDB, HistoryError
    from .ui.shell import notice
    from .ui.style.text import fill

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    db = None
    # The context is named: `window.tr` here, outside the window's class, filed these texts
    # under "window" in the catalogue, while Qt looked them up under "MainWindow".
    ok = QCoreApplication.translate("HistoryNotice", "OK")
    try:
        db, aside = HistoryDB.open(paths.history_file, stamp, timeout=WINDOW_WAIT_S)
    except HistoryError as exc:
        log.warning("history off: %s", exc)
        text = QCoreApplication.translate(
            "HistoryNotice", "The history cannot be opened (%1). Sessions work as usual."
        )
        notice.post(fill(text, str(exc)), [(ok, notice.dismiss)])
        aside = None
    if aside is not None:
        text = QCoreApplication.translate(
            "HistoryNotice",
            "The history could not be read, so a new one was started. The old file was kept as %1.",
        )
        notice.post(fill(text, aside.name), [(ok, notice.dismiss)])
    return db


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--audio-helper"]:
        # A frozen bundle has no `python -m`: the sound helper is this executable again.
        from .audio.helper import main as helper_main

        return helper_main()
    # Start-up makes some hundred thousand objects that live as long as the app (modules,
    # Qt's enums, dataclasses) and no garbage: each collection would walk them all again
    # for nothing. Paused until the window is painted, then they are frozen out of its way.
    gc.disable()
    try:
        return run(argv)
    finally:
        gc.enable()


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # --version and bad arguments answer before any import
    from .paths import AppPaths

    paths = AppPaths.for_user()
    if args.json and args.command != "stats":
        parser.error("--json goes with stats: viparita stats --json")
    if args.quit_after_first_paint and args.tray:
        parser.error("--quit-after-first-paint needs the window: leave out --tray")
    if args.command == "stats":
        return print_stats(paths, args.json)
    profile_id = None if args.profile is None else profile_asked_for(parser, args.profile, paths)
    setup_logging(paths)
    sys.excepthook = lambda *exc: log.error("unexpected error", exc_info=exc)

    from .platform.single_instance import Command, StartLock, hand_over_or_start, socket_path

    command = Command(tray_only=args.tray, start_s=args.start, profile=profile_id)
    instance_path = socket_path()
    start_lock = StartLock(instance_path)  # held until this process exits, or cannot listen
    handed = hand_over_or_start(command, instance_path, start_lock)
    if handed:
        log.info("viparita is already running; handed it %s", command)
        return 0
    if handed is None:
        log.warning("another Viparita holds the start lock but does not answer")
        print(
            "viparita: another Viparita is running but does not answer. "
            "Quit it (or end it from a task manager), then start Viparita again.",
            file=sys.stderr,
        )
        return 1
    return run_app(paths, command, instance_path, start_lock, args.quit_after_first_paint)


def profile_asked_for(parser: argparse.ArgumentParser, name: str, paths: AppPaths) -> str:
    """The id of the profile --profile names; an unknown name ends the launch with the names
    there are."""
    from .core.profiles import BUILTIN_NAMES, find_profile

    profiles = preferences_file.peek(paths.prefs_file).profiles
    found = find_profile(profiles, name)
    if found is None:
        names = ", ".join(repr(p.name or BUILTIN_NAMES[p.id].source) for p in profiles)
        parser.error(f"argument --profile: no profile called {name!r}; have {names}")
    return found.id


def run_app(
    paths: AppPaths, command: Command, instance_path: str, lock: StartLock, quit_at_paint: bool
) -> int:
    """This launch is the app: Qt, the window, and the rest once the window is painted."""
    # Qt is imported only now, so --version, bad arguments and a hand-over answer at once.
    from PySide6.QtWidgets import QApplication

    from .ui.shell import plain_import

    plain_import.restore()  # before the rest: PySide6's import wrapper reads each source

    # isort: split
    from .core.clock import SystemClock
    from .storage.preferences_store import PreferencesStore
    from .ui.prefs import feature as prefs_feature
    from .ui.session.controller import SessionController
    from .ui.shell import launch
    from .ui.shell.first_paint import QuitAfterFirstPaint, when_painted
    from .ui.shell.identity import identify
    from .ui.style import language

    app = QApplication(sys.argv[:1])
    identify(app)
    # The window may be put away in the tray: closing it, or a dialog, is not quitting.
    app.setQuitOnLastWindowClosed(False)
    store = PreferencesStore(paths.prefs_file, on_read_only=prefs_feature.tell_read_only)
    language.install(app, store.prefs.language)  # before any widget is made
    ui = build_ui(SessionController(SystemClock()), store)
    ui.guard.quitNow.connect(app.quit)
    if quit_at_paint:
        QuitAfterFirstPaint(ui.window, app)
    in_tray = store.prefs.start_in_tray
    if not (command.tray_only or in_tray or command.starts_session):
        # The start screen is painted first; sound, tray, history and reminders follow at
        # once, with nothing on screen waiting for them (the launch benchmark).
        launch.start_up(command, in_tray, ui.flow, ui.window, tray=None)
        when_painted(ui.window, lambda _: start_the_rest(app, ui, paths, instance_path, lock))
    else:  # a session starts now, or the tray is the first thing shown
        tray = start_the_rest(app, ui, paths, instance_path, lock)
        launch.start_up(command, in_tray, ui.flow, ui.window, tray)
    code = app.exec()
    log.info("viparita exits with %s", code)
    return code


# --- what the start screen needs ------------------------------------------------------------


class Ui(NamedTuple):
    """The parts made before the first paint, each handed what it needs."""

    controller: SessionController
    store: PreferencesStore
    window: MainWindow
    requests: PageRequests  # what the pages ask for
    router: SessionRouter  # a session's stages to pages
    flow: StartFlow  # everything before a session
    actions: AppActions  # the menus' commands
    prefs: PreferencesFeature
    routines: RoutinesFeature
    help: Help
    guard: QuitGuard


def system_autostart() -> Autostart:
    from .platform.autostart import for_this_system  # asked for as Preferences opens

    return for_this_system()


def build_ui(
    controller: SessionController,
    store: PreferencesStore,
    *,
    autostart: Callable[[], Autostart | None] = system_autostart,
    tray_available: Callable[[], bool] | None = None,
) -> Ui:
    """The window and what the start screen needs, made in order, then connected."""
    from functools import partial

    from PySide6.QtWidgets import QSystemTrayIcon

    from .ui.help.feature import Help
    from .ui.prefs.feature import PreferencesFeature
    from .ui.routines.feature import RoutinesFeature
    from .ui.session.pages.factory import PageRequests, PageWiring, build_page
    from .ui.session.router import SessionRouter
    from .ui.session.start_flow import StartFlow
    from .ui.shell.actions import AppActions
    from .ui.shell.quitting import QuitGuard
    from .ui.shell.window import MainWindow
    from .ui.style import appearance

    appearance.apply(store)  # the style sheet before any widget: each is polished once
    requests = PageRequests()
    wiring = PageWiring(controller, requests, lambda: store.prefs.reduced_motion)
    window = MainWindow(partial(build_page, wiring=wiring))
    help_ = Help(window)
    flow = StartFlow(controller, store, window, help_.show_safety, parent=window)
    actions = AppActions(controller, store, flow, parent=window)
    actions.install(window.menuBar())
    prefs = PreferencesFeature(
        controller,
        store,
        window,
        window.bring_forward,
        tray_available=tray_available or QSystemTrayIcon.isSystemTrayAvailable,
        autostart=autostart,
    )
    routines = RoutinesFeature(controller, store, flow.routine_length_s, window)
    router = SessionRouter(controller, window, parent=window)
    guard = QuitGuard(controller, window, parent=window)
    appearance.FollowDesktop(store, window)
    ui = Ui(
        controller, store, window, requests, router, flow, actions, prefs, routines, help_, guard
    )
    connect_ui(ui)
    return ui


def connect_ui(ui: Ui) -> None:
    """The one place the parts made before the first paint are connected to each other."""
    from functools import partial

    from .ui.shell import notice
    from .ui.style import appearance

    flow, requests, actions = ui.flow, ui.requests, ui.actions
    requests.screened.connect(flow.on_screened)
    requests.startRequested.connect(flow.open_session)
    requests.profileChosen.connect(flow.choose_profile)
    requests.routineChosen.connect(flow.choose_routine)
    requests.variationChosen.connect(flow.choose_variation)
    requests.editRoutines.connect(ui.routines.show_editor)
    requests.editProfiles.connect(ui.prefs.show)
    requests.begin.connect(flow.begin)
    requests.back.connect(flow.show_start)
    requests.finish.connect(notice.dismiss)
    requests.finish.connect(ui.controller.finish)
    ui.window.firstShown.connect(flow.show_start)
    ui.routines.edited.connect(flow.show_start)
    restyle = partial(appearance.apply, ui.store)
    flow.profileChanged.connect(restyle)
    ui.prefs.applied.connect(restyle)
    ui.prefs.applied.connect(lambda: ui.router.set_reduced_motion(ui.store.prefs.reduced_motion))
    ui.prefs.applied.connect(flow.preferences_applied)
    actions.preferences.triggered.connect(ui.prefs.show)
    actions.quit.triggered.connect(ui.guard.request)
    actions.safety.triggered.connect(flow.show_safety)
    actions.shortcuts.triggered.connect(ui.help.show_shortcuts)
    actions.about.triggered.connect(ui.help.about)


# --- after the first paint ------------------------------------------------------------------


def start_the_rest(
    app: QApplication, ui: Ui, paths: AppPaths, instance_path: str, lock: StartLock
) -> Tray:
    """Everything the start screen's first paint does not need. Logs "started" at the end,
    as tests and people read that line as "running, with a second launch handed over"."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from .platform import quit_signals
    from .ui.shell.identity import set_icon
    from .ui.shell.pixmap_cache_trim import PixmapCacheTrim

    gc.collect()  # what start-up left behind: the memory goes to what is made next
    gc.freeze()
    gc.enable()
    set_icon(app)
    sleep_watch = guard_sleep(app, ui.controller)
    history = open_history(paths, ui)
    reminders = schedule_reminders(app, ui, sleep_watch, history)
    available = QSystemTrayIcon.isSystemTrayAvailable
    tray = add_tray(ui, add_reminder_offers(ui, reminders, available), available)
    # The Session menu whole from here on, for global menu bars that may show it before
    # asking it to fill itself (it is filled again as it opens).
    if ui.actions.session_menu is not None:
        ui.actions.fill(ui.actions.session_menu)
    PixmapCacheTrim(ui.window)
    player = add_sound(app, ui, paths)
    app.aboutToQuit.connect(player.stop)
    app.aboutToQuit.connect(history.interrupt)
    player.start()
    quit_signals.install(ui.guard.request, app)
    listen_for_launches(app, ui, tray, paths, instance_path, lock)
    reminders.check()
    return tray


def guard_sleep(app: QApplication, controller: SessionController) -> SleepWatch:
    """No sleep during a session; the watch also tells the reminders of a wake."""
    from .platform import sleep_inhibit
    from .platform.sleep_watch import SleepWatch
    from .ui.session.sleep_guard import SleepGuard

    sleep_watch = SleepWatch(parent=app)
    SleepGuard(controller, sleep_inhibit.for_this_system(), sleep_watch)
    return sleep_watch


def schedule_reminders(
    app: QApplication, ui: Ui, sleep_watch: SleepWatch, history: HistoryRecorder
) -> ReminderScheduler:
    """Reminders, held back by what the desk says; the sessions done count as breaks."""
    from .core.clock import SystemClock
    from .core.past_sessions import sessions_on
    from .platform.local_time import SystemWall, TimeZoneWatch
    from .ui.reminders.scheduler import ReminderScheduler

    reminders = ReminderScheduler(
        ui.store,
        SystemWall(),
        desk=watch_the_desk(app),
        clock=SystemClock(),
        sessions_on=lambda day: sessions_on(history.records(), day),
        parent=app,
    )
    reminders.follow(ui.controller)
    sleep_watch.woke.connect(reminders.check)
    TimeZoneWatch(parent=app).changed.connect(reminders.check)
    ui.prefs.applied.connect(reminders.settings_changed)
    return reminders


def watch_the_desk(app: QApplication) -> Desk:
    """This desktop's activity detectors; they open nothing until a reminder is on."""
    from .platform.activity import detectors_for

    desk = detectors_for(qt_platform=app.platformName())
    app.aboutToQuit.connect(desk.close)
    return desk


def add_reminder_offers(
    ui: Ui, scheduler: ReminderScheduler, tray_available: Callable[[], bool]
) -> ReminderOffers:
    """Where a due reminder is offered: in the tray if it can be seen there, else a window."""
    from functools import partial

    from .ui.reminders.offers import ReminderOffers
    from .ui.shell.tray import tray_usable

    return ReminderOffers(
        ui.store,
        scheduler,
        ui.flow.start_profile,
        tray_usable=partial(tray_usable, ui.store, tray_available),
        parent=ui.window,
    )


def add_tray(
    ui: Ui, offers: ReminderOffers | None = None, available: Callable[[], bool] | None = None
) -> Tray:
    """The tray icon, its menu built from the window's actions with a reminder's answers on
    top, and the window put away in it when closed."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from .ui.shell.tray import Tray

    tray = Tray(
        ui.controller,
        ui.store,
        ui.window,
        ui.actions,
        quitting=ui.guard.quitting,
        idle_actions=offers.menu_actions if offers is not None else list,
        available=available or QSystemTrayIcon.isSystemTrayAvailable,
        parent=ui.window,
    )
    ui.prefs.applied.connect(tray.sync)
    if offers is not None:
        offers.scheduler.stateChanged.connect(tray.show_reminder_state)
        tray.show_reminder_state(offers.scheduler.state)
        offers.notify.connect(tray.notify)
        tray.messageClicked.connect(offers.message_clicked)
    return tray


def add_sound(app: QApplication, ui: Ui, paths: AppPaths) -> ChimePlayer:
    """The chimes, for the cues, Test sound and the volume; not started yet."""
    from .audio.player import ChimePlayer
    from .paths import assets_dir

    try:
        sounds = assets_dir() / "sounds"
    except FileNotFoundError as exc:
        log.warning("no assets: %s", exc)
        sounds = paths.data_dir / "missing-sounds"
    player = ChimePlayer(sounds, ui.store.prefs.active.volume, parent=app)
    player.soundChanged.connect(ui.window.sound_status.set_sound)
    player.pulse.connect(ui.window.sound_status.pulse)
    player.pulse.connect(lambda name: log.info("chime %s shown as a pulse", name))
    player.played.connect(lambda name: log.info("chime %s", name))
    ui.controller.cueDue.connect(lambda event: player.play(event.cue.value))
    ui.requests.testSound.connect(lambda: player.play("hold_start"))
    ui.flow.volumeChanged.connect(player.set_volume)
    ui.prefs.volumeChanged.connect(player.set_volume)
    ui.prefs.previewSound.connect(
        lambda volume: (player.set_volume(volume), player.play("hold_start"))
    )
    return player


def listen_for_launches(
    app: QApplication, ui: Ui, tray: Tray, paths: AppPaths, instance_path: str, lock: StartLock
) -> None:
    """Later launches hand their command over to this app from here on."""
    from .platform.instance_server import InstanceServer
    from .ui.shell import launch

    server = InstanceServer(instance_path, parent=app)
    if not server.listen():
        lock.release()  # nobody could hand over to this app: later launches start their own
    log.info("viparita %s started; preferences at %s", __version__, paths.prefs_file)
    server.commandReceived.connect(
        lambda command: launch.handed_over(command, ui.flow, ui.window, tray)
    )
    app.aboutToQuit.connect(server.close)


if __name__ == "__main__":
    sys.exit(main())
