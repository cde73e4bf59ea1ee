"""Every key the app answers to is on the Keyboard shortcuts sheet, and the buttons a key
presses say so in their tooltips."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel

from app.ui.help.shortcuts import ShortcutsSheet
from app.ui.shell import keys

from ..tour import every_page

PORTABLE = QKeySequence.SequenceFormat.PortableText


def test_every_binding_on_every_page_and_menu_is_on_the_sheet(harness):
    h = harness
    bound: dict[str, set[str]] = {}
    for name, page in every_page(h):
        for shortcut in page.findChildren(QShortcut):
            bound.setdefault(shortcut.key().toString(PORTABLE), set()).add(name)
    for action in h.window.findChildren(type(h.ui.actions.quit)):
        for sequence in action.shortcuts():
            bound.setdefault(sequence.toString(PORTABLE), set()).add(action.text())
    assert {"P", "T", "Esc", "Space", "Left", "Ctrl+H", "Ctrl+Q"} <= set(bound)
    missing = {key: where for key, where in bound.items() if key not in keys.listed()}
    assert missing == {}


def test_buttons_show_their_keys_in_tooltips(harness):
    h = harness
    pages = dict(every_page(h))
    hold, closing = h.window.page("hold"), h.window.page("closing")
    entry, start = h.window.page("entry"), h.window.page("start")
    assert pages
    expected = {
        hold.pause: "P",
        hold.extend: "+",
        hold.come_down: "Esc",
        hold.tingling: "T: ",
        entry.next_button: "Space",
        entry.back_button: "Left",
        start.start: "Return",
        start.edit_profiles: "Ctrl+,",
    }
    wrong = {b.text(): b.toolTip() for b, key in expected.items() if key not in b.toolTip()}
    assert wrong == {}
    assert "Return" in closing.finish_button.toolTip()  # the pause is over in the tour


def test_the_sheet_opens_from_the_help_menu_and_lists_each_key(harness):
    h = harness
    h.ui.actions.shortcuts.trigger()
    sheet = h.window.findChild(ShortcutsSheet)
    assert isinstance(sheet, QDialog) and sheet.isVisible()
    texts = [lab.text() for lab in sheet.findChildren(QLabel)]
    assert "P" in texts and "Esc" in texts and "One more minute in the pose" in texts
    assert "Settling and the hold" in texts
    sheet.adjustSize()
    sheet.grab().save(str(h.shot("hold").parent / "shortcuts-sheet.png"))
    sheet.reject()
