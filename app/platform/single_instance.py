"""One Viparita per user. A second launch hands its window or session command to the running
one over a local socket and exits 0; a socket left behind by a crash is taken over.

Only commands that act on the window or a session are handed over. Anything that prints
(--version, bad arguments) is answered by the new process before it gets here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.paths import APP_DIR_NAME

log = logging.getLogger(__name__)

HANDOVER_TIMEOUT_MS = 2000


@dataclass(frozen=True)
class Command:
    """What a launch asks for: show the window (or only the tray), and maybe a session."""

    tray_only: bool = False
    start_s: float | None = None
    profile: str | None = None

    @property
    def starts_session(self) -> bool:
        """It asks for the entry guidance, which always shows the window."""
        return self.start_s is not None or self.profile is not None

    def to_line(self) -> bytes:
        return json.dumps(asdict(self)).encode("utf-8") + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Command | None:
        try:
            data: Any = json.loads(line.decode("utf-8"))
            start = data.get("start_s")
            profile = data.get("profile")
            return cls(
                tray_only=data.get("tray_only") is True,
                start_s=float(start) if isinstance(start, (int, float)) else None,
                profile=profile if isinstance(profile, str) else None,
            )
        except (ValueError, AttributeError, UnicodeDecodeError):
            return None


def socket_path() -> str:
    """A per-user socket in the runtime dir (private to the user), or a private temp dir."""
    candidates = [Path(platformdirs.user_runtime_dir(APP_DIR_NAME, appauthor=False))]
    candidates.append(Path(tempfile.gettempdir()) / f"{APP_DIR_NAME}-{os.getuid()}")
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            os.chmod(folder, 0o700)
        except OSError:
            continue
        return str(folder / "instance.sock")
    return f"{APP_DIR_NAME}-{os.getuid()}"  # Qt picks its own place for a bare name


def hand_over(command: Command, path: str, timeout_ms: int = HANDOVER_TIMEOUT_MS) -> bool:
    """Give `command` to a running instance. False if none answers."""
    sock = QLocalSocket()
    sock.connectToServer(path)
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(command.to_line())
    sock.waitForBytesWritten(timeout_ms)
    answered = sock.waitForReadyRead(timeout_ms) and bytes(sock.readAll().data()).startswith(b"ok")
    sock.disconnectFromServer()
    return answered


def _answers(path: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(path)
    alive = probe.waitForConnected(500)
    probe.abort()
    return alive


class InstanceServer(QObject):
    """Listens for later launches and passes on what they ask for."""

    commandReceived = Signal(object)  # Command

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen, taking over a socket file that nobody answers on (a crashed instance)."""
        if os.path.exists(self.path) and not _answers(self.path):
            log.info("single instance: %s is left from a previous run; taking it over", self.path)
            QLocalServer.removeServer(self.path)
        if self._server.listen(self.path):
            return True
        reason = self._server.errorString()
        log.warning("single instance: cannot listen on %s: %s", self.path, reason)
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            return
        command = Command.from_line(bytes(sock.readLine().data()))
        with contextlib.suppress(RuntimeError):
            sock.write(b"ok\n" if command else b"error\n")
            sock.flush()
        if command is not None:
            log.info("single instance: command from a second launch: %s", command)
            self.commandReceived.emit(command)
