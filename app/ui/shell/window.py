"""The main window, a shell: the notice bar, the stack of pages, the sound status and the
footer, under a menu bar the composition root fills. It shows the page it is told to; which
page that is, the session's router (stages) and the start flow (everything before) decide."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...core import cautions
from ..session.pages.common import Page, label
from ..session.sound_status import SoundStatus
from ..style.text import t
from ..widgets.page_scroller import PageScroller
from . import notice
from .notice import NoticeBar

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    # About to be shown with no page: the start flow puts up its screen. No page is made
    # before, so an app started in the tray makes none until it is opened.
    firstShown = Signal()

    def __init__(self, build_page: Callable[[str], Page], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_page = build_page
        self._pages: dict[str, Page] = {}
        self._holders: dict[str, PageScroller] = {}
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 520)
        self.resize(1000, 680)
        central = QWidget()
        col = QVBoxLayout(central)
        col.setContentsMargins(24, 12, 24, 8)
        self.notice = NoticeBar()
        notice.bridge.show_on(self.notice)
        self.stack = QStackedWidget()
        self.footer = label(t(cautions.NOT_ADVICE), "note", about=self.tr("Not medical advice"))
        self.sound_status = SoundStatus()
        col.addWidget(self.notice)
        col.addWidget(self.stack, 1)
        sound_row = QHBoxLayout()
        sound_row.addStretch(1)
        sound_row.addWidget(self.sound_status)
        col.addLayout(sound_row)
        col.addWidget(self.footer)
        self.setCentralWidget(central)

    def setVisible(self, visible: bool) -> None:
        if visible and self.stack.currentWidget() is None:
            self.firstShown.emit()
        super().setVisible(visible)

    # --- pages -----------------------------------------------------------------------------

    def page(self, name: str) -> Page:
        """Pages are built the first time they are needed, so the first paint is quick."""
        if name not in self._pages:
            page = self._build_page(name)
            self._pages[name] = page
            # Parented at once: the page sizes its large text from the window it is in.
            self._holders[name] = PageScroller(page, self.stack)
            self.stack.addWidget(self._holders[name])
        return self._pages[name]

    def built(self, name: str) -> Page | None:
        return self._pages.get(name)

    def current_page(self) -> Page | None:
        holder = self.stack.currentWidget()
        page = holder.page() if isinstance(holder, PageScroller) else None
        return page if isinstance(page, Page) else None

    def current_page_name(self) -> str:
        current = self.current_page()
        return next((n for n, p in self._pages.items() if p is current), "")

    def show_page(self, name: str) -> Page:
        page = self.page(name)
        if self.current_page() is not page:
            log.info("page %s", name)
        self.stack.setCurrentWidget(self._holders[name])
        return page

    # --- showing the window ----------------------------------------------------------------

    def bring_forward(self) -> None:
        """Asked for by the person (a launch, the tray), so taking the focus is right here."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def reveal_quietly(self) -> None:
        """For whoever looks, without taking the focus from what they are doing. A minimised
        window stays minimised; its taskbar entry asks for attention instead."""
        if self.isHidden():
            from .show_quietly import show_without_focus

            show_without_focus(self)
        QApplication.alert(self)
