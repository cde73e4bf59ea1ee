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
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from .single_instance import LINE_MAX, UNIX_SOCKETS, Command, answers

if TYPE_CHECKING:
    from .instance_qt import QtLineServer

log = logging.getLogger(__name__)

# A launch sends its line as soon as it is connected, and waits 2 s for the answer: one that
# has sent no whole line in this long never will (killed, or not a launch at all).
CLIENT_TIMEOUT_MS = 10_000
# accept() that fails for want of file descriptors leaves the connection queued, so the socket
# reads ready again at once: listening pauses this long instead of trying in a tight loop.
ACCEPT_RETRY_MS = 500


class _Client(NamedTuple):
    conn: socket.socket
    notifier: QSocketNotifier
    buffer: bytearray
    deadline: QTimer


class InstanceServer(QObject):
    """Listens for later launches and passes on what they ask for."""

    commandReceived = Signal(object)  # Command

    def __init__(
        self,
        path: str,
        parent: QObject | None = None,
        *,
        client_timeout_ms: int = CLIENT_TIMEOUT_MS,
        accept_retry_ms: int = ACCEPT_RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._client_timeout_ms = client_timeout_ms
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, _Client] = {}
        self._resume = QTimer(self)  # listening again after a failed accept()
        self._resume.setSingleShot(True)
        self._resume.setInterval(accept_retry_ms)
        self._resume.timeout.connect(self._listen_again)
        self._accept_failed = False  # since the last connection taken: one warning, not many
        self._qt: QtLineServer | None = None  # where there are no Unix sockets

    def listen(self) -> bool:
        """Listen, taking over a socket that nobody answers on (a crashed instance)."""
        if answers(self.path):
            reason: str | None = "another instance listens there"
        elif not UNIX_SOCKETS:
            from .instance_qt import QtLineServer

            self._qt = QtLineServer(
                self.path,
                self._answer,
                timeout_ms=self._client_timeout_ms,
                line_max=LINE_MAX,
                parent=self,
            )
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
        self._resume.stop()
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
            except BlockingIOError:  # none left waiting
                return
            except ConnectionAbortedError:  # gone before it was taken
                continue
            except OSError as exc:  # EMFILE, ENFILE, ENOBUFS: it stays queued
                self._pause_listening(exc)
                return
            self._accept_failed = False
            self._take(conn)

    def _pause_listening(self, exc: OSError) -> None:
        assert self._notifier is not None
        if not self._accept_failed:
            log.warning(
                "single instance: cannot take a connection (%s); trying every %d ms",
                exc.strerror or exc,
                self._resume.interval(),
            )
        self._accept_failed = True
        self._notifier.setEnabled(False)
        self._resume.start()

    def _listen_again(self) -> None:
        if self._notifier is not None and self._sock is not None:
            self._notifier.setEnabled(True)  # still queued: it is activated at once

    def _take(self, conn: socket.socket) -> None:
        conn.setblocking(False)
        fd = conn.fileno()
        notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        notifier.activated.connect(lambda *_, fd=fd: self._read(fd))
        deadline = QTimer(self)
        deadline.setSingleShot(True)
        deadline.timeout.connect(lambda fd=fd: self._expire(fd))
        deadline.start(self._client_timeout_ms)
        self._clients[fd] = _Client(conn, notifier, bytearray(), deadline)

    def _read(self, fd: int) -> None:
        conn, _, buffer, _ = self._clients[fd]
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

    def _expire(self, fd: int) -> None:
        """No whole line in time. One may be waiting unread behind a busy event loop,
        which runs this timer and the socket's notifier in either order: read it first."""
        if fd in self._clients:
            self._read(fd)
        if fd in self._clients:
            log.info("single instance: a connection sent no command in time; closed")
            self._drop(fd)

    def _drop(self, fd: int) -> None:
        conn, notifier, _, deadline = self._clients.pop(fd)
        deadline.stop()
        deadline.deleteLater()
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
