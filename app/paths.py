"""Where the app keeps its files, where it finds its assets, and how a new Python process
finds this same code."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

import platformdirs

from . import PACKAGE

APP_DIR_NAME = "viparita"


# The folder that holds this package: a checkout, or site-packages.
CODE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# `python -m` would put the folder a process starts in first on its import path, so a json.py
# or another project's app/ there would run instead of ours. `-I` would also drop the user's
# site-packages and PYTHONPATH, where PySide6 or simpleaudio may be, and `-P` needs Python
# 3.11. So: `-c`, whose first path entry ("", the start folder) is dropped before anything is
# imported (sys is built in; runpy is frozen only from 3.11 on), and the folder this package
# came from goes first unless it is on the path already (site-packages keeps its place after
# the standard library).
_BOOTSTRAP = (
    "import sys; "
    "sys.path[:] = [p for p in sys.path if p]; "
    "{root!r} in sys.path or sys.path.insert(0, {root!r}); "
    "import runpy; "
    "runpy.run_module({module!r}, run_name='__main__', alter_sys=True)"
)


def module_command(module: str = "") -> list[str]:
    """`python -m` for this same app's code, whatever folder it is started in: the package
    itself, or a module in it ("audio.helper"), under the name the package runs as."""
    name = f"{PACKAGE}.{module}" if module else PACKAGE
    return [sys.executable, "-c", _BOOTSTRAP.format(root=CODE_ROOT, module=name)]


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
    """assets/ in a frozen bundle, an installed wheel (viparita/assets) or the source tree."""
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
