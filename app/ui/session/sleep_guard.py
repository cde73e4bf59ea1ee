"""Holds off suspend from the start of the hold to the end of the seated pause, and catches
the session up when the computer wakes."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...core.session import Stage
from ...platform.sleep_inhibit import FirstThatWorks
from ...platform.sleep_watch import SleepWatch
from .controller import SessionController

# A routine keeps the computer awake for its other poses too: the person is on the floor.
HELD_STAGES = (Stage.TRANSITION, Stage.POSE, Stage.HOLD, Stage.EXIT, Stage.SEATED_PAUSE)


class SleepGuard(QObject):
    def __init__(
        self,
        controller: SessionController,
        inhibitor: FirstThatWorks,
        watch: SleepWatch | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or controller)
        self.inhibitor = inhibitor
        controller.stageChanged.connect(self._on_stage)
        controller.sessionEnded.connect(inhibitor.release)
        if watch is not None:
            watch.woke.connect(controller.tick)

    def _on_stage(self, stage: Stage) -> None:
        if stage in HELD_STAGES:
            self.inhibitor.acquire()  # a failure is logged; the session goes on regardless
        else:
            self.inhibitor.release()
