"""The real app as a screen reader meets it (AT-SPI through pyatspi), in the bedtime run: the
controls' names at the hold, the time left as text, the breathing guide's state, and Finish
not yet available in the seated pause."""

from __future__ import annotations

import re

import pytest

from .screen_reader import showing

pytestmark = pytest.mark.e2e
CLOCK = re.compile(r"^\d{1,2}:\d\d$")


@pytest.fixture(scope="module")
def at_hold(quiet_session) -> list[dict]:
    return quiet_session.facts["screen reader at the hold"]


@pytest.fixture(scope="module")
def in_pause(quiet_session) -> list[dict]:
    return quiet_session.facts["screen reader in the seated pause"]


def test_every_control_at_the_hold_has_a_name(at_hold):
    buttons = showing(at_hold, "push button")
    names = {b["name"] for b in buttons}
    assert {
        "Pause",
        "Add one minute",
        "Come down now",
        "Tingling or numbness",
        "I came down already…",
    } <= names
    assert all(b["name"].strip() for b in buttons)
    assert all(b["enabled"] for b in buttons)


def test_the_time_left_is_read_as_text(at_hold):
    times = [n for n in showing(at_hold, "label") if n["description"] == "Time left"]
    assert len(times) == 1
    minutes, seconds = times[0]["name"].split(":")
    assert CLOCK.match(times[0]["name"]) and int(minutes) * 60 + int(seconds) <= 20


def test_the_breathing_guide_tells_its_state(at_hold):
    guides = [n for n in showing(at_hold) if n["name"] == "Breathing guide"]
    assert len(guides) == 1
    assert re.fullmatch(r"Breathe (in|out), \d+ seconds?", guides[0]["description"])


def test_finish_waits_for_the_seated_pause(in_pause):
    finish = [b for b in showing(in_pause, "push button") if b["name"] == "Finish"]
    assert len(finish) == 1
    assert not finish[0]["enabled"]
    times = [n for n in showing(in_pause, "label") if CLOCK.match(n["name"])]
    assert times, "the seated pause's countdown is read as text"
