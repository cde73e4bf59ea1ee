"""Real sessions of the installed app, recorded once and checked by many tests.

The seated pause cannot be shortened, so every check that needs a whole session shares one
of a few runs, and the runs go side by side (each in its own X server) rather than one after
another: about 2.5 minutes of real time in all.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.core.durations import parse_duration
from app.core.preferences import SCREENING_VERSION

from ..platform.logind import FAKE_LOGIND, SYSTEM_PYTHON, need_bus_tools
from .audio_rig import PulseRig, alsa_config, captured_files, file_capture_config
from .desktop import Desktop, desktop_session, installed_app, wait_for, wait_gone
from .reminder_driver import (
    drive_full_screen_reminder,
    drive_reminder,
    due_bedtime_reminder,
    full_screen_window,
)
from .routine_driver import ROUTINE_ID, drive_routine, short_routine
from .screen_reader import need_screen_reader, read_accessibility_tree
from .tray_driver import drive_tray, start_tray_host

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"
LINE = re.compile(r"^\S+ \S+ (?P<level>\w+) (?P<logger>[\w.]+): (?P<msg>.*)$")


@dataclass(frozen=True)
class Plan:
    name: str
    hold: str = "10s"
    settle_s: float = 5.0
    volume: float = 100.0
    cues: tuple[tuple[str, bool], ...] = ()
    audio: str = "file"  # file | pulse | no-device | bad-device | no-simpleaudio
    frames: bool = False  # capture the breathing circle through the hold
    every_screen: bool = False
    kill_helper_at: str = ""  # a log pattern after which the sound helper is killed
    bedtime: bool = False  # the bedtime profile, from a schema-2 file; a shot of each stage
    tray: bool = False  # `viparita --tray` with trayer as the tray host, driven from its menu
    reminder: bool = False  # a bedtime reminder due at start, no tray: the reminder window
    full_screen: bool = False  # a real window full screen and focused before the app starts
    routine: bool = False  # a short routine of one's own, thread the needle, left alone
    screen_reader: bool = False  # the AT-SPI tree read at the hold and in the seated pause

    def arguments(self) -> list[str]:
        if self.reminder:
            return ["--tray"] if self.tray else []
        return ["--tray"] if self.tray else ["--start", self.hold]

    def preferences(self) -> dict[str, Any]:
        """The file the run starts from: schema 1 as the first version wrote it, or, for
        bedtime, schema 2 with the built-in bedtime profile made quieter."""
        screened = {"screening": "cleared", "screening_version": SCREENING_VERSION}
        if self.reminder:
            return {"schema": 2, **screened, "reminders": due_bedtime_reminder()}
        if self.routine:
            return {
                "schema": 2,
                **screened,
                "practised": False,
                "routines": [short_routine()],
                "routine": ROUTINE_ID,
                # The wall's card lasts the profile's settling, as a single session's does.
                "profiles": [{"id": "work", "settle_s": self.settle_s}],
                "variation": "thread_needle",
            }
        if self.tray:
            # A work break of this plan's hold was the last session: Repeat last offers it.
            hold = parse_duration(self.hold)
            work = {"id": "work", "hold_s": hold, "settle_s": self.settle_s, "last_hold_s": hold}
            return {
                "schema": 2,
                **screened,
                "practised": False,
                "last_profile": "work",
                "profiles": [work],
            }
        if not self.bedtime:
            return {
                "schema": 1,
                **screened,
                "settle_s": self.settle_s,
                "volume": self.volume,
                "cues": dict(self.cues),
            }
        profile = {
            "id": "bedtime",
            "settle_s": self.settle_s,
            "volume": self.volume,
            "cues": dict(self.cues),
        }
        return {"schema": 2, **screened, "active_profile": "bedtime", "profiles": [profile]}


PLANS = {
    p.name: p
    for p in (
        # The main run: every screen, the breathing circle, chimes to files and, through
        # PulseAudio, in real time.
        Plan("main", frames=True, every_screen=True, audio="pulse"),
        # Bedtime wind-down with its 4/8 breath: the same chimes at 25 % volume, with every
        # optional cue on, for a 20 s hold; a screenshot of each stage, to check none is bright;
        # and what a screen reader finds at the hold and in the seated pause.
        Plan(
            "quiet",
            hold="20s",
            settle_s=3,
            volume=25,
            cues=(("halfway", True), ("breath_tones", True), ("interval", True)),
            bedtime=True,
            screen_reader=True,
        ),
        # From the tray: started with --tray, a session begun from its menu and put away in
        # it, the window shown at the hold's end without the focus, Quit in the seated pause.
        Plan("tray", hold="20s", settle_s=0, tray=True),
        # A bedtime reminder already due at start, and no tray: the reminder window.
        Plan("reminder", reminder=True),
        # The same reminder held back by a real full-screen window (wmctrl), the app in the
        # tray so the window keeps the focus; offered once the window leaves full screen.
        Plan("reminder-full-screen", reminder=True, tray=True, full_screen=True),
        # A routine of one's own, the pose in the thread-the-needle variation: the cards, the
        # side switch and the next-pose chimes, with no input after Begin.
        Plan("routine", hold="30s", routine=True),
        Plan("no-device", settle_s=0, audio="no-device"),
        Plan("bad-device", settle_s=0, audio="bad-device"),
        Plan("no-simpleaudio", settle_s=0, audio="no-simpleaudio"),
        Plan("helper-killed", settle_s=0, kill_helper_at=r"chime hold_start"),
    )
}


@dataclass
class Recording:
    plan: Plan
    folder: Path
    log_lines: list[str] = field(default_factory=list)
    shots: dict[str, Path] = field(default_factory=dict)
    frames: list[tuple[float, Path]] = field(default_factory=list)
    exit_code: int | None = None
    prefs_after: dict = field(default_factory=dict)
    prefs_mode: int = 0
    stderr: str = ""
    audio_files: list[Path] = field(default_factory=list)
    pulse_samples: object = None  # array of the real-time recording, for "main"
    minimised_from: float = 0.0  # app clock when the window was minimised ("main")
    minimised_until: float = 0.0
    facts: dict[str, Any] = field(default_factory=dict)  # what the tray run saw of X
    logind: list[dict] = field(default_factory=list)  # the stand-in logind's events

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
    """The app's log, read as it grows (only the new part each time)."""

    def __init__(self, path: Path):
        self.path = path
        self.app: subprocess.Popen | None = None
        self._lines: list[str] = []
        self._offset = 0
        self._partial = b""

    def lines(self) -> list[str]:
        if self.path.exists():
            with open(self.path, "rb") as log:
                log.seek(self._offset)
                chunk = log.read()
            self._offset += len(chunk)
            *complete, self._partial = (self._partial + chunk).split(b"\n")
            self._lines += [ln.decode(errors="replace") for ln in complete]
        return self._lines

    def wait(self, pattern: str, timeout: float) -> str:
        regex = re.compile(pattern)
        assert self.app is not None
        return wait_for(
            lambda: next((ln for ln in self.lines() if regex.search(ln)), ""),
            timeout,
            f"log line /{pattern}/ in {self.path}",
            self.app,
        )

    def count(self, pattern: str) -> int:
        regex = re.compile(pattern)
        return sum(1 for ln in self.lines() if regex.search(ln))


