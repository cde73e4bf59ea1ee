"""The shape of the code, checked: no import circles anywhere in app/, the core pure (no Qt, no
file I/O), arrows pointing down only (../shared/ARCHITECTURE.md), and no function so long that
it cannot be read at once.

Imports are read with `ast`, so those made inside functions and under TYPE_CHECKING count
too: a dependency that is only there for a type is still a dependency."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
QT = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
# What reads or writes files, sockets or processes: the core is handed data, never paths.
FILE_IO = {"os", "io", "tempfile", "shutil", "sqlite3", "pathlib", "socket", "subprocess"}
# A function spans at most this many lines after its `def` line, as the repository's
# before-stop hook counts them (end_lineno - lineno).
LONGEST = 59
# Being finished by another developer: checked on its own below, until it is short.


def module_name(path: Path, root: Path = APP) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, root: Path = APP) -> Iterator[str]:
    """Every module `path` imports, relative imports resolved, as dotted names."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            # `from app.ui import keys` imports the module app.ui.keys.
            yield from (f"{base}.{alias.name}" for alias in node.names)


def graph(root: Path = APP) -> dict[str, set[str]]:
    modules = {module_name(p, root): p for p in root.rglob("*.py")}
    return {
        name: {m for m in imported(path, root) if m in modules and m != name}
        for name, path in modules.items()
    }


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def long_functions(path: Path) -> list[str]:
    return [
        f"{path.name}: {node.name} at line {node.lineno} ({node.end_lineno - node.lineno} lines)"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno > LONGEST
    ]


def test_no_function_in_the_app_is_over_60_lines():
    paths = sorted(APP.rglob("*.py"))
    assert len(paths) > 100
    assert [f for p in paths for f in long_functions(p)] == []


def test_every_import_inside_the_app_names_a_module_there_is():
    """Type-only imports run only under a type checker, so a renamed module leaves them
    stale without any test failing: read them here. A `from X import y` needs X."""
    modules = {module_name(p) for p in APP.rglob("*.py")}
    stale = {}
    for path in APP.rglob("*.py"):
        names = {m for m in imported(path) if m.startswith("app.")}
        # Each is a module there is, or a name taken from one (`from .x import Thing`).
        missing = sorted(
            m for m in names if m not in modules and m.rpartition(".")[0] not in modules
        )
        if missing:
            stale[module_name(path)] = missing
    assert stale == {}


def test_no_import_circles_in_the_app():
    assert circles(graph()) == []


def test_the_core_imports_no_qt_and_does_no_file_io():
    offenders = {}
    for path in (APP / "core").glob("*.py"):
        tops = {m.split(".")[0] for m in imported(path)}
        opens = [
            n.lineno
            for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "open"
        ]
        bad = sorted(tops & (QT | FILE_IO)) + [f"open() at line {n}" for n in opens]
        if bad:
            offenders[path.name] = bad
    assert offenders == {}


def test_the_core_imports_nothing_above_it():
    above = {
        name: sorted(m for m in deps if not m.startswith(("app.core", "app.translations")))
        for name, deps in graph().items()
        if name.startswith("app.core")
    }
    assert {k: v for k, v in above.items() if v} == {}


def test_the_checks_can_fail(tmp_path):
    pkg = tmp_path / "app"
    (pkg / "core").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "__init__.py").write_text("")
    (pkg / "core" / "a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.core import b\n"
    )
    (pkg / "core" / "b.py").write_text("from . import a\nimport os\n")
    assert circles(graph(pkg)) == [["app.core.a", "app.core.b"]]
    assert "os" in set(imported(pkg / "core" / "b.py", pkg))
    body = "    x = 1\n"
    (pkg / "long.py").write_text(f"def ok():\n{body * 59}\n\ndef too_long():\n{body * 60}")
    assert long_functions(pkg / "long.py") == ["long.py: too_long at line 63 (60 lines)"]
