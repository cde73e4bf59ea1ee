"""What the other parts may do with the main window, and no more. The quit guard, the tray and
the launch take a Surface; the session's router and start flow take a PageHost. None of them
imports the window, so nothing in the app imports back the module that imports it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from ..session.pages.common import Page


class Surface(Protocol):
    def isVisible(self) -> bool: ...

    def isHidden(self) -> bool: ...

    def isMinimized(self) -> bool: ...

    def hide(self) -> None: ...

    def close(self) -> bool: ...

    def show(self) -> None: ...

    def bring_forward(self) -> None:
        """Shown, raised and given the focus: for what the person asked for."""

    def installEventFilter(self, watcher: QObject) -> None: ...


class PageHost(Surface, Protocol):
    def page(self, name: str) -> Page:
        """The page of that name, built the first time it is asked for."""

    def built(self, name: str) -> Page | None:
        """The page of that name if it has been built: none is built to be looked at."""

    def show_page(self, name: str) -> Page: ...

    def current_page_name(self) -> str: ...

    def setWindowTitle(self, title: str) -> None: ...

    def reveal_quietly(self) -> None:
        """Shown without taking the focus, and marked as wanting attention."""
