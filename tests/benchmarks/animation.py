"""4. The breathing animation, from the hold run's paints, against a bare widget repainting
the same area at the same rate (bare.py animate) for as long."""

from __future__ import annotations

import statistics
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

from tests.e2e.desktop import Desktop

from . import procfs
from .hold import HoldRecord
from .rig import start_bare
from .table import Row

CIRCLE = "BreathCircle"  # app/ui/widgets/breath.py
GRACE_S = 0.2  # a paint already queued when the window went may still land


def _paints_between(paints: list[list], start: float, end: float) -> list[list]:
    return [p for p in paints if start <= p[0] <= end]


def bare_baseline(
    desk: Desktop, folder: Path, interval_ms: int, area: tuple[int, int], seconds: float
) -> tuple[float, float]:
    """(CPU in % of a core, frames per second) of the bare widget."""
    run = start_bare(desk, folder, ["animate", str(interval_ms), *map(str, area)])
    try:
        desk.find_window("^bare$")
        time.sleep(2.0)
        run.tell(do="reset")
        before, t0 = procfs.usage(run.pid), time.monotonic()
        time.sleep(seconds)
        used, elapsed = procfs.usage(run.pid) - before, time.monotonic() - t0
        paints = _paints_between(run.report()["paints"], t0, t0 + elapsed)
    finally:
        run.stop()
    return used.cpu_ns / (elapsed * 1e9) * 100, len(paints) / elapsed


def measure(desk: Desktop, folder: Path, rec: HoldRecord) -> list[Row]:
    marks, paints = rec.marks, rec.probe["paints"]
    start, end = marks["animate_from"], marks["animate_to"]
    circle = [p for p in _paints_between(paints, start, end) if p[1] == CIRCLE]
    if len(circle) < 2:
        raise RuntimeError(f"the breathing circle painted {len(circle)} times in {end - start} s")
    times = [p[0] for p in circle]
    radii = [p[2] for p in circle]
    gaps_ms = [(b - a) * 1000 for a, b in pairwise(times)]
    steps = [abs(b - a) for a, b in pairwise(radii)]
    fps = (len(circle) - 1) / (times[-1] - times[0])
    area = Counter((p[3], p[4]) for p in circle).most_common(1)[0][0]
    seconds = end - start
    app_cpu = rec.animation_cpu_ns / (seconds * 1e9) * 100
    bare_cpu, bare_fps = bare_baseline(desk, folder / "bare", round(1000 / fps), area, seconds)
    minimised = _paints_between(paints, marks["minimised_from"] + GRACE_S, marks["minimised_to"])
    hidden = _paints_between(paints, marks["hidden_from"] + GRACE_S, marks["hidden_to"])
    travel = sum(steps)
    moving = f"over {seconds:.0f} s"
    return [
        Row(
            f"4. animation, largest radius step between frames (px) {moving}",
            max(steps),
            at_most=1.0,
            detail=f"median step {statistics.median(steps):.3f} px; {len(circle)} frames for "
            f"{travel:.0f} px of radius travel ({len(circle) / max(travel, 1e-9):.1f} frames "
            f"a pixel); painted area {area[0]}x{area[1]}",
        ),
        Row("4. animation, frames per second", fps, bare_fps, digits=1),
        Row(
            "4. animation, 99th percentile frame gap (ms)",
            statistics.quantiles(gaps_ms, n=100)[98],
            at_most=50,
            digits=1,
            detail=f"largest gap {max(gaps_ms):.1f} ms",
        ),
        Row(
            "4. animation, CPU (% of a core)",
            app_cpu,
            bare_cpu,
            ratio_max=1.5,
            digits=1,
            detail="every thread of the app process (the sound helper apart), against the bare "
            "widget repainting the same area at the app's frame rate",
        ),
        *(
            Row(
                f"4. paints while {where}",
                float(len(found)),
                at_most=0,
                digits=0,
                detail=_who(found),
            )
            for where, found in (("minimised", minimised), ("put away in the tray", hidden))
        ),
    ]


def _who(paints: list[list]) -> str:
    return ", ".join(f"{n} x {k}" for k, n in Counter(p[1] for p in paints).items())
