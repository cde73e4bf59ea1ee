"""The running app's side of the single instance: it listens for later launches and passes
on what they ask for.

Plain Unix sockets with a QSocketNotifier, not QtNetwork, which would bring 2.6 MiB of
libraries (Kerberos among them) for this one socket; Windows, which Python gives no Unix
sockets, uses QtNetwork's named pipes (instance_qt.py)."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from app.platform.single_instance import UNIX_SOCKETS, Command, answers

if TYPE_CHECKING:
    from app.platform.instance_qt import QtLineServer

log = logging.getLogger(__name__)

LINE_MAX = 4096  # a command is about 60 bytes; a longer line is not one


class InstanceServer(QObject):
    """Listens for later launches and passes on what they ask for."""

    commandReceived = Signal(object)  # Command

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}
        self._qt: QtLineServer | None = None  # where there are no Unix sockets

    def listen(self) -> bool:
        """Listen, taking over a socket that nobody answers on (a crashed instance)."""
        if answers(self.path):
            reason: str | None = "another instance listens there"
        elif not UNIX_SOCKETS:
            from app.platform.instance_qt import QtLineServer

            self._qt = QtLineServer(self.path, self._answer, self)
            reason = self._qt.listen()
        else:
            reason = self._listen_unix()
        if reason is None:
            return True
        log.warning("single instance: cannot listen on %s: %s", self.path, reason)
        return False

    def _listen_unix(self) -> str | None:
        if os.path.exists(self.path):
            log.info("single instance: %s is left from a previous run; taking it over", self.path)
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(self.path)
            os.chmod(self.path, 0o600)  # the folder is private too; this says it twice
            sock.listen(8)
            sock.setblocking(False)
        except OSError as exc:
            sock.close()
            return exc.strerror or str(exc)
        self._sock = sock
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return None

    def close(self) -> None:
        if self._qt is not None:
            self._qt.close()
        for fd in list(self._clients):
            self._drop(fd)
        if self._sock is not None:
            assert self._notifier is not None
            self._notifier.setEnabled(False)
            self._sock.close()
            self._sock = None
            with contextlib.suppress(OSError):
                os.unlink(self.path)

    def _accept(self) -> None:
        assert self._sock is not None
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:  # BlockingIOError: none left waiting
                return
            conn.setblocking(False)
            notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
            fd = conn.fileno()
            notifier.activated.connect(lambda *_, fd=fd: self._read(fd))
            self._clients[fd] = (conn, notifier, bytearray())

    def _read(self, fd: int) -> None:
        conn, _, buffer = self._clients[fd]
        try:
            chunk = conn.recv(LINE_MAX)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        buffer += chunk
        if b"\n" in buffer or not chunk or len(buffer) >= LINE_MAX:
            try:
                if b"\n" in buffer:
                    with contextlib.suppress(OSError):
                        conn.send(self._answer(bytes(buffer.split(b"\n", 1)[0]) + b"\n"))
            finally:  # a closed socket stays readable: kept, it would be read forever
                self._drop(fd)

    def _drop(self, fd: int) -> None:
        conn, notifier, _ = self._clients.pop(fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        conn.close()

    def _answer(self, line: bytes) -> bytes:
        command = Command.from_line(line)
        if command is None:
            return b"error\n"
        log.info("single instance: command from a second launch: %s", command)
        self.commandReceived.emit(command)
        return b"ok\n"
