"""Calm colours and type: no pure white, no pure black, one soft accent.

Three palettes: daylight, dusk (the regular theme when the system is dark) and bedtime, which
is dim and warm everywhere so that no screen of a bedtime session is ever bright.
"""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...core.profiles import Theme as ProfileTheme


class Theme(NamedTuple):
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
    picture_opacity: float = 1.0  # illustrations are drawn dimmer on dark themes


DAYLIGHT = Theme(
    name="daylight",
    window="#f4f1ec",
    surface="#ebe6de",
    text="#2f3a40",
    muted="#56636a",
    accent="#4d7665",
    accent_text="#f7f5f0",
    breath="#9cc0ae",
    ring_track="#dcd5ca",
    ring="#4f7a68",
)
DUSK = Theme(
    name="dusk",
    window="#1f2427",
    surface="#2a3135",
    text="#d8d3ca",
    muted="#a3aca8",
    accent="#4c7262",
    accent_text="#f1eee8",
    breath="#3b5d52",
    ring_track="#353d41",
    ring="#79a893",
    picture_opacity=0.85,
)
BEDTIME = Theme(
    name="bedtime",
    window="#16120e",
    surface="#211b15",
    text="#b9a68d",
    muted="#968571",
    accent="#513c2b",
    accent_text="#c2ab8a",
    breath="#3d3024",
    ring_track="#2a221b",
    ring="#826549",
    picture_opacity=0.5,
)


def choose(profile_theme: ProfileTheme, follow_system: bool, system_dark: bool) -> Theme:
    if profile_theme is ProfileTheme.BEDTIME:
        return BEDTIME
    return DUSK if follow_system and system_dark else DAYLIGHT


def system_is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


_current = DAYLIGHT
_scale = 1.0
_CHECK_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M3.5 8.5l3 3 6-7" '
    'fill="none" stroke="{colour}" stroke-width="2" stroke-linecap="round" '
    'stroke-linejoin="round"/></svg>'
)
_marks: TemporaryDirectory[str] | None = None


def _check_mark(theme: Theme) -> Path:
    """A check mark in the theme's own colour: style sheets take images only from files."""
    global _marks
    if _marks is None:
        _marks = TemporaryDirectory(prefix="viparita-theme-")
    path = Path(_marks.name) / f"check-{theme.name}.svg"
    if not path.exists():
        path.write_text(_CHECK_SVG.format(colour=theme.accent_text), encoding="utf-8")
    return path


def current() -> Theme:
    """The theme in use: widgets that paint themselves read it in paintEvent."""
    return _current


# Text sizes in points, drawn for a 9 pt desktop font (Qt's own default) and scaled up with
# the person's font: a larger system or application font makes every label larger too.
DESIGN_BASE_PT = 9.0
TEXT_PT = {"title": 22.0, "body": 13.0, "control": 12.0, "note": 9.0}


def text_scale(font: QFont) -> float:
    """How much larger than the design base the person's font is; never smaller than 1."""
    points = font.pointSizeF()
    if points <= 0:  # a font set in pixels: 96 dpi is the reference Qt itself assumes
        points = font.pixelSize() * 72 / 96
    return max(1.0, points / DESIGN_BASE_PT)


def stylesheet(theme: Theme, scale: float = 1.0) -> str:
    """The whole style sheet, its rules in this order (a later rule wins a tie)."""
    check = _check_mark(theme).as_posix()
    pt = {role: f"{size * scale:.1f}pt" for role, size in TEXT_PT.items()}
    return "".join(
        (
            _page_and_text_rules(theme, pt),
            _button_and_field_rules(theme, pt),
            _menu_and_tab_rules(theme, pt),
            _control_rules(theme, pt, check),
            _tip_group_and_scroll_rules(theme),
        )
    )


def _page_and_text_rules(theme: Theme, pt: dict[str, str]) -> str:
    """Pages, labels and the notice banner."""
    return f"""    QMainWindow, QWidget#page, QScrollArea, QScrollArea > QWidget > QWidget {{
        background: {theme.window};
    }}
    QWidget {{ color: {theme.text}; }}
    QLabel[role="title"] {{ font-size: {pt["title"]}; font-weight: 600; }}
    QLabel[role="subtitle"], QLabel[role="muted"] {{ color: {theme.muted}; }}
    QLabel[role="note"] {{ color: {theme.muted}; font-size: {pt["note"]}; }}
    QLabel[role="body"] {{ font-size: {pt["body"]}; }}
    QLabel[role="banner"] {{
        background: {theme.surface}; border-radius: 8px; padding: 8px 12px;
        font-size: {pt["control"]};
    }}
"""


