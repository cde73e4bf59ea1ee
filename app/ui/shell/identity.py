"""Who the app is to the desktop: its name, its desktop file (the Wayland app id, which
picks the icon and groups the windows). The icon (app_icon.py) is set once the window is
painted: drawing it takes longer than the start screen does."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication

from ... import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)
ORGANIZATION_DOMAIN = "viparita.github.io"


def set_icon(app: QApplication) -> None:
    """The windows' icon. Start-up sets it after the first paint (see identify)."""
    from .icon import app_icon

    app.setWindowIcon(app_icon())


def identify(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    if sys.platform == "win32":
        _set_windows_app_id()


def _set_windows_app_id() -> None:
    """The taskbar groups windows and files notifications by this id; without it they go
    under "Python". Windows only; CI here cannot run it."""
    import ctypes

    try:
        shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
        shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
    except (AttributeError, OSError) as exc:
        log.warning("cannot set the Windows app id: %s", exc)
