"""What a launch asks for, done: this launch's own command at start, or a later launch's
handed over. The window shows unless only the tray was asked for and there is one to stay in;
a session command always shows it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ...platform.single_instance import Command
    from .surface import Surface

log = logging.getLogger(__name__)


class RunsCommands(Protocol):
    def run_command(self, command: Command) -> None: ...


class TrayToStayIn(Protocol):
    def usable(self) -> bool: ...


def _in_tray(tray: TrayToStayIn | None) -> bool:
    return tray is not None and tray.usable()


def start_up(
    command: Command,
    start_in_tray: bool,
    flow: RunsCommands,
    window: Surface,
    tray: TrayToStayIn | None,
) -> None:
    """The first launch. `tray` is None while it waits for the window's first paint."""
    flow.run_command(command)
    hidden = (command.tray_only or start_in_tray) and not command.starts_session
    if hidden and _in_tray(tray):
        log.info("started in the tray")
        return
    if hidden:
        log.info("no system tray to start in; opening the window")
    window.show()


def handed_over(
    command: Command, flow: RunsCommands, window: Surface, tray: TrayToStayIn | None
) -> None:
    """A later launch's request: the window comes forward, unless it only asked for the
    tray and the tray is there."""
    flow.run_command(command)
    if command.tray_only and not command.starts_session and _in_tray(tray):
        return
    window.bring_forward()
