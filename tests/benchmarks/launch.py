"""1. Launch to first painted window: the app on its start screen against a bare QLabel.

Both print the moment of their first paint on CLOCK_MONOTONIC and quit; the runs alternate,
each side going first in every other round, after one unrecorded warm-up of each. Each app
launch is the usual one: after a quit, with no other Viparita running."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import statistics
import subprocess
import time
from pathlib import Path

from tests.e2e.desktop import Desktop

from .rig import BARE, PYTHON, VIPARITA, user_env, wait_group_gone, write_preferences
from .table import Row


def as_after_a_quit(env: dict[str, str]) -> None:
    """The single-instance socket that the kill below leaves behind, removed as a quit
    removes it: otherwise every launch would be one after a crash, asking a dead socket."""
    for sock in Path(env["XDG_RUNTIME_DIR"]).rglob("*.sock"):
        sock.unlink(missing_ok=True)


def first_paint(command: list[str], env: dict[str, str], folder: Path) -> float:
    """Seconds from the launch to the first paint. The process is ended there, with its
    children (the app's sound helper must not run into the next launch): with a tray, the
    app's --quit-after-first-paint does not quit, as Qt 6's QApplication.quit() first asks
    the window to close, and closing puts it in the tray. The app is built to survive being
    killed at any moment (tests/history)."""
    started = time.monotonic()
    proc = subprocess.Popen(
        command,
        env=env,
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 120)
        line = proc.stdout.readline() if ready else ""
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        wait_group_gone(proc.pid)
    if not line.startswith("first paint at "):
        raise RuntimeError(f"{command} exited ({proc.returncode}) without its first paint")
    return float(line.rsplit(" ", 1)[1]) - started


def measure(desk: Desktop, folder: Path, runs: int) -> list[Row]:
    app_env = user_env(desk, folder / "app")
    write_preferences(folder / "app", {"schema": 2})
    bare_env = user_env(desk, folder / "bare")
    sides = {
        "app": ([VIPARITA, "--quit-after-first-paint"], app_env, folder / "app"),
        "bare": ([PYTHON, str(BARE), "first-paint"], bare_env, folder / "bare"),
    }
    times: dict[str, list[float]] = {"app": [], "bare": []}
    for name in sides:
        first_paint(*sides[name])  # warm-up: the disk cache, Qt's font cache
    for round_ in range(runs):
        order = ["app", "bare"] if round_ % 2 == 0 else ["bare", "app"]
        for name in order:
            if name == "app":
                as_after_a_quit(app_env)
            times[name].append(first_paint(*sides[name]))
    app, bare = (statistics.median(times[k]) for k in ("app", "bare"))
    detail = "; ".join(f"{k}: " + " ".join(f"{t:.3f}" for t in v) for k, v in times.items())
    return [
        Row(
            f"1. launch to first paint, median of {runs} (s)",
            app,
            bare,
            ratio_max=1.3,
            detail=f"each run (s): {detail}",
        )
    ]
