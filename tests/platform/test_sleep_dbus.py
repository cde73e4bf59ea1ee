"""Holding off suspend, and hearing of it, over a real D-Bus: a private bus started for each
test (dbus-daemon), with a stand-in logind on it (fake_logind.py, which hands out real file
descriptors and sees them closed). The app talks to it as it would to the system bus."""

from __future__ import annotations

import json
import os
import select
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from app.core.clock import FakeClock
from app.core.session import SessionConfig, Stage
from app.platform.sleep_inhibit import (
    FirstThatWorks,
    LogindInhibitor,
    MacInhibitor,
    ScreenSaverInhibitor,
    WindowsInhibitor,
)
from app.platform.sleep_watch import SleepWatch
from app.ui.session.controller import SessionController
from app.ui.session.sleep_guard import SleepGuard

from .logind import FAKE_LOGIND, SYSTEM_PYTHON, need_bus_tools

EVENT_TIMEOUT_S = 10


@dataclass
class PrivateBus:
    address: str
    connection: QDBusConnection
    logind: subprocess.Popen | None

    def event(self) -> dict:
        """The stand-in's next event, waiting for it as long as it takes to arrive."""
        assert self.logind is not None and self.logind.stdout is not None
        ready, _, _ = select.select([self.logind.stdout], [], [], EVENT_TIMEOUT_S)
        assert ready, "the stand-in logind said nothing"
        return json.loads(self.logind.stdout.readline())

    def quiet(self) -> bool:
        """Nothing more to read just now."""
        assert self.logind is not None and self.logind.stdout is not None
        return not select.select([self.logind.stdout], [], [], 0.2)[0]

    def emit_prepare_for_sleep(self, start: bool) -> None:
        manager = QDBusInterface(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            self.connection,
        )
        manager.call("EmitPrepareForSleep", start)


def start_bus(with_logind: bool, name: str) -> Iterator[PrivateBus]:
    need_bus_tools()
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    logind = None
    try:
        address = daemon.stdout.readline().strip()
        if with_logind:
            logind = subprocess.Popen(
                [SYSTEM_PYTHON, str(FAKE_LOGIND)],
                env={**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": address},
                stdout=subprocess.PIPE,
                text=True,
            )
        connection = QDBusConnection.connectToBus(address, name)
        assert connection.isConnected()
        bus = PrivateBus(address, connection, logind)
        if logind is not None:
            assert bus.event() == {"event": "ready"}
        yield bus
        QDBusConnection.disconnectFromBus(name)
    finally:
        if logind is not None:
            logind.terminate()
            logind.wait(10)
        daemon.terminate()
        daemon.wait(10)


@pytest.fixture
def bus(qapp, request) -> Iterator[PrivateBus]:
    yield from start_bus(True, f"logind-{request.node.name}")


@pytest.fixture
def empty_bus(qapp, request) -> Iterator[PrivateBus]:
    yield from start_bus(False, f"empty-{request.node.name}")


def test_inhibit_asks_logind_for_sleep_and_idle_and_closing_releases(bus):
    inhibitor = LogindInhibitor(lambda: bus.connection)
    assert inhibitor.acquire() is None
    call = bus.event()
    assert call["event"] == "inhibit"
    assert (call["what"], call["who"], call["mode"]) == ("sleep:idle", "Viparita", "block")
    assert "shutdown" not in call["what"] and "handle" not in call["what"]  # nothing else
    assert bus.quiet()  # held while the descriptor is open
    inhibitor.release()
    assert bus.event() == {"event": "release", "n": call["n"]}


def test_a_session_holds_sleep_off_from_hold_to_the_end_of_the_pause(bus):
    clock = FakeClock()
    controller = SessionController(clock)
    SleepGuard(controller, FirstThatWorks([LogindInhibitor(lambda: bus.connection)]))
    controller.start(SessionConfig(hold_s=60, settle_s=10, pause_s=30))
    assert controller.stage is Stage.SETTLING and bus.quiet()  # not yet: only hold and pause
    clock.advance(10)
    controller.tick()
    assert controller.stage is Stage.HOLD
    inhibit = bus.event()
    assert inhibit["event"] == "inhibit"
    for stage in (Stage.EXIT, Stage.SEATED_PAUSE):
        while controller.stage is not stage:
            clock.advance(controller.session.next_deadline(clock.now()) - clock.now())
            controller.tick()
        assert bus.quiet()  # one request for the whole way down
    clock.advance(30)
    controller.tick()
    assert controller.stage is Stage.DONE
    assert bus.event() == {"event": "release", "n": inhibit["n"]}
    controller._timer.stop()


def test_waking_from_a_suspend_catches_the_hold_up_at_once(bus, qtbot):
    """Suspend as it is: the boot-time clock jumps while no Qt timer ran. logind's
    PrepareForSleep(false) brings the end of the hold at once."""
    clock = FakeClock()
    controller = SessionController(clock)
    watch = SleepWatch(lambda: bus.connection)
    assert watch.listening
    SleepGuard(controller, FirstThatWorks([LogindInhibitor(lambda: bus.connection)]), watch)
    controller.start(SessionConfig(hold_s=600, settle_s=0, pause_s=30))
    controller._timer.stop()  # asleep: no timer fires
    cues = []
    controller.cueDue.connect(lambda event: cues.append(event))
    with qtbot.waitSignal(watch.sleeping, timeout=EVENT_TIMEOUT_S * 1000):
        bus.emit_prepare_for_sleep(True)
    clock.advance(900)  # slept 15 minutes, past the hold's end
    with qtbot.waitSignal(watch.woke, timeout=EVENT_TIMEOUT_S * 1000):
        bus.emit_prepare_for_sleep(False)
    assert controller.stage is Stage.EXIT
    assert [e.cue.value for e in cues] == ["hold_end"]
    assert cues[0].fired - cues[0].due == pytest.approx(300)  # late, and said so
    summary = controller.view().summary
    assert summary.time_in_pose == pytest.approx(900)  # the real time lying down
    controller._timer.stop()


def test_without_logind_or_a_screensaver_the_session_goes_on(empty_bus, caplog):
    clock = FakeClock()
    controller = SessionController(clock)
    ways = FirstThatWorks(
        [
            LogindInhibitor(lambda: empty_bus.connection),
            ScreenSaverInhibitor(lambda: empty_bus.connection),
        ]
    )
    SleepGuard(controller, ways)
    controller.start(SessionConfig(hold_s=60, settle_s=0, pause_s=30))
    assert controller.stage is Stage.HOLD and ways.held is None
    warning = [r.getMessage() for r in caplog.records if "cannot hold off sleep" in r.message]
    assert warning and "logind" in warning[0] and "ScreenSaver" in warning[0]
    controller._timer.stop()


def test_windows_and_macos_calls_with_stand_ins():
    states: list[int] = []
    windows = WindowsInhibitor(lambda flags: states.append(flags) or 1)
    assert windows.acquire() is None
    windows.release()
    assert states == [0x80000001, 0x80000000]  # continuous + system required, then cleared
    assert WindowsInhibitor(lambda flags: 0).acquire() == "SetThreadExecutionState refused"

    released: list[int] = []
    mac = MacInhibitor(lambda reason: 7, released.append)
    assert mac.acquire() is None
    mac.release()
    mac.release()
    assert released == [7]
    assert MacInhibitor(lambda reason: None, released.append).acquire() is not None
