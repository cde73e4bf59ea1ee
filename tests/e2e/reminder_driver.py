"""Drives the "reminder" run: a bedtime reminder already due when the app starts, with no
tray, so the small reminder window shows over the main one; answered with Skip today."""

from __future__ import annotations

import signal
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .desktop import Desktop, wait_for

if TYPE_CHECKING:
    from .conftest import LogWatcher, Recording

PROMPT_TITLE = "Time to wind down"


def due_bedtime_reminder() -> dict[str, Any]:
    """Bedtime half an hour from now with a 45-minute lead: the reminder came due a quarter
    of an hour ago, which is still worth offering before bedtime."""
    bedtime = (datetime.now() + timedelta(minutes=30)).strftime("%H:%M")
    return {"bedtime": {"on": True, "bedtime": bedtime, "lead_min": 45}}


def drive_reminder(
    desktop: Desktop, log: LogWatcher, proc: subprocess.Popen, rec: Recording, shots: Path
) -> None:
    facts = rec.facts
    window = desktop.find_window("^Viparita$", timeout=30)
    wait_for(lambda: int(desktop.active_window() or "0", 16) == int(window), 10, "focus", proc)
    log.wait(r"reminder bedtime shown in a window", 20)
    prompt = desktop.find_window(PROMPT_TITLE, timeout=10)
    desktop.wait_viewable(prompt)
    facts["window"], facts["prompt"] = hex(int(window)), hex(int(prompt))
    facts["active_with_prompt"] = desktop.active_window()
    rec.shots["prompt"] = desktop.screenshot(shots / "prompt.png", prompt)
    desktop.run("xdotool", "windowactivate", "--sync", prompt)
    desktop.key("alt+k")  # S&kip today
    log.wait(r"reminder bedtime: skipped for", 10)
    facts["prompt_after_answer"] = desktop.visible_windows(PROMPT_TITLE)
    log.wait(r"next reminder at", 5)
    proc.send_signal(signal.SIGTERM)
    rec.exit_code = proc.wait(30)
