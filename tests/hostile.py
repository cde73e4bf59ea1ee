"""A folder someone might start Viparita from that holds Python code of its own: a module
named like one the app imports, or a whole `app/` package of another project. Whatever runs
from it leaves a marker file, so a test can tell that the folder's code was never imported."""

import json
import subprocess
from pathlib import Path

# json: the sound helper and `stats --json` import it; app: another project's package.
HOSTILE_MODULES = ["json.py", "app/__init__.py"]


def hostile_folder(root: Path, module: str) -> tuple[Path, Path]:
    """(the folder, the folder its markers go to). The markers are outside the folder."""
    folder = root / "hostile"
    markers = root / "markers"
    markers.mkdir(parents=True)
    source = folder / module
    source.parent.mkdir(parents=True, exist_ok=True)
    marker = markers / module.replace("/", "-")
    source.write_text(f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    return folder, markers


def imported(markers: Path) -> list[str]:
    return sorted(path.name for path in markers.iterdir())


def as_installed(root: Path) -> tuple[Path, Path]:
    """(an import path folder, its markers): this checkout's app/ is there as `viparita`, the
    name the wheel installs it under, beside another project's `app` that leaves a marker."""
    folder, markers = hostile_folder(root, "app/__init__.py")
    (folder / "viparita").symlink_to(Path(__file__).resolve().parents[1] / "app")
    return folder, markers


def built_command(
    python: Path | str, function: str, cwd: Path, path: Path | None = None
) -> list[str]:
    """The command line that `function` ("viparita.audio.player:helper_command") builds in a
    new `python` process started in `cwd`, with `path` (if given) first on its import path."""
    module, name = function.split(":")
    code = f"import json; from {module} import {name}; print(json.dumps({name}()))"
    if path is not None:
        code = f"import sys; sys.path.insert(0, {str(path)!r}); {code}"
    done = subprocess.run(
        [str(python), "-c", code], cwd=cwd, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
