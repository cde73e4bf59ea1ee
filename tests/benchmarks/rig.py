"""The desktop the benchmarks run on, and the processes they start on it.

The desktop is the end-to-end tests' own (tests/e2e/desktop.py): Xvfb on a display number it
picks itself, openbox, a D-Bus session bus that doubles as the system bus with the stand-in
logind on it, and trayer as the tray host.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.preferences import SCREENING_VERSION
from tests.e2e.conftest import LogWatcher
from tests.e2e.desktop import Desktop, desktop_session, wait_for
from tests.e2e.tray_driver import start_tray_host
from tests.platform.logind import FAKE_LOGIND, SYSTEM_PYTHON

HERE = Path(__file__).resolve().parent
PROBE = HERE / "probe.py"
BARE = HERE / "bare.py"
PYTHON = sys.executable  # the venv's, where the app is installed
VIPARITA = str(Path(PYTHON).parent / "viparita")
SCREENED = {"screening": "cleared", "screening_version": SCREENING_VERSION}
NULL_SOUND = "pcm.!default { type null }\n"  # a device that takes every sound and drops it


@contextlib.contextmanager
def desktop(folder: Path) -> Iterator[Desktop]:
    folder.mkdir(parents=True, exist_ok=True)
    with desktop_session(folder) as desk:
        desk.env["DBUS_SYSTEM_BUS_ADDRESS"] = desk.env["DBUS_SESSION_BUS_ADDRESS"]
        logind_log = folder / "logind.jsonl"
        logind = desk.spawn(SYSTEM_PYTHON, str(FAKE_LOGIND), log=logind_log, env=desk.env)
        wait_for(lambda: "ready" in _text(logind_log), 20, "the stand-in logind", logind)
        start_tray_host(desk)
        yield desk


def _text(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def user_env(desk: Desktop, folder: Path, sound: str = NULL_SOUND) -> dict[str, str]:
    """Folders of its own for one process: preferences, log, and the single-instance
    socket (in the runtime folder), so that several apps can run on one desktop."""
    env = dict(desk.env)
    env.pop("PYTHONPATH", None)  # the app must be the installed package, not this checkout
    for name in ("config", "data", "state", "cache", "runtime"):
        (folder / name).mkdir(parents=True, exist_ok=True, mode=0o700)
        env["XDG_RUNTIME_DIR" if name == "runtime" else f"XDG_{name.upper()}_HOME"] = str(
            folder / name
        )
    (folder / "asound.conf").write_text(sound)
    env["ALSA_CONFIG_PATH"] = str(folder / "asound.conf")
    return env


def write_preferences(folder: Path, prefs: dict[str, Any]) -> None:
    path = folder / "config" / "viparita" / "preferences.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({**SCREENED, **prefs}))


@dataclass
class Run:
    """A process on the desktop, in a process group of its own with its children (the app's
    sound helper), so that stopping it leaves nothing behind."""

    proc: subprocess.Popen
    folder: Path
    log: LogWatcher
    probe_fd: int | None = None
    reports: list[Path] = field(default_factory=list)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def tell(self, **order: Any) -> None:
        assert self.probe_fd is not None, "started without a probe"
        os.write(self.probe_fd, (json.dumps(order) + "\n").encode())

    def report(self) -> dict[str, Any]:
        path = self.folder / f"probe-{len(self.reports)}.json"
        self.reports.append(path)
        self.tell(do="report", to=str(path))
        wait_for(path.exists, 20, f"the probe's report {path}", self.proc)
        return json.loads(path.read_text())

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        wait_group_gone(self.proc.pid)
        if self.probe_fd is not None:
            os.close(self.probe_fd)
            self.probe_fd = None


def wait_group_gone(pgid: int, timeout: float = 20) -> None:
    """Until every process of a group has exited: the app's helper outlives it briefly."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    raise AssertionError(f"process group {pgid} still running after {timeout:.0f}s")


def start(command: list[str], env: dict[str, str], folder: Path, probe: bool = False) -> Run:
    folder.mkdir(parents=True, exist_ok=True)
    read_fd = write_fd = None
    if probe:
        read_fd, write_fd = os.pipe()
        env = {**env, "BENCH_PROBE_FD": str(read_fd)}
    with open(folder / "output.txt", "ab") as out:
        proc = subprocess.Popen(
            command,
            env=env,
            cwd=folder,
            stdout=out,
            stderr=out,
            pass_fds=(read_fd,) if read_fd is not None else (),
            start_new_session=True,
        )
    if read_fd is not None:
        os.close(read_fd)
    log = LogWatcher(folder / "state" / "viparita" / "log" / "viparita.log")
    log.app = proc
    return Run(proc, folder, log, write_fd)


def start_app(
    desk: Desktop,
    folder: Path,
    args: list[str],
    prefs: dict[str, Any],
    probe: bool = False,
    sound: str = NULL_SOUND,
) -> Run:
    env = user_env(desk, folder, sound)
    write_preferences(folder, prefs)
    command = [PYTHON, str(PROBE), *args] if probe else [VIPARITA, *args]
    run = start(command, env, folder, probe)
    desk.watch = run.proc
    return run


def start_bare(desk: Desktop, folder: Path, args: list[str]) -> Run:
    env = user_env(desk, folder)
    run = start([PYTHON, str(BARE), *args], env, folder, probe=args[0] == "animate")
    desk.watch = run.proc
    return run


def boottime_offset() -> float:
    """CLOCK_BOOTTIME (the app's log clock) minus CLOCK_MONOTONIC (everyone else's)."""
    return time.clock_gettime(time.CLOCK_BOOTTIME) - time.monotonic()


def close_to_tray(desk: Desktop, window: str, proc: subprocess.Popen) -> None:
    """Close the app's window as a person does (alt+F4): the app goes on in the tray. On two
    loaded cores openbox once let the key go by (CI: the window stayed open for 10 s), so
    the window is activated and asked again, up to three times."""
    for attempt in range(3):
        desk.run("xdotool", "windowactivate", "--sync", window, check=False)
        desk.key("alt+F4")
        try:
            wait_for(lambda: not desk.visible_windows("^Viparita$"), 5, "the window away", proc)
            return
        except AssertionError:
            if attempt == 2 or proc.poll() is not None:
                raise
