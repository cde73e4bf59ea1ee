"""A folder someone might start Viparita from that holds Python code of its own: a module
named like one the app imports, or a whole `app/` package of another project. Whatever runs
from it leaves a marker file, so a test can tell that the folder's code was never imported."""

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
