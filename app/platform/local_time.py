"""The local wall clock for reminders, and a watch on the time zone.

Reminders live on the local calendar ("21:45 every day"), unlike a session, which runs on
the boot-time clock. A change of time zone moves them, so it must be seen: Python (like the
C library's localtime_r) keeps the zone it read first until time.tzset() is called.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

log = logging.getLogger(__name__)

ZONE_FILE = Path("/etc/localtime")  # a link to the zone in force, on Linux and macOS


class LocalWall(Protocol):
    def now(self) -> datetime:
        """The local time as a naive datetime."""
        ...

    def seconds_until(self, at: datetime) -> float:
        """How long until the naive local time `at` (negative when it has passed)."""
        ...


class SystemWall:
    def now(self) -> datetime:
        return datetime.now()

    def seconds_until(self, at: datetime) -> float:
        # A naive datetime's timestamp() goes through mktime, which knows daylight saving.
        return at.timestamp() - time.time()


class TimeZoneWatch(QObject):
    """Tells when the zone link is replaced (timedatectl, a desktop's date settings, or a
    laptop's automatic zone on arriving somewhere). The directory is watched, not the link:
    a link replaced by a rename leaves a watch on the old file with nothing to report."""

    changed = Signal()

    def __init__(self, zone_file: Path = ZONE_FILE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone_file = zone_file
        self._seen = self._identity()
        self._watcher = QFileSystemWatcher(self)
        self.watching = zone_file.parent.is_dir() and self._watcher.addPath(str(zone_file.parent))
        self._watcher.directoryChanged.connect(self._directory_changed)
        if not self.watching:
            log.info("cannot watch %s; a new time zone is seen at the next reminder", zone_file)

    def _identity(self) -> tuple[str, str]:
        try:
            target = os.readlink(self.zone_file)
        except OSError:
            target = ""
        try:
            stat = self.zone_file.stat()
            target += f"|{stat.st_ino}|{stat.st_mtime_ns}"
        except OSError:
            pass
        return os.environ.get("TZ", ""), target

    def _directory_changed(self, _path: str) -> None:
        seen = self._identity()
        if seen == self._seen:
            return  # something else in the directory changed
        self._seen = seen
        if hasattr(time, "tzset"):
            time.tzset()
        log.info("the time zone changed (%s)", time.tzname[0])
        self.changed.emit()
