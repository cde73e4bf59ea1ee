"""`--quit-after-first-paint`: a launch that ends once the window is on screen.

Packaging tests and the launch benchmark use it. The moment is printed on CLOCK_MONOTONIC,
which the launching process shares, so it can subtract its own start time."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class QuitAfterFirstPaint(QObject):
    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(app)
        self._window = window
        self._app = app
        self._seen = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._seen = True
            # Queued: the rest of this paint pass, and its flush to the screen, come first.
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        self._app.removeEventFilter(self)
        print(f"first paint at {time.monotonic():.6f}", flush=True)
        sys.stdout.flush()
        # exit(), not quit(): Qt 6's quit() first asks the windows to close, and with a tray
        # the window's close puts it away instead, so quit() was refused and the app ran on.
        self._app.exit(0)
