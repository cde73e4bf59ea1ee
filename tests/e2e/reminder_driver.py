"""Drives the "reminder" run: a bedtime reminder already due when the app starts, with no
tray, so the small reminder window shows over the main one; answered with Skip today. And the
"reminder-full-screen" run: the same due reminder, the app started in the tray while a real
window is full screen and focused (wmctrl), which holds the reminder back until it leaves
full screen (issue 23)."""

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
FULL_SCREEN_TITLE = "viparita-e2e-presentation"
OFFERED = r"reminder bedtime shown as a tray notification"


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


def full_screen_window(desktop: Desktop, folder: Path) -> tuple[subprocess.Popen, str]:
    """A real window, focused and made full screen before the app starts: a presentation."""
    window = desktop.spawn(
        "xmessage", "-title", FULL_SCREEN_TITLE, "a presentation", log=folder / "xmessage.log"
    )
    wid = desktop.find_window(FULL_SCREEN_TITLE)
    desktop.run("wmctrl", "-i", "-a", wid)
    desktop.run("wmctrl", "-i", "-r", wid, "-b", "add,fullscreen")
    wait_for(lambda: int(desktop.active_window() or "0", 16) == int(wid), 10, "focus", window)
    return window, wid


def drive_full_screen_reminder(
    desktop: Desktop, log: LogWatcher, proc: subprocess.Popen, rec: Recording, wid: str
) -> None:
    facts = rec.facts
    log.wait(r"reminders: Waiting: a window is full screen", 30)
    log.wait(r"started in the tray", 20)  # the launch done, the reminder still held
    facts["offered_while_full_screen"] = log.count(OFFERED)
    facts["presentation"], facts["active_while_held"] = wid, desktop.active_window()
    desktop.run("wmctrl", "-i", "-r", wid, "-b", "remove,fullscreen")
    # Within seconds: the window's state change is told by the X server, not found at the
    # next minute's look (the wait's limit is well under that minute).
    log.wait(OFFERED, 15)
    facts["offered_after"] = log.count(OFFERED)
    proc.send_signal(signal.SIGTERM)
    rec.exit_code = proc.wait(30)
