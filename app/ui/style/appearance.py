"""The app's appearance, from the active profile's theme, the desktop's colour scheme (when the
preferences follow it) and the person's font size."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from . import theme

if TYPE_CHECKING:
    from ...storage.preferences_store import PreferencesStore

log = logging.getLogger(__name__)


def apply(store: PreferencesStore) -> None:
    """The style sheet and palette for now; nothing is redone if they are already in use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    prefs = store.prefs
    chosen = theme.choose(prefs.active.theme, prefs.follow_system, theme.system_is_dark(app))
    scale = theme.text_scale(app.font())
    if chosen is not theme.current() or scale != theme.applied_scale() or not app.styleSheet():
        log.info("theme %s", chosen.name)
        theme.apply(app, chosen)


class FollowDesktop(QObject):
    """The appearance again when the desktop's colour scheme or font changes, for as long as
    its parent lives."""

    def __init__(self, store: PreferencesStore, parent: QObject) -> None:
        super().__init__(parent)
        self._store = store
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.styleHints().colorSchemeChanged.connect(self._changed)
            # A new desktop or application font resizes the style sheet's text with it.
            app.fontChanged.connect(self._changed)

    def _changed(self, _scheme_or_font: object) -> None:
        apply(self._store)
