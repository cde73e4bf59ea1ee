"""What closing the window and quitting do during a session: ask first; during the way down and
the seated pause, wait for the pause to end. Without a session, closing is quitting. (With a
tray, closing puts the window away instead: the tray sees the close first, tray.py.)"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from ...core.stages import Stage
from . import notice

if TYPE_CHECKING:
    from ..session.controller import SessionController
    from .surface import Surface

log = logging.getLogger(__name__)


class QuitGuard(QObject):
    quitNow = Signal()  # nothing stands in the way: the app may quit

    def __init__(
        self, controller: SessionController, window: Surface, parent: QObject | None = None
    ) -> None:
        """Watches the window's close events from now on."""
        super().__init__(parent)
        self.window = window
        self.controller = controller
        self.linger_ms = 2500  # lets the last chime ring out before a deferred quit
        self.pending = False
        self._leaving = False  # the deferred quit is on its way
        self._allowed = False
        self.controller.stageChanged.connect(self._on_stage)
        window.installEventFilter(self)

    def quitting(self) -> bool:
        """The quit is under way: the window's close is the app's, not a putting away."""
        return self._allowed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._close_event(event)
            return True  # answered here: accepted, the window closes; ignored, it stays
        return False

    def _close_event(self, event: QEvent) -> None:
        """Closing during a session asks first, as Quit does."""
        if self._allowed or not self.controller.active:
            event.accept()
            self.quitNow.emit()
            return
        event.ignore()
        self.request()

    def request(self) -> None:
        """Quit (menu, tray, Ctrl+Q, SIGTERM): at once with no session; during one, never
        before the seated pause is over."""
        if not self.controller.active:
            self._quit()
            return
        window = self.window
        if window.isHidden() or window.isMinimized():
            window.bring_forward()  # what follows has to be read
        if self.controller.must_stay:
            self._defer()
            return
        notice.post(
            self.tr("A session is running. Come down slowly before Viparita closes?"),
            [
                (self.tr("Come down now"), self._come_down_then_quit),
                (self.tr("Keep going"), notice.dismiss),
            ],
        )

    def _come_down_then_quit(self) -> None:
        """Only the inversion has a way down. A routine's other poses are simply left: told
        to come down there, a routine moved on to its next pose and kept the app open."""
        if self.controller.stage in (Stage.SETTLING, Stage.HOLD):
            self.controller.come_down()
        if self.controller.must_stay:
            self._defer()
        else:
            self._quit()

    def _defer(self) -> None:
        self.pending = True
        log.info("quit deferred until the seated pause ends")
        notice.post(
            self.tr(
                "Please stay seated until the pause is over. Viparita will close by itself "
                "when it ends."
            )
        )

    def _on_stage(self, stage: Stage) -> None:
        # The seated pause is over: the session is done, or a routine goes on to a pose
        # that the person has asked to leave.
        if self.pending and not self._leaving and not self.controller.must_stay:
            self._leaving = True
            QTimer.singleShot(self.linger_ms, self._quit)

    def _quit(self) -> None:
        self._allowed = True
        self.window.close()
