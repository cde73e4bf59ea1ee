"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11:
every void method call dropped a reference to None, and the animation aborted the app)."""

import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QLabel


def test_void_methods_keep_reference_counts(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.update(QRect(0, 0, 2, 2))
        pen.setWidth(3)
        pen.setColor(QColor("#123456"))
    assert abs(sys.getrefcount(None) - before) < 50
