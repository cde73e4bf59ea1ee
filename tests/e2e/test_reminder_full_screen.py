"""A due bedtime reminder held back by a real full-screen window on a real openbox (issue 23):
the window is made full screen with `wmctrl -b add,fullscreen` and focused before the app
starts in the tray; the reminder waits, and comes within seconds of leaving full screen. See
conftest.PLANS["reminder-full-screen"] and reminder_driver.drive_full_screen_reminder."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_a_full_screen_window_holds_the_due_reminder_back(full_screen_reminder_session):
    facts = full_screen_reminder_session.facts
    assert facts["offered_while_full_screen"] == 0
    assert int(facts["active_while_held"], 16) == int(facts["presentation"]), "it kept the focus"


def test_the_reminder_comes_once_the_window_leaves_full_screen(full_screen_reminder_session):
    assert full_screen_reminder_session.facts["offered_after"] == 1
    assert full_screen_reminder_session.exit_code == 0
    handled = full_screen_reminder_session.prefs_after["reminded"]["bedtime"]
    assert handled, "offered once, and kept as offered"
