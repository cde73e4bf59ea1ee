"""The app's icon, for the window and the tray, from the artwork in assets/icons.

Small sizes use a drawing made on the 16-pixel grid: scaled down, the large one blurs."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from ..widgets import svg

SIZES = (16, 20, 22, 24, 32, 48, 64, 128, 256)
SMALL_UP_TO = 20  # at most this many pixels, the 16-pixel drawing is the sharper one


def artwork_name(size: int, monochrome: bool = False) -> str:
    stem = "viparita-mono" if monochrome else "viparita"
    return f"{stem}-16.svg" if size <= SMALL_UP_TO else f"{stem}.svg"


def render(size: int, monochrome: bool = False) -> QImage:
    """The icon at `size` pixels square; transparent if the artwork is missing."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = svg.renderer("icons", artwork_name(size, monochrome))
    if renderer is not None:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
    return image


@cache  # drawn once: the window, the tray and the reminders share it
def app_icon(monochrome: bool = False) -> QIcon:
    """Every size drawn ahead, so no platform has to scale the icon itself.

    The monochrome one is a mask: macOS tints it to suit a light or dark menu bar."""
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(QPixmap.fromImage(render(size, monochrome)))
    icon.setIsMask(monochrome)
    return icon