def _audio_env(plan: Plan, folder: Path, env: dict[str, str], pulse: PulseRig | None) -> None:
    sound = folder / "sound"
    sound.mkdir()
    if plan.audio in ("file", "pulse"):
        slave = pulse.alsa_slave() if pulse else "{ type null }"
        body = file_capture_config(sound, slave)
    elif plan.audio == "bad-device":
        body = "pcm.!default { type hw card 9 device 0 }\n"  # no such sound card
    else:
        body = "# no pcm defined: there is no audio device at all\n"
    env["ALSA_CONFIG_PATH"] = str(alsa_config(folder / "asound.conf", body))
    if plan.audio == "no-simpleaudio":
        shadow = folder / "shadow"
        shadow.mkdir()
        # What a broken or missing installation looks like to the import system.
        (shadow / "simpleaudio.py").write_text("raise ImportError('No module named simpleaudio')\n")
        env["PYTHONPATH"] = str(shadow)


def record(plan: Plan, root: Path) -> Recording:
    folder = root / plan.name
    folder.mkdir(parents=True)
    shots = ARTIFACTS / plan.name
    shots.mkdir(parents=True, exist_ok=True)
    for old in shots.glob("*.png"):
        old.unlink()
    rec = Recording(plan, folder)
    with desktop_session(folder) as desktop, _pulse(plan, folder, desktop) as pulse:
        env = dict(pulse.env if pulse else desktop.env)
        for name in ("config", "data", "state", "cache"):
            (folder / name).mkdir()
            env[f"XDG_{name.upper()}_HOME"] = str(folder / name)
        _audio_env(plan, folder, env, pulse)
        if plan.screen_reader:
            # As with a screen reader running: Qt registers on the AT-SPI bus, which the
            # session bus starts on demand (at-spi2-core's org.a11y.Bus).
            env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        # The desktop's bus doubles as the system bus, with a stand-in logind on it that
        # records the app's requests to hold off sleep (one JSON line each).
        env["DBUS_SYSTEM_BUS_ADDRESS"] = env["DBUS_SESSION_BUS_ADDRESS"]
        logind_log = folder / "logind.jsonl"
        logind = desktop.spawn(SYSTEM_PYTHON, str(FAKE_LOGIND), log=logind_log, env=env)
        wait_for(lambda: "ready" in _read(logind_log), 20, "the stand-in logind", logind)
        prefs = folder / "config" / "viparita" / "preferences.json"
        prefs.parent.mkdir(parents=True)
        prefs.write_text(json.dumps(plan.preferences()))
        log = LogWatcher(folder / "state" / "viparita" / "log" / "viparita.log")
        if plan.tray:
            start_tray_host(desktop)
        # The desktop ends the full-screen window with the rest.
        wid = full_screen_window(desktop, folder)[1] if plan.full_screen else ""
        proc = subprocess.Popen(
            [installed_app(), *plan.arguments()], env=env, stderr=subprocess.PIPE, text=True
        )
        log.app = desktop.watch = proc
        try:
            if plan.full_screen:
                drive_full_screen_reminder(desktop, log, proc, rec, wid)
            elif plan.tray:
                drive_tray(desktop, log, proc, rec, shots)
            elif plan.reminder:
                drive_reminder(desktop, log, proc, rec, shots)
            elif plan.routine:
                drive_routine(desktop, log, proc, rec, shots)
            else:
                _drive(plan, desktop, log, proc, rec, shots)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            rec.stderr = proc.stderr.read() if proc.stderr else ""
            rec.log_lines = log.lines()
            (shots / "viparita.log").write_text("\n".join(rec.log_lines))
            (shots / "stderr.txt").write_text(rec.stderr)
        rec.prefs_after = json.loads(prefs.read_text())
        rec.prefs_mode = prefs.stat().st_mode
        rec.audio_files = captured_files(folder / "sound")
        rec.logind = [json.loads(line) for line in _read(logind_log).splitlines()]
    if pulse:  # read once parec has stopped and written its last buffer
        rec.pulse_samples = pulse.samples()
    return rec


