"""Where the stand-in logind lives and what it needs, for the tests that put it on a bus."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

FAKE_LOGIND = Path(__file__).with_name("fake_logind.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # python3-dbus and python3-gi are Debian's
IN_CI = os.environ.get("CI", "").lower() == "true"


def need_bus_tools() -> None:
    problems = []
    if shutil.which("dbus-daemon") is None:
        problems.append("dbus-daemon")
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import dbus, gi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        problems.append("python3-dbus and python3-gi for /usr/bin/python3")
    if problems:
        message = "needs " + ", ".join(problems) + " (see README: test command)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
