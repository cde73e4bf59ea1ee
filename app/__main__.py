"""Composition root: arguments -> paths -> logging -> preferences -> controller -> window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import PACKAGE, __version__
from .storage import preferences_file

# The rest of the app is imported in main(), after the garbage collector is paused.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .history.database import HistoryDB
    from .paths import AppPaths
    from .platform.single_instance import StartLock
    from .ui.history.recorder import HistoryRecorder
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


def open_history(paths: AppPaths, window: MainWindow) -> HistoryRecorder:
    """The history, and its place in the window. With no file yet there is nothing to read,
    and the database (sqlite, some 2.5 MiB) waits for the first session to write."""
    from .ui.history.feature import HistoryFeature
    from .ui.history.recorder import HistoryRecorder

    folder = paths.history_file.parent
    if paths.history_file.exists() or (folder.exists() and not folder.is_dir()):
        recorder = HistoryRecorder(window.controller, window.settings, open_db(paths))
        recorder.close_interrupted()
    else:
        opener = lambda: open_db(paths)  # noqa: E731
        recorder = HistoryRecorder(window.controller, window.settings, None, opener=opener)
    HistoryFeature(window, recorder)
    return recorder


def open_db(paths: AppPaths) -> HistoryDB | None:
    """The history file, opened (or set aside and started afresh if it is not a database);
    without it the app runs on, and says why."""
    from datetime import datetime

    from PySide6.QtCore import QCoreApplication

    from .history.database import WINDOW_WAIT_S, HistoryDB, HistoryError
    from .ui.shell import notice

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
        notice.post(text.replace("%1", str(exc)), [(ok, notice.dismiss)])
        aside = None
    if aside is not None:
        text = QCoreApplication.translate(
            "HistoryNotice",
            "The history could not be read, so a new one was started. The old file was kept as %1.",
        )
        notice.post(text.replace("%1", aside.name), [(ok, notice.dismiss)])
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
    profile_id = None
    if args.profile is not None:
        from .core.profiles import BUILTIN_NAMES, find_profile

        profiles = preferences_file.peek(paths.prefs_file).profiles
        found = find_profile(profiles, args.profile)
        if found is None:
            names = ", ".join(repr(p.name or BUILTIN_NAMES[p.id].source) for p in profiles)
            parser.error(f"argument --profile: no profile called {args.profile!r}; have {names}")
        profile_id = found.id
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

    # Qt is imported only now, so --version, bad arguments and a hand-over answer at once.
    from PySide6.QtWidgets import QApplication

    from .ui.shell import plain_import

    plain_import.restore()  # before the rest: PySide6's import wrapper reads each source

    # isort: split
    from .core.clock import SystemClock
    from .storage.settings import Settings
    from .ui.session.controller import SessionController
    from .ui.shell.first_paint import when_painted
    from .ui.shell.identity import identify
    from .ui.shell.window import MainWindow
    from .ui.style import language

    app = QApplication(sys.argv[:1])
    identify(app)
    # The window may be put away in the tray: closing it, or a dialog, is not quitting.
    app.setQuitOnLastWindowClosed(False)

    settings = Settings(paths.prefs_file)
    language.install(app, settings.prefs.language)  # before any widget is made
    controller = SessionController(SystemClock())
    window = MainWindow(controller, settings)
    window.quitNow.connect(app.quit)
    if args.quit_after_first_paint:
        from .ui.shell.first_paint import QuitAfterFirstPaint

        QuitAfterFirstPaint(window, app)
    rest = lambda *_: start_the_rest(app, window, paths, instance_path, start_lock)  # noqa: E731
    window_first = not (command.tray_only or settings.prefs.start_in_tray)
    if window_first and not command.starts_session:
        # The start screen is painted first; sound, tray, history and reminders follow at
        # once, with nothing on screen waiting for them (the launch benchmark).
        window.start_up(command)
        when_painted(window, rest)
    else:
        rest()  # a session starts now, or the tray is the first thing shown
        window.start_up(command)
    code = app.exec()
    log.info("viparita exits with %s", code)
    return code


def start_the_rest(
    app: QApplication, window: MainWindow, paths: AppPaths, instance_path: str, lock: StartLock
) -> None:
    """Everything the start screen's first paint does not need. Logs "started" at the end,
    as tests and people read that line as "running, with a second launch handed over"."""
    from .audio.player import ChimePlayer
    from .paths import assets_dir
    from .platform import autostart, quit_signals, sleep_inhibit
    from .platform.instance_server import InstanceServer
    from .platform.local_time import SystemWall, TimeZoneWatch
    from .platform.sleep_watch import SleepWatch
    from .ui.reminders.offers import ReminderOffers
    from .ui.reminders.scheduler import ReminderScheduler
    from .ui.session.sleep_guard import SleepGuard
    from .ui.shell.identity import set_icon
    from .ui.shell.pixmap_cache_trim import PixmapCacheTrim
    from .ui.shell.tray import Tray

    gc.collect()  # what start-up left behind: the memory goes to what is made next
    gc.freeze()
    gc.enable()
    controller, settings = window.controller, window.settings
    set_icon(app)
    sleep_watch = SleepWatch(parent=app)
    SleepGuard(controller, sleep_inhibit.for_this_system(), sleep_watch)
    window.autostart = autostart.for_this_system()
    Tray(window)
    # The Session menu whole from here on, for global menu bars that may show it before
    # asking it to fill itself (it is filled again as it opens).
    window.fill_menu(window.session_menu)
    PixmapCacheTrim(window)
    reminders = ReminderScheduler(settings, SystemWall(), parent=app)
    reminders.follow(controller)
    sleep_watch.woke.connect(reminders.check)
    TimeZoneWatch(parent=app).changed.connect(reminders.check)
    window.preferencesApplied.connect(reminders.settings_changed)
    ReminderOffers(window, reminders)
    history = open_history(paths, window)
    try:
        sounds = assets_dir() / "sounds"
    except FileNotFoundError as exc:
        log.warning("no assets: %s", exc)
        sounds = paths.data_dir / "missing-sounds"
    player = ChimePlayer(sounds, settings.prefs.active.volume, parent=app)
    player.soundChanged.connect(window.sound_status.set_sound)
    player.pulse.connect(window.sound_status.pulse)
    player.pulse.connect(lambda name: log.info("chime %s shown as a pulse", name))
    player.played.connect(lambda name: log.info("chime %s", name))
    controller.cueDue.connect(lambda event: player.play(event.cue.value))
    window.testSound.connect(lambda: player.play("hold_start"))
    window.volumeChanged.connect(player.set_volume)
    window.previewSound.connect(
        lambda volume: (player.set_volume(volume), player.play("hold_start"))
    )
    app.aboutToQuit.connect(player.stop)
    app.aboutToQuit.connect(history.interrupt)
    player.start()
    quit_signals.install(window.request_quit, app)
    server = InstanceServer(instance_path, parent=app)
    if not server.listen():
        lock.release()  # nobody could hand over to this app: later launches start their own
    log.info("viparita %s started; preferences at %s", __version__, paths.prefs_file)
    server.commandReceived.connect(window.handed_over)
    app.aboutToQuit.connect(server.close)
    reminders.check()


if __name__ == "__main__":
    sys.exit(main())
