"""A walk through every page of the main window, in the states a person sees them in."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.core import next_session
from app.core.session import Stage

from .conftest import Harness


def settle() -> None:
    """Let layouts and fonts catch up, as the event loop would before the next paint."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _shown(h: Harness, label: str) -> tuple[str, QWidget]:
    settle()
    return label, h.window.current_page()


def every_page(h: Harness) -> Iterator[tuple[str, QWidget]]:
    """Yields (a label, the page on screen): the safety questions, the start screen, the
    entry guidance and its summary, each stage of a session with every exit step, the done
    screen, the hold with reduced motion, and a routine's pose card."""
    h.flow.show_safety()
    yield _shown(h, "screening")
    h.flow.show_start()
    yield _shown(h, "start")
    h.flow.open_session(600.0)
    entry = h.window.page("entry")
    entry.show_summary(True)
    yield _shown(h, "entry summary")
    entry.show_summary(False)
    for index in range(len(next_session.entry_steps(h.store.prefs))):
        yield _shown(h, f"entry step {index + 1}")
        entry.advance()  # the last step's Next is Begin
    yield _shown(h, "settling")
    h.advance_to_stage(Stage.HOLD)
    h.advance(1.0)
    yield _shown(h, "hold")
    h.window.page("hold").set_reduced_motion(True)
    yield _shown(h, "hold, reduced motion")
    h.window.page("hold").set_reduced_motion(False)
    h.advance_to_stage(Stage.EXIT)
    step = -1
    while h.controller.stage is Stage.EXIT:
        view = h.controller.view()
        if view.step_index != step:
            step = view.step_index
            yield _shown(h, f"exit step {step + 1}")
        h.advance(1.0)
    yield _shown(h, "seated pause")
    h.advance_to_stage(Stage.DONE)
    yield _shown(h, "done")
    h.flow.show_start()
    h.flow.choose_routine("restorative")
    h.flow.open_session(600.0)
    h.flow.begin()
    yield _shown(h, "routine pose")
