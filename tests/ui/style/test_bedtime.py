"""Bedtime wind-down: dim and warm on every screen of a session, the done screen included."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from app.core.profiles import BEDTIME_ID
from app.core.session import Stage
from app.ui.help.safety import SafetyDialog
from app.ui.prefs.dialog import PreferencesDialog
from app.ui.style import theme

from ...brightness import AVERAGE, BRIGHTEST, brightness
from ..conftest import ARTIFACTS
from ..session.test_flow import begin


def test_no_screen_of_a_bedtime_session_is_bright(harness):
    h = harness
    h.flow.choose_profile(BEDTIME_ID)
    assert theme.current() is theme.BEDTIME
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    seen: dict[str, tuple[float, float]] = {}

    def look(name: str, widget=None) -> None:
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # as the loop would
        image = (widget or h.window).grab().toImage()
        image.save(str(ARTIFACTS / f"bedtime-{name}.png"))
        seen[name] = brightness(image)

    h.flow.show_start()
    look("start")
    h.ui.prefs.show()
    look("preferences", h.dialog(PreferencesDialog))
    h.dialog(PreferencesDialog).reject()
    h.flow.show_safety()
    look("screening")
    h.flow.show_start()
    begin(h, 120)
    look("settling")
    h.advance_to_stage(Stage.HOLD)
    h.advance(2.0)
    h.window.page("hold").circle.refresh()
    look("hold")
    h.flow.show_safety()  # mid-session: the cautions open in a dialog
    look("safety-dialog", h.dialog(SafetyDialog))
    h.dialog(SafetyDialog).close()
    h.advance_to_stage(Stage.EXIT)
    look("exit")
    h.advance_to_stage(Stage.SEATED_PAUSE)
    look("pause")
    h.advance_to_stage(Stage.DONE)
    look("done")
    for name, (brightest, average) in seen.items():
        assert brightest < BRIGHTEST, (name, brightest)
        assert average < AVERAGE, (name, average)


def test_the_daylight_theme_would_fail_that_measure(harness):
    """The measure can fail: the regular theme's start screen is far brighter."""
    h = harness
    h.flow.show_start()
    brightest, average = brightness(h.window.grab().toImage())
    assert brightest > 0.8 and average > 0.5


def test_the_time_stays_large_when_the_theme_changes_between_sessions(harness):
    """A new style sheet re-polishes every widget and resets its font: the time left must be
    sized again, or the second session of a day shows it small."""
    h = harness
    begin(h, 120)
    h.advance_to_stage(Stage.HOLD)
    hold = h.window.page("hold")
    daylight_px = hold.time.font().pixelSize()
    assert daylight_px > 0.15 * h.window.height()
    h.advance_to_stage(Stage.DONE)
    h.window.page("closing").finish_button.click()
    h.flow.choose_profile(BEDTIME_ID)
    assert theme.current() is theme.BEDTIME
    begin(h, 120)
    h.advance_to_stage(Stage.HOLD)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert hold.time.font().pixelSize() == daylight_px
    assert hold.phase.font().pixelSize() > 0.05 * h.window.height()
