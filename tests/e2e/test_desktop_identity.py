"""What a real X11 desktop reads off the app's window to match it with its launcher."""

import re

import pytest

from app import APP_ID

from ..packaging.conftest import DESKTOP_FILE, read_desktop

pytestmark = pytest.mark.e2e


def test_the_window_names_its_desktop_file_and_class(recorded_session):
    xprop = recorded_session.facts["xprop"]
    entry = read_desktop(DESKTOP_FILE)["Desktop Entry"]
    assert (
        re.search(r'WM_CLASS\(STRING\) = "viparita", "(\w+)"', xprop)[1] == entry["StartupWMClass"]
    )
    assert f'_GTK_APPLICATION_ID(UTF8_STRING) = "{APP_ID}"' in xprop
    assert f'_KDE_NET_WM_DESKTOP_FILE(UTF8_STRING) = "{APP_ID}"' in xprop


def test_the_window_carries_its_icon_from_small_to_large(recorded_session):
    sizes = {int(w) for w, h in recorded_session.facts["icon_sizes"] if w == h}
    # Qt hands X11 the sizes up to 128 px of every size the icon holds.
    assert {16, 22, 32, 48, 64} <= sizes and max(sizes) >= 64
