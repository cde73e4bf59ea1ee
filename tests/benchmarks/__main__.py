"""`.venv/bin/python -m tests.benchmarks [--quick]`, from the repository root.

Prints one table: the installed app against a bare PySide6 window, measured side by side on
this machine under Xvfb with openbox (and trayer as the tray host). A figure that misses its
target never fails the run (the machine may be shared and noisy); a crash does: the exit
status is non-zero, after the figures gathered so far are printed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest

from . import animation, audio_delay, hold, idle, launch, memory, procfs, rig, timers
from .table import Row, render

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "benchmarks"


GROUPS = ("launch", "tray", "hold")  # figures 1; 2 and 3; 4 to 6


def measure(folder: Path, quick: bool, rows: list[Row], groups: Sequence[str] = GROUPS) -> None:
    with rig.desktop(folder / "desktop") as desk:
        if "launch" in groups:
            rows += launch.measure(desk, folder / "launch", runs=5 if quick else 11)
        if "tray" in groups:
            # Memory on a second desktop, side by side with the idle run: neither reads the
            # other's figures, and no X event crosses from one X server to the other.
            with rig.desktop(folder / "desktop-2") as other, ThreadPoolExecutor(1) as pool:
                memory_rows = pool.submit(memory.measure, other, folder / "memory")
                time.sleep(2.0)  # their start-up is over before the idle app's settles
                # Long enough, even --quick, to see a 30 s timer (QPixmapCache's) fire.
                idle_rows = idle.measure(desk, folder / "idle", seconds=35 if quick else 60)
            # The same with work breaks on: a look at the desk each minute (issue 23).
            idle_rows += idle.measure(
                desk, folder / "idle-work-breaks", seconds=35 if quick else 60, work_breaks=True
            )
            history_rows = memory.with_history(desk, folder / "memory-history")
            rows += memory_rows.result() + history_rows + idle_rows
        if "hold" in groups:
            record = hold.record(desk, folder / "hold", hold.Timing.for_run(quick))
            rows += animation.measure(desk, folder / "animation", record)
            rows += timers.measure(record) + audio_delay.measure(record)


def crashes(folder: Path) -> list[str]:
    """An exception the app caught only at the top (its excepthook logs it) is a crash too."""
    found = []
    for log in folder.rglob("viparita.log"):
        lines = log.read_text().splitlines()
        found += [f"{log}: {ln}" for ln in lines if "unexpected error" in ln]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="shorter runs, for development")
    parser.add_argument(
        "--only",
        choices=GROUPS,
        action="append",
        help="measure only this group (may repeat): launch; tray (memory, idle CPU, timers); "
        "hold (animation, cue timing, sound)",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    heading = [
        f"Viparita benchmarks, {datetime.now():%Y-%m-%d %H:%M}"
        + (" (--quick: shorter runs)" if args.quick else ""),
        f"Machine: {procfs.machine()}",
        "Desktop: Xvfb 1280x800, openbox, trayer, D-Bus; sound: PulseAudio null sink",
    ]
    rows: list[Row] = []
    status = 0
    with tempfile.TemporaryDirectory(prefix="viparita-bench-") as tmp:
        try:
            measure(Path(tmp), args.quick, rows, args.only or GROUPS)
        except (Exception, pytest.fail.Exception, pytest.skip.Exception):
            # The e2e helpers fail (CI) or skip (elsewhere) when a tool is missing.
            traceback.print_exc()
            status = 1
        found = crashes(Path(tmp))
    text = render(rows, heading)
    text += f"\n\nReal time: {time.monotonic() - started:.0f} s"
    if found:
        text += "\n\nThe app logged unhandled exceptions:\n" + "\n".join(found)
        status = 1
    print(text)
    if not args.only:  # the README's table is a whole run's
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "table.txt").write_text(text + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
