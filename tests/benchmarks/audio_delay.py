"""6. Deadline to audible sound, from the PulseAudio recording of the hold run.

The null sink's recording is digital silence between sounds, and every chime reaches it
bit for bit as its WAV file (volume 100 %: a gain of 1). So each cue's sound is found where
its file matches the recording exactly, and taken out before the next is looked for: a breath
tone that starts under the ringing bowl is found as surely as one in silence, and a swell's
slow rise (0.8 s) does not make its onset look late, as an energy threshold (the chime
tests' onsets()) would. The recording's time line comes from reference clicks (timeline.py).
"""

from __future__ import annotations

import math
import statistics
from array import array
from pathlib import Path

from tests.e2e.audio_rig import RATE, read_wav

from .hold import HoldRecord
from .table import Row
from .timeline import CLICK, TimeLine

SOUNDS = Path(__file__).resolve().parents[2] / "assets" / "sounds"
SILENT = 2  # |sample| at most this is silence (the files' fades round to a few units)
SEARCH_N = RATE // 100  # the match is looked for 10 ms either side of the first guess
MATCH_N = RATE // 20  # and compared over 50 ms
LOOK_AHEAD_S = 0.5  # a sound later than this after its deadline counts as missing


class Template:
    def __init__(self, name: str) -> None:
        self.name = name
        self.samples, rate = read_wav(SOUNDS / f"{name}.wav")
        assert rate == RATE, (name, rate)
        self.lead = next(i for i, x in enumerate(self.samples) if abs(x) > SILENT)
        self.peak = max(abs(x) for x in self.samples)
        self.weight = sum(abs(x) for x in self.samples[:MATCH_N])


def _mismatch(residual: array, template: Template, at: int, limit: float) -> float:
    total = 0
    for j in range(min(MATCH_N, len(residual) - at)):
        total += abs(residual[at + j] - template.samples[j])
        if total >= limit:
            break
    return total


def locate(residual: array, template: Template, near: int) -> tuple[int, float] | None:
    """(first sample, mismatch as a share of the sound) of the template near `near`."""
    window = range(max(near, 0), min(near + round(LOOK_AHEAD_S * RATE), len(residual)))
    first = next((i for i in window if abs(residual[i]) > SILENT), None)
    if first is None:
        return None
    guess = first - template.lead
    best, best_at = math.inf, guess
    for at in range(max(guess - SEARCH_N, 0), guess + SEARCH_N + 1):
        score = _mismatch(residual, template, at, best)
        if score < best:
            best, best_at = score, at
    return best_at, best / template.weight


def subtract(residual: array, sound: array, at: int) -> None:
    for j, x in enumerate(sound[: len(residual) - at]):
        residual[at + j] -= x


def measure(rec: HoldRecord) -> list[Row]:
    assert rec.samples is not None
    line = TimeLine(rec.samples, rec.click_times)
    residual = array("i", rec.samples)
    for n in line.clicks:
        subtract(residual, CLICK, n)
    templates: dict[str, Template] = {}
    delays: list[tuple[str, float, float]] = []  # name, delay in ms, mismatch
    missing: list[str] = []
    # In order of deadline; of two due together, the louder first (its match is the surer).
    for name, due, _ in sorted(rec.cues, key=lambda c: (round(c[1], 3), -_peak(templates, c[0]))):
        template = templates.setdefault(name, Template(name))
        found = locate(residual, template, line.sample(due - 0.02))
        if found is None:
            missing.append(name)
            continue
        at, mismatch = found
        subtract(residual, template.samples, at)
        delays.append((name, (line.clock(at) - due) * 1000, mismatch))
    values = [d for _, d, _ in delays]
    inexact = [n for n, _, m in delays if m > 0.01]
    detail = (
        f"{len(delays)} of {len(rec.cues)} cues found in the recording"
        + (f" (missing: {', '.join(missing)})" if missing else "")
        + (f", not bit-exact: {', '.join(inexact)}" if inexact else "")
        + f"; each (ms): {', '.join(f'{n} {d:+.1f}' for n, d, _ in delays)}; time line from "
        f"{len(line.clicks)} reference clicks, one a second (the null sink drifts "
        f"{line.drift_ms_per_min():+.0f} ms a minute from the clock"
        + (f"; {line.set_aside} set aside, out of step" if line.set_aside else "")
        + ")"
    )
    return [
        Row(
            "6. deadline to sound onset, median (ms)",
            statistics.median(values) if values else None,
            digits=1,
            detail=detail,
        ),
        Row("6. deadline to sound onset, largest (ms)", max(values) if values else None, digits=1),
    ]


def _peak(templates: dict[str, Template], name: str) -> int:
    return templates.setdefault(name, Template(name)).peak
