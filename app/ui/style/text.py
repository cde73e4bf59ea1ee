"""Showing the core's translatable texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...core.i18n import Text
from ...core.profiles import BUILTIN_NAMES, Profile
from ...core.routines import BUILTIN_NAMES as ROUTINE_NAMES
from ...core.routines import Routine

if TYPE_CHECKING:
    from ...core.hold_plan import Suggestion


def t(text: Text) -> str:
    return QCoreApplication.translate(text.context, text.source)


def display_name(profile: Profile) -> str:
    """A built-in's name follows the language until the person renames it."""
    return profile.name or t(BUILTIN_NAMES[profile.id])


def routine_name(routine: Routine) -> str:
    """A built-in routine's name follows the language; the person's own keep theirs."""
    if routine.builtin:
        return t(ROUTINE_NAMES[routine.id])
    return routine.name or routine.id


def plan_note(plan: Suggestion) -> str:
    """The start screen's line under the hold: the plan's suggestion and its reason."""
    reason = t(plan.reason_text).replace("%1", str(plan.last_min))
    line = QCoreApplication.translate("plan", "Your hold plan suggests %1 min. %2.")
    return line.replace("%1", str(plan.minutes)).replace("%2", reason)
