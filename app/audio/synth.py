"""Deterministic additive synthesis of singing bowls, soft bells and breath swells.

Pure Python and IEEE arithmetic only (no random numbers, no libm differences that matter
after 16-bit rounding), so `python packaging/make_sounds.py` rewrites assets/sounds/ to the
same bytes every time, and a test can check that the committed files match.
"""

from __future__ import annotations

import cmath
import io
import math
import sys
import wave
from array import array
from dataclasses import dataclass

from .levels import LOUDNESS_WINDOW_S, OFFSET_DB, PEAK_LIMIT_DBFS

RATE = 44100
EDGE_FADE_S = 0.010  # raised-cosine fade at each end: no clicks


@dataclass(frozen=True)
class Partial:
    ratio: float  # frequency as a multiple of the strike's fundamental
    amp: float
    decay: float  # seconds for the partial to fall to 1/e


@dataclass(frozen=True)
class Strike:
    at: float  # seconds from the start of the sound
    freq: float  # fundamental, Hz
    gain: float = 1.0
    attack: float = 0.012  # a soft mallet, not a click


@dataclass(frozen=True)
class Sound:
    name: str
    duration: float
    strikes: tuple[Strike, ...]
    partials: tuple[Partial, ...]
    swell: bool = False  # breath tones rise and fall slowly instead of being struck

    @property
    def fundamentals(self) -> tuple[float, ...]:
        return tuple(s.freq for s in self.strikes)


# Singing-bowl partials are inharmonic (about 1 : 2.7 : 5.1 : 8.3); bells sit nearer to
# harmonic ratios and die away sooner.
BOWL = (
    Partial(1.0, 1.0, 4.5),
    Partial(2.71, 0.42, 2.4),
    Partial(5.13, 0.18, 1.1),
    Partial(8.27, 0.07, 0.5),
)
LONG_BOWL = (
    Partial(1.0, 1.0, 6.5),
    Partial(1.006, 0.35, 6.0),  # a slow beat, the shimmer of a large bowl
    Partial(2.71, 0.40, 3.0),
    Partial(5.13, 0.15, 1.3),
)
BELL = (
    Partial(1.0, 1.0, 1.6),
    Partial(2.0, 0.28, 0.9),
    Partial(3.01, 0.12, 0.5),
    Partial(4.16, 0.05, 0.3),
)
SWELL = (Partial(1.0, 1.0, 1e9), Partial(2.0, 0.12, 1e9))

SOUNDS: dict[str, Sound] = {
    s.name: s
    for s in (
        Sound("hold_start", 7.0, (Strike(0.0, 196.00),), BOWL),  # G3 bowl
        Sound("halfway", 3.5, (Strike(0.0, 392.00),), BELL),  # G4 bell
        Sound("interval", 3.0, (Strike(0.0, 293.66),), BELL),  # D4 bell
        Sound("exit_step", 2.2, (Strike(0.0, 587.33),), BELL),  # D5, very soft
        Sound("pause_start", 4.5, (Strike(0.0, 329.63),), BOWL),  # E4 bowl
        # "Begin to come down": a deeper bowl struck twice, and the longest sound.
        Sound("hold_end", 9.0, (Strike(0.0, 146.83), Strike(1.6, 146.83, 0.6)), LONG_BOWL),
        # The pause is complete: a gentle rising two-note, A4 then E5.
        Sound("pause_done", 4.5, (Strike(0.0, 440.00, 0.8), Strike(0.6, 659.26)), BELL),
        # Change legs: one B4 bell struck twice, alike. The second strike lands 0.77 s on,
        # where it adds to the first's ring without swelling or damping it (within 0.5 dB),
        # so the two sound equal: "ding, ding".
        Sound("side_switch", 4.0, (Strike(0.0, 493.88), Strike(0.77, 493.88)), BELL),
        # Both legs up the wall again: the side switch's double strike, a third lower (F#4)
        # and its second strike softer, so it settles rather than calls.
        Sound("both_legs", 4.0, (Strike(0.0, 369.99), Strike(0.77, 369.99, 0.5)), BELL),
        # On to the next pose: pause_done's fifth turned downwards, C5 then F4.
        Sound("next_pose", 5.0, (Strike(0.0, 523.25, 0.8), Strike(0.7, 349.23)), BELL),
        Sound("breath_in", 2.0, (Strike(0.0, 220.00, attack=0.0),), SWELL, swell=True),
        Sound("breath_out", 2.5, (Strike(0.0, 164.81, attack=0.0),), SWELL, swell=True),
    )
}


def _raised_cosine(x: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * min(max(x, 0.0), 1.0))


def _shape(sound: Sound) -> list[float]:
    """The sound as floats, before its level is set."""
    n = round(sound.duration * RATE)
    out = [0.0] * n
    for strike in sound.strikes:
        start = round(strike.at * RATE)
        ring = [0.0] * (n - start)
        for p in sound.partials:
            freq = strike.freq * p.ratio
            if freq >= RATE / 2:
                continue
            # A rotating phasor with a per-sample decay: two multiplications a sample.
            step = cmath.exp(complex(-1.0 / (p.decay * RATE), 2 * math.pi * freq / RATE))
            z = complex(strike.gain * p.amp, 0.0)
            for i in range(len(ring)):
                ring[i] += z.imag
                z *= step
        attack_n = round(strike.attack * RATE)
        for i in range(min(attack_n, len(ring))):
            ring[i] *= _raised_cosine(i / attack_n)
        for i, v in enumerate(ring, start):
            out[i] += v
    if sound.swell:
        # Rise over the first 40 %, fall over the rest: a breath, not a strike.
        rise = 0.4 * n
        for i in range(n):
            x = i / rise if i < rise else 1.0 - (i - rise) / (n - rise)
            out[i] *= _raised_cosine(x)
    fade = round(EDGE_FADE_S * RATE)
    for i in range(fade):
        w = _raised_cosine(i / fade)
        out[i] *= w
        out[n - 1 - i] *= w
    return out


def _rms_db(values: list[float]) -> float:
    window = values[: round(LOUDNESS_WINDOW_S * RATE)]
    return 10 * math.log10(sum(v * v for v in window) / len(window))


def _gains() -> dict[str, float]:
    """One linear gain per sound: loudness at its offset from the bowl, and the loudest
    peak of them all exactly at PEAK_LIMIT_DBFS."""
    shapes = {name: _shape(sound) for name, sound in SOUNDS.items()}
    gains = {n: 10 ** ((OFFSET_DB[n] - _rms_db(v)) / 20) for n, v in shapes.items()}
    peak = max(g * max(abs(x) for x in shapes[n]) for n, g in gains.items())
    limit = 10 ** (PEAK_LIMIT_DBFS / 20) * 32767
    return {n: g * limit / peak for n, g in gains.items()}


def render_all() -> dict[str, array]:
    gains = _gains()
    return {name: _quantise(_shape(sound), gains[name]) for name, sound in SOUNDS.items()}


def _quantise(values: list[float], gain: float) -> array:
    samples = array("h", (round(v * gain) for v in values))
    if sys.byteorder == "big":
        samples.byteswap()  # WAV data is little-endian
    return samples


def wav_bytes(samples: array) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples.tobytes())
    return buffer.getvalue()
