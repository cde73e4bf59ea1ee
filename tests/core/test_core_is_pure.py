"""app/core must stay pure Python: no Qt, and no reading of the clock."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "app" / "core"
FORBIDDEN_MODULES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_core_module_imports_qt():
    offenders = {p.name: _imports(p) & FORBIDDEN_MODULES for p in CORE.glob("*.py")}
    assert not {k: v for k, v in offenders.items() if v}


def test_importing_the_core_loads_no_qt():
    modules = [f"app.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__"]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


CLOCK_READS = {"now", "today", "utcnow", "fromtimestamp", "utcfromtimestamp", "time", "monotonic"}


def _clock_reads(path: Path) -> set[str]:
    """Calls such as datetime.now() or time.monotonic(): the core is handed the time."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in CLOCK_READS
    }


def test_only_clock_module_can_read_time():
    # The `time` module (or `os.times`) is a clock; `datetime` is allowed for its arithmetic
    # (reminders work on the local calendar) but none of its clock reads.
    others = [p for p in CORE.glob("*.py") if p.name != "clock.py"]
    assert not {p.name: "time" in _imports(p) for p in others if "time" in _imports(p)}
    assert not {p.name: _clock_reads(p) for p in others if _clock_reads(p)}
    for path in CORE.glob("*.py"):
        assert "os.times" not in path.read_text(encoding="utf-8"), path.name


def test_the_clock_read_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from datetime import datetime\nx = datetime.now()\n", encoding="utf-8")
    assert _clock_reads(sample) == {"now"}
