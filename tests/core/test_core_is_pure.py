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


def test_only_clock_module_can_read_time():
    # Without `time` or `datetime` (or `os.times`), a module has no way to read a clock.
    clocks = {"time", "datetime"}
    offenders = {p.name: _imports(p) & clocks for p in CORE.glob("*.py") if p.name != "clock.py"}
    assert not {k: v for k, v in offenders.items() if v}
    for path in CORE.glob("*.py"):
        assert "os.times" not in path.read_text(encoding="utf-8"), path.name
