"""The command line answers without starting the GUI; assets are found in every layout."""

import subprocess
import sys
from pathlib import Path

import pytest

import app.paths as paths
from app import __version__


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=60
    )


def test_version():
    out = run_cli("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"viparita {__version__}"


@pytest.mark.parametrize("value", ["5h", "9s", "61", "soon", ""])
def test_bad_start_value_exits_2_and_names_it(value):
    out = run_cli("--start", value)
    assert out.returncode == 2
    assert "--start" in out.stderr
    if value:
        assert repr(value) in out.stderr


def test_unknown_argument_exits_2():
    out = run_cli("--frobnicate")
    assert out.returncode == 2
    assert "--frobnicate" in out.stderr


def test_quit_after_first_paint_needs_the_window():
    out = run_cli("--tray", "--quit-after-first-paint")
    assert out.returncode == 2
    assert "leave out --tray" in out.stderr


def test_quit_after_first_paint_is_not_advertised():
    assert "first-paint" not in run_cli("--help").stdout


def test_paths_follow_xdg(xdg_dirs):
    p = paths.AppPaths.for_user()
    assert p.prefs_file == xdg_dirs["config"] / "viparita" / "preferences.json"
    assert p.data_dir == xdg_dirs["data"] / "viparita"
    assert p.history_file == xdg_dirs["data"] / "viparita" / "history.sqlite3"
    assert p.log_file.is_relative_to(xdg_dirs["state"])


def _make_assets(root: Path) -> Path:
    (root / "illustrations").mkdir(parents=True)
    return root


def test_assets_in_source_tree():
    found = paths.assets_dir()
    assert (found / "illustrations" / "entry-props.svg").is_file()


def test_assets_in_installed_wheel(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "app"
    package.mkdir(parents=True)
    _make_assets(package / "assets")
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    assert paths.assets_dir() == package / "assets"


def test_assets_in_frozen_bundle(tmp_path, monkeypatch):
    bundle = _make_assets(tmp_path / "bundle" / "assets").parent
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "elsewhere" / "app" / "paths.py"))
    assert paths.assets_dir() == bundle / "assets"


def test_missing_assets_are_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "app" / "paths.py"))
    with pytest.raises(FileNotFoundError, match="assets"):
        paths.assets_dir()


def test_every_step_has_its_illustration():
    from app.core.steps import ENTRY_STEPS, EXIT_STEPS, PAUSE_COMPLETE, SEATED_PAUSE

    stems = {s.illustration for group in ENTRY_STEPS.values() for s in group}
    stems |= {s.illustration for s in (*EXIT_STEPS, SEATED_PAUSE, PAUSE_COMPLETE)}
    from app.core.routines import POSES
    from app.core.variations import VARIATIONS, Variation, entry_steps

    stems |= {p.step.illustration for p in POSES.values()}
    stems |= {v.illustration for v in VARIATIONS.values()}
    stems |= {s.illustration for v in Variation for s in entry_steps(v)}
    assert {"pose-corpse", "var-thread-needle", "var-in-bed"} <= stems
    folder = paths.assets_dir() / "illustrations"
    assert sorted(s for s in stems if not (folder / f"{s}.svg").is_file()) == []
