"""With the window put away, Qt's pixmap cache keeps what the window drew, and its flush
timer wakes the app every 30 s to look at it: the one timer an idle app in the tray should
have is the next reminder's. So the cache is emptied when the window goes, and after each
paint while it is away (the tray icon's), and then it has nothing to flush."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget


class PixmapCacheTrim(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._away = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)  # after the paint, or the hiding, is done
        self._pending.timeout.connect(self._trim)
        window.installEventFilter(self)
        if not window.isVisible():
            self._put_away()

    def _put_away(self) -> None:
        self._away = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # an app with no window gets few events
        self._pending.start()

    def _back(self) -> None:
        self._away = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Show and self._away:
            self._back()
        elif watched is self._window and kind == QEvent.Type.Hide and not self._away:
            self._put_away()
        elif self._away and kind == QEvent.Type.Paint:
            self._pending.start()
        return False

    def _trim(self) -> None:
        if self._away:
            QPixmapCache.clear()
