"""The sound helper: a small process that owns simpleaudio, fed one JSON line at a time.

simpleaudio holds the GIL while it opens the output device, so a device that hangs would
freeze the window, and a fault in its native code would take the app down. Here it can only
take this process down, and the window's watchdog notices and goes on in silent mode.

Requests (stdin):  {"load": DIR} {"volume": 0..100} {"play": NAME, "id": N} {"quit": true}
Replies (stdout):  {"ready": [NAMES]} {"played": N, "name": NAME, "seconds": S}
                   {"error": TEXT, "detail": TEXT, "id": N}
                   {"fatal": TEXT, "detail": TEXT} before exiting when simpleaudio is unusable
"""

from __future__ import annotations

import json
import sys
import time
import wave
from array import array
from pathlib import Path
from typing import Any

from .levels import gain


def reply(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


class Bank:
    """Each WAV read once; scaled copies rebuilt only when the volume changes."""

    def __init__(self) -> None:
        self.raw: dict[str, tuple[array, int]] = {}
        self.scaled: dict[str, bytes] = {}
        self.volume = 100.0

    def load(self, folder: Path) -> list[str]:
        for path in sorted(folder.glob("*.wav")):
            with wave.open(str(path), "rb") as w:
                if w.getsampwidth() != 2 or w.getnchannels() != 1:
                    continue
                samples = array("h", w.readframes(w.getnframes()))
                if sys.byteorder == "big":
                    samples.byteswap()
                self.raw[path.stem] = (samples, w.getframerate())
        self.rescale()
        return sorted(self.raw)

    def set_volume(self, volume: float) -> None:
        if volume != self.volume:
            self.volume = volume
            self.rescale()

    def rescale(self) -> None:
        g = gain(self.volume)
        for name, (samples, _) in self.raw.items():
            scaled = array("h", (round(s * g) for s in samples)) if g != 1.0 else samples
            if sys.byteorder == "big":
                scaled = array("h", scaled)
                scaled.byteswap()
            self.scaled[name] = scaled.tobytes()


def main() -> int:
    try:
        import simpleaudio
    except Exception as exc:  # ImportError, or a broken native library
        reply({"fatal": "simpleaudio", "detail": str(exc)})
        return 3
    bank = Bank()
    playing: list[Any] = []
    for line in sys.stdin:
        try:
            request = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "load" in request:
            reply({"ready": bank.load(Path(request["load"]))})
        elif "volume" in request:
            bank.set_volume(float(request["volume"]))
        elif "play" in request:
            name, ident = request["play"], request.get("id")
            if name not in bank.scaled:
                reply({"error": f"no sound named {name}", "id": ident})
                continue
            rate = bank.raw[name][1]
            try:
                playing.append(simpleaudio.play_buffer(bank.scaled[name], 1, 2, rate))
            except Exception as exc:  # simpleaudio raises its own error for device faults
                reply({"error": "no audio device could be opened", "detail": str(exc), "id": ident})
                continue
            playing = [p for p in playing if p.is_playing()]
            samples, rate = bank.raw[name]
            reply({"played": ident, "name": name, "seconds": len(samples) / rate})
        elif request.get("quit"):
            break
    # Let a last chime ring out (the window may already be gone), but never hang on it.
    deadline = time.monotonic() + 10.0
    while any(p.is_playing() for p in playing) and time.monotonic() < deadline:
        time.sleep(0.05)
    return 0


if __name__ == "__main__":
    sys.exit(main())
