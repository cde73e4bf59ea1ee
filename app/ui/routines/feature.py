"""Edit routines…: the routine editor, opened from the start screen; what it keeps is saved
with the preferences on OK."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ...core.routines import Routine
    from ...storage.preferences_store import PreferencesStore
    from ..session.controller import SessionController
    from .editor import RoutineEditor

log = logging.getLogger(__name__)


class RoutinesFeature(QObject):
    edited = Signal()  # the person's routines, or the one chosen, changed

    def __init__(
        self,
        controller: SessionController,
        store: PreferencesStore,
        length_s: Callable[[Routine], float],
        parent: QWidget,
    ) -> None:
        """`length_s`: how long a routine would really take; the dialog is `parent`'s."""
        super().__init__(parent)
        self.controller = controller
        self.store = store
        self._length_s = length_s
        self._parent = parent

    def show_editor(self) -> None:
        if self.controller.active:
            return
        from .editor import RoutineEditor  # only when asked for: a quick start never is

        editor = RoutineEditor(self.store.prefs.all_routines, self._length_s, self._parent)
        editor.accepted.connect(lambda: self._edited(editor))
        editor.finished.connect(editor.deleteLater)
        editor.open()

    def _edited(self, editor: RoutineEditor) -> None:
        prefs = self.store.prefs
        prefs.routines = editor.own_routines()
        if prefs.routine is None:
            prefs.routine_id = None  # the chosen one was deleted
        self.store.save()
        log.info("routines saved: %d of your own", len(prefs.routines))
        self.edited.emit()
