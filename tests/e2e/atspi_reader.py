"""Reads an application's accessibility tree the way a screen reader does, through AT-SPI, and
prints it as JSON: one object per node, in tree order.

pyatspi is Debian's python3-pyatspi, which exists only for the system's Python, so the tests
run this file as a child under /usr/bin/python3: `atspi_reader.py APP_NAME`. It looks
once; exit status 3 means the app has not registered yet."""

from __future__ import annotations

import json
import sys

import pyatspi

NOT_YET = 3  # exit status: the app has not registered yet; the caller looks again


def find_app(name: str):
    """The application registered under `name`: it registers once its window is up."""
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name.lower() == name.lower():
            return app
    seen = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
    print(f"no application {name!r} on the AT-SPI bus (saw {seen})", file=sys.stderr)
    raise SystemExit(NOT_YET)


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
    json.dump(walk(find_app(sys.argv[1])), sys.stdout)


if __name__ == "__main__":
    main()
