from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.__main__ import build_ui
from app.core.clock import FakeClock
from app.core.preferences import SCREENING_CLEARED, SCREENING_VERSION, Preferences
from app.storage.preferences_file import save
from app.storage.preferences_store import PreferencesStore
from app.ui.session.controller import SessionController
from app.ui.style import theme

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "ui"


class Harness:
    """The window and what the start screen needs, made and wired as the app makes them,
    driven by a fake clock: advancing time is instant and exact. `build` takes what the app
    is handed from outside (build_ui's keywords: autostart, tray_available)."""

    def __init__(self, qtbot, prefs_path: Path, **build):
        build.setdefault("autostart", lambda: None)  # Start at login: only where a test asks
        self.qtbot = qtbot
        self.clock = FakeClock()
        self.store = PreferencesStore(prefs_path)
        self.controller = SessionController(self.clock)
        theme.apply(QApplication.instance())
        self.ui = build_ui(self.controller, self.store, **build)
        self.window = self.ui.window
        self.flow = self.ui.flow  # everything before a session
        self.guard = self.ui.guard
        self.guard.linger_ms = 0
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.controller.tick()

    def advance_to_stage(self, stage, limit: int = 1000) -> None:
        for _ in range(limit):
            if self.controller.stage is stage:
                return
            deadline = self.controller.session.next_deadline(self.clock.now())
            self.advance(max(0.0, deadline - self.clock.now()))
        raise AssertionError(f"never reached {stage}")

    def key(self, key, widget=None) -> None:
        target = widget or self.window.current_page().focusWidget() or self.window
        self.qtbot.keyClick(target, key)

    @property
    def page(self) -> str:
        return self.window.current_page_name()

    def dialog(self, kind: type[QWidget]) -> QWidget | None:
        """The one dialog of this kind on screen, as a person would find it; None if none."""
        shown = [d for d in self.window.findChildren(kind) if d.isVisible()]
        assert len(shown) <= 1, shown
        return shown[0] if shown else None

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        # Let the layouts catch up with fonts resized on show, as the event loop would.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        assert self.window.grab().save(str(path))
        return path


@pytest.fixture
def prefs_path(tmp_path) -> Path:
    return tmp_path / "config" / "preferences.json"


@pytest.fixture
def screened(prefs_path) -> Path:
    save(
        prefs_path,
        Preferences(screening=SCREENING_CLEARED, screening_version=SCREENING_VERSION),
    )
    return prefs_path


@pytest.fixture
def harness(qtbot, screened):
    h = Harness(qtbot, screened)
    yield h
    h.controller._timer.stop()


@pytest.fixture
def new_user(qtbot, prefs_path):
    h = Harness(qtbot, prefs_path)
    yield h
    h.controller._timer.stop()


__all__ = ["Harness", "Qt"]
