"""The app's icon, measured pixel by pixel at the sizes trays and title bars use."""

from statistics import median

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.ui.shell import icon as app_icon
from app.ui.shell.icon import artwork_name, render
from app.ui.widgets import svg

from ...brightness import luminance as colour_luminance
from ..conftest import ARTIFACTS

SMALL = (16, 22, 24, 32)
MUCH_LIGHTER = 0.5  # relative luminance above the background's that counts as the figure
SAME_COLOUR = 16  # per channel, for "fully figure-coloured"


def luminance(rgb) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    return colour_luminance(QColor(*rgb[:3]))


def contrast(a, b) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def pixels(image: QImage) -> dict[tuple[int, int], tuple[int, int, int, int]]:
    """(x, y) -> (r, g, b, a), not premultiplied."""
    plain = image.convertToFormat(QImage.Format.Format_ARGB32)
    out = {}
    for y in range(plain.height()):
        for x in range(plain.width()):
            c = plain.pixelColor(x, y)
            out[x, y] = (c.red(), c.green(), c.blue(), c.alpha())
    return out


def median_colour(colours) -> tuple[int, int, int]:
    colours = list(colours)
    assert colours
    return tuple(round(median(c[i] for c in colours)) for i in range(3))


class Measured:
    """The background, the figure and which pixels are fully the figure's colour."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.px = pixels(render(size))
        opaque = [p[:3] for p in self.px.values() if p[3] == 255]
        self.background = median_colour(opaque)  # most of the icon is background
        floor = luminance(self.background) + MUCH_LIGHTER
        self.figure_at = {
            xy for xy, p in self.px.items() if p[3] == 255 and luminance(p[:3]) >= floor
        }
        self.figure = median_colour(self.px[xy][:3] for xy in self.figure_at)
        self.solid = {
            xy
            for xy in self.figure_at
            if all(abs(self.px[xy][i] - self.figure[i]) <= SAME_COLOUR for i in range(3))
        }


def longest_run(cells: list[bool]) -> int:
    best = run = 0
    for on in cells:
        run = run + 1 if on else 0
        best = max(best, run)
    return best


@pytest.mark.parametrize("size", SMALL)
def test_each_small_size_is_square_opaque_and_two_coloured(qapp, size):
    m = Measured(size)
    image = render(size)
    assert (image.width(), image.height()) == (size, size)
    centre = range(size // 4, size - size // 4)
    assert all(m.px[x, y][3] == 255 for x in centre for y in centre)
    r, g, b = m.background
    assert g > r and b > r and luminance(m.background) < 0.2, m.background  # dark teal
    r, g, b = m.figure
    assert r >= g >= b and luminance(m.figure) > 0.7, m.figure  # cream
    assert contrast(m.background, m.figure) >= 4.5


@pytest.mark.parametrize("size", SMALL)
def test_the_figure_is_legible_not_a_blob(qapp, size):
    """Everything drawn that stands out 3:1 from the background (WCAG's contrast for
    graphics: the figure and the wall) covers 12-45% of the icon. The cream figure alone is
    drawn thin, 9-12% at these sizes, so its floor here is 8%; its ceiling is 45%."""
    m = Measured(size)
    area = size * size
    assert len(m.figure_at) / area <= 0.45
    drawn = {
        xy
        for xy, p in m.px.items()
        if p[3] == 255
        and luminance(p[:3]) > luminance(m.background)
        and contrast(p[:3], m.background) >= 3
    }
    assert m.figure_at <= drawn
    assert 0.12 <= len(drawn) / area <= 0.45, len(drawn) / area
    assert len(m.figure_at) / area >= 0.08, len(m.figure_at) / area


def test_at_16_px_legs_and_torso_are_two_pixels_thick(qapp):
    m = Measured(16)
    columns = [longest_run([(x, y) in m.solid for y in range(16)]) for x in range(16)]
    rows = [longest_run([(x, y) in m.solid for x in range(16)]) for y in range(16)]
    # The legs: two neighbouring columns, each a solid run of 7 pixels or more.
    assert any(columns[x] >= 7 and columns[x + 1] >= 7 for x in range(15)), columns
    # The torso: a solid row of 5 or more, and the row beside it solid for 4 or more
    # (where the torso meets the legs, the rounded corner softens one pixel).
    assert any(rows[y] >= 5 and max(rows[y - 1], rows[y + 1]) >= 4 for y in range(1, 15)), rows


@pytest.mark.parametrize("size", SMALL)
def test_the_monochrome_icon_is_black_with_alpha(qapp, size):
    px = pixels(render(size, monochrome=True))
    drawn = [p for p in px.values() if p[3] > 0]
    assert drawn
    assert all(p[:3] == (0, 0, 0) for p in drawn)
    assert sum(p[3] == 255 for p in drawn) >= size  # a real figure, not a faint haze
    assert any(p[3] == 0 for p in px.values())  # the template's background is see-through


def test_icons_carry_every_size_and_only_the_monochrome_one_is_a_mask(qapp):
    mono, colour = app_icon.app_icon(monochrome=True), app_icon.app_icon()
    assert mono.isMask() and not colour.isMask()
    sizes = {s.width() for s in colour.availableSizes()}
    assert {16, 22, 24, 32, 48, 256} <= sizes
    assert {16, 22, 24, 32, 48, 256} <= {s.width() for s in mono.availableSizes()}
    assert all(s.width() == s.height() for s in colour.availableSizes())


def test_small_sizes_use_the_drawing_made_for_16_pixels():
    assert artwork_name(16) == "viparita-16.svg"
    assert artwork_name(20) == "viparita-16.svg"
    assert artwork_name(21) == "viparita.svg"
    assert artwork_name(256) == "viparita.svg"
    assert artwork_name(16, monochrome=True) == "viparita-mono-16.svg"
    assert artwork_name(20, monochrome=True) == "viparita-mono-16.svg"
    assert artwork_name(22, monochrome=True) == "viparita-mono.svg"


def test_the_16_px_drawing_differs_from_the_large_one_scaled(qapp):
    """Otherwise the separate small drawing would be doing nothing."""
    small = render(16)
    large = svg.renderer("icons", "viparita.svg")
    assert large is not None and large.isValid()
    scaled = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)
    scaled.fill(Qt.GlobalColor.transparent)
    painter = QPainter(scaled)
    large.render(painter)
    painter.end()
    assert pixels(small) != pixels(scaled)


def test_missing_artwork_gives_a_transparent_image(qapp, monkeypatch):
    monkeypatch.setattr(app_icon, "artwork_name", lambda size, monochrome=False: "missing.svg")
    image = render(16)
    assert (image.width(), image.height()) == (16, 16)
    assert all(p[3] == 0 for p in pixels(image).values())


@pytest.mark.parametrize("size", SMALL)
def test_save_renders_to_look_at(qapp, size):
    """Eight times larger, pixel for pixel; the monochrome one over white so it shows."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    big = size * 8
    fast = Qt.TransformationMode.FastTransformation
    keep = Qt.AspectRatioMode.IgnoreAspectRatio
    colour = render(size).scaled(big, big, keep, fast)
    assert colour.save(str(ARTIFACTS / f"icon-{size}.png"))
    mono = QImage(size, size, QImage.Format.Format_ARGB32)
    mono.fill(Qt.GlobalColor.white)
    painter = QPainter(mono)
    painter.drawImage(0, 0, render(size, monochrome=True))
    painter.end()
    assert mono.scaled(big, big, keep, fast).save(str(ARTIFACTS / f"icon-mono-{size}.png"))
    assert QImage(str(ARTIFACTS / f"icon-{size}.png")).width() == big
