"""3. Idle in the tray: CPU, wake-ups and the timers armed.

`viparita --tray` with a probe (probe.py) and a bedtime reminder set for later in the day:
its timer is the one that should be armed. The probe is asked for nothing during the
measurement, so the process runs as it would alone. Run again with work breaks on as well
(issue 23): the work is counted, so the one timer wakes the app once a minute to look at the
desk (X11's idle time on this Xvfb); the rows print what that costs."""

from __future__ import annotations

import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from tests.e2e.desktop import Desktop, wait_for
from tests.e2e.tray_driver import tray_icon

from . import procfs
from .rig import start_app
from .table import Row

SETTLE_S = 5.0  # after start-up, before the measurement


def _later_bedtime() -> dict:
    """Bedtime in 3 hours with a 45-minute lead: a reminder is due in 2 h 15 min. Before
    midnight or after, the next slot is hours away."""
    bedtime = (datetime.now() + timedelta(hours=3)).strftime("%H:%M")
    return {"bedtime": {"on": True, "bedtime": bedtime, "lead_min": 45}}


def _work_breaks_all_day() -> dict:
    """Work breaks counted whenever the benchmark runs: every day, all day."""
    days = list(range(7))
    return {"on": True, "after_min": 90, "start": "00:00", "end": "23:59", "days": days}


def measure(desk: Desktop, folder: Path, seconds: float, work_breaks: bool = False) -> list[Row]:
    reminders = _later_bedtime()
    if work_breaks:
        reminders["breaks"] = _work_breaks_all_day()
    prefs = {"schema": 2, "reminders": reminders}
    run = start_app(desk, folder, ["--tray"], prefs, probe=True)
    try:
        run.log.wait(r"started in the tray", 30)
        run.log.wait(r"reminders: Break after" if work_breaks else r"next reminder at", 10)
        wait_for(lambda: tray_icon(desk), 20, "the icon embedded in trayer", run.proc)
        time.sleep(SETTLE_S)
        run.tell(do="reset")
        time.sleep(0.5)
        before, t0 = procfs.usage(run.pid), time.monotonic()
        time.sleep(seconds)
        used, elapsed = procfs.usage(run.pid) - before, time.monotonic() - t0
        report = run.report()
        if run.proc.poll() is not None:
            raise RuntimeError(f"the app exited with {run.proc.returncode}")
    finally:
        run.stop()
    cpu_percent = used.cpu_ns / (elapsed * 1e9) * 100
    armed = Counter(f"{t['owner']} ({t['interval_ms']} ms)" for t in report["armed"])
    fired = report["timer_events"]
    # Qt's own objects (QPixmapCache's, say) are out of the probe's reach; a repeating
    # timer seen firing during the measurement was armed all the same.
    for key in fired:
        if not key.endswith("single shot)") and key not in armed:
            armed[key] = 1
    paints = len(report["paints"])
    name = "idle in the tray, work breaks on" if work_breaks else "idle in the tray"
    return [
        Row(
            f"3. {name}, CPU over {seconds:.0f} s (% of a core)",
            cpu_percent,
            at_most=None if work_breaks else 0.1,  # on: a figure to read, no target set
            digits=3,
            detail=f"every thread of the app and its sound helper; paints: {paints}",
        ),
        Row(
            f"3. {name}, timers armed",
            float(sum(armed.values())),
            at_most=1,
            digits=0,
            detail=", ".join(f"{n} x {k}" for k, n in armed.items())
            or "none" + " (found on the app's objects, or seen firing while idle)",
        ),
        Row(
            f"3. {name}, wake-ups per minute",
            used.wakeups / elapsed * 60,
            digits=1,
            detail="voluntary context switches, every thread; timer events fired: "
            + (", ".join(f"{n} x {k}" for k, n in fired.items()) or "none"),
        ),
    ]
