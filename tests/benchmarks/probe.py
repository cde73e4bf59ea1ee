"""Instruments inside a Qt process: paints, timer events, the timers armed, window states.

Run as a script, `python probe.py ARGS...`, it starts the installed app (`viparita ARGS...`)
with a Probe in it; tests/benchmarks/bare.py puts the same Probe in the bare baselines, so
both sides carry the same cost. The script's folder, not the checkout, heads sys.path: the app
is the installed package `viparita`, as the launcher imports it.

The runner talks to the probe over a pipe (its read end's number in BENCH_PROBE_FD) that a
socket notifier watches, so the probe arms no timer and wakes the process only when asked.
Commands, one JSON line each: {"do": "reset"} forgets what was recorded;
{"do": "report", "to": PATH} writes it all to PATH as JSON.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import shiboken6
from PySide6 import QtWidgets
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

FD_VARIABLE = "BENCH_PROBE_FD"
PAINT = QEvent.Type.Paint
TIMER = QEvent.Type.Timer
WINDOW_EVENTS = {
    QEvent.Type.Show: "show",
    QEvent.Type.Hide: "hide",
    QEvent.Type.WindowStateChange: "state",
}


def _name(obj: QObject) -> str:
    # The C++ class: Qt's own objects that Python has no class for show as QObject otherwise.
    name = obj.metaObject().className()
    return f"{name}:{obj.objectName()}" if obj.objectName() else name


def owner(obj: QObject) -> str:
    """A timer is known by what owns it: ReminderScheduler/QTimer."""
    parent = obj.parent()
    return f"{_name(parent)}/{_name(obj)}" if parent is not None else _name(obj)


def _interval(obj: QObject, event: QEvent) -> str:
    timers = QAbstractEventDispatcher.instance().registeredTimers(obj)
    found = [t.interval for t in timers if t.timerId == event.timerId()]
    return f"{found[0]} ms" if found else "single shot"


class Probe(QObject):
    def __init__(self, app: QApplication, fd: int) -> None:
        super().__init__()
        self._app = app
        self._fd = fd
        self._pending = b""
        # (time, widget class, circle radius or -1, painted width, painted height)
        self.paints: list[tuple[float, str, float, int, int]] = []
        self.timer_events: Counter[str] = Counter()
        self.window_events: list[tuple[float, str, str, bool]] = []
        app.installEventFilter(self)
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._command)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == PAINT and isinstance(watched, QWidget):
            rect = event.rect()
            radii = getattr(watched, "radii", None)
            radius = radii()[2] if callable(radii) else -1.0
            self.paints.append(
                (time.monotonic(), type(watched).__name__, radius, rect.width(), rect.height())
            )
        elif kind == TIMER:
            self.timer_events[f"{owner(watched)} ({_interval(watched, event)})"] += 1
        elif kind in WINDOW_EVENTS and isinstance(watched, QWidget) and watched.isWindow():
            self.window_events.append(
                (time.monotonic(), _name(watched), WINDOW_EVENTS[kind], watched.isMinimized())
            )
        return False

    def _command(self) -> None:
        chunk = os.read(self._fd, 4096)
        if not chunk:
            self._notifier.setEnabled(False)  # the runner has gone
            return
        *lines, self._pending = (self._pending + chunk).split(b"\n")
        for line in lines:
            order = json.loads(line)
            if order["do"] == "reset":
                self.paints.clear()
                self.timer_events.clear()
                self.window_events.clear()
            elif order["do"] == "report":
                self._report(Path(order["to"]))

    def _report(self, path: Path) -> None:
        data = {
            "at": time.monotonic(),
            "paints": self.paints,
            "timer_events": dict(self.timer_events),
            "window_events": self.window_events,
            "armed": armed_timers(self._app, exclude=self),
        }
        partial = path.with_suffix(".partial")
        partial.write_text(json.dumps(data))
        partial.rename(path)  # the runner waits for the name: it sees a whole file


def _live_objects(app: QApplication) -> list[QObject]:
    """Every QObject that can be found: the application's tree, the widgets, the windows, and
    the parentless objects Python holds (the app's controller among them)."""
    roots: list[QObject] = [app, *QApplication.allWidgets(), *QGuiApplication.allWindows()]
    roots += [o for o in gc.get_objects() if isinstance(o, QObject)]
    found: dict[int, QObject] = {}
    for root in roots:
        if not shiboken6.isValid(root):
            continue  # a wrapper whose C++ object is gone
        for obj in (root, *root.findChildren(QObject)):
            found.setdefault(shiboken6.getCppPointer(obj)[0], obj)
    return list(found.values())


def armed_timers(app: QApplication, exclude: QObject) -> list[dict[str, Any]]:
    dispatcher = QAbstractEventDispatcher.instance()
    armed = []
    for obj in _live_objects(app):
        if obj is exclude:
            continue
        for info in dispatcher.registeredTimers(obj):
            armed.append(
                {"owner": owner(obj), "interval_ms": info.interval, "type": info.timerType.name}
            )
    return armed


def install(app: QApplication) -> Probe:
    return Probe(app, int(os.environ.pop(FD_VARIABLE)))


def run_app(args: list[str]) -> int:
    """The app's own main, with a Probe put into its QApplication as it is made."""
    probes: list[Probe] = []
    plain = QtWidgets.QApplication

    class ProbedApplication(plain):  # type: ignore[misc, valid-type]
        def __init__(self, argv: list[str]) -> None:
            super().__init__(argv)
            probes.append(install(self))

    # The app imports QApplication inside main(), after this.
    QtWidgets.QApplication = ProbedApplication  # type: ignore[misc]
    from viparita.__main__ import main

    sys.argv = ["viparita", *args]
    return main(args)


if __name__ == "__main__":
    sys.exit(run_app(sys.argv[1:]))
