"""The window's first paint: what waits for it, and `--quit-after-first-paint`.

Start-up defers what the start screen does not need until it has been painted. Packaging
tests and the launch benchmark end a launch there; the moment is printed on CLOCK_MONOTONIC,
which the launching process shares, so it can subtract its own start time."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

LATEST_MS = 3000  # a window that is never exposed (no compositor, say) does not hold it up


class _FirstPaint(QObject):
    """One per window (its child): the callbacks run in the order they were added."""

    def __init__(self, window: QWidget, latest_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self.waiting: list[Callable[[float], object]] = []
        self.painted = False
        # The window's own events only: a filter on the whole application would run Python
        # for every event of every widget made meanwhile (the start page: 70 ms more).
        # The window is painted first in its paint pass, so its Paint event starts the pass.
        window.installEventFilter(self)
        self._latest = self._timer(latest_ms, self._painted)
        self._next_turn = self._timer(0, self._call)
        self._latest.start()

    def _timer(self, ms: int, then: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(then)
        return timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and watched is self._window and event.type() == QEvent.Type.Paint:
            self._painted()
        return False

    def _painted(self) -> None:
        if self.painted:
            return
        self.painted = True
        self._window.removeEventFilter(self)
        self._latest.stop()
        # Queued: the rest of this paint pass, and its flush to the screen, come first.
        self.call_soon()

    def call_soon(self) -> None:
        self._next_turn.start()

    def _call(self) -> None:
        # The watcher stays, spent, as the window's child: deleting it (deleteLater) crashed
        # in ~QObject under PySide6 6.11, in tests after others had run, so it could at a
        # launch too. One asked for later runs on the next turn, the paint being done.
        moment = time.monotonic()
        waiting, self.waiting = self.waiting, []
        for then in waiting:
            then(moment)


def when_painted(
    window: QWidget, then: Callable[[float], object], latest_ms: int = LATEST_MS
) -> None:
    """`then(moment)` once the window's first paint is done (or `latest_ms` later)."""
    watcher = window.findChild(_FirstPaint) or _FirstPaint(window, latest_ms)
    watcher.waiting.append(then)
    if watcher.painted:
        watcher.call_soon()  # already under way if the paint was a moment ago


class QuitAfterFirstPaint(QObject):
    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        when_painted(window, self._finish)

    def _finish(self, moment: float) -> None:
        print(f"first paint at {moment:.6f}", flush=True)
        # exit(), not quit(): Qt 6's quit() first asks the windows to close, and with a tray
        # the window's close puts it away instead, so quit() was refused and the app ran on.
        self._app.exit(0)
