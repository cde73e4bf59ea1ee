"""Each page of the window, built when first needed and wired to the window and session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...shell import keys

if TYPE_CHECKING:
    from ...shell.window import MainWindow
    from .common import Page


def build_page(name: str, window: MainWindow) -> Page:
    """Each page's module is imported with its first page: the first paint needs only one."""
    c = window.controller
    page: Page
    if name == "screening":
        from .screening import ScreeningPage

        page = ScreeningPage()
        page.answered.connect(window.on_screened)
    elif name == "start":
        from .start import StartPage

        page = StartPage()
        page.startRequested.connect(window.open_session)
        page.profileChosen.connect(window.choose_profile)
        page.routineChosen.connect(window.choose_routine)
        page.variationChosen.connect(window.choose_variation)
        page.edit_routines.clicked.connect(window.show_routines)
        page.edit_profiles.clicked.connect(window.show_preferences)
        page.test_sound.clicked.connect(window.testSound.emit)
    elif name == "entry":
        from .entry import EntryPage

        page = EntryPage()
        page.begin.connect(window.begin)
        page.back.connect(window.show_start)
    elif name == "settling":
        from .timed import SettlingPage

        page = SettlingPage()
        page.pause.clicked.connect(c.toggle_pause)
        page.skip.clicked.connect(c.next_step)
        page.come_down.clicked.connect(c.come_down)
        page.shortcut(keys.PAUSE.keys, c.toggle_pause)
        page.shortcut(keys.COME_DOWN.keys, c.come_down)
        page.shortcut(keys.TINGLING.keys, c.tingling)
    elif name == "hold":
        from .timed import HoldPage

        page = HoldPage(c.frame)
        page.set_reduced_motion(window.settings.prefs.reduced_motion)
        page.pause.clicked.connect(c.toggle_pause)
        page.extend.clicked.connect(c.add_minute)
        page.come_down.clicked.connect(c.come_down)
        page.tingling.clicked.connect(c.tingling)
        page.already_down.clicked.connect(window.reportEarly.emit)
        page.shortcut(keys.PAUSE.keys, c.toggle_pause)
        page.shortcut(keys.COME_DOWN.keys, c.come_down)
        page.shortcut(keys.TINGLING.keys, c.tingling)
        page.shortcut(keys.ADD_MINUTE.keys, c.add_minute)
    elif name == "pose":
        from .pose import PosePage

        page = PosePage()
        page.pause.clicked.connect(c.toggle_pause)
        page.extend.clicked.connect(c.add_minute)
        page.next_button.clicked.connect(c.next_step)
        page.shortcut(keys.PAUSE.keys, c.toggle_pause)
        page.shortcut(keys.ADD_MINUTE.keys, c.add_minute)
        page.shortcut(keys.TINGLING.keys, c.tingling)
    elif name == "exit":
        from .timed import ExitPage

        page = ExitPage()
        page.next_button.clicked.connect(c.next_step)
        page.advance_keys(c.next_step)
    elif name == "closing":
        from .timed import ClosingPage

        page = ClosingPage()
        page.finish.connect(window.finish)
        page.rated.connect(window.rated.emit)
        c.sessionStarted.connect(lambda _: page.reset_comfort())  # a fresh tap each session
        page.reportEarly.connect(window.reportEarly.emit)
    else:
        raise KeyError(name)
    return page
