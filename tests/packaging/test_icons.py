"""The hicolor icons that packaging/ ships are the app's own artwork, redrawn: the window, the
tray and the launcher all show one picture."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage

from app.ui.shell.icon import render

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import make_icons

HICOLOR = make_icons.DEFAULT_OUT


def test_every_icon_the_script_makes_is_committed_and_nothing_else():
    made = set(make_icons.expected_files())
    committed = {p.relative_to(HICOLOR).as_posix() for p in HICOLOR.rglob("*") if p.is_file()}
    assert committed == made
    sizes = sorted(s for s in make_icons.expected_files().values() if isinstance(s, int))
    assert sizes[0] == 16 and sizes[-1] == 512


@pytest.mark.parametrize(
    "name", [n for n, s in make_icons.expected_files().items() if not isinstance(s, int)]
)
def test_the_scalable_icons_are_copies_of_the_artwork(name):
    source = make_icons.expected_files()[name]
    assert (HICOLOR / name).read_bytes() == source.read_bytes()


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_each_png_is_the_artwork_drawn_at_its_size(qapp, size):
    committed = QImage(str(HICOLOR / f"{size}x{size}/apps/{make_icons.APP_ID}.png"))
    assert (committed.width(), committed.height()) == (size, size)
    fresh = render(size).convertToFormat(QImage.Format.Format_ARGB32)
    committed = committed.convertToFormat(QImage.Format.Format_ARGB32)
    # Within a rounding step or two: another Qt version may antialias a little differently,
    # but a changed drawing moves far more than that.
    worst = 0
    for y in range(size):
        for x in range(size):
            a, b = fresh.pixelColor(x, y), committed.pixelColor(x, y)
            worst = max(
                worst,
                abs(a.red() - b.red()),
                abs(a.green() - b.green()),
                abs(a.blue() - b.blue()),
                abs(a.alpha() - b.alpha()),
            )
    assert worst <= 8, f"{size}px differs by {worst}: run packaging/make_icons.py"
