"""One real session of the installed app, recorded once and checked by many tests.

The seated pause cannot be shortened, so every end-to-end check that needs a whole
session shares this one run (about 2.5 minutes of real time).
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .desktop import Desktop, desktop_session, installed_app, wait_for

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"
SETTLE_S = 5.0
HOLD_ARG = "10s"
LINE = re.compile(r"^\S+ \S+ (?P<level>\w+) (?P<logger>[\w.]+): (?P<msg>.*)$")


@dataclass
class Recording:
    desktop: Desktop
    log_lines: list[str] = field(default_factory=list)
    shots: dict[str, Path] = field(default_factory=dict)
    frames: list[tuple[float, Path]] = field(default_factory=list)
    exit_code: int | None = None
    prefs_after: dict = field(default_factory=dict)
    stderr: str = ""

    def messages(self) -> list[str]:
        return [m["msg"] for line in self.log_lines if (m := LINE.match(line))]

    def stage_clocks(self) -> dict[str, float]:
        out = {}
        for msg in self.messages():
            if m := re.match(r"stage (\w+) clock=([\d.]+)", msg):
                out[m[1]] = float(m[2])
        return out

    def cues(self) -> list[tuple[str, float, float]]:
        return [
            (m[1], float(m[2]), float(m[3]))
            for msg in self.messages()
            if (m := re.match(r"cue (\w+) due=([\d.]+) fired=([\d.]+)", msg))
        ]


class LogWatcher:
    def __init__(self, path: Path):
        self.path = path

    def lines(self) -> list[str]:
        return self.path.read_text().splitlines() if self.path.exists() else []

    def wait(self, pattern: str, timeout: float) -> str:
        regex = re.compile(pattern)
        return wait_for(
            lambda: next((ln for ln in self.lines() if regex.search(ln)), ""),
            timeout,
            f"log line /{pattern}/",
        )

    def count(self, pattern: str) -> int:
        regex = re.compile(pattern)
        return sum(1 for ln in self.lines() if regex.search(ln))


@pytest.fixture(scope="session")
def desktop(tmp_path_factory):
    with desktop_session(tmp_path_factory.mktemp("desktop")) as desk:
        yield desk


@pytest.fixture(scope="session")
def recorded_session(desktop, tmp_path_factory) -> Recording:
    exe = installed_app()
    home = tmp_path_factory.mktemp("home")
    env = dict(desktop.env)
    for name in ("config", "data", "state", "cache"):
        (home / name).mkdir()
        env[f"XDG_{name.upper()}_HOME"] = str(home / name)
    prefs = home / "config" / "viparita" / "preferences.json"
    prefs.parent.mkdir(parents=True)
    # Screened already, with a short settling time; the pause stays at its 30 s minimum.
    prefs.write_text(
        json.dumps(
            {"schema": 1, "screening": "cleared", "screening_version": 1, "settle_s": SETTLE_S}
        )
    )
    log = LogWatcher(home / "state" / "viparita" / "log" / "viparita.log")
    shots = ARTIFACTS
    shots.mkdir(parents=True, exist_ok=True)
    for old in shots.glob("*.png"):
        old.unlink()
    rec = Recording(desktop)
    proc = subprocess.Popen([exe, "--start", HOLD_ARG], env=env, stderr=subprocess.PIPE, text=True)
    try:
        window = desktop.find_window("Viparita")
        log.wait(r"entry step 1 of", 30)
        rec.shots["entry-1"] = desktop.screenshot(shots / "entry-1.png", window)
        for n in range(2, 7):
            desktop.key("Right")
            log.wait(rf"entry step {n} of", 10)
            rec.shots[f"entry-{n}"] = desktop.screenshot(shots / f"entry-{n}.png", window)
        desktop.key("Return")  # Begin: from here on, no input at all
        log.wait(r"stage settling", 10)
        rec.shots["settling"] = desktop.screenshot(shots / "settling.png", window)
        log.wait(r"stage hold", SETTLE_S + 10)
        start = time.monotonic()
        index = 0
        while log.count(r"stage exit") == 0 and time.monotonic() - start < 30:
            path = shots / f"hold-frame-{index:02d}.png"
            rec.frames.append((time.monotonic() - start, desktop.screenshot(path, window)))
            index += 1
        rec.shots["hold"] = rec.frames[len(rec.frames) // 3][1]
        for n in range(1, 5):
            log.wait(rf"exit step {n} of", 60)
            rec.shots[f"exit-{n}"] = desktop.screenshot(shots / f"exit-{n}.png", window)
        log.wait(r"stage seated_pause", 60)
        rec.shots["seated-pause"] = desktop.screenshot(shots / "seated-pause.png", window)
        log.wait(r"stage done", 45)
        rec.shots["done"] = desktop.screenshot(shots / "done.png", window)
        desktop.key("ctrl+q")
        rec.exit_code = proc.wait(20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        rec.stderr = proc.stderr.read() if proc.stderr else ""
        rec.log_lines = log.lines()
        (shots / "viparita.log").write_text("\n".join(rec.log_lines))
    rec.prefs_after = json.loads(prefs.read_text())
    return rec
