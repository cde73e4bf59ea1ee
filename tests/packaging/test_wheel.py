"""The wheel, built from this tree and installed into a fresh virtual environment, runs."""

from __future__ import annotations

import subprocess
import venv
import zipfile

from app import APP_ID, __version__

from .conftest import smoke_launch


def test_the_wheel_carries_the_assets_and_the_desktop_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    data = f"viparita-{__version__}.data/data/share"
    for expected in (
        "viparita/__main__.py",
        "viparita/assets/sounds/hold_start.wav",
        "viparita/assets/illustrations/entry-swing-up.svg",
        "viparita/assets/icons/viparita.svg",
        f"{data}/applications/{APP_ID}.desktop",
        f"{data}/metainfo/{APP_ID}.metainfo.xml",
        f"{data}/icons/hicolor/512x512/apps/{APP_ID}.png",
        f"{data}/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "viparita/i18n/viparita_de.qm",  # compiled by the build hook
        "viparita/i18n/viparita_es.qm",
    ):
        assert expected in names, expected
    assert not any(n.startswith("tests/") for n in names)
    # The source folder app/ is installed under the app's own name, never as a generic `app`.
    assert not any(n.startswith("app/") for n in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "viparita = viparita.__main__:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_wheel_installs_into_a_fresh_venv_and_launches(wheel, tmp_path, report_figure):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=True,
        timeout=600,
    )
    version = subprocess.run(
        [str(env_dir / "bin" / "viparita"), "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0
    assert version.stdout.strip() == f"viparita {__version__}"
    seconds = smoke_launch([str(env_dir / "bin" / "viparita")], tmp_path / "home")
    # The desktop file the wheel put under the venv's share/ is the one in packaging/.
    installed = env_dir / "share" / "applications" / f"{APP_ID}.desktop"
    assert installed.is_file()
    report_figure(f"wheel: launch to first paint {seconds * 1000:.0f} ms (offscreen, one run)")