def _read(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def _pulse(plan: Plan, folder: Path, desktop: Desktop):
    import contextlib

    if plan.audio != "pulse":
        return contextlib.nullcontext(None)
    (folder / "pulse").mkdir()
    return PulseRig(folder / "pulse", desktop.env)


def _drive(
    plan: Plan,
    desktop: Desktop,
    log: LogWatcher,
    proc: subprocess.Popen,
    rec: Recording,
    shots: Path,
) -> None:
    def shot(name: str, after: str = "") -> None:
        """`after`: the shot of the still page this one replaces. (Not after a page with a
        countdown or the breath: a late capture of that differs from its shot anyway.)"""
        path = shots / f"{name}.png"
        before = rec.shots.get(after)
        rec.shots[name] = (
            desktop.screenshot_changed(path, window, before)
            if before
            else desktop.screenshot(path, window)
        )

    window = desktop.find_window("Viparita")
    # What the desktop reads to match the window with its launcher and icon.
    rec.facts["xprop"] = desktop.run(
        "xprop", "-id", window, "WM_CLASS", "_GTK_APPLICATION_ID", "_KDE_NET_WM_DESKTOP_FILE"
    )
    icon = desktop.run("xprop", "-id", window, "_NET_WM_ICON") or ""
    rec.facts["icon_sizes"] = re.findall(r"Icon \((\d+) x (\d+)\)", icon)
    log.wait(r"entry step 1 of", 30)
    if plan.every_screen:
        shot("entry-1")
    for n in range(2, 7):
        desktop.key("Right")
        log.wait(rf"entry step {n} of", 10)
        if plan.every_screen:
            shot(f"entry-{n}", after=f"entry-{n - 1}")
    desktop.key("Return")  # Begin: from here on, no input at all
    log.wait(r"stage (settling|hold)", 10)
    if plan.every_screen or plan.bedtime:
        shot("settling", after="entry-6")
    log.wait(r"stage hold", plan.settle_s + 10)
    if plan.bedtime:
        log.wait(r"page hold", 5)
        shot("hold")
    if plan.screen_reader:
        rec.facts["screen reader at the hold"] = read_accessibility_tree(desktop)
    if plan.frames:
        start = time.monotonic()
        index = 0
        # Frames from the hold only: stop a little before its end, not after the next page.
        hold_s = parse_duration(plan.hold)
        while time.monotonic() - start < hold_s - 0.5:
            path = shots / f"hold-frame-{index:02d}.png"
            rec.frames.append((time.monotonic() - start, desktop.screenshot(path, window)))
            index += 1
        rec.shots["hold"] = rec.frames[len(rec.frames) // 3][1]
    if plan.kill_helper_at:
        log.wait(plan.kill_helper_at, 30)
        helper = _helpers(proc)
        assert helper, "the sound helper was not running"
        for pid in helper:
            os.kill(pid, signal.SIGKILL)
    if plan.audio in ("no-device", "bad-device", "no-simpleaudio") or plan.kill_helper_at:
        log.wait(r"sound off: ", 30)
        log.wait(r"page hold", 5)
        shot("sound-off")
    for n in range(1, 5):
        log.wait(rf"exit step {n} of", 90)
        if (plan.every_screen and n < 4) or (plan.bedtime and n == 1):
            shot(f"exit-{n}")
        if plan.every_screen and n == 3:
            # Minimised from here to the seated pause: the chimes must stay on time.
            desktop.run("xdotool", "windowminimize", "--sync", window)
            rec.minimised_from = _clock_now(log)
    log.wait(r"stage seated_pause", 60)
    if plan.every_screen:
        rec.minimised_until = _clock_now(log)
        if plan.audio == "pulse":
            # The window's restore and its capture wait until the pause's chime is with the
            # device: on two busy cores they once put its onset 186 ms late in the recording.
            log.wait(r"chime pause_start", 10)
        desktop.run("xdotool", "windowactivate", window)
        desktop.wait_viewable(window)
        log.wait(r"page closing", 5)
        shot("seated-pause")
    elif plan.bedtime:
        log.wait(r"page closing", 5)
        shot("seated-pause")
    if plan.screen_reader:
        rec.facts["screen reader in the seated pause"] = read_accessibility_tree(desktop)
    log.wait(r"stage done", 45)
    shot("done")
    helpers = _helpers(proc)
    desktop.key("ctrl+q")
    rec.exit_code = proc.wait(30)
    # The helper lets the last chime ring out after the window has gone; the capture file
    # is complete only when it has exited.
    wait_gone(helpers, 20, "the sound helper to finish")


def _clock_now(log: LogWatcher) -> float:
    """The app's clock at the most recent stage or cue line, for ordering events."""
    last = [float(m[1]) for ln in log.lines() if (m := re.search(r"(?:clock|fired)=([\d.]+)", ln))]
    return last[-1] if last else 0.0


def _helpers(proc: subprocess.Popen) -> list[int]:
    # The installed app runs its helper under its installed name (app.audio.helper is the
    # source tree's).
    out = subprocess.run(
        ["pgrep", "-P", str(proc.pid), "-f", r"viparita\.audio\.helper"],
        capture_output=True,
        text=True,
    )
    return [int(pid) for pid in out.stdout.split()]


@pytest.fixture(scope="session")
def recordings(tmp_path_factory) -> dict[str, Future]:
    installed_app()  # fail (CI) or skip before starting anything
    need_bus_tools()
    need_screen_reader()
    root = tmp_path_factory.mktemp("sessions")
    pool = ThreadPoolExecutor(max_workers=len(PLANS))
    futures = {name: pool.submit(record, plan, root) for name, plan in PLANS.items()}
    yield futures
    pool.shutdown(wait=True)


@pytest.fixture(scope="session")
def recorded_session(recordings) -> Recording:
    return recordings["main"].result()


@pytest.fixture(scope="session")
def quiet_session(recordings) -> Recording:
    return recordings["quiet"].result()


@pytest.fixture(scope="session")
def tray_session(recordings) -> Recording:
    return recordings["tray"].result()


@pytest.fixture(scope="session")
def reminder_session(recordings) -> Recording:
    return recordings["reminder"].result()


@pytest.fixture(scope="session")
def full_screen_reminder_session(recordings) -> Recording:
    return recordings["reminder-full-screen"].result()


@pytest.fixture(scope="session")
def routine_session(recordings) -> Recording:
    return recordings["routine"].result()
