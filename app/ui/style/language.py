"""The language of the window: the system's (the first of its preferred languages that the
app ships), or the one chosen in the preferences. Qt's own texts (standard buttons, the file
dialog) follow it from Qt's translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ... import translations

log = logging.getLogger(__name__)

ENGLISH = translations.SOURCE_LANGUAGE
# Each language named in itself, for the preferences' list.
NAMES = {ENGLISH: "English", "de": "Deutsch", "es": "Español"}
_kept: list[bytes] = []
_installed: list[QTranslator] = []


def resolve(choice: str, system: list[str] | None = None) -> str:
    """`choice` if the app ships it; "" (follow the system) takes the first of the system's
    languages that it ships, else English."""
    if choice in translations.CHOICES:
        return choice
    for tag in QLocale.system().uiLanguages() if system is None else system:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in translations.CHOICES:
            return code
    return ENGLISH


def install(app: QApplication, choice: str, system: list[str] | None = None) -> str:
    """Install the translators for `choice`; returns the language in use."""
    language = resolve(choice, system)
    if language == ENGLISH:
        return language
    data = translations.catalogue(language)
    ours = QTranslator(app)
    if data is None or not ours.load(data):
        log.warning("no translation for %s; the window stays in English", language)
        return ENGLISH
    _kept.append(data)  # Qt reads the bytes in place: they must outlive the translator
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    log.info("language %s", language)
    return language


def uninstall(app: QApplication) -> None:
    """Back to English (for tests: a language is otherwise chosen once, at start)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _kept.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English))
