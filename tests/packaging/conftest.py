"""Packaging checks: the files desktops read, the wheel, and the PyInstaller bundle."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"


def need_tool(name: str, package: str) -> str:
    """The tool's path; without it the test fails under CI=true and is skipped elsewhere."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is missing (Debian package {package}; packaging/bootstrap.sh test)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def read_desktop(path: Path) -> configparser.ConfigParser:
    entry = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    return entry


def user_dirs(root: Path) -> dict[str, str]:
    """A launch that touches nothing of the person running the tests."""
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        (root / name.lower()).mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(root / name.lower())
    runtime = root / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def smoke_launch(command: list[str], root: Path) -> float:
    """Launch offscreen with --quit-after-first-paint; the seconds from launch to the first
    paint (both sides read CLOCK_MONOTONIC). Fails on a crash or on errors in the log."""
    env = user_dirs(root)
    env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic()
    out = subprocess.run(
        [*command, "--quit-after-first-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    painted = [ln for ln in out.stdout.splitlines() if ln.startswith("first paint at ")]
    assert painted, out.stdout + out.stderr
    log = (root / "state" / "viparita" / "log" / "viparita.log").read_text()
    assert " ERROR " not in log and "Traceback" not in log, log
    assert "viparita exits with 0" in log
    return float(painted[0].rsplit(" ", 1)[1]) - started


def log_of_a_german_launch(command: list[str], root: Path) -> str:
    """The log of a smoke launch in German, with a schema the preferences warn about. "no
    translation" in it: the compiled catalogues are not where the app looks."""
    prefs = root / "config" / "viparita" / "preferences.json"
    prefs.parent.mkdir(parents=True)
    prefs.write_text(json.dumps({"schema": "two", "language": "de"}))
    smoke_launch(command, root)
    return (root / "state" / "viparita" / "log" / "viparita.log").read_text()


def build_wheel(out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        timeout=600,
    )
    (wheel,) = out.glob("viparita-*.whl")
    return wheel


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this tree, once for every test that reads or installs it."""
    return build_wheel(tmp_path_factory.mktemp("dist"))
