"""Where the app keeps its files, and where it finds its assets."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import platformdirs

APP_DIR_NAME = "viparita"


class AppPaths(NamedTuple):
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def prefs_file(self) -> Path:
        return self.config_dir / "preferences.json"

    @property
    def history_file(self) -> Path:
        """The SQLite history of sessions: data, not configuration."""
        return self.data_dir / "history.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "viparita.log"

    @classmethod
    def for_user(cls) -> AppPaths:
        # appauthor=False: no vendor folder on Windows; XDG variables are honoured on Linux.
        return cls(
            Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
        )


def assets_dir() -> Path:
    """assets/ in a frozen bundle, an installed wheel (app/assets) or the source tree."""
    package = Path(__file__).resolve().parent
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        candidates.append(Path(bundle) / "assets")
    candidates += [package / "assets", package.parent / "assets"]
    for candidate in candidates:
        if (candidate / "illustrations").is_dir():
            return candidate
    raise FileNotFoundError("assets/ not found in: " + ", ".join(map(str, candidates)))
