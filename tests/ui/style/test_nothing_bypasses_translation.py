"""No visible text bypasses translation: with a translator that marks every text it is asked
for, each page is walked and every letter a person can read must sit inside a mark.

A string written straight into a widget, an f-string of English words around a number, or a
core text shown without t() would show up unmarked here."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from app.ui.help.shortcuts import ShortcutsSheet
from app.ui.prefs.dialog import PreferencesDialog
from app.ui.shell import keys
from app.ui.style import language

from ..conftest import Harness
from ..tour import every_page

OPEN, CLOSE = "\u27e6", "\u27e7"
# A whole text, or the two sides of one a control sits in ("A soft bell every | 5 | minutes").
MARKED = re.compile(f"{OPEN}[^{CLOSE}]*{CLOSE}|^[^{OPEN}]*{CLOSE}$|^{OPEN}[^{CLOSE}]*$", re.S)
LETTERS = re.compile(r"[^\W\d_]", re.U)
# Not words to translate: the app's name and the languages' own names.
# Languages are named in themselves, so that a person finds their own; day names come from
# QLocale, which the language choice sets.
PROPER_NAMES = ("Viparita", *language.NAMES.values())


def locale_words() -> set[str]:
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    return {
        locale.dayName(d, f) for d in range(1, 8) for f in (short, QLocale.FormatType.LongFormat)
    }


class Marking(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return None
        # Qt's own plural forms come back with %n filled in by the caller.
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


def unmarked(text: str) -> str:
    rest = MARKED.sub("", text)
    if rest in locale_words():
        return ""
    for name in PROPER_NAMES:
        rest = rest.replace(name, "")
    return rest if LETTERS.search(rest) else ""


def key_caps_off(tooltip: str) -> str:
    """A tooltip begins with the key that presses the control: "P", or "T: …"; the sheet
    shows the keys alone. Key caps are not words; Qt translates the named ones ("Esc")."""
    caps = sorted({e.shown() for _section, entries in keys.SHEET for e in entries}, key=len)
    for cap in reversed(caps):
        if tooltip == cap or tooltip.startswith(f"{cap}: "):
            return tooltip[len(cap) :]
    return tooltip


@pytest.fixture
def marking(qapp):
    translator = Marking()
    assert QCoreApplication.installTranslator(translator)
    assert QCoreApplication.translate("StartPage", "Start") == f"{OPEN}Start{CLOSE}"
    yield
    QCoreApplication.removeTranslator(translator)


def texts_of(root: QWidget) -> list[str]:
    """What a person can read in `root`: labels, buttons, their tooltips, tabs, lists."""
    widgets = root.findChildren(QLabel) + root.findChildren(QAbstractButton)
    shown = [w for w in widgets if w.isVisibleTo(root.window())]
    texts = [key_caps_off(w.text()) for w in shown] + [key_caps_off(w.toolTip()) for w in shown]
    for combo in root.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    texts += [e.placeholderText() for e in root.findChildren(QLineEdit)]
    texts += [w.windowTitle() for w in (root,) if w.isWindow()]
    return texts


def test_every_visible_text_went_through_translation(qtbot, screened, marking):
    h = Harness(qtbot, screened)
    texts: dict[str, list[str]] = {}
    h.ui.prefs.show()
    dialog = h.dialog(PreferencesDialog)
    tabs = dialog.findChild(QTabWidget)
    for index in range(tabs.count()):  # a tab's controls are visible only while it is shown
        tabs.setCurrentIndex(index)
        texts[f"preferences, {tabs.tabText(index)}"] = texts_of(dialog)
    h.dialog(PreferencesDialog).reject()
    h.ui.help.show_shortcuts()
    texts["keyboard shortcuts"] = texts_of(h.window.findChild(ShortcutsSheet))
    texts["menus"] = [a.text() for a in h.window.menuBar().actions()]
    for name, page in every_page(h):
        texts[name] = [*texts_of(page), h.window.footer.text()]
    bypassed: dict[str, set[str]] = {}
    for name, found in texts.items():
        for text in found:
            if rest := unmarked(text):
                bypassed.setdefault(name, set()).add(f"{text!r} (unmarked: {rest.strip()!r})")
    assert len(texts) >= 20
    assert bypassed == {}, "\n".join(f"{k}: {sorted(v)}" for k, v in bypassed.items())


def test_the_check_can_fail(marking):
    assert unmarked("Hold: 5 min") == "Hold: 5 min"
    assert unmarked(f"{OPEN}Hold: 5 min{CLOSE}") == ""
    assert unmarked("12:30") == ""
    assert unmarked(f"{OPEN}A soft bell every") == "" and unmarked(f"minutes{CLOSE}") == ""
    assert unmarked(f"every{CLOSE} 5 min") == "every⟧ 5 min"
    assert unmarked(key_caps_off("T: Come down")) == ": Come down"
