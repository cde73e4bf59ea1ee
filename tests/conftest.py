"""Shared test set-up: every test gets its own temporary XDG directories."""

import os

import pytest

# Widgets in tests/ui draw offscreen; tests/e2e start their own X server for the real app.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def xdg_dirs(tmp_path, monkeypatch):
    dirs = {}
    for name in ("CONFIG", "DATA", "STATE", "CACHE", "RUNTIME"):
        path = tmp_path / "xdg" / name.lower()
        path.mkdir(parents=True, mode=0o700)
        monkeypatch.setenv(
            f"XDG_{name}_HOME" if name != "RUNTIME" else "XDG_RUNTIME_DIR", str(path)
        )
        dirs[name.lower()] = path
    return dirs


# Figures that tests measure (sizes, start-up times) are printed at the end of the run, where
# CI's log keeps them; pytest would swallow a print from a passing test.
_FIGURES: list[str] = []


@pytest.fixture
def report_figure():
    return _FIGURES.append


def pytest_terminal_summary(terminalreporter):
    if _FIGURES:
        terminalreporter.section("figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)
