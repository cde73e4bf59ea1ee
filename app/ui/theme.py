"""Calm colours and type: no pure white, no pure black, one soft accent."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    breath: str  # the breathing circle's fill
    ring_track: str
    ring: str


DAYLIGHT = Theme(
    name="daylight",
    window="#f4f1ec",
    surface="#ebe6de",
    text="#2f3a40",
    muted="#56636a",
    accent="#4f7a68",
    accent_text="#f7f5f0",
    breath="#9cc0ae",
    ring_track="#dcd5ca",
    ring="#4f7a68",
)


def stylesheet(theme: Theme) -> str:
    return f"""
    QMainWindow, QWidget#page, QScrollArea, QScrollArea > QWidget > QWidget {{
        background: {theme.window};
    }}
    QWidget {{ color: {theme.text}; }}
    QLabel[role="title"] {{ font-size: 22pt; font-weight: 600; }}
    QLabel[role="subtitle"], QLabel[role="muted"] {{ color: {theme.muted}; }}
    QLabel[role="note"] {{ color: {theme.muted}; font-size: 9pt; }}
    QLabel[role="body"] {{ font-size: 13pt; }}
    QLabel[role="banner"] {{
        background: {theme.surface}; border-radius: 8px; padding: 8px 12px; font-size: 12pt;
    }}
    QPushButton {{
        background: {theme.surface}; border: 1px solid {theme.ring_track};
        border-radius: 8px; padding: 8px 16px; font-size: 12pt;
    }}
    QPushButton:focus {{ border: 2px solid {theme.accent}; }}
    QPushButton:checked {{ background: {theme.breath}; border: 2px solid {theme.accent}; }}
    QPushButton[primary="true"] {{
        background: {theme.accent}; color: {theme.accent_text}; border: 2px solid {theme.accent};
    }}
    QPushButton[primary="true"]:focus {{ border: 2px solid {theme.text}; }}
    QPushButton:disabled {{ color: {theme.muted}; background: {theme.window}; }}
    QLineEdit {{
        background: {theme.window}; border: 1px solid {theme.muted}; border-radius: 6px;
        padding: 6px; font-size: 12pt;
    }}
    QCheckBox {{ font-size: 12pt; }}
    """


def apply(app: QApplication, theme: Theme = DAYLIGHT) -> None:
    palette = app.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, theme.window),
        (QPalette.ColorRole.Base, theme.window),
        (QPalette.ColorRole.AlternateBase, theme.surface),
        (QPalette.ColorRole.Button, theme.surface),
        (QPalette.ColorRole.WindowText, theme.text),
        (QPalette.ColorRole.Text, theme.text),
        (QPalette.ColorRole.ButtonText, theme.text),
        (QPalette.ColorRole.Highlight, theme.accent),
        (QPalette.ColorRole.HighlightedText, theme.accent_text),
        (QPalette.ColorRole.PlaceholderText, theme.muted),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(theme))
