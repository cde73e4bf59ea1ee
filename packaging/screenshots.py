"""Screenshots of the real app, for the AppStream metainfo and the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [OUT_DIR]

The window is the app's own, with the shipped theme and artwork; only its clock is a fake one,
so that each picture shows a chosen moment of a session. The pictures are 16:9, as software
centres show them. OUT_DIR defaults to docs/screenshots."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent  # noqa: E402 (after the platform is chosen)
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.__main__ import build_ui  # noqa: E402
from app.core.clock import FakeClock  # noqa: E402
from app.core.past_sessions import Comfort, SessionRecord  # noqa: E402
from app.core.preferences import SCREENING_CLEARED, SCREENING_VERSION, Preferences  # noqa: E402
from app.core.profiles import BEDTIME_ID, WORK_ID  # noqa: E402
from app.core.session import Ending, Stage  # noqa: E402
from app.storage.preferences_file import save  # noqa: E402
from app.storage.preferences_store import PreferencesStore  # noqa: E402
from app.ui.history.view import HistoryDialog  # noqa: E402
from app.ui.session.controller import SessionController  # noqa: E402
from app.ui.shell.identity import identify  # noqa: E402
from app.ui.style import theme  # noqa: E402

SIZE = (1120, 630)
# What each picture shows, in the order a software centre lists them; the first is the default.
CAPTIONS = {
    "hold": "The hold: a slow breathing guide, with the time left large enough to read "
    "from the floor",
    "entry": "Step-by-step pictures guide you into the pose",
    "exit": "The way down moves on by itself, told by chimes",
    "seated-pause": "A seated pause of at least 30 seconds ends every session",
    "bedtime-hold": "Bedtime wind-down: dim, warm and quiet",
    "history": "Your history: streak, minutes per day and every session",
}


def grab(widget: QWidget, path: Path) -> None:
    # Let the layouts catch up with fonts resized on show, as the event loop would.
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


class Shooter:
    def __init__(self, out: Path, config: Path) -> None:
        self.out = out
        prefs = config / "preferences.json"
        save(prefs, Preferences(screening=SCREENING_CLEARED, screening_version=SCREENING_VERSION))
        self.clock = FakeClock()
        self.controller = SessionController(self.clock)
        self.ui = build_ui(self.controller, PreferencesStore(prefs), autostart=lambda: None)
        self.window = self.ui.window
        self.window.resize(*SIZE)
        self.window.show()

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.controller.tick()

    def advance_to(self, stage: Stage) -> None:
        while self.controller.stage is not stage:
            deadline = self.controller.session.next_deadline(self.clock.now())
            self.advance(max(0.0, deadline - self.clock.now()))

    def shoot(self, name: str, widget: QWidget | None = None) -> None:
        grab(widget or self.window, self.out / f"{name}.png")

    def session(self, profile_id: str, hold_s: float, at_hold: float, names: dict) -> None:
        """One session, with the pictures `names` asks for: entry, hold, exit, seated-pause."""
        w, flow = self.window, self.ui.flow
        flow.choose_profile(profile_id)
        flow.open_session(hold_s)
        entry = w.page("entry")
        if entry.in_summary:
            entry.show_summary(False)
        entry.advance()  # the second step: the picture of sitting sideways to the wall
        if "entry" in names:
            self.shoot(names["entry"])
        flow.begin()
        w.page("settling").skip.click()
        self.advance(at_hold)
        self.shoot(names["hold"])
        self.advance_to(Stage.EXIT)
        self.advance(self.controller.session.next_deadline(self.clock.now()) - self.clock.now())
        if "exit" in names:
            self.shoot(names["exit"])
        self.advance_to(Stage.SEATED_PAUSE)
        self.advance(12.0)
        if "seated-pause" in names:
            self.shoot(names["seated-pause"])
        self.advance_to(Stage.DONE)
        w.page("closing").finish_button.click()

    def history(self) -> None:
        zone = timezone(timedelta(hours=1))
        today = datetime(2026, 11, 20, 17, 30, tzinfo=zone)  # 22:30 for bedtime
        records: list[SessionRecord] = []
        # Four weeks of practice, oldest day first as the database gives them: holds growing
        # from 3 minutes, a few days off, and the last four days in a row.
        minutes_by_day = (3, 4, 0, 5, 6, 0, 0, 7, 8, 5, 0, 9, 10, 0, 10, 12, 0, 15, 15, 10, 0)
        minutes_by_day += (12, 15, 15, 15)
        for index, minutes in enumerate(minutes_by_day):
            days_ago = len(minutes_by_day) - 1 - index
            if not minutes:
                continue
            bedtime = days_ago % 2 == 1
            records.append(
                SessionRecord(
                    id=len(records) + 1,
                    started_at=today - timedelta(days=days_ago, hours=-4 if bedtime else 0),
                    profile_id=BEDTIME_ID if bedtime else WORK_ID,
                    profile_name="Bedtime wind-down" if bedtime else "Work break",
                    planned_s=minutes * 60.0,
                    held_s=minutes * 60.0,
                    ending=Ending.COMPLETED,
                    pattern="4-0-6-0",
                    comfort=Comfort.TOO_SHORT if minutes < 15 else Comfort.JUST_RIGHT,
                )
            )
        dialog = HistoryDialog(lambda: records, lambda: today.date(), self.window)
        dialog.resize(*SIZE)
        dialog.show()
        self.shoot("history", dialog)
        dialog.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    identify(app)
    theme.apply(app)
    with tempfile.TemporaryDirectory() as config:
        shooter = Shooter(out, Path(config))
        names = {"entry": "entry", "hold": "hold", "exit": "exit", "seated-pause": "seated-pause"}
        shooter.session(WORK_ID, 15 * 60.0, 14.0, names)
        shooter.session(BEDTIME_ID, 15 * 60.0, 254.0, {"hold": "bedtime-hold"})
        shooter.ui.flow.choose_profile(WORK_ID)  # the history in the daylight theme
        shooter.history()
        shooter.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
