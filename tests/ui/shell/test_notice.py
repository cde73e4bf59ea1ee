"""Notices: any module posts one to the bridge, and the window's bar shows it."""

from PySide6.QtWidgets import QPushButton

from app.ui.shell import notice


def test_a_notice_posted_from_anywhere_shows_in_the_window_and_is_dismissed(harness):
    bar = harness.window.notice
    answered: list[str] = []
    notice.post(
        "Something to read", [("Yes", lambda: answered.append("yes")), ("OK", notice.dismiss)]
    )
    assert bar.isVisible() and bar.text.text() == "Something to read"
    yes, ok = bar.buttons()
    assert isinstance(yes, QPushButton) and [yes.text(), ok.text()] == ["Yes", "OK"]
    assert yes.hasFocus()  # the first answer, for the keyboard
    yes.click()
    assert answered == ["yes"] and bar.isVisible()
    ok.click()
    assert not bar.isVisible() and bar.text.text() == ""


def test_a_later_notice_replaces_the_one_shown(harness):
    bar = harness.window.notice
    notice.post("First", [("OK", notice.dismiss)])
    notice.post("Second")
    assert bar.text.text() == "Second" and bar.buttons() == []
    notice.dismiss()
    assert not bar.isVisible()
