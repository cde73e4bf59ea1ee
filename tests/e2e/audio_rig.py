"""Real audio output for end-to-end tests.

- ALSA `type file` pcm with `truncate false`: every sound the app plays is written to its
  own WAV file (out.wav, out.wav.0001, ...), over the null device or over PulseAudio.
- A PulseAudio server started here, with a null sink kept running by a silent stream and
  `parec` recording its monitor in real time, for timing.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import wave
from array import array
from pathlib import Path

from .desktop import need, wait_for

RATE = 44100


def alsa_config(path: Path, body: str) -> Path:
    path.write_text(body)
    return path


def file_capture_config(folder: Path, slave: str = "{ type null }") -> str:
    return f"""
pcm.!default {{
    type file
    slave.pcm {slave}
    file "{folder / "out.wav"}"
    format "wav"
    truncate false
}}
"""


def captured_files(folder: Path) -> list[Path]:
    """The capture files in the order the sounds were opened."""

    def order(p: Path) -> int:
        suffix = p.name.removeprefix("out.wav").lstrip(".")
        return int(suffix) if suffix else 0

    return sorted(folder.glob("out.wav*"), key=order)


def read_wav(path: Path) -> tuple[array, int]:
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2, path
        data = array("h", w.readframes(w.getnframes()))
        rate = w.getframerate()
        if w.getnchannels() > 1:
            data = data[:: w.getnchannels()]
    return data, rate


class PulseRig:
    """pulseaudio with a null sink, a silent keep-alive stream, and parec on its monitor."""

    def __init__(self, folder: Path, env: dict[str, str]):
        need("pulseaudio", "pacat", "parec")
        self.folder = folder
        self.socket = folder / "native"
        self.recording = folder / "recording.raw"
        self.env = dict(
            env, PULSE_SERVER=f"unix:{self.socket}", HOME=str(folder), XDG_RUNTIME_DIR=str(folder)
        )
        self.procs: list[subprocess.Popen] = []

    def __enter__(self) -> PulseRig:
        script = self.folder / "server.pa"
        script.write_text(
            f"load-module module-native-protocol-unix auth-anonymous=1 socket={self.socket}\n"
            f"load-module module-null-sink sink_name=capture rate={RATE} channels=1\n"
            "set-default-sink capture\n"
        )
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": self.env}
        self.procs.append(
            subprocess.Popen(
                [
                    "pulseaudio",
                    "-n",
                    "-F",
                    str(script),
                    "--daemonize=no",
                    "--exit-idle-time=-1",
                    "--use-pid-file=no",
                ],
                **quiet,
            )
        )
        wait_for(
            lambda: subprocess.run(["pactl", "info"], **quiet).returncode == 0,
            20,
            "PulseAudio to answer",
            self.procs[0],
        )
        fmt = ["--raw", "--format=s16le", f"--rate={RATE}", "--channels=1"]
        # A silent stream keeps the null sink running, so the monitor keeps real time.
        self.procs.append(subprocess.Popen(["pacat", "--playback", *fmt, "/dev/zero"], **quiet))
        with open(self.recording, "wb") as out:
            self.procs.append(
                subprocess.Popen(
                    ["parec", *fmt, "--latency-msec=20", "-d", "capture.monitor"],
                    stdout=out,
                    stderr=subprocess.DEVNULL,
                    env=self.env,
                )
            )
        return self

    def alsa_slave(self) -> str:
        return f'{{ type pulse server "unix:{self.socket}" }}'

    def __exit__(self, *exc: object) -> None:
        for proc in reversed(self.procs):  # parec first: it flushes its last buffer and exits
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(5)

    def samples(self) -> array:
        data = array("h")
        data.frombytes(self.recording.read_bytes()[: os.path.getsize(self.recording) // 2 * 2])
        return data


# --- analysis ----------------------------------------------------------------------------


def peak_dbfs(samples: array) -> float:
    import math

    peak = max(abs(s) for s in samples) if len(samples) else 0
    return -math.inf if peak == 0 else 20 * math.log10(peak / 32767)


def goertzel_power(samples: array, rate: int, freq: float, start: float, length: float) -> float:
    import math

    a, b = round(start * rate), round((start + length) * rate)
    coeff = 2 * math.cos(2 * math.pi * freq / rate)
    s1 = s2 = 0.0
    for x in samples[a:b]:
        s1, s2 = x + coeff * s1 - s2, s1
    return s1 * s1 + s2 * s2 - coeff * s1 * s2


def dominant(
    samples: array, rate: int, candidates: list[float], start: float, length: float = 0.5
) -> float:
    return max(candidates, key=lambda f: goertzel_power(samples, rate, f, start, length))


def onsets(
    samples: array,
    rate: int,
    window_s: float = 0.005,
    jump_db: float = 12.0,
    floor_dbfs: float = -60.0,
    gap_s: float = 1.0,
) -> list[float]:
    """Times where the short-time energy jumps well above the level just before."""
    import math

    n = max(1, round(window_s * rate))
    energies = []
    for i in range(0, len(samples) - n, n):
        chunk = samples[i : i + n]
        energies.append(sum(x * x for x in chunk) / n + 1e-9)
    floor = (10 ** (floor_dbfs / 20) * 32767) ** 2
    found: list[float] = []
    history = 10  # compare with the mean of the previous 50 ms
    for k in range(history, len(energies)):
        before = sum(energies[k - history : k]) / history
        if energies[k] > floor and 10 * math.log10(energies[k] / before) >= jump_db:
            t = k * n / rate
            if not found or t - found[-1] >= gap_s:
                found.append(t)
    return found
