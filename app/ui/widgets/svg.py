"""SVG artwork from assets/, loaded once per file."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtSvg import QSvgRenderer

from ...paths import assets_dir

log = logging.getLogger(__name__)


@cache
def renderer(folder: str, name: str) -> QSvgRenderer | None:
    """assets/<folder>/<name>; None (and a warning in the log) if it is missing or broken."""
    try:
        path = assets_dir() / folder / name
    except FileNotFoundError as exc:
        log.warning("no %s: %s", folder, exc)
        return None
    loaded = QSvgRenderer(str(path))
    if not loaded.isValid():
        log.warning("%s could not be loaded", path)
        return None
    return loaded
