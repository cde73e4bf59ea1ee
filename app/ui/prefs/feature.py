"""Preferences…: the one preferences window at a time, between sessions, and what OK does."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..shell import notice
from ..style.text import fill

if TYPE_CHECKING:
    from ...core.preferences import Preferences
    from ...platform.autostart import Autostart
    from ...storage.preferences_store import PreferencesStore
    from ..session.controller import SessionController
    from .dialog import PreferencesDialog

log = logging.getLogger(__name__)


def tell_read_only(part: str) -> None:
    """The person made their preferences' folder or file read-only: theirs to decide, so
    said once, in the window, with what it means for them."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "PreferencesNotice",
        "Your changes are kept only until Viparita closes: %1 is read-only, so they cannot be "
        "saved. Make it writable to keep them.",
    )
    ok = QCoreApplication.translate("PreferencesNotice", "OK")
    notice.post(fill(text, part), [(ok, notice.dismiss)])


class PreferencesFeature(QObject):
    applied = Signal()  # new preferences are in use and saved
    volumeChanged = Signal(float)  # the active profile's volume, 0..100
    previewSound = Signal(float)  # play the bowl once at this volume

    def __init__(
        self,
        controller: SessionController,
        store: PreferencesStore,
        window: QWidget,
        bring_forward: Callable[[], None],
        *,
        tray_available: Callable[[], bool],
        autostart: Callable[[], Autostart | None],
    ) -> None:
        """The window is the dialog's parent; `autostart` is asked for as the dialog opens
        (none: Start at login cannot be ticked)."""
        super().__init__(window)
        self.controller = controller
        self.store = store
        self._window = window
        self._bring_forward = bring_forward
        self._tray_available = tray_available
        self._autostart = autostart
        self._dialog: PreferencesDialog | None = None
        if store.moved_aside is not None:
            notice.post(
                fill(
                    self.tr(
                        "Your preferences could not be read, so the defaults are in use. "
                        "The old file was kept as %1."
                    ),
                    store.moved_aside.name,
                ),
                [(self.tr("OK"), notice.dismiss)],
            )

    def show(self) -> None:
        if self.controller.active:
            return  # the person is on the floor; settings wait for the next session
        if self._window.isHidden() or self._window.isMinimized():
            self._bring_forward()  # from the tray: the dialog opens over the window
        if self._dialog is not None:
            self._dialog.raise_()
            return
        from .dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self.store.prefs,
            self._window,
            tray_available=self._tray_available(),
            autostart=self._autostart(),
        )
        dialog.previewRequested.connect(self.previewSound)
        dialog.accepted.connect(lambda: self.apply(dialog.result_prefs()))
        dialog.finished.connect(self._closed)
        self._dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        self.volumeChanged.emit(self.store.prefs.active.volume)  # after any preview

    def apply(self, prefs: Preferences) -> None:
        # State, not settings: a reminder may have been offered while the dialog was open.
        prefs.reminded = self.store.prefs.reminded
        self.store.prefs = prefs
        self.store.save()
        log.info("preferences applied; profile %s", prefs.active_id)
        self.volumeChanged.emit(prefs.active.volume)
        self.applied.emit()
