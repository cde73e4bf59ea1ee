"""The log file: capped in size, rotated, and private.

It holds events (pages shown, stages, cues, errors), never health data, and it may be attached
to a bug report; other users of the computer may not read it."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TextIO

MAX_BYTES = 1_000_000  # some hundreds of sessions' lines in each file
BACKUPS = 3  # viparita.log.1 to .3; the oldest is dropped


class PrivateLogHandler(logging.FileHandler):
    """At `max_bytes` the file moves to .1 (.1 to .2, and so on), as the standard library's
    RotatingFileHandler does: that lives in logging.handlers, which imports socket and pickle,
    and the launch leaves socket until after the first paint (tests/ui/test_start_up.py).
    Every file it opens is 0600, the new one after each rotation too, which the plain handler
    makes under the umask (0644 as a rule)."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.max_bytes = max_bytes
        self.backups = max(1, backups)
        super().__init__(path, encoding="utf-8")

    def _open(self) -> TextIO:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.chmod(self.baseFilename, 0o600)  # a log from before, made under the umask
        except OSError:
            os.close(fd)
            raise
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        # Called under the handler's lock (Handler.handle): one thread rotates at a time.
        try:
            if self._full(record):
                self._rotate()
        except OSError:
            self.handleError(record)  # and the line goes on into the file as it is
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            return False
        size = self.stream.seek(0, os.SEEK_END)
        line = (self.format(record) + self.terminator).encode("utf-8", "replace")
        return size > 0 and size + len(line) > self.max_bytes

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None  # type: ignore[assignment]  # reopened by emit if this fails
        base = self.baseFilename
        for n in range(self.backups, 0, -1):  # .2 to .3 first (the old .3 is dropped) ...
            newer = f"{base}.{n - 1}" if n > 1 else base  # ... and the log to .1 last
            if os.path.exists(newer):
                os.replace(newer, f"{base}.{n}")
        self.stream = self._open()
