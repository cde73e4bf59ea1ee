"""The screenshots script drives the real window, so it follows the app's own wiring: it must
run, and make every picture the metainfo lists."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import ROOT


def test_the_screenshots_script_makes_every_picture(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "screenshots.py"), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    names = {"entry", "hold", "exit", "seated-pause", "bedtime-hold", "history"}
    assert {p.stem for p in tmp_path.glob("*.png")} == names
