"""The baselines: the least a PySide6 window costs, run as a script like probe.py.

bare.py first-paint         a QLabel that prints "first paint at <CLOCK_MONOTONIC>" and quits
bare.py stay                a QLabel that stays open
bare.py animate MS W H      a widget of the app window's size repainting a W x H box in its
                            middle every MS milliseconds: a disc that grows and shrinks and a
                            ring, as the breathing circle draws (with a Probe, see probe.py;
                            the widget is in bare_animate.py)

Only what a QLabel needs is imported here: this is the launch baseline.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QWidget

WINDOW_SIZE = (1000, 680)  # the app's main window opens at this size


def main(args: list[str]) -> int:
    app = QApplication(["bare"])
    window: QWidget
    if args[0] == "animate":
        from bare_animate import Pulsing
        from probe import install  # beside this script; the same instruments as the app's

        probe = install(app)  # noqa: F841  (kept alive for the run)
        window = Pulsing(int(args[1]), (int(args[2]), int(args[3])), WINDOW_SIZE)
    else:
        window = QLabel("A bare PySide6 window")
        window.resize(*WINDOW_SIZE)
        if args[0] == "first-paint":
            # The app's own first-paint detector (a few lines of PySide6), so both sides
            # are timed alike; installed, as probe.py runs the app.
            from viparita.ui.shell.first_paint import QuitAfterFirstPaint

            QuitAfterFirstPaint(window, app)
    window.setWindowTitle("bare")
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
