"""Where the session is, in a few words: for the window title, the tray's tooltip and its
menu's first line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ... import APP_NAME
from ...core.durations import format_clock
from ...core.stages import STAGE_NAMES, Stage
from ..style.text import fill, t

if TYPE_CHECKING:
    from ...core.session import SessionView


def window_title(view: SessionView | None) -> str:
    """ "Hold 7:32 – Viparita": the stage and the time left, readable in a taskbar."""
    if view is None or view.stage is Stage.DONE:
        return APP_NAME
    title = QCoreApplication.translate("SessionStatus", "%1 %2 – Viparita")
    return fill(title, t(STAGE_NAMES[view.stage]), format_clock(view.remaining))


def status_line(view: SessionView | None) -> str:
    """ "Hold: 7:32 left", "Hold, paused: 7:32 left", or "Session done" after the pause."""
    if view is None:
        return ""
    if view.stage is Stage.DONE:
        return QCoreApplication.translate("SessionStatus", "Session done")
    if view.paused:
        template = QCoreApplication.translate("SessionStatus", "%1, paused: %2 left")
    else:
        template = QCoreApplication.translate("SessionStatus", "%1: %2 left")
    return fill(template, t(STAGE_NAMES[view.stage]), format_clock(view.remaining))
