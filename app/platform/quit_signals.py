"""SIGINT and SIGTERM ask the window to close, the same way the close button does.

So Ctrl+C in a terminal, or a session manager logging out, during the seated pause is
deferred until the pause ends like any other request to quit. Python runs signal handlers
only between bytecodes, which never happens while Qt sleeps in its event loop; the handler's
wake-up byte on a socket pair is what brings the loop back (POSIX only).
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


class QuitSignals(QObject):
    def __init__(self, on_quit: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_quit = on_quit
        self._reader, writer = socket.socketpair()
        self._writer = writer
        for sock in (self._reader, writer):
            sock.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self._note)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._pending: list[int] = []

    def _note(self, signum: int, frame: object) -> None:
        self._pending.append(signum)

    def _drain(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._reader.recv(64)
        while self._pending:
            log.info("signal %s: asking the window to close", self._pending.pop(0))
            self._on_quit()


def install(on_quit: Callable[[], object], parent: QObject) -> QuitSignals | None:
    if not hasattr(signal, "SIGTERM") or not hasattr(socket, "socketpair"):
        return None
    try:
        return QuitSignals(on_quit, parent)
    except (OSError, ValueError) as exc:  # not the main thread, or no sockets
        log.warning("cannot watch for quit signals: %s", exc)
        return None
