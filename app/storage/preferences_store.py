"""The preferences file as the running app sees it: loaded once, saved on every change."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..core.preferences import SCREENING_VERSION, Preferences
from . import preferences_file

log = logging.getLogger(__name__)


def _nobody(_part: str) -> None:
    """Told nothing: a store with no one to tell the person (a test, `viparita stats`)."""


class PreferencesStore:
    def __init__(self, path: Path, on_read_only: Callable[[str], None] = _nobody) -> None:
        """`on_read_only(part)` tells the person, once, that the folder or file `part` they
        made read-only keeps their changes from being saved."""
        self.path = path
        self._on_read_only = on_read_only
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        result = preferences_file.load(path, stamp)
        self.prefs: Preferences = result.prefs
        self.moved_aside = result.moved_aside
        self.save_error: str | None = None

    def save(self) -> bool:
        """Save, or log why not: a full disk must never end a session."""
        try:
            preferences_file.save(self.path, self.prefs)
        except preferences_file.ReadOnly as exc:
            # The person's choice, so said once, not at every change; saves go on again
            # once they make it writable.
            if self.save_error != str(exc):
                log.warning(
                    "preferences are not saved, as %s is read-only; they are kept in memory "
                    "while the app runs",
                    exc.filename,
                )
                self._on_read_only(str(exc.filename))
            self.save_error = str(exc)
            return False
        except OSError as exc:
            self.save_error = str(exc)
            log.warning("could not save preferences to %s: %s", self.path, exc)
            return False
        self.save_error = None
        return True

    def record_screening(self, answer: str) -> None:
        self.prefs.screening = answer
        self.prefs.screening_version = SCREENING_VERSION
        self.prefs.screening_at = datetime.now().astimezone().isoformat(timespec="seconds")
        self.save()
