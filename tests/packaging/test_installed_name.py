"""The wheel installs the app under its own name, `viparita`, beside another distribution that
ships a top-level `app` package, in either order: both keep working, and every command the
installed app builds (the sound helper, the start at login) runs the app's own code."""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import json
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from app import __version__
from tests.hostile import built_command

from .conftest import log_of_a_german_launch

# Another project's `app`: it says who it is, and ships a sound helper of its own that a
# command built as `python -m app.audio.helper` would run instead of Viparita's.
OTHER_FILES = {
    "app/__init__.py": 'WHO = "the other project"\n',
    "app/audio/__init__.py": "",
    "app/audio/helper.py": 'print(\'{"ready": ["not viparita"]}\', flush=True)\n',
}
# A log line: time, level, logger, message (the format app/__main__.py sets).
LOG_LINE = re.compile(r"^\S+ \S+ (?P<level>\w+) (?P<logger>[\w.]+): (?P<msg>.*)$")


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def other_app_wheel(folder: Path) -> Path:
    """A wheel made by hand, as a build backend would: the package, METADATA, WHEEL, RECORD."""
    info = "other_app-1.0.dist-info"
    files = {name: text.encode() for name, text in OTHER_FILES.items()}
    files[f"{info}/METADATA"] = b"Metadata-Version: 2.1\nName: other-app\nVersion: 1.0\n"
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\n"
    files[f"{info}/WHEEL"] += b"Tag: py3-none-any\n"
    record = [_record_line(name, data) for name, data in files.items()]
    files[f"{info}/RECORD"] = ("\n".join([*record, f"{info}/RECORD,,"]) + "\n").encode()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "other_app-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def site_packages(env_dir: Path) -> Path:
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    return env_dir / "lib" / version / "site-packages"


def link_dependencies(wheel: Path, site: Path) -> None:
    """The wheel's dependencies, linked in from this environment: installed in a second or two
    with nothing downloaded, and without the rest of this environment (where an older install
    of this very project may be) on the new one's path."""
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        lines = archive.read(metadata).decode().splitlines()
    todo = [line.split(":", 1)[1].strip() for line in lines if line.startswith("Requires-Dist:")]
    done: set[str] = set()
    while todo:
        requirement = Requirement(todo.pop())
        if requirement.name in done or not (
            requirement.marker is None or requirement.marker.evaluate({"extra": ""})
        ):
            continue
        done.add(requirement.name)
        dist = importlib.metadata.distribution(requirement.name)
        tops = {f.parts[0] for f in dist.files or () if f.parts[0] != ".."}
        for top in tops - {p.name for p in site.iterdir()}:
            (site / top).symlink_to(Path(str(dist.locate_file(top))))
        todo += dist.requires or []


def run(*command: str, cwd: Path, stdin: str = "") -> str:
    done = subprocess.run(
        command, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def installed(
    wheel: Path, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Path:
    """A fresh environment with the viparita wheel and the other `app`, in the order asked."""
    root = tmp_path_factory.mktemp("installed")
    env_dir = root / "venv"
    venv.create(env_dir, with_pip=False)
    link_dependencies(wheel, site_packages(env_dir))
    other = other_app_wheel(root / "other")
    for path in (wheel, other) if request.param == "viparita first" else (other, wheel):
        subprocess.run(
            [sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install",
             "--quiet", "--no-deps", "--no-index", str(path)],
            check=True,
            timeout=300,
        )  # fmt: skip
    return env_dir


@pytest.mark.parametrize("installed", ["viparita first", "other app first"], indirect=True)
def test_the_app_installs_as_viparita_beside_another_app_package(installed, tmp_path):
    python, site = installed / "bin" / "python", site_packages(installed)
    folder = tmp_path / "elsewhere"  # no code of its own: every import comes from the venv
    folder.mkdir()
    # The other project's app/ holds its own files only.
    assert sorted(p.relative_to(site).as_posix() for p in (site / "app").rglob("*.py")) == sorted(
        OTHER_FILES
    )
    record = next(site.glob("viparita-*.dist-info")) / "RECORD"
    assert not [line for line in record.read_text().splitlines() if line.startswith("app/")]
    code = "import app, viparita; print(viparita.__file__); print(app.WHO)"
    mine, theirs = run(str(python), "-c", code, cwd=folder).splitlines()
    assert Path(mine) == site / "viparita" / "__init__.py"
    assert theirs == "the other project"
    for command in ([str(python), "-m", "viparita"], [str(installed / "bin" / "viparita")]):
        assert run(*command, "--version", cwd=folder).strip() == f"viparita {__version__}"


@pytest.mark.parametrize("installed", ["viparita first", "other app first"], indirect=True)
def test_the_installed_app_starts_its_own_sound_helper_and_itself(installed, tmp_path):
    python, site = installed / "bin" / "python", site_packages(installed)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    helper = built_command(python, "viparita.audio.player:helper_command", folder)
    sounds = site / "viparita" / "assets" / "sounds"
    requests = json.dumps({"load": str(sounds)}) + "\n" + json.dumps({"quit": True}) + "\n"
    ready = json.loads(run(*helper, cwd=folder, stdin=requests).splitlines()[0])
    assert "hold_start" in ready["ready"]
    # What start at login runs when the launcher script is not at hand.
    again = built_command(python, "viparita.platform.autostart:launch_command", folder)
    assert run(*again, "--version", cwd=folder).strip() == f"viparita {__version__}"


@pytest.mark.parametrize("installed", ["other app first"], indirect=True)
def test_the_installed_app_logs_under_its_own_name(installed, tmp_path):
    """A launch beside the other `app`: nothing of it is imported (it would crash the launch),
    and every record of the app's own, the preferences' warnings included, is in the log under
    `viparita`. A German run finds the installed translations."""
    log = log_of_a_german_launch([str(installed / "bin" / "viparita")], tmp_path / "home")
    records = [m for line in log.splitlines() if (m := LOG_LINE.match(line))]
    loggers = {m["logger"] for m in records}
    assert {"viparita", "viparita.core.preferences"} <= loggers, log
    assert not [name for name in loggers if name.split(".")[0] == "app"], log
    assert "language de" in log and "no translation" not in log
