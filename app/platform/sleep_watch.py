"""logind's PrepareForSleep: told just before the computer suspends and again on waking.

Qt's timers do not count the time asleep, so on waking the session is caught up at once
rather than at its next timer (which also re-checks the clock every second)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)


class SleepWatch(QObject):
    sleeping = Signal()
    woke = Signal()

    def __init__(
        self,
        bus: Callable[[], QDBusConnection] = QDBusConnection.systemBus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        connection = bus()
        self.listening = connection.isConnected() and connection.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("_prepare_for_sleep(bool)"),
        )
        if not self.listening:
            log.info("not told of suspend by logind; the once-a-second clock check covers it")

    @Slot(bool)
    def _prepare_for_sleep(self, start: bool) -> None:
        log.info("the computer %s", "is going to sleep" if start else "woke up")
        (self.sleeping if start else self.woke).emit()
