"""The desktop services the detectors ask over D-Bus, as stand-ins on a private bus
(fake_desktop.py): Mutter's IdleMonitor, org.freedesktop.ScreenSaver, Notifications'
Inhibited and logind's LockedHint, each answering well, never (a hung peer) or with
garbage. The app's side is the real one, QtDBus."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QCoreApplication

from app.platform.activity import CannotTell, Concern, Desk
from app.platform.activity.desk import RETRY_S
from app.platform.activity.do_not_disturb import NotificationsInhibited
from app.platform.activity.idle_dbus import MutterIdle, ScreenSaverIdle
from app.platform.activity.locked import LogindLocked, ScreenSaverLocked

from .stand_in import Services

WAIT_MS = 10_000


def test_mutter_answers_the_idle_time_in_seconds(services: Services):
    mutter = services.serve("mutter")
    mutter.set_idle(90_500)
    assert MutterIdle(services.bus).read() == 90.5


def test_mutter_watches_tell_of_going_idle_and_coming_back_without_polling(services, qtbot):
    mutter = services.serve("mutter")
    idle = MutterIdle(services.bus)
    told: list[float] = []
    assert idle.watch(lambda: told.append(idle.read()), idle_after_s=300)
    # The interval went out as the uint64 Mutter declares (the stand-in, like GDBus, refuses
    # an int32), in milliseconds.
    added = mutter.event("add_idle_watch")
    assert added["interval"] == 300_000
    mutter.set_idle(300_000)  # five minutes without input: the idle watch fires
    qtbot.waitUntil(lambda: told == [300.0], timeout=WAIT_MS)
    mutter.event("add_user_active_watch")  # to hear the person come back
    mutter.set_idle(0)  # input again: the user-active watch fires, once
    qtbot.waitUntil(lambda: told == [300.0, 0.0], timeout=WAIT_MS)
    idle.unwatch()
    assert mutter.event("remove_watch")["id"] == added["id"]
    mutter.set_idle(300_000)
    QCoreApplication.processEvents()
    assert told == [300.0, 0.0]  # no longer told


def test_mutter_watch_starting_while_away_listens_for_the_return(services, qtbot):
    mutter = services.serve("mutter")
    mutter.set_idle(400_000)
    idle = MutterIdle(services.bus)
    told: list[bool] = []
    assert idle.watch(lambda: told.append(True), idle_after_s=300)
    mutter.event("add_user_active_watch")
    mutter.set_idle(0)
    qtbot.waitUntil(lambda: told == [True], timeout=WAIT_MS)
    idle.close()


def test_the_screensaver_answers_the_idle_time_and_is_polled(services: Services):
    services.serve("screensaver").set_idle(61_000)
    idle = ScreenSaverIdle(services.bus)
    assert idle.read() == 61.0
    assert idle.watch(lambda: None, idle_after_s=300) is False  # the caller polls it


def test_logind_locked_hint_is_read_for_the_person_s_session(services: Services):
    logind = services.serve("logind")
    locked = LogindLocked(services.bus)
    assert locked.read() is False
    logind.set_state(True)
    assert locked.read() is True


@pytest.mark.parametrize(
    ("service", "kind"), [("logind", LogindLocked), ("notifications", NotificationsInhibited)]
)
def test_a_property_s_change_is_told_once_and_others_wake_nothing(services, qtbot, service, kind):
    stand_in = services.serve(service)
    detector = kind(services.bus)
    told: list[bool] = []
    assert detector.watch(lambda: told.append(detector.read()), idle_after_s=300)
    stand_in.set_state(True)  # the stand-in sends another property's change first
    qtbot.waitUntil(lambda: told == [True], timeout=WAIT_MS)
    QCoreApplication.processEvents()
    assert told == [True]  # two signals, one change
    stand_in.set_state(False)
    qtbot.waitUntil(lambda: told == [True, False], timeout=WAIT_MS)
    detector.unwatch()
    stand_in.set_state(True)
    QCoreApplication.processEvents()
    assert told == [True, False]


def test_the_screensaver_tells_when_it_locks(services, qtbot):
    screensaver = services.serve("screensaver")
    locked = ScreenSaverLocked(services.bus)
    told: list[bool] = []
    assert locked.watch(lambda: told.append(locked.read()), idle_after_s=300)
    screensaver.set_state(True)
    qtbot.waitUntil(lambda: told == [True], timeout=WAIT_MS)
    locked.close()


def test_notifications_inhibited_is_do_not_disturb(services: Services):
    services.serve("notifications").set_state(True)
    assert NotificationsInhibited(services.bus).read() is True


DETECTORS = {
    "mutter": MutterIdle,
    "screensaver": ScreenSaverIdle,
    "notifications": NotificationsInhibited,
    "logind": LogindLocked,
}


@pytest.mark.parametrize("service", DETECTORS)
def test_a_service_that_answers_garbage_cannot_tell_and_says_what_it_got(services, service):
    services.serve(service, "garbage")
    with pytest.raises(CannotTell, match="'soon'"):
        DETECTORS[service](services.bus).read()


# Within this limit only with a timeout shorter than Qt's default of 25 s (these two calls
# take twice the detectors' 0.5 s); a hung peer would otherwise hold the app that long.
@pytest.mark.timeout(20)
@pytest.mark.parametrize("service", ["mutter", "logind"])
def test_a_hung_service_times_out(services, service):
    services.serve(service, "hung")
    detector = DETECTORS[service](services.bus)
    with pytest.raises(CannotTell, match=r"(?i)reply"):  # Qt: "Did not receive a reply ..."
        detector.read()
    assert detector.watch(lambda: None, idle_after_s=300) is False


def test_the_screensaver_lock_garbage_cannot_tell(services: Services):
    services.serve("screensaver", "garbage")
    with pytest.raises(CannotTell, match="not true or false"):
        ScreenSaverLocked(services.bus).read()


def test_no_service_at_all_cannot_tell(services: Services):
    for detector in (
        MutterIdle(services.bus),
        ScreenSaverIdle(services.bus),
        LogindLocked(services.bus),
        ScreenSaverLocked(services.bus),
        NotificationsInhibited(services.bus),
    ):
        with pytest.raises(CannotTell):
            detector.read()
        assert detector.watch(lambda: None, idle_after_s=300) is False


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_hung_peer_is_logged_once_rests_and_the_other_way_answers(services, caplog):
    """Mutter hangs, the screensaver answers: the idle time comes from the screensaver, the
    log says once why Mutter could not tell, and Mutter's timeout is not paid again until
    it has rested."""
    mutter = services.serve("mutter", "hung")
    services.serve("screensaver").set_idle(42_000)
    clock = Clock()
    desk = Desk([MutterIdle(services.bus), ScreenSaverIdle(services.bus)], clock=clock)
    caplog.set_level(logging.WARNING, logger="app.platform.activity")
    assert desk.look({Concern.IDLE}).idle_s == 42.0
    clock.now += 60
    assert desk.look({Concern.IDLE}).idle_s == 42.0  # Mutter rests: not asked
    assert mutter.count("asked") == 1
    clock.now += RETRY_S
    assert desk.look({Concern.IDLE}).idle_s == 42.0
    assert mutter.count("asked") == 1  # asked again after its rest, and hung again
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "org.gnome.Mutter.IdleMonitor" in warnings[0] and "reply" in warnings[0].lower()
    desk.close()
