"""What a screen reader finds: the app's AT-SPI tree, read by pyatspi in a child process."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from ..platform.logind import SYSTEM_PYTHON
from .desktop import Desktop, wait_for

READER = Path(__file__).with_name("atspi_reader.py")
NOT_YET = 3  # atspi_reader.py: the app has not registered yet


def need_screen_reader() -> None:
    """pyatspi (python3-pyatspi) for the system's Python and the AT-SPI bus (at-spi2-core)."""
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    launcher = Path("/usr/libexec/at-spi-bus-launcher")
    if probe.returncode != 0 or not launcher.exists():
        message = "needs at-spi2-core and python3-pyatspi (see README: test command)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


def read_accessibility_tree(desktop: Desktop, app: str = "Viparita") -> list[dict]:
    """Every node of `app`'s tree, in order: role, name, description, enabled, showing."""
    last: list[subprocess.CompletedProcess[str]] = []

    def read() -> list[dict] | None:
        out = subprocess.run(
            [SYSTEM_PYTHON, str(READER), app], env=desktop.env, capture_output=True, text=True
        )
        last[:] = [out]
        if out.returncode == NOT_YET:
            return None  # registers a moment after its window maps: look again
        if out.returncode != 0:
            raise AssertionError(f"the AT-SPI reader failed: {out.stderr.strip()[-2000:]}")
        return json.loads(out.stdout)

    return wait_for(read, 20, f"{app} on the AT-SPI bus", desktop.watched, interval=0.2)


def showing(nodes: list[dict], role: str | None = None) -> list[dict]:
    return [n for n in nodes if n["showing"] and (role is None or n["role"] == role)]
