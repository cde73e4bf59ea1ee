"""Every text shown in a German and a Spanish run is translated: not only present in the
catalogue, but found by Qt under the context the code looks it up with.

A recording translator wraps the shipped catalogue and notes every lookup of the app's own
texts that finds nothing. The window is then walked page by page, and the history's notices
are raised for real (a corrupt file, a folder where the file should be)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QTabWidget

from app import translations
from app.__main__ import open_db
from app.paths import AppPaths
from app.ui.prefs.dialog import PreferencesDialog

from ..conftest import Harness
from ..tour import every_page


class Recording(QTranslator):
    """The shipped catalogue, with a note of each of the app's texts it could not find."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.data = translations.catalogue(language)
        self.real = QTranslator()
        assert self.data is not None and self.real.load(self.data)
        self.misses: set[tuple[str, str]] = set()
        self.same: set[str] = set()  # found, and spelled as in English ("Pause", "%1: %2")

    def translate(self, context, source, disambiguation=None, n=-1):
        found = self.real.translate(context, source, disambiguation, n)
        if found == source:
            self.same.add(source)
        elif not found and source and not _qts_own(context):
            self.misses.add((context, source))
        return found or None

    @property
    def missing(self) -> list[tuple[str, str]]:
        """PySide's tr() takes a translation that reads like the English for none, and asks
        again under each base class ("HoldPage", then "Page"): those second asks are not
        misses."""
        return sorted((c, s) for c, s in self.misses if s not in self.same)

    def isEmpty(self) -> bool:
        return False


def _qts_own(context: str) -> bool:
    """Qt's own classes ask for their own texts (QShortcut, QDialogButtonBox…); Qt's
    catalogue answers those."""
    return len(context) > 1 and context[0] == "Q" and context[1].isupper()


@pytest.fixture(params=["de", "es"])
def recording(request, qapp):
    translator = Recording(request.param)
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_every_text_of_a_run_is_found_translated(qtbot, screened, recording, tmp_path):
    h = Harness(qtbot, screened)
    h.ui.prefs.show()
    tabs = h.dialog(PreferencesDialog).findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
    h.dialog(PreferencesDialog).reject()
    h.ui.actions.history.trigger()
    for _name, _page in every_page(h):
        pass
    # The history's two notices: a file that is not a database, and one that cannot open.
    corrupt = AppPaths(tmp_path / "c", tmp_path / "corrupt", tmp_path / "l")
    corrupt.history_file.parent.mkdir(parents=True)
    corrupt.history_file.write_bytes(b"not a database")
    assert open_db(corrupt) is not None
    blocked = AppPaths(tmp_path / "c", tmp_path / "blocked", tmp_path / "l")
    blocked.history_file.mkdir(parents=True)
    assert open_db(blocked) is None
    assert recording.missing == [], "\n".join(map(repr, recording.missing))


def test_the_check_can_fail(qapp, recording):
    """A text asked for under a context the catalogue does not file it under is caught."""
    QCoreApplication.translate("MainWindow", "The history cannot be opened (%1).")
    QCoreApplication.translate("QShortcut", "Esc")  # Qt's own: not ours to translate
    assert recording.missing == [("MainWindow", "The history cannot be opened (%1).")]