def _button_and_field_rules(theme: Theme, pt: dict[str, str]) -> str:
    """Buttons and text fields."""
    return f"""    QPushButton {{
        background: {theme.surface}; border: 1px solid {theme.ring_track};
        border-radius: 8px; padding: 8px 16px; font-size: {pt["control"]};
    }}
    QPushButton:focus {{ border: 2px solid {theme.ring}; }}
    QPushButton:checked {{ background: {theme.breath}; border: 2px solid {theme.accent}; }}
    QPushButton[primary="true"] {{
        background: {theme.accent}; color: {theme.accent_text}; border: 2px solid {theme.accent};
    }}
    QPushButton[primary="true"]:focus {{ border: 2px solid {theme.text}; }}
    QPushButton:disabled {{ color: {theme.muted}; background: {theme.window}; }}
    QLineEdit {{
        background: {theme.window}; border: 1px solid {theme.muted}; border-radius: 6px;
        padding: 6px; font-size: {pt["control"]};
    }}
"""


def _menu_and_tab_rules(theme: Theme, pt: dict[str, str]) -> str:
    """Checkboxes' text, dialogs, menus and tabs."""
    return f"""    QCheckBox, QLabel[role="control"] {{ font-size: {pt["control"]}; }}
    QDialog, QMessageBox, QTabWidget > QWidget, QMenu {{ background: {theme.window}; }}
    QMenuBar {{ background: {theme.window}; }}
    QMenuBar::item:selected, QMenu::item:selected {{
        background: {theme.surface}; color: {theme.text};
    }}
    QMenu::item:disabled {{ color: {theme.muted}; }}
    QTabWidget::pane {{ border: 1px solid {theme.ring_track}; border-radius: 6px; }}
    QTabBar::tab {{
        background: {theme.window}; color: {theme.muted}; padding: 8px 16px;
        border: 1px solid {theme.ring_track}; border-bottom: none;
        border-top-left-radius: 6px; border-top-right-radius: 6px;
    }}
    QTabBar::tab:selected {{ background: {theme.surface}; color: {theme.text}; }}
    QTabBar::tab:focus {{ border: 2px solid {theme.ring}; border-bottom: none; }}
"""


def _control_rules(theme: Theme, pt: dict[str, str], check: str) -> str:
    """Combo boxes, spin boxes, checkboxes, lists and sliders."""
    return f"""    QComboBox, QAbstractSpinBox {{ font-size: {pt["control"]}; }}
    QLineEdit:focus {{ border: 2px solid {theme.ring}; }}
    QCheckBox::indicator {{
        width: 16px; height: 16px; border: 1px solid {theme.muted}; border-radius: 4px;
        background: {theme.window};
    }}
    QCheckBox::indicator:focus {{ border: 2px solid {theme.ring}; }}
    QCheckBox::indicator:checked {{
        background: {theme.accent}; border-color: {theme.accent}; image: url({check});
    }}
    QCheckBox::indicator:disabled {{ border-color: {theme.ring_track}; }}
    QComboBox QAbstractItemView {{
        background: {theme.surface}; selection-background-color: {theme.accent};
        selection-color: {theme.accent_text};
    }}
    QSlider::groove:horizontal {{
        height: 6px; background: {theme.ring_track}; border-radius: 3px;
    }}
    QSlider::sub-page:horizontal {{ background: {theme.ring}; border-radius: 3px; }}
    QSlider::handle:horizontal {{
        background: {theme.accent}; width: 18px; margin: -7px 0; border-radius: 9px;
    }}
    QSlider::handle:horizontal:focus {{ border: 2px solid {theme.text}; }}
"""


def _tip_group_and_scroll_rules(theme: Theme) -> str:
    """Tooltips, group boxes and scroll bars."""
    return f"""    QToolTip {{
        background: {theme.surface}; color: {theme.text}; border: 1px solid {theme.muted};
    }}
    QGroupBox {{ font-weight: 600; border: none; margin-top: 12px; }}
    QScrollBar:vertical {{ background: {theme.window}; width: 10px; margin: 0; }}
    QScrollBar::handle:vertical {{
        background: {theme.ring_track}; border-radius: 5px; min-height: 32px;
    }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
    QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 0; }}
"""


def applied_scale() -> float:
    return _scale


def apply(app: QApplication, theme: Theme = DAYLIGHT) -> None:
    global _current, _scale
    _current = theme
    _scale = text_scale(app.font())
    palette = app.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, theme.window),
        (QPalette.ColorRole.Base, theme.window),
        (QPalette.ColorRole.AlternateBase, theme.surface),
        (QPalette.ColorRole.Button, theme.surface),
        (QPalette.ColorRole.WindowText, theme.text),
        (QPalette.ColorRole.Text, theme.text),
        (QPalette.ColorRole.ButtonText, theme.text),
        (QPalette.ColorRole.BrightText, theme.text),
        (QPalette.ColorRole.Highlight, theme.accent),
        (QPalette.ColorRole.HighlightedText, theme.accent_text),
        (QPalette.ColorRole.PlaceholderText, theme.muted),
        (QPalette.ColorRole.ToolTipBase, theme.surface),
        (QPalette.ColorRole.ToolTipText, theme.text),
        (QPalette.ColorRole.Light, theme.surface),
        (QPalette.ColorRole.Midlight, theme.surface),
        (QPalette.ColorRole.Mid, theme.ring_track),
        (QPalette.ColorRole.Dark, theme.ring_track),
        (QPalette.ColorRole.Shadow, theme.window),
    ):
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.muted))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(theme, _scale))
    for widget in app.allWidgets():
        widget.update()
