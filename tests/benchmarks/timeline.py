"""The PulseAudio recording put on CLOCK_MONOTONIC, so that a sound in it has a moment.

- A null sink that never rewinds. By default PulseAudio mixes a new stream into what the
  sink has already rendered ahead ("rewinds" it), but the monitor has passed that on to the
  recording already: each new sound would shift the recording's time line, by up to the
  sink's latency. The streams of tests/e2e/audio_rig.py (parec among them) move to it.
- Reference clicks: a playback stream (libpulse-simple, through ctypes) that runs without a
  break, a click every second, silence between. Right after a click is written, the server
  says how long until the last sample written is played (pa_simple_get_latency), so the
  moment the click starts to sound is known. One a second, because the null sink's time
  line drifts from the clock (some 0.4 ms a second here: it counts whole microseconds a
  block), and between clicks the time line is interpolated.
"""

from __future__ import annotations

import ctypes
import subprocess
import threading
import time
from array import array

from tests.e2e.audio_rig import RATE, PulseRig

PLAYBACK = 1  # pa_stream_direction_t
S16LE = 3  # pa_sample_format_t
CHUNK = RATE // 100  # 10 ms of silence a write
PERIOD = 100  # writes from one click to the next: a second
QUIET_N = RATE // 50  # 20 ms without an edge: a new click begins
LEVEL = 8000
HALF_WAVE = 11
# 50 ms of a 2 kHz square wave: full level from its first sample, as no chime starts.
CLICK = array("h", [LEVEL if (i // HALF_WAVE) % 2 else -LEVEL for i in range(RATE // 20)])


class _Spec(ctypes.Structure):
    _fields_ = (("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8))


class _Buffer(ctypes.Structure):
    _fields_ = tuple(
        (name, ctypes.c_uint32) for name in ("maxlength", "tlength", "prebuf", "minreq", "fragsize")
    )


def _library() -> ctypes.CDLL:
    lib = ctypes.CDLL("libpulse-simple.so.0")
    lib.pa_simple_new.restype = ctypes.c_void_p
    lib.pa_simple_new.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.POINTER(_Spec),
        ctypes.c_void_p,
        ctypes.POINTER(_Buffer),
        ctypes.POINTER(ctypes.c_int),
    ]
    lib.pa_simple_write.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.c_size_t,
        ctypes.POINTER(ctypes.c_int),
    ]
    lib.pa_simple_get_latency.restype = ctypes.c_uint64
    lib.pa_simple_get_latency.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
    lib.pa_simple_free.argtypes = [ctypes.c_void_p]
    return lib


def steady_sink(pulse: PulseRig) -> None:
    """A null sink without rewinds becomes the default, and the rig's streams move to it."""

    def pactl(*args: str) -> str:
        out = subprocess.run(["pactl", *args], env=pulse.env, capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"pactl {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout

    pactl("load-module", "module-null-sink", "sink_name=steady", f"rate={RATE}", "channels=1",
          "norewinds=1")  # fmt: skip
    pactl("set-default-sink", "steady")
    for line in pactl("list", "short", "sink-inputs").splitlines():
        pactl("move-sink-input", line.split()[0], "steady")
    for line in pactl("list", "short", "source-outputs").splitlines():
        pactl("move-source-output", line.split()[0], "steady.monitor")


class Clicker:
    """Clicks from start to close; `heard_at` holds when each began to sound."""

    def __init__(self, server: str) -> None:
        self._lib = _library()
        error = ctypes.c_int(0)
        spec = _Spec(S16LE, RATE, 1)
        target = 2 * 2 * CHUNK  # two chunks buffered: the stream never runs dry
        attr = _Buffer(0xFFFFFFFF, target, target // 2, 0xFFFFFFFF, 0xFFFFFFFF)
        self._stream = self._lib.pa_simple_new(
            server.encode(), b"benchmark", PLAYBACK, None, b"reference clicks",
            ctypes.byref(spec), None, ctypes.byref(attr), ctypes.byref(error),
        )  # fmt: skip
        if not self._stream:
            raise RuntimeError(f"cannot open a PulseAudio stream on {server} (error {error.value})")
        self.heard_at: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._play, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._lib.pa_simple_free(self._stream)

    def _write(self, samples: array) -> None:
        error = ctypes.c_int(0)
        data = samples.tobytes()
        if self._lib.pa_simple_write(self._stream, data, len(data), ctypes.byref(error)) < 0:
            raise RuntimeError(f"PulseAudio write failed (error {error.value})")

    def _play(self) -> None:
        silence = array("h", bytes(2 * CHUNK))
        error = ctypes.c_int(0)
        written = 0
        while not self._stop.is_set():
            if written % PERIOD:
                self._write(silence)
            else:
                self._write(CLICK)
                latency = self._lib.pa_simple_get_latency(self._stream, ctypes.byref(error))
                # The last sample written sounds `latency` from now; the click began before.
                self.heard_at.append(time.monotonic() + latency / 1e6 - len(CLICK) / RATE)
            written += 1


STEP_S = 0.05  # a click's clock further than this from its neighbours' is out of step


def _near(raw: list[tuple[int, float]], k: int) -> float:
    """The median clock of the clicks around the k-th, itself left out."""
    around = sorted(
        o for j, (_, o) in enumerate(raw[max(k - 3, 0) : k + 4], max(k - 3, 0)) if j != k
    )
    return around[len(around) // 2] if around else raw[k][1]


class TimeLine:
    """Recording sample -> CLOCK_MONOTONIC, from the clicks in it. A click's edge is a jump
    of LEVEL or more from one sample to the next, which no chime makes (some 700 at most),
    so it is found even over a ringing bowl."""

    def __init__(self, samples: array, heard_at: list[float]) -> None:
        def edge(i: int, size: int) -> bool:
            return i < len(samples) and abs(samples[i] - samples[i - 1]) >= size * 3 // 4

        onsets, last_edge, jump = [], -QUIET_N, LEVEL * 3 // 4
        for i in range(1, len(samples)):
            if abs(samples[i] - samples[i - 1]) >= jump:
                # A click, not a sound cut short (the app is killed while one rings): its
                # square wave turns over, by twice its level, every HALF_WAVE samples.
                if i - last_edge >= QUIET_N and all(
                    edge(i + k * HALF_WAVE, 2 * LEVEL) for k in (1, 2, 3)
                ):
                    onsets.append(i)
                last_edge = i
        # The recording starts before the first click: the n-th heard is the n-th written,
        # unless one was lost, which the next pair's jump of a whole second would show.
        # (sample, the clock at sample 0 from there). The first click is left out: the
        # stream's reported latency settles after it.
        raw = [(n, heard - n / RATE) for n, heard in list(zip(onsets, heard_at, strict=False))[1:]]
        # A busy machine now and then reports one click's latency late: that click is set
        # aside when its neighbours agree without it. A lost click would put every later one
        # a second out, and that is no time line at all.
        self.points = [p for k, p in enumerate(raw) if abs(p[1] - _near(raw, k)) <= STEP_S]
        self.set_aside = len(raw) - len(self.points)
        if self.set_aside > len(raw) // 4:
            raise RuntimeError(f"reference clicks out of step: {self.set_aside} of {len(raw)}")
        if len(self.points) < 2:
            raise RuntimeError(f"{len(self.points)} reference clicks found in the recording")
        self.clicks = [n for n, _ in self.points]

    def offset(self, n: int) -> float:
        """The clock at sample 0 as seen from sample n: between clicks, interpolated."""
        points = self.points
        later = next((k for k, (m, _) in enumerate(points) if m >= n), len(points) - 1)
        (n0, o0), (n1, o1) = points[max(later - 1, 0)], points[max(later, 1)]
        return o0 + (o1 - o0) * (n - n0) / (n1 - n0)

    def clock(self, n: int) -> float:
        return self.offset(n) + n / RATE

    def sample(self, clock: float) -> int:
        n = round((clock - self.points[0][1]) * RATE)
        return round((clock - self.offset(n)) * RATE)

    def drift_ms_per_min(self) -> float:
        (n0, o0), (n1, o1) = self.points[0], self.points[-1]
        return (o1 - o0) / ((n1 - n0) / RATE) * 60_000
