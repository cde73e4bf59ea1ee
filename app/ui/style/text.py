"""Showing the core's translatable texts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...core.i18n import Text
from ...core.profiles import BUILTIN_NAMES, Profile
from ...core.routines import BUILTIN_NAMES as ROUTINE_NAMES
from ...core.routines import Routine

if TYPE_CHECKING:
    from ...core.hold_plan import Suggestion


_PLACE = re.compile(r"%([1-9])")


def t(text: Text) -> str:
    return QCoreApplication.translate(text.context, text.source)


def fill(template: str, *values: object) -> str:
    """Qt's %1, %2… filled in one pass: a value that itself holds "%2" (a profile's name, a
    file's) stays as it is, where chained replace() calls would fill it in again."""

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if n <= len(values) else match.group(0)

    return _PLACE.sub(value, template)


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
    reason = fill(t(plan.reason_text), plan.last_min)
    line = QCoreApplication.translate("plan", "Your hold plan suggests %1 min. %2.")
    return fill(line, plan.minutes, reason)
