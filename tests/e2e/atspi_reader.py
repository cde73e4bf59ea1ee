"""Reads an application's accessibility tree the way a screen reader does, through AT-SPI, and
prints it as JSON: one object per node, in tree order.

pyatspi is Debian's python3-pyatspi, which exists only for the system's Python, so the tests
run this file as a child under /usr/bin/python3: `atspi_reader.py APP_NAME TIMEOUT_S`."""

from __future__ import annotations

import json
import sys
import time

import pyatspi


def find_app(name: str, timeout: float):
    """The application registered under `name`: it registers once its window is up."""
    end = time.monotonic() + timeout
    while True:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name.lower() == name.lower():
                return app
        if time.monotonic() > end:
            seen = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
            raise SystemExit(f"no application {name!r} on the AT-SPI bus (saw {seen})")
        time.sleep(0.2)  # polling another process's registration: there is no signal to wait on


def describe(node, depth: int) -> dict:
    states = node.getState()
    entry = {
        "depth": depth,
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "enabled": states.contains(pyatspi.STATE_ENABLED),
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
    }
    try:
        text = node.queryText()
        entry["text"] = text.getText(0, -1)
    except NotImplementedError:
        pass
    return entry


def walk(node, depth: int = 0, out: list[dict] | None = None) -> list[dict]:
    out = [] if out is None else out
    out.append(describe(node, depth))
    if depth < 60:
        for child in node:
            if child is not None:
                walk(child, depth + 1, out)
    return out


def main() -> None:
    name, timeout = sys.argv[1], float(sys.argv[2])
    json.dump(walk(find_app(name, timeout)), sys.stdout)


if __name__ == "__main__":
    main()
