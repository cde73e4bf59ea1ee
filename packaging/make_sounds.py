"""Write assets/sounds/*.wav from app/audio/synth.py. Deterministic: same bytes every run.

python packaging/make_sounds.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.audio.synth import SOUNDS, render_all, wav_bytes  # noqa: E402


def main() -> None:
    out = ROOT / "assets" / "sounds"
    out.mkdir(parents=True, exist_ok=True)
    for name, samples in render_all().items():
        sound = SOUNDS[name]
        path = out / f"{name}.wav"
        path.write_bytes(wav_bytes(samples))
        print(f"{path.relative_to(ROOT)}  {sound.duration:.1f} s")


if __name__ == "__main__":
    main()
