"""Who the app is to the desktop: the names Wayland and X11 read, and one icon for the
window, the tray and the launcher."""

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.__main__ import add_tray
from app.ui.shell.identity import identify, set_icon


def pixels(icon, size: int) -> QImage:
    return icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def test_the_application_is_named_for_the_desktop(qapp):
    saved = (qapp.applicationName(), qapp.organizationName(), qapp.desktopFileName())
    try:
        identify(qapp)
        set_icon(qapp)
        assert qapp.applicationName() == APP_NAME
        assert qapp.organizationName() == APP_NAME
        assert qapp.applicationVersion() == __version__
        # Wayland's app id: the compositor finds the icon through <APP_ID>.desktop.
        assert QApplication.desktopFileName() == APP_ID
        assert not qapp.windowIcon().isNull()
    finally:
        qapp.setApplicationName(saved[0])
        qapp.setOrganizationName(saved[1])
        qapp.setDesktopFileName(saved[2])


def test_the_window_and_the_tray_show_the_same_artwork(harness, qapp):
    identify(qapp)
    set_icon(qapp)
    tray = add_tray(harness.ui, available=lambda: True)
    for size in (16, 22, 32, 64):
        assert pixels(tray.icon.icon(), size) == pixels(harness.window.windowIcon(), size), size
