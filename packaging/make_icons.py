"""The desktop's icons, in the hicolor layout, drawn from the app's own artwork.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py [OUT_DIR]

assets/icons holds the one drawing of the icon (and a 16-pixel one for tiny sizes); the window
and the tray draw from it at run time, and this script writes what desktops look up by name:
scalable/apps/<app-id>.svg, <app-id>-symbolic.svg (the monochrome mask), and PNGs from 16 to
512 pixels. OUT_DIR defaults to packaging/icons/hicolor; a test checks it is up to date."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QGuiApplication  # noqa: E402 (after the platform is chosen)

from app import APP_ID  # noqa: E402
from app.paths import assets_dir  # noqa: E402
from app.ui.shell.icon import render  # noqa: E402

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DEFAULT_OUT = ROOT / "packaging" / "icons" / "hicolor"


def expected_files() -> dict[str, Path | int]:
    """Path inside hicolor/ -> the SVG it copies, or the PNG's size in pixels."""
    icons = assets_dir() / "icons"
    files: dict[str, Path | int] = {
        f"scalable/apps/{APP_ID}.svg": icons / "viparita.svg",
        f"symbolic/apps/{APP_ID}-symbolic.svg": icons / "viparita-mono.svg",
    }
    for size in PNG_SIZES:
        files[f"{size}x{size}/apps/{APP_ID}.png"] = size
    return files


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name, source in expected_files().items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            shutil.copyfile(source, target)
        elif not render(source).save(str(target)):
            raise SystemExit(f"could not write {target}")
        print(target)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
