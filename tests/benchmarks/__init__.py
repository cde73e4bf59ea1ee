"""Benchmarks: the app measured against a bare PySide6 window, side by side in one run.

Run from the repository root with `.venv/bin/python -m tests.benchmarks` (`--quick` for a
short developer run). Not part of pytest's run: no file here is named test_*.py.
"""
