"""The single-instance transport where Python has no Unix sockets (Windows): QtNetwork's
local sockets, which are named pipes there. Imported only on such platforms, as QtNetwork
brings in libraries (Kerberos among them) that nothing else in the app needs."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)


def send_line(path: str, line: bytes, timeout_s: float) -> bytes | None:
    """Send one line and return the first line of the answer (b"" if none came, None if
    nobody took the line)."""
    ms = int(timeout_s * 1000)
    sock = QLocalSocket()
    sock.connectToServer(path)
    if not sock.waitForConnected(ms):
        return None
    sock.write(line)
    sock.waitForBytesWritten(ms)
    answer = bytes(sock.readAll().data()) if sock.waitForReadyRead(ms) else b""
    sock.disconnectFromServer()
    return answer


def connects(path: str, timeout_s: float) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(path)
    alive = probe.waitForConnected(int(timeout_s * 1000))
    probe.abort()
    return alive


class QtLineServer(QObject):
    """Answers each connection's first line with what `answer` returns for it, then hangs
    up, with the limits of the Unix server: a line is at most `line_max` bytes, and one that
    has not come within `timeout_ms` of connecting is not waited for. (The limits are handed
    in: the protocol that sets them, single_instance, imports this module.)"""

    def __init__(
        self,
        path: str,
        answer: Callable[[bytes], bytes],
        *,
        timeout_ms: int,
        line_max: int,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._answer = answer
        self._timeout_ms = timeout_ms
        self._line_max = line_max
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> str | None:
        """None once listening, else why not. The caller has found nobody answering there,
        so a name that is in use is left from a crash, and taken over."""
        if self._server.listen(self._path):
            return None
        log.info("single instance: %s is left from a previous run; taking it over", self._path)
        QLocalServer.removeServer(self._path)
        if self._server.listen(self._path):
            return None
        return self._server.errorString()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.setReadBufferSize(self._line_max)  # Qt reads no more than this ahead of us
            deadline = QTimer(sock)  # goes with the socket
            deadline.setSingleShot(True)
            deadline.timeout.connect(lambda s=sock: self._expire(s))
            deadline.start(self._timeout_ms)
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return  # answered already, and hanging up
        if sock.canReadLine():
            reply = self._answer(bytes(sock.readLine().data()))
            with contextlib.suppress(RuntimeError):
                sock.write(reply)
                sock.disconnectFromServer()  # once the answer is written
        elif sock.bytesAvailable() >= self._line_max:  # a full buffer and no end of line
            self._hang_up(sock)

    def _expire(self, sock: QLocalSocket) -> None:
        """No whole line in time: hang up (a line Qt has read already is answered first)."""
        self._read(sock)
        if sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
            log.info("single instance: a connection sent no command in time; closed")
            self._hang_up(sock)

    @staticmethod
    def _hang_up(sock: QLocalSocket) -> None:
        sock.abort()
        sock.deleteLater()  # abort() of a socket may not say disconnected
