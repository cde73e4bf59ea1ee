"""Another application's window that holds the keyboard focus, so an end-to-end test can
see whether the app takes the focus from it. Runs until it is terminated."""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
window = QLabel("Another application, with the focus")
window.setWindowTitle("focus holder")
window.resize(400, 200)
window.show()
sys.exit(app.exec())
