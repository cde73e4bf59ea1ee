"""The Desk's rules over its detectors, and the factory's choice of ways for a desktop.

The rules are shown with scripted detectors (this package's own interface, answering as
told): the faults they play, such as a detector with a bug that raises, cannot be caused
with a real one. The real detectors are tested against real servers and stand-in services
in the other modules here."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from app.platform.activity import CannotTell, Concern, Desk, Polled, detectors_for, display_server
from app.platform.activity.call import PulseCall
from app.platform.activity.do_not_disturb import GnomeShowBanners, NotificationsInhibited
from app.platform.activity.fullscreen_x11 import X11FullScreen
from app.platform.activity.idle_dbus import MutterIdle, ScreenSaverIdle
from app.platform.activity.idle_x11 import X11Idle
from app.platform.activity.locked import LogindLocked, ScreenSaverLocked


class Scripted(Polled):
    """Answers `answer` (or raises it), counting how often it was asked."""

    def __init__(self, concern: Concern, answer: object, watches: bool = False) -> None:
        self.concern, self.way = concern, f"scripted {concern.value}"
        self.answer, self.watches, self.asked = answer, watches, 0

    def read(self) -> float | bool:
        self.asked += 1
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer  # type: ignore[return-value]

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> bool:
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.watches


def warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_while_locked_nothing_else_is_asked():
    idle, call = Scripted(Concern.IDLE, 5.0), Scripted(Concern.CALL, True)
    desk = Desk([idle, Scripted(Concern.LOCKED, True), call])
    look = desk.look()
    assert look.conditions == {Concern.LOCKED} and look.idle_s is None and not look.unknown
    assert idle.asked == call.asked == 0


def test_idle_comes_from_the_first_way_that_answers_and_a_condition_from_any():
    desk = Desk(
        [
            Scripted(Concern.IDLE, CannotTell("no service")),
            Scripted(Concern.IDLE, 7.0),
            Scripted(Concern.IDLE, 99.0),
            Scripted(Concern.LOCKED, False),
            Scripted(Concern.DO_NOT_DISTURB, CannotTell("no service")),
            Scripted(Concern.DO_NOT_DISTURB, True),
            Scripted(Concern.FULL_SCREEN, False),
        ]
    )
    look = desk.look()
    assert look.idle_s == 7.0
    assert look.conditions == {Concern.DO_NOT_DISTURB}
    assert look.unknown == {Concern.CALL}  # no way to tell a call here


def test_only_the_concerns_asked_for_are_asked():
    call = Scripted(Concern.CALL, True)
    look = Desk([Scripted(Concern.IDLE, 1.0), call]).look({Concern.IDLE})
    assert look.idle_s == 1.0 and call.asked == 0 and not look.unknown


def test_a_detector_that_raises_is_logged_once_and_the_others_go_on(caplog):
    broken = Scripted(Concern.FULL_SCREEN, RuntimeError("a bug"))
    now = [0.0]
    desk = Desk([broken, Scripted(Concern.FULL_SCREEN, False)], clock=lambda: now[0])
    caplog.set_level(logging.WARNING, logger="app.platform.activity")
    for step in range(3):
        now[0] = step * 601.0  # each look after the broken one's rest
        look = desk.look({Concern.FULL_SCREEN})
        assert look.conditions == frozenset() and look.unknown == frozenset()
    assert broken.asked == 3
    assert len(warnings(caplog)) == 1
    assert "full screen" in warnings(caplog)[0] and "RuntimeError: a bug" in warnings(caplog)[0]


def test_when_no_way_answers_the_concern_is_unknown_and_said_once_each(caplog):
    caplog.set_level(logging.WARNING, logger="app.platform.activity")
    desk = Desk(
        [Scripted(Concern.IDLE, CannotTell("no X")), Scripted(Concern.CALL, CannotTell("no pactl"))]
    )
    look = desk.look({Concern.IDLE, Concern.CALL})
    assert look.idle_s is None and look.unknown == {Concern.IDLE, Concern.CALL}
    desk.look({Concern.IDLE, Concern.CALL})
    assert [("no X" in w, "no pactl" in w) for w in warnings(caplog)] == [
        (True, False),
        (False, True),
    ]


def test_watch_says_which_concerns_are_told_and_survives_a_broken_watch(caplog):
    caplog.set_level(logging.WARNING, logger="app.platform.activity")
    desk = Desk(
        [
            Scripted(Concern.IDLE, 1.0, watches=True),
            Scripted(Concern.LOCKED, RuntimeError("broken watch")),
            Scripted(Concern.LOCKED, False, watches=True),
            Scripted(Concern.CALL, False),
        ]
    )
    assert desk.watch(lambda: None, idle_after_s=300) == {Concern.IDLE, Concern.LOCKED}
    assert len(warnings(caplog)) == 1 and "broken watch" in warnings(caplog)[0]
    desk.unwatch()
    desk.close()


# --- the factory --------------------------------------------------------------------------


def kinds(desk: Desk, concern: Concern) -> list[type]:
    return [type(d) for d in desk.detectors if d.concern is concern]


def test_x11_uses_the_x_server_first_and_the_desktop_s_services():
    desk = detectors_for("linux", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"})
    assert kinds(desk, Concern.IDLE) == [X11Idle, ScreenSaverIdle, MutterIdle]
    assert kinds(desk, Concern.FULL_SCREEN) == [X11FullScreen]
    assert kinds(desk, Concern.LOCKED) == [LogindLocked, ScreenSaverLocked]
    assert kinds(desk, Concern.DO_NOT_DISTURB) == [NotificationsInhibited]
    assert kinds(desk, Concern.CALL) == [PulseCall]
    assert [u.way for u in desk.unavailable] == ["camera in use"]


def test_gnome_on_wayland_asks_mutter_and_says_what_it_cannot_know():
    desk = detectors_for(
        "linux",
        {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"},
    )
    assert kinds(desk, Concern.IDLE) == [MutterIdle, ScreenSaverIdle]
    assert kinds(desk, Concern.FULL_SCREEN) == []
    assert kinds(desk, Concern.DO_NOT_DISTURB) == [NotificationsInhibited, GnomeShowBanners]
    missing = {u.way: u for u in desk.unavailable}
    assert "PySide6" in missing["ext-idle-notify-v1"].reason
    assert missing["Wayland"].concern is Concern.FULL_SCREEN


def test_every_concern_is_built_or_said_to_be_unavailable_on_linux():
    for environment in (
        {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"},
        {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"},
        {},
    ):
        desk = detectors_for("linux", environment)
        said = desk.concerns() | {u.concern for u in desk.unavailable}
        assert said == set(Concern), environment


@pytest.mark.parametrize(
    ("environment", "qt_platform", "server"),
    [
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, "xcb", "wayland"),  # XWayland
        ({"XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": "w"}, "", "x11"),
        ({"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":0"}, "", "wayland"),
        ({"DISPLAY": ":1"}, "", "x11"),
        ({}, "wayland", "wayland"),
        ({}, "xcb", "x11"),
        ({"XDG_SESSION_TYPE": "tty"}, "offscreen", None),
    ],
)
def test_the_session_decides_x11_or_wayland(environment, qt_platform, server):
    assert display_server(environment, qt_platform) == server


def test_building_the_detectors_opens_nothing(tmp_path):
    """Nothing runs while reminders are off: building asks nothing, so a display that is
    not there and a missing pactl are found only at the first look, each said clearly."""
    desk = detectors_for(
        "linux", {"DISPLAY": ":4242", "XDG_SESSION_TYPE": "x11", "PATH": str(tmp_path)}
    )
    look = desk.look({Concern.FULL_SCREEN, Concern.CALL})
    assert look.unknown == {Concern.FULL_SCREEN, Concern.CALL}
