"""A reminder in a real session of the app under Xvfb and openbox, with no tray: a bedtime
reminder due at start opens the small window, which leaves the focus alone, and is answered
with Skip today by its access key. See conftest.PLANS["reminder"]."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.e2e


def test_the_reminder_window_opens_without_taking_the_focus(reminder_session):
    facts = reminder_session.facts
    assert facts["prompt"] != facts["window"]
    assert int(facts["active_with_prompt"], 16) == int(facts["window"], 16)


def test_the_bedtime_reminder_window_is_dim(reminder_session):
    image = QImage(str(reminder_session.shots["prompt"]))
    assert image.width() >= 400
    lightness = [
        image.pixelColor(x, y).lightnessF()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ]
    assert sum(lightness) / len(lightness) < 0.2


def test_skip_today_closes_it_and_is_kept_in_the_preferences(reminder_session):
    assert reminder_session.facts["prompt_after_answer"] == []
    handled = reminder_session.prefs_after["reminded"]["bedtime"]
    assert handled.endswith("T23:59:59")
    today = datetime.now().date()
    # The slot's day: today, or yesterday for a run that crossed midnight.
    assert (today - datetime.fromisoformat(handled).date()).days in (0, 1)
    assert reminder_session.exit_code == 0
