"""Each page of the window, built when first needed: a table of builders, one per page.

A page's buttons reach the session controller directly; everything else a page asks for is a
signal of PageRequests, which the composition root connects to whoever answers it. So no page,
and no builder, knows the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from ...shell import keys

if TYPE_CHECKING:
    from ..controller import SessionController
    from .common import Page


class PageRequests(QObject):
    screened = Signal(str)  # the safety page's answer: one of cautions.SCREENING_ANSWERS
    startRequested = Signal(float)  # Start, with the hold in seconds
    profileChosen = Signal(str)  # a profile id
    routineChosen = Signal(str)  # a routine id; "" for the pose alone
    variationChosen = Signal(str)  # a Variation's value
    editRoutines = Signal()
    editProfiles = Signal()
    testSound = Signal()
    begin = Signal()  # the entry guidance is done: the session starts
    back = Signal()  # from the entry guidance to the start screen
    finish = Signal()  # the done screen's Finish
    rated = Signal(object)  # the done screen's comfort tap: a Comfort, or None
    reportEarly = Signal()  # "came down early": from the hold or the done screen


class PageWiring(NamedTuple):
    controller: SessionController
    requests: PageRequests
    reduced_motion: Callable[[], bool]  # the preference, as it is when the hold page is made


def _screening(w: PageWiring) -> Page:
    from .screening import ScreeningPage

    page = ScreeningPage()
    page.answered.connect(w.requests.screened)
    return page


def _start(w: PageWiring) -> Page:
    from .start import StartPage

    page = StartPage()
    page.startRequested.connect(w.requests.startRequested)
    page.profileChosen.connect(w.requests.profileChosen)
    page.routineChosen.connect(w.requests.routineChosen)
    page.variationChosen.connect(w.requests.variationChosen)
    page.edit_routines.clicked.connect(w.requests.editRoutines)
    page.edit_profiles.clicked.connect(w.requests.editProfiles)
    page.test_sound.clicked.connect(w.requests.testSound)
    return page


def _entry(w: PageWiring) -> Page:
    from .entry import EntryPage

    page = EntryPage()
    page.begin.connect(w.requests.begin)
    page.back.connect(w.requests.back)
    return page


def _settling(w: PageWiring) -> Page:
    from .timed import SettlingPage

    c = w.controller
    page = SettlingPage()
    page.pause.clicked.connect(c.toggle_pause)
    page.skip.clicked.connect(c.next_step)
    page.come_down.clicked.connect(c.come_down)
    page.shortcut(keys.PAUSE.keys, c.toggle_pause)
    page.shortcut(keys.COME_DOWN.keys, c.come_down)
    page.shortcut(keys.TINGLING.keys, c.tingling)
    return page


def _hold(w: PageWiring) -> Page:
    from .timed import HoldPage

    c = w.controller
    page = HoldPage(c.frame)
    page.set_reduced_motion(w.reduced_motion())
    page.pause.clicked.connect(c.toggle_pause)
    page.extend.clicked.connect(c.add_minute)
    page.come_down.clicked.connect(c.come_down)
    page.tingling.clicked.connect(c.tingling)
    page.already_down.clicked.connect(w.requests.reportEarly)
    page.shortcut(keys.PAUSE.keys, c.toggle_pause)
    page.shortcut(keys.COME_DOWN.keys, c.come_down)
    page.shortcut(keys.TINGLING.keys, c.tingling)
    page.shortcut(keys.ADD_MINUTE.keys, c.add_minute)
    return page


def _pose(w: PageWiring) -> Page:
    from .pose import PosePage

    c = w.controller
    page = PosePage()
    page.pause.clicked.connect(c.toggle_pause)
    page.extend.clicked.connect(c.add_minute)
    page.next_button.clicked.connect(c.next_step)
    page.shortcut(keys.PAUSE.keys, c.toggle_pause)
    page.shortcut(keys.ADD_MINUTE.keys, c.add_minute)
    page.shortcut(keys.TINGLING.keys, c.tingling)
    return page


def _exit(w: PageWiring) -> Page:
    from .timed import ExitPage

    page = ExitPage()
    page.next_button.clicked.connect(w.controller.next_step)
    page.advance_keys(w.controller.next_step)
    return page


def _closing(w: PageWiring) -> Page:
    from .timed import ClosingPage

    page = ClosingPage()
    page.finish.connect(w.requests.finish)
    page.rated.connect(w.requests.rated)
    page.reportEarly.connect(w.requests.reportEarly)
    w.controller.sessionStarted.connect(lambda _: page.reset_comfort())  # a fresh tap each time
    return page


# Each page's module is imported by its builder, with its first page: the first paint needs
# only the start screen's.
BUILDERS: dict[str, Callable[[PageWiring], Page]] = {
    "screening": _screening,
    "start": _start,
    "entry": _entry,
    "settling": _settling,
    "hold": _hold,
    "pose": _pose,
    "exit": _exit,
    "closing": _closing,
}


def build_page(name: str, wiring: PageWiring) -> Page:
    return BUILDERS[name](wiring)
