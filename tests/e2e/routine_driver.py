"""Drives the "routine" run: a short routine of the person's own (corpse pose, then legs up
the wall in the thread-the-needle variation with its seated pause), begun at the desk and then
left alone: every card, pose, side switch and the seated pause come by themselves."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .desktop import Desktop

if TYPE_CHECKING:
    from .conftest import LogWatcher, Recording

ROUTINE_ID = "routine-1"


def short_routine() -> dict[str, Any]:
    """The shortest a routine can be: 30 s per pose (the seated pause is added on load)."""
    poses = [{"pose": "corpse", "seconds": 30}, {"pose": "legs_up_wall", "seconds": 30}]
    return {"id": ROUTINE_ID, "name": "Short", "poses": poses}


def drive_routine(
    desktop: Desktop, log: LogWatcher, proc: subprocess.Popen, rec: Recording, shots: Path
) -> None:
    window = desktop.find_window("Viparita")
    log.wait(r"entry step 1 of 7", 30)  # thread the needle is set up in its own step
    for n in range(2, 8):
        desktop.key("Right")
        log.wait(rf"entry step {n} of 7", 10)
    desktop.key("Return")  # Begin: from here on, no input at all
    log.wait(r"stage transition", 10)
    log.wait(r"page pose", 5)
    rec.shots["card"] = desktop.screenshot(shots / "card.png", window)
    log.wait(r"stage pose", 40)
    rec.shots["pose"] = desktop.screenshot(shots / "pose.png", window)
    log.wait(r"cue side_switch", 90)
    log.wait(r"stage done", 240)
    rec.shots["done"] = desktop.screenshot(shots / "done.png", window)
    desktop.key("ctrl+q")
    rec.exit_code = proc.wait(30)
