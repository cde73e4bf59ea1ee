"""Showing the core's translatable texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.i18n import Text
from app.core.profiles import BUILTIN_NAMES, Profile


def t(text: Text) -> str:
    return QCoreApplication.translate(text.context, text.source)


def display_name(profile: Profile) -> str:
    """A built-in's name follows the language until the person renames it."""
    return profile.name or t(BUILTIN_NAMES[profile.id])
