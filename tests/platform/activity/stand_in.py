"""Stand-in desktop services (fake_desktop.py) on a private bus, for the detectors' tests."""

from __future__ import annotations

import json
import os
import select
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtDBus import QDBusConnection, QDBusMessage

from ..logind import SYSTEM_PYTHON
from ..test_sleep_dbus import EVENT_TIMEOUT_S, PrivateBus

FAKE_DESKTOP = Path(__file__).with_name("fake_desktop.py")
# service -> (its bus name, the object whose state the test sets)
SERVICES = {
    "mutter": ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core"),
    "screensaver": ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    "notifications": ("org.freedesktop.Notifications", "/org/freedesktop/Notifications"),
    "logind": ("org.freedesktop.login1", "/org/freedesktop/login1/session/_31"),
}


@dataclass
class StandIn:
    process: subprocess.Popen
    connection: QDBusConnection
    name: str
    path: str
    _pending: bytes = b""

    def event(self, kind: str) -> dict:
        """The stand-in's next event of this kind, the others passed over."""
        while True:
            line = self._line(EVENT_TIMEOUT_S)
            assert line is not None, f"the stand-in said no {kind}"
            if json.loads(line)["event"] == kind:
                return json.loads(line)

    def count(self, kind: str) -> int:
        """How many events of this kind come before the stand-in falls quiet."""
        found = 0
        while (line := self._line(0.2)) is not None:
            found += json.loads(line)["event"] == kind
        return found

    def _line(self, timeout: float) -> bytes | None:
        """The next line it printed, or None if none came within `timeout`. Read from the
        pipe itself: a buffered reader would hold lines that select() then never sees."""
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while b"\n" not in self._pending:
            if not select.select([fd], [], [], timeout)[0]:
                return None
            chunk = os.read(fd, 4096)
            assert chunk, "the stand-in exited"
            self._pending += chunk
        line, _, self._pending = self._pending.partition(b"\n")
        return line

    def set_idle(self, milliseconds: int) -> None:
        self._control("SetIdle", milliseconds)

    def set_state(self, on: bool) -> None:
        self._control("SetState", on)

    def _control(self, method: str, *args: object) -> None:
        message = QDBusMessage.createMethodCall(self.name, self.path, "org.viparita.Test", method)
        message.setArguments(list(args))
        reply = self.connection.call(message)
        assert reply.type() is QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()


@dataclass
class Services:
    """Stand-ins started on one private bus; `bus` is what a detector is handed."""

    private: PrivateBus
    started: list[subprocess.Popen] = field(default_factory=list)

    def bus(self) -> QDBusConnection:
        return self.private.connection

    def serve(self, service: str, mode: str = "well") -> StandIn:
        process = subprocess.Popen(
            [SYSTEM_PYTHON, str(FAKE_DESKTOP), service, mode],
            env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.private.address},
            stdout=subprocess.PIPE,
        )
        self.started.append(process)
        stand_in = StandIn(process, self.private.connection, *SERVICES[service])
        stand_in.event("ready")
        return stand_in

    def stop(self) -> None:
        for process in self.started:
            process.terminate()
            process.wait(10)
