"""2. Memory: the peak with the window open, and what stays resident in the tray.

Three processes side by side on a desktop of their own: the app with its window, the app
started in the tray (`--tray`), and a bare QLabel. Memory is a process's own (VmHWM, VmRSS);
the app's sound helper, a second process, is shown on its own row."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

from tests.e2e.desktop import Desktop

from . import procfs
from .rig import Run, close_to_tray, start_app, start_bare, user_env
from .table import Row

PEAK_AFTER_S = 8.0  # the window has been open a few seconds: its pages, fonts and icons made
IDLE_AFTER_S = 30.0
MIB = 1024


def _helper_rss(run: Run) -> float:
    others = [p for p in procfs.descendants(run.pid) if p != run.pid]
    return sum(procfs.memory_kib(p, "VmRSS") for p in others) / MIB


def _sleep_until(moment: float) -> None:
    time.sleep(max(0.0, moment - time.monotonic()))


def measure(desk: Desktop, folder: Path) -> list[Row]:
    started = time.monotonic()
    window = start_app(desk, folder / "app-window", [], {"schema": 2})
    tray = start_app(desk, folder / "app-tray", ["--tray"], {"schema": 2})
    bare = start_bare(desk, folder / "bare", ["stay"])
    runs = (window, tray, bare)
    try:
        desk.watch = window.proc
        app_window = desk.find_window("^Viparita$")
        desk.watch = bare.proc
        desk.find_window("^bare$")
        tray.log.wait(r"started in the tray", 30)
        _sleep_until(started + PEAK_AFTER_S)
        peak_app = procfs.memory_kib(window.pid, "VmHWM") / MIB
        peak_bare = procfs.memory_kib(bare.pid, "VmHWM") / MIB
        # Put away in the tray, as a person closes the window: the app stays running.
        close_to_tray(desk, app_window, window.proc)
        _sleep_until(started + IDLE_AFTER_S)
        idle_tray = procfs.memory_kib(tray.pid, "VmRSS") / MIB
        idle_bare = procfs.memory_kib(bare.pid, "VmRSS") / MIB
        put_away = procfs.memory_kib(window.pid, "VmRSS") / MIB
        helper = _helper_rss(tray)
        for run in runs:
            if run.proc.poll() is not None:
                raise RuntimeError(f"{run.proc.args} exited with {run.proc.returncode}")
    finally:
        for run in runs:
            run.stop()
    return [
        Row("2. peak resident, window open (MiB)", peak_app, peak_bare, ratio_max=1.4, digits=1),
        Row(
            f"2. resident, idle in the tray at {IDLE_AFTER_S:.0f} s (MiB)",
            idle_tray,
            idle_bare,
            ratio_max=1.3,
            digits=1,
            detail="the app started with --tray; the bare QLabel's window open",
        ),
        Row(
            f"2. resident, window put away at {IDLE_AFTER_S:.0f} s (MiB)",
            put_away,
            idle_bare,
            digits=1,
            detail="the app opened with its window, then closed to the tray (information)",
        ),
        Row("2. the sound helper process, resident (MiB)", helper, digits=1),
    ]


HISTORY_SESSIONS = 60  # two months of evenings


def write_history(folder: Path, sessions: int = HISTORY_SESSIONS) -> None:
    from app.core.session import Ending
    from app.history.database import HistoryDB

    db = HistoryDB(folder / "data" / "viparita" / "history.sqlite3")
    last = datetime.now().astimezone().replace(hour=21, minute=30) - timedelta(days=1)
    for day in range(sessions):
        row = db.begin(last - timedelta(days=day), "bedtime", "Bedtime", 600.0, "4-0-6-0")
        db.end(row, 600.0, Ending.COMPLETED)
    db.close()


def with_history(desk: Desktop, folder: Path) -> list[Row]:
    """The peak of a returning user's window: the start screen's plan reads the history, so
    sqlite is loaded at start (a first run loads it with the first session)."""
    bare = start_bare(desk, folder / "bare", ["stay"])
    user_env(desk, folder / "app")  # the folders, before the history goes in
    write_history(folder / "app")
    started = time.monotonic()
    app = start_app(desk, folder / "app", [], {"schema": 2})
    try:
        app.log.wait(r"started;", 30)
        _sleep_until(started + PEAK_AFTER_S)
        peak_app = procfs.memory_kib(app.pid, "VmHWM") / MIB
        peak_bare = procfs.memory_kib(bare.pid, "VmHWM") / MIB
        if app.proc.poll() is not None:
            raise RuntimeError(f"{app.proc.args} exited with {app.proc.returncode}")
    finally:
        app.stop()
        bare.stop()
    return [
        Row(
            f"2. peak resident, window open, a history of {HISTORY_SESSIONS} sessions (MiB)",
            peak_app,
            peak_bare,
            digits=1,
            detail="information: the same window for a returning user",
        )
    ]
