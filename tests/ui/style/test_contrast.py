"""Text stays readable in every theme, the dim bedtime one included: WCAG's 4.5:1 for text,
3:1 for the focus ring, measured on the palette the app really sets and on the style sheet's
own pairs."""

import pytest
from PySide6.QtGui import QColor, QPalette

from app.ui.style import theme

from ...brightness import luminance

THEMES = [theme.DAYLIGHT, theme.DUSK, theme.BEDTIME]
Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def palette_of(qapp):
    saved = theme.current()

    def apply(t: theme.Theme) -> QPalette:
        theme.apply(qapp, t)
        return qapp.palette()

    yield apply
    theme.apply(qapp, saved)


@pytest.mark.parametrize("t", THEMES, ids=lambda t: t.name)
def test_the_palettes_text_is_readable(palette_of, t):
    palette = palette_of(t)
    pairs = {
        "window text": (Role.WindowText, Role.Window),
        "text": (Role.Text, Role.Base),
        "buttons": (Role.ButtonText, Role.Button),
        "selection": (Role.HighlightedText, Role.Highlight),
        "tooltips": (Role.ToolTipText, Role.ToolTipBase),
        "placeholders": (Role.PlaceholderText, Role.Base),
    }
    low = {
        name: round(contrast(palette.color(Group.Active, f), palette.color(Group.Active, b)), 2)
        for name, (f, b) in pairs.items()
    }
    disabled = contrast(
        palette.color(Group.Disabled, Role.WindowText), palette.color(Group.Active, Role.Window)
    )
    low["disabled text"] = round(disabled, 2)
    assert {k: v for k, v in low.items() if v < 4.5} == {}


@pytest.mark.parametrize("t", THEMES, ids=lambda t: t.name)
def test_the_style_sheets_pairs_are_readable(t):
    c = QColor
    text_pairs = {
        "text on a button": (t.text, t.surface),
        "text on a chosen button": (t.text, t.breath),
        "muted notes": (t.muted, t.window),
        "muted on a button": (t.muted, t.surface),
        "a primary button": (t.accent_text, t.accent),
    }
    low = {k: round(contrast(c(f), c(b)), 2) for k, (f, b) in text_pairs.items()}
    assert {k: v for k, v in low.items() if v < 4.5} == {}
    # The focus ring is not text: 3:1 against what it sits on (WCAG 2.2, focus appearance).
    assert contrast(c(t.ring), c(t.window)) >= 3.0
    assert contrast(c(t.ring), c(t.surface)) >= 3.0
