"""5. Timer accuracy: each cue's firing against its deadline, from the hold run's log."""

from __future__ import annotations

from .hold import HoldRecord
from .table import Row

TARGET_MS = 20.0


def measure(rec: HoldRecord) -> list[Row]:
    errors = [(name, (fired - due) * 1000) for name, due, fired in rec.cues]
    if not errors:
        raise RuntimeError("the hold run logged no cues")
    worst = max(abs(e) for _, e in errors)
    return [
        Row(
            f"5. cue timing, largest |fired - due| of {len(errors)} cues (ms)",
            worst,
            at_most=TARGET_MS,
            digits=1,
            detail="each cue (ms): " + ", ".join(f"{n} {e:+.1f}" for n, e in errors),
        )
    ]
