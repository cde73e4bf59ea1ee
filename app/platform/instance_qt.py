"""The single-instance transport where Python has no Unix sockets (Windows): QtNetwork's
local sockets, which are named pipes there. Imported only on such platforms, as QtNetwork
brings in libraries (Kerberos among them) that nothing else in the app needs."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
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
    """Answers each connection's first line with what `answer` returns for it."""

    def __init__(self, path: str, answer: Callable[[bytes], bytes], parent: QObject) -> None:
        super().__init__(parent)
        self._path = path
        self._answer = answer
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
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            return
        reply = self._answer(bytes(sock.readLine().data()))
        with contextlib.suppress(RuntimeError):
            sock.write(reply)
            sock.flush()
