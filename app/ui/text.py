"""Showing the core's translatable texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.i18n import Text


def t(text: Text) -> str:
    return QCoreApplication.translate(text.context, text.source)
