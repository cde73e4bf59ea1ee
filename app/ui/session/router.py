"""Which page a running session shows: one for each stage, told to the window as the stage
changes, and each new view drawn on it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...core.stages import Stage
from .status import window_title

if TYPE_CHECKING:
    from ...core.session import SessionView
    from ..shell.surface import PageHost
    from .controller import SessionController

log = logging.getLogger(__name__)

STAGE_PAGES = {
    Stage.TRANSITION: "pose",
    Stage.POSE: "pose",
    Stage.SETTLING: "settling",
    Stage.HOLD: "hold",
    Stage.EXIT: "exit",
    Stage.SEATED_PAUSE: "closing",
    Stage.DONE: "closing",
}


def page_for(view: SessionView) -> str:
    """In a routine, legs up the wall is announced on the pose card like every other pose."""
    if view.pose is not None and view.stage is Stage.SETTLING:
        return "pose"
    return STAGE_PAGES[view.stage]


class SessionRouter(QObject):
    def __init__(
        self, controller: SessionController, window: PageHost, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.window = window
        self._shown_step: tuple[Stage, int] | None = None
        controller.stageChanged.connect(self._on_stage)
        controller.viewChanged.connect(self._on_view)

    def set_reduced_motion(self, reduced: bool) -> None:
        hold = self.window.built("hold")
        if hold is not None:  # built: its module is imported
            from .pages.timed import HoldPage

            assert isinstance(hold, HoldPage)
            hold.set_reduced_motion(reduced)

    def _on_stage(self, stage: Stage) -> None:
        view = self.controller.view()
        self.window.show_page(page_for(view) if view is not None else STAGE_PAGES[stage])
        if stage is Stage.EXIT and (self.window.isHidden() or self.window.isMinimized()):
            # The hold ended while the window was put away: the exit guidance is there for
            # whoever looks, and the focus is left where it is.
            self.window.reveal_quietly()
            log.info(
                "hold over: window shown at the exit guidance, marked urgent, focus left alone"
            )

    def _on_view(self, view: SessionView) -> None:
        page = self.window.built(page_for(view))
        if page is not None and hasattr(page, "render"):
            page.render(view)
        if view.stage is Stage.EXIT and self._shown_step != (view.stage, view.step_index):
            # No step name: "shake" (out the legs) would tell of tingling.
            log.info("exit step %d of %d", view.step_index + 1, view.step_count)
        self._shown_step = (view.stage, view.step_index)
        self.window.setWindowTitle(window_title(view))
