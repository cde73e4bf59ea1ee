"""Windows' and macOS's detectors with stand-ins for the system calls (CI runs Linux: the
real calls, bound in windows.detectors() and macos.detectors(), are not run here)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.platform.activity import CannotTell, Concern, Desk, macos, windows


def test_windows_idle_is_the_ticks_since_the_last_input_across_the_wrap():
    assert windows.WindowsIdle(lambda: 1_000, lambda: 4_000).read() == 3.0
    # GetTickCount wraps after 49.7 days; the last input came just before the wrap.
    assert windows.WindowsIdle(lambda: 0xFFFFF000, lambda: 0x1000).read() == 8.192
    with pytest.raises(CannotTell, match="GetLastInputInfo failed"):
        windows.WindowsIdle(lambda: None, lambda: 0).read()


@pytest.mark.parametrize(
    ("state", "full_screen", "quiet"),
    [
        (1, False, False),  # QUNS_NOT_PRESENT: the lock tells of that
        (2, True, False),  # QUNS_BUSY: a full-screen window
        (3, True, False),  # QUNS_RUNNING_D3D_FULL_SCREEN: a game
        (4, False, True),  # QUNS_PRESENTATION_MODE
        (5, False, False),  # QUNS_ACCEPTS_NOTIFICATIONS
        (6, False, True),  # QUNS_QUIET_TIME
        (7, False, False),  # QUNS_APP
    ],
)
def test_windows_notification_state_tells_full_screen_and_quiet(state, full_screen, quiet):
    assert windows.full_screen(lambda: state).read() is full_screen
    assert windows.quiet(lambda: state).read() is quiet


@pytest.mark.parametrize(("answer", "message"), [(None, "failed"), (42, "answered 42")])
def test_windows_notification_state_that_fails_cannot_tell(answer, message):
    for detector in (windows.full_screen(lambda: answer), windows.quiet(lambda: answer)):
        with pytest.raises(CannotTell, match=message):
            detector.read()


def test_windows_session_messages_are_lock_and_unlock():
    change = windows.WM_WTSSESSION_CHANGE
    assert windows.session_change(change, windows.WTS_SESSION_LOCK) is True
    assert windows.session_change(change, windows.WTS_SESSION_UNLOCK) is False
    assert windows.session_change(change, 0x5) is None  # WTS_SESSION_LOGON
    assert windows.session_change(0x0010, windows.WTS_SESSION_LOCK) is None  # WM_CLOSE


@pytest.mark.parametrize("system", [windows, macos])
def test_a_lock_the_system_tells_of_is_watched(system):
    subscribed: list[Callable[[bool], None]] = []
    lock = system.locked(lambda told: subscribed.append(told) or True)
    told: list[bool] = []
    assert lock.watch(lambda: told.append(lock.read()), idle_after_s=300)
    assert lock.read() is False and len(subscribed) == 1  # asked to be told once
    subscribed[0](True)
    subscribed[0](True)  # said again: no change
    subscribed[0](False)
    assert told == [True, False]
    lock.unwatch()
    subscribed[0](True)
    assert told == [True, False] and lock.read() is True


@pytest.mark.parametrize("system", [windows, macos])
def test_a_lock_that_cannot_be_subscribed_cannot_tell(system):
    lock = system.locked(lambda told: False)
    with pytest.raises(CannotTell, match="could not ask to be told"):
        lock.read()
    assert lock.watch(lambda: None, idle_after_s=300) is False


def test_macos_idle_is_the_seconds_since_any_input():
    assert macos.MacIdle(lambda: 12.5).read() == 12.5
    for garbage in (float("nan"), -1.0, float("inf")):
        with pytest.raises(CannotTell, match="not a time"):
            macos.MacIdle(lambda value=garbage: value).read()


def test_what_macos_and_windows_cannot_tell_is_said():
    assert {u.concern for u in macos.UNAVAILABLE} == {
        Concern.FULL_SCREEN,
        Concern.DO_NOT_DISTURB,
        Concern.CALL,
    }
    assert windows.NO_CALL.concern is Concern.CALL
    desk = Desk([macos.MacIdle(lambda: 3.0)], macos.UNAVAILABLE)
    assert desk.look({Concern.IDLE}).idle_s == 3.0
