"""The .desktop file and the AppStream metainfo: valid by the freedesktop tools, one app id
everywhere, launcher actions the command line really accepts, and screenshots that exist."""

from __future__ import annotations

import shlex
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from app import APP_ID, APP_NAME, __version__
from app.__main__ import build_parser
from app.core.profiles import BEDTIME_ID, default_profiles, find_profile

from .conftest import DESKTOP_FILE, METAINFO_FILE, ROOT, need_tool, read_desktop


def test_the_desktop_file_passes_desktop_file_validate():
    tool = need_tool("desktop-file-validate", "desktop-file-utils")
    out = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def test_the_metainfo_passes_appstreamcli_validate():
    tool = need_tool("appstreamcli", "appstream")
    out = subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Validation was successful" in out.stdout


def test_one_app_id_names_the_desktop_file_the_icon_and_the_launchable():
    entry = read_desktop(DESKTOP_FILE)["Desktop Entry"]
    assert DESKTOP_FILE.name == f"{APP_ID}.desktop"
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    # Qt names the X11 window class after the application name; GNOME matches on it.
    assert entry["StartupWMClass"] == APP_NAME
    meta = ET.parse(METAINFO_FILE).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert meta.findtext("provides/binary") == shlex.split(entry["Exec"])[0] == "viparita"


def test_the_newest_release_is_this_version():
    releases = ET.parse(METAINFO_FILE).getroot().findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert releases[0].get("date")


def test_the_content_rating_is_declared():
    rating = ET.parse(METAINFO_FILE).getroot().find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


def desktop_actions() -> dict[str, list[str]]:
    entry = read_desktop(DESKTOP_FILE)
    ids = [a for a in entry["Desktop Entry"]["Actions"].split(";") if a]
    return {
        entry[f"Desktop Action {a}"]["Name"]: shlex.split(entry[f"Desktop Action {a}"]["Exec"])
        for a in ids
    }


def test_the_launcher_offers_quick_starts_and_the_bedtime_wind_down():
    actions = desktop_actions()
    parser = build_parser()
    holds = []
    profiles = []
    for name, argv in actions.items():
        assert argv[0] == "viparita", name
        args = parser.parse_args(argv[1:])  # exits (fails the test) on a bad argument
        if args.start is not None:
            holds.append(args.start)
        if args.profile is not None:
            profiles.append(find_profile(default_profiles(), args.profile))
    assert holds == [5 * 60.0, 10 * 60.0, 15 * 60.0]
    assert [p.id for p in profiles if p] == [BEDTIME_ID]
    assert "Bedtime wind-down" in actions


@pytest.mark.parametrize(
    "shot", ET.parse(METAINFO_FILE).getroot().findall("screenshots/screenshot")
)
def test_each_screenshot_is_in_the_repository_at_its_declared_size(shot):
    image = shot.find("image")
    assert image is not None and shot.findtext("caption")
    url = image.text or ""
    prefix = "https://raw.githubusercontent.com/viparita/viparita/main/"
    assert url.startswith(prefix), url
    picture = QImage(str(ROOT / url.removeprefix(prefix)))
    assert not picture.isNull(), url
    assert (picture.width(), picture.height()) == (
        int(image.get("width")),
        int(image.get("height")),
    )
    assert picture.width() * 9 == picture.height() * 16  # 16:9, as software centres show them


def test_the_store_text_promises_the_holds_the_app_really_offers():
    """The review found "a hold of 5 to 20 minutes" while new users start at 3."""
    from app.core.durations import HOLD_MAX_S
    from app.core.hold_plan import FIRST_MIN

    text = " ".join(ET.parse(METAINFO_FILE).getroot().find("description").itertext())
    text = " ".join(text.split())
    assert "5 to 20" not in text
    assert f"starts at {FIRST_MIN} minutes" in text
    assert HOLD_MAX_S == 3600 and "to an hour" in text
