"""The hold run shared by items 4, 5 and 6: `viparita --start HOLD` with breath tones on at
the default 4/6 breath, no settling, sound through ALSA's pulse plugin into a PulseAudio null
sink that parec records (tests/e2e/audio_rig.py) with a reference click every second
(timeline.py), and a probe (probe.py) recording every paint.

Through the hold: the animation is measured first (CPU over that stretch), then the window
is minimised, then put away in the tray, so that paints there can be counted; the hold ends
with the window shown again by the app itself. The keys up to Begin are the end-to-end
tests' (tests/e2e/conftest.py _drive)."""

from __future__ import annotations

import re
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.e2e.audio_rig import RATE, PulseRig
from tests.e2e.desktop import Desktop

from . import procfs
from .rig import Run, boottime_offset, close_to_tray, start_app
from .timeline import Clicker, steady_sink

CUE = re.compile(r"cue (\w+) due=([\d.]+) fired=([\d.]+)")


@dataclass(frozen=True)
class Timing:
    hold_s: int
    animate_s: float  # measured from 1 s into the hold
    away_s: float  # minimised for this long, then put away in the tray for as long

    @classmethod
    def for_run(cls, quick: bool) -> Timing:
        return cls(30, 10, 3) if quick else cls(60, 30, 6)


@dataclass
class HoldRecord:
    timing: Timing
    cues: list[tuple[str, float, float]] = field(default_factory=list)  # name, due, fired
    probe: dict[str, Any] = field(default_factory=dict)
    marks: dict[str, float] = field(default_factory=dict)  # CLOCK_MONOTONIC
    animation_cpu_ns: int = 0
    samples: array | None = None
    click_times: list[float] = field(default_factory=list)  # when each click sounded


def _wait_recording(path: Path) -> None:
    """parec takes a moment (seconds, under load) to deliver its first samples."""
    end = time.monotonic() + 30
    while not (path.exists() and path.stat().st_size > RATE):
        if time.monotonic() > end:
            raise AssertionError(f"nothing recorded in {path}")
        time.sleep(0.05)


def _prefs() -> dict[str, Any]:
    work = {"id": "work", "settle_s": 0, "cues": {"breath_tones": True}}
    return {"schema": 2, "practised": False, "active_profile": "work", "profiles": [work]}


def record(desk: Desktop, folder: Path, timing: Timing) -> HoldRecord:
    rec = HoldRecord(timing)
    (folder / "pulse").mkdir(parents=True)
    with PulseRig(folder / "pulse", desk.env) as pulse:
        sound = f"pcm.!default {pulse.alsa_slave()}\n"  # the default sink: the steady one
        steady_sink(pulse)
        _wait_recording(pulse.recording)
        clicker = Clicker(f"unix:{pulse.socket}")
        try:
            time.sleep(1.5)  # a click or two before the app starts
            run = start_app(desk, folder, ["--start", f"{timing.hold_s}s"], _prefs(), True, sound)
            try:
                _drive(desk, run, rec)
                rec.probe = run.report()
            finally:
                run.stop()
            time.sleep(1.5)  # a click or two after the last sound
        finally:
            clicker.close()
    rec.samples = pulse.samples()
    rec.click_times = clicker.heard_at
    offset = boottime_offset()
    rec.cues = [
        (m[1], float(m[2]) - offset, float(m[3]) - offset)
        for line in run.log.lines()
        if (m := CUE.search(line))
    ]
    return rec


def _drive(desk: Desktop, run: Run, rec: HoldRecord) -> None:
    timing, marks, log = rec.timing, rec.marks, run.log
    window = desk.find_window("^Viparita$")
    log.wait(r"entry step 1 of", 30)
    for n in range(2, 7):
        desk.key("Right")
        log.wait(rf"entry step {n} of", 10)
    desk.key("Return")  # Begin; no settling: the hold starts at once
    line = log.wait(r"stage hold clock=", 10)
    hold_start = float(re.search(r"clock=([\d.]+)", line)[1]) - boottime_offset()
    marks["hold_start"] = hold_start

    def at(offset_s: float) -> float:
        time.sleep(max(0.0, hold_start + offset_s - time.monotonic()))
        return time.monotonic()

    marks["animate_from"] = at(1.0)
    before = procfs.usage(run.pid, with_children=False)
    marks["animate_to"] = at(1.0 + timing.animate_s)
    rec.animation_cpu_ns = (procfs.usage(run.pid, with_children=False) - before).cpu_ns

    desk.run("xdotool", "windowminimize", "--sync", window)
    marks["minimised_from"] = time.monotonic()
    marks["minimised_to"] = at(2.0 + timing.animate_s + timing.away_s)
    desk.run("xdotool", "windowactivate", "--sync", window)
    desk.wait_viewable(window)
    time.sleep(1.0)
    close_to_tray(desk, window, run.proc)  # in the tray: the session goes on
    marks["hidden_from"] = time.monotonic()
    marks["hidden_to"] = at(4.0 + timing.animate_s + 2 * timing.away_s)
    log.wait(r"cue hold_end", timing.hold_s + 10)
    time.sleep(3.0)  # the last chime rings out into the recording
