"""Sound that fails, for real: the session still completes, and says so calmly."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from app.ui.style.theme import DAYLIGHT

pytestmark = pytest.mark.e2e

FAULTS = {
    "no-device": "no-device",
    "bad-device": "no-device",
    "no-simpleaudio": "no-library",
    "helper-killed": "stopped",
}


def footer_ink(path) -> int:
    """Pixels in the notes' muted colour in the row where the notice sits."""
    image = QImage(str(path))
    muted = QColor(DAYLIGHT.muted)
    w, h = image.width(), image.height()
    count = 0
    for y in range(h - 48, h - 28):  # the row above the footer
        for x in range(w // 2, w):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - muted.red())
                + abs(c.green() - muted.green())
                + abs(c.blue() - muted.blue())
            ) <= 12:
                count += 1
    return count


@pytest.mark.parametrize("fault", list(FAULTS))
def test_session_completes_in_silent_mode(recordings, fault):
    rec = recordings[fault].result()
    stages = [m.split()[1] for m in rec.messages() if m.startswith("stage ")]
    assert stages == ["hold", "exit", "seated_pause", "done"]  # no settling time set
    warnings = [m for m in rec.messages() if m.startswith("sound off: ")]
    assert warnings and warnings[0].startswith(f"sound off: {FAULTS[fault]}")
    assert rec.exit_code == 0, rec.stderr[-2000:]
    assert "Traceback" not in rec.stderr, rec.stderr[-3000:]


@pytest.mark.parametrize("fault", list(FAULTS))
def test_silent_mode_notice_is_visible(recordings, recorded_session, fault):
    rec = recordings[fault].result()
    assert footer_ink(rec.shots["sound-off"]) > 40
    assert footer_ink(recorded_session.shots["hold"]) < 5


@pytest.mark.parametrize("fault", ["no-device", "bad-device", "no-simpleaudio"])
def test_each_chime_becomes_a_pulse(recordings, fault):
    rec = recordings[fault].result()
    cues = [c[0] for c in rec.cues()]
    pulses = [m.split()[1] for m in rec.messages() if m.endswith("shown as a pulse")]
    assert pulses == cues


def test_a_helper_that_died_is_replaced_at_the_next_cue(recordings):
    rec = recordings["helper-killed"].result()
    messages = rec.messages()
    off = next(i for i, m in enumerate(messages) if m.startswith("sound off"))
    assert any(m == "sound is back" for m in messages[off:])
    later = [m.split()[1] for m in messages[off:] if m.startswith("chime ") and "pulse" not in m]
    assert later[-2:] == ["pause_start", "pause_done"]
    assert len(rec.audio_files) >= len(later) + 1
