"""X11's detectors on a real X server (Xvfb, which has MIT-SCREEN-SAVER) with a real window
manager (openbox): input made with XTest (xdotool), full screen with wmctrl, and a real
window (xmessage)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.platform.activity import CannotTell, Concern, detectors_for
from app.platform.activity.fullscreen_x11 import X11FullScreen
from app.platform.activity.idle_x11 import X11Idle

from ...e2e.desktop import Desktop, desktop_session, need, wait_for

TITLE = "viparita-activity-window"


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Iterator[Desktop]:
    need("wmctrl", "xmessage")
    with desktop_session(tmp_path_factory.mktemp("x11")) as desktop:
        yield desktop


def test_idle_time_grows_without_input_and_input_resets_it(desk: Desktop):
    idle = X11Idle(desk.display)
    try:
        start = idle.read()
        grown = wait_for(
            lambda: (now := idle.read()) >= start + 1.0 and now,
            10,
            "the idle time to grow by a second",
            desk.watched,
        )
        desk.run("xdotool", "mousemove_relative", "--", "3", "3")
        assert idle.read() < grown
        desk.run("xdotool", "key", "shift")
        assert idle.read() < grown
    finally:
        idle.close()


def test_a_full_screen_window_is_seen_and_leaving_full_screen_clears_it(
    desk: Desktop, tmp_path: Path
):
    full_screen = X11FullScreen(desk.display)
    window = desk.spawn("xmessage", "-title", TITLE, "a window", log=tmp_path / "xmessage.log")
    try:
        wid = desk.find_window(TITLE)
        desk.run("wmctrl", "-i", "-a", wid)
        wait_for(
            lambda: int(desk.active_window() or "0", 16) == int(wid),
            10,
            "the window to have the focus",
            window,
        )
        assert full_screen.read() is False
        desk.run("wmctrl", "-i", "-r", wid, "-b", "add,fullscreen")
        wait_for(full_screen.read, 10, "the window to be seen full screen", window)
        desk.run("wmctrl", "-i", "-r", wid, "-b", "remove,fullscreen")
        wait_for(lambda: not full_screen.read(), 10, "full screen to end", window)
        desk.run("wmctrl", "-i", "-r", wid, "-b", "add,fullscreen")
        wait_for(full_screen.read, 10, "the window full screen again", window)
    finally:
        window.terminate()
        window.wait(10)
    # The full-screen window closed: nothing is full screen, and no X error ends the app.
    wait_for(lambda: not full_screen.read(), 10, "the closed window to be forgotten", desk.watched)
    full_screen.close()


def test_full_screen_is_watched_so_its_end_is_told_at_once(desk: Desktop, tmp_path: Path, qapp):
    full_screen = X11FullScreen(desk.display)
    told: list[bool] = []
    window = desk.spawn("xmessage", "-title", TITLE, "a window", log=tmp_path / "xmessage.log")

    def changed() -> None:
        told.append(full_screen.read())

    def told_that(state: bool) -> bool:
        qapp.processEvents()
        return bool(told) and told[-1] is state

    try:
        wid = desk.find_window(TITLE)
        desk.run("wmctrl", "-i", "-a", wid)
        assert full_screen.watch(changed, 60.0)
        desk.run("wmctrl", "-i", "-r", wid, "-b", "add,fullscreen")
        wait_for(lambda: told_that(True), 10, "full screen to be told of", window)
        desk.run("wmctrl", "-i", "-r", wid, "-b", "remove,fullscreen")
        wait_for(lambda: told_that(False), 10, "its end to be told of", window)
    finally:
        window.terminate()
        window.wait(10)
        full_screen.close()


def test_the_factory_s_x11_detectors_answer_on_this_desktop(desk: Desktop):
    found = detectors_for("linux", {"DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11"})
    look = found.look({Concern.IDLE, Concern.FULL_SCREEN})
    assert look.idle_s is not None and Concern.FULL_SCREEN not in look.unknown
    found.close()


def test_a_display_that_is_not_there_cannot_tell():
    for detector in (X11Idle(":4242"), X11FullScreen(":4242")):
        with pytest.raises(CannotTell, match="cannot open the X display :4242"):
            detector.read()
