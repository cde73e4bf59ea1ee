"""The language: the system's, or the one chosen in the preferences, from the shipped
catalogues."""

import pytest
from PySide6.QtCore import QCoreApplication

from app.core.preferences import from_json
from app.ui.session.pages.start import StartPage
from app.ui.style import language


@pytest.fixture
def speaking(qapp):
    yield lambda choice, system=None: language.install(qapp, choice, system)
    language.uninstall(qapp)


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("", ["es-ES", "en-GB"], "es"),
        ("", ["fr-FR", "de-AT", "es"], "de"),
        ("", ["fr-FR", "it"], "en"),
        ("", ["en-US", "de-DE"], "en"),
        ("de", ["es-ES"], "de"),
        ("en", ["de-DE"], "en"),
    ],
)
def test_the_language_follows_the_system_unless_chosen(choice, system, expected):
    assert language.resolve(choice, system) == expected


@pytest.mark.parametrize("code", ["de", "es"])
def test_a_shipped_language_translates_the_window(speaking, code):
    english = "How long would you like to stay?"
    assert speaking(code, ["en"]) == code
    translated = QCoreApplication.translate("StartPage", english)
    if translated == english:
        pytest.fail(f"{code}: the start page's question is not translated")
    page = StartPage()
    assert page.hold_question.text() == translated


def test_a_stored_language_that_is_not_shipped_follows_the_system():
    assert from_json({"language": "tlh"}).language == ""
    assert from_json({"language": "de"}).language == "de"
