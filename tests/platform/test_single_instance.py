"""One instance per user, with real processes: a second launch hands over and exits 0,
what prints is answered locally, and a socket left by a crash is taken over."""

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app import __version__
from app.core.prefs import SCREENING_CLEARED, SCREENING_VERSION, Preferences, save
from app.platform.single_instance import Command

LAUNCH_TIMEOUT_S = 30


@pytest.fixture
def env(xdg_dirs, monkeypatch) -> dict[str, str]:
    # A short runtime dir: a Unix socket path must stay under 108 bytes.
    runtime = Path(tempfile.mkdtemp(prefix="vp-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    prefs = xdg_dirs["config"] / "viparita" / "preferences.json"
    save(prefs, Preferences(screening=SCREENING_CLEARED, screening_version=SCREENING_VERSION))
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def log_path(env: dict[str, str]) -> Path:
    return Path(env["XDG_STATE_HOME"]) / "viparita" / "log" / "viparita.log"


def read_log(env: dict[str, str]) -> str:
    return log_path(env).read_text() if log_path(env).exists() else ""


def wait_for_log(qtbot, env: dict[str, str], text: str, proc: subprocess.Popen) -> str:
    """Until `text` is in the app's log; stops at once if the app has died."""
    qtbot.waitUntil(
        lambda: text in read_log(env) or proc.poll() is not None, timeout=LAUNCH_TIMEOUT_S * 1000
    )
    assert proc.poll() is None, f"the app exited with {proc.returncode} before {text!r}"
    return read_log(env)


def launch(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args], env=env, stdout=subprocess.PIPE, text=True
    )


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=LAUNCH_TIMEOUT_S,
    )


def stop(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGTERM)
    return proc.wait(LAUNCH_TIMEOUT_S)


def test_a_second_launch_hands_over_and_exits_0(qtbot, env):
    first = launch(env)
    try:
        wait_for_log(qtbot, env, "started;", first)
        second = run(env, "--start", "7m", "--profile", "bedtime wind-down")
        assert second.returncode == 0, second.stderr
        expected = Command(start_s=420.0, profile="bedtime")
        log = wait_for_log(qtbot, env, f"command from a second launch: {expected}", first)
        assert "handed it" in log  # the second launch logged its hand-over, and left
        wait_for_log(qtbot, env, "page entry", first)
        # What prints is answered by the new process, and never reaches the running one.
        version = run(env, "--version")
        assert (version.returncode, version.stdout.strip()) == (0, f"viparita {__version__}")
        bad = run(env, "--profile", "Sunday")
        assert bad.returncode == 2 and "--profile" in bad.stderr and "Sunday" in bad.stderr
        assert log_path(env).read_text().count("command from a second launch") == 1
        tray = run(env, "--tray")  # a window command: handed over too
        assert tray.returncode == 0, tray.stderr
        wait_for_log(qtbot, env, f"command from a second launch: {Command(tray_only=True)}", first)
        prefs = json.loads(
            (Path(env["XDG_CONFIG_HOME"]) / "viparita" / "preferences.json").read_text()
        )
        assert prefs["active_profile"] == "bedtime"
    finally:
        assert stop(first) == 0


def test_a_socket_left_by_a_crash_is_taken_over(qtbot, env):
    crashed = launch(env)
    wait_for_log(qtbot, env, "started;", crashed)
    crashed.kill()  # SIGKILL: the socket file stays behind
    crashed.wait()
    sockets = list(Path(env["XDG_RUNTIME_DIR"]).glob("viparita/instance.sock"))
    assert sockets, "the crashed instance left no socket to recover from"
    log_path(env).unlink()
    again = launch(env)
    try:
        wait_for_log(qtbot, env, "left from a previous run; taking it over", again)
        wait_for_log(qtbot, env, "started;", again)
        handed = run(env, "--start", "90s")
        assert handed.returncode == 0, handed.stderr
        wait_for_log(qtbot, env, "command from a second launch", again)
    finally:
        assert stop(again) == 0


def test_tray_only_without_a_tray_opens_the_window(qtbot, env):
    """Offscreen there is no system tray: --tray must not leave the app with nothing shown."""
    first = launch(env, "--tray")
    try:
        log = wait_for_log(qtbot, env, "started;", first)
        wait_for_log(qtbot, env, "no system tray to start in; opening the window", first)
        assert "started in the tray" not in log
    finally:
        assert stop(first) == 0


@pytest.mark.parametrize(
    "line", [b"", b"\xff\n", b"[1]\n", b'{"start_s": "soon"}\n', b'{"tray_only": 1}\n']
)
def test_a_garbled_hand_over_is_harmless(line):
    command = Command.from_line(line)
    assert command is None or command == Command()
