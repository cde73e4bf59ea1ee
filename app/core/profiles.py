"""Profiles: named sets of session settings. Two are built in; people add their own.

A built-in can be edited and restored, but never deleted, so "Work break" and "Bedtime
wind-down" are always there to fall back on.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from typing import Any, NamedTuple

from . import validate
from .breathing import DEFAULT_PATTERN, BreathPattern
from .cues import CueSettings
from .durations import (
    DEFAULT_SETTLE_S,
    HOLD_MAX_S,
    HOLD_MIN_S,
    PAUSE_MAX_S,
    PAUSE_MIN_S,
    SETTLE_MAX_S,
    SETTLE_MIN_S,
)
from .i18n import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(f"{__package__}.preferences")  # read with the preferences


class Theme(Enum):
    REGULAR = "regular"  # light, or dark when the system is dark and the app follows it
    BEDTIME = "bedtime"  # dim and warm at every step, the done screen included


# --- breath patterns -------------------------------------------------------------------------

PATTERN_STEP_S = 0.5
PATTERN_RANGES: dict[str, tuple[float, float]] = {
    "inhale": (1.0, 15.0),
    "hold_in": (0.0, 15.0),
    "exhale": (1.0, 20.0),
    "hold_out": (0.0, 15.0),
}


class PatternPreset(NamedTuple):
    key: str
    name: Text
    pattern: BreathPattern


PATTERN_PRESETS = (
    PatternPreset("calm", QT_TRANSLATE_NOOP("pattern", "Calm 4-6"), BreathPattern(4, 0, 6, 0)),
    PatternPreset("deep", QT_TRANSLATE_NOOP("pattern", "Deep 4-8"), BreathPattern(4, 0, 8, 0)),
    # 11 s a breath: about 5.5 breaths a minute.
    PatternPreset(
        "slow", QT_TRANSLATE_NOOP("pattern", "Slow 4.5-6.5"), BreathPattern(4.5, 0, 6.5, 0)
    ),
)
CUSTOM_PATTERN = QT_TRANSLATE_NOOP("pattern", "Custom")
EXHALE_NOT_LONGER = QT_TRANSLATE_NOOP(
    "pattern",
    "The breath out is not longer than the breath in. A breath out longer than the breath in "
    "is a well-established way to calm the body.",
)


def preset_for(pattern: BreathPattern) -> PatternPreset | None:
    return next((p for p in PATTERN_PRESETS if p.pattern == pattern), None)


# --- profiles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    id: str
    name: str | None  # None: a built-in's own (translated) name
    hold_s: float
    pattern: BreathPattern = DEFAULT_PATTERN
    settle_s: float = DEFAULT_SETTLE_S
    pause_s: float = PAUSE_MIN_S
    cues: CueSettings = field(default_factory=CueSettings)
    volume: float = 100.0  # 0..100
    theme: Theme = Theme.REGULAR
    last_hold_s: float | None = None  # the hold last begun with this profile
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys from a newer version

    @property
    def builtin(self) -> bool:
        return self.id in BUILTINS


WORK_ID = "work"
BEDTIME_ID = "bedtime"
BUILTINS: dict[str, Profile] = {
    WORK_ID: Profile(WORK_ID, None, hold_s=5 * 60.0),
    BEDTIME_ID: Profile(
        BEDTIME_ID,
        None,
        hold_s=15 * 60.0,
        pattern=PATTERN_PRESETS[1].pattern,
        cues=CueSettings(breath_tones=True),
        volume=55.0,  # gain is volume squared: about -10 dB from the work break
        theme=Theme.BEDTIME,
    ),
}
BUILTIN_NAMES: dict[str, Text] = {
    WORK_ID: QT_TRANSLATE_NOOP("profile", "Work break"),
    BEDTIME_ID: QT_TRANSLATE_NOOP("profile", "Bedtime wind-down"),
}
NAME_MAX = 40


def default_profiles() -> list[Profile]:
    return list(BUILTINS.values())


def restored(profile: Profile) -> Profile:
    """A built-in back at its defaults; what was last used with it is history, and stays."""
    return replace(BUILTINS[profile.id], last_hold_s=profile.last_hold_s)


def clean_name(name: str) -> str:
    return " ".join(name.split())[:NAME_MAX]


def new_id(profiles: list[Profile]) -> str:
    taken = {p.id for p in profiles}
    n = 1
    while f"custom-{n}" in taken:
        n += 1
    return f"custom-{n}"


def duplicate(profiles: list[Profile], source: Profile, name: str) -> Profile:
    """A copy of `source` under a new id, with nothing of its history."""
    return replace(source, id=new_id(profiles), name=clean_name(name), last_hold_s=None)


def find_profile(profiles: list[Profile], name: str) -> Profile | None:
    """The profile a command line names: by id, by its own name, or by a built-in's English
    name; case and extra spaces do not matter."""
    wanted = clean_name(name).casefold()
    for p in profiles:
        names = {p.id, p.name or ""}
        if p.builtin:
            names.add(BUILTIN_NAMES[p.id].source)
        if wanted in {n.casefold() for n in names if n}:
            return p
    return None


# --- the hold the Start screen suggests --------------------------------------------------------


class HoldSource(Enum):
    COMMAND_LINE = "command_line"
    PLAN = "plan"
    LAST_USED = "last_used"
    PROFILE = "profile"


def suggested_hold(
    profile: Profile, command_line_s: float | None = None, plan_s: float | None = None
) -> tuple[float, HoldSource]:
    """The one rule for the hold the Start screen suggests, first match wins:
    1. a hold given on the command line; 2. the progressive plan's suggestion;
    3. the last hold used with this profile; 4. the profile's own hold."""
    for seconds, source in (
        (command_line_s, HoldSource.COMMAND_LINE),
        (plan_s, HoldSource.PLAN),
        (profile.last_hold_s, HoldSource.LAST_USED),
    ):
        if seconds is not None:
            return seconds, source
    return profile.hold_s, HoldSource.PROFILE


# --- JSON ------------------------------------------------------------------------------------

_KNOWN = {f.name for f in fields(Profile)} - {"extra"}
CUE_SWITCHES = tuple(f.name for f in fields(CueSettings) if f.name != "interval_min")


def to_json(profile: Profile) -> dict[str, Any]:
    p = profile.pattern
    return {
        **profile.extra,
        "id": profile.id,
        "name": profile.name,
        "hold_s": profile.hold_s,
        "last_hold_s": profile.last_hold_s,
        "pattern": {
            "inhale": p.inhale,
            "hold_in": p.hold_in,
            "exhale": p.exhale,
            "hold_out": p.hold_out,
        },
        "settle_s": profile.settle_s,
        "pause_s": profile.pause_s,
        "cues": {f.name: getattr(profile.cues, f.name) for f in fields(CueSettings)},
        "volume": profile.volume,
        "theme": profile.theme.value,
    }


def from_json(data: Mapping[str, Any], profile_id: str) -> Profile:
    """A profile from untrusted JSON. Missing or invalid values come from its defaults: the
    built-in's for a built-in, the work break's for one of the person's own."""
    base = BUILTINS.get(profile_id, BUILTINS[WORK_ID])
    where = f"profile {profile_id}: "
    name = data.get("name")
    if isinstance(name, str) and clean_name(name):
        name = clean_name(name)
    elif profile_id in BUILTINS:
        name = None
    else:
        name = clean_name(profile_id)  # not blank: the loader drops a blank id
    last = data.get("last_hold_s")
    if last is not None:
        # Unreadable history is no history: a made-up last hold would count as experience.
        last = validate.number(data, "last_hold_s", HOLD_MIN_S, HOLD_MAX_S, math.nan, where)
        last = None if math.isnan(last) else last
    theme = data.get("theme", base.theme.value)
    if not isinstance(theme, str) or theme not in {t.value for t in Theme}:
        log.warning("preferences: %stheme=%.40r is unknown; using %s", where, theme, base.theme)
        theme = base.theme.value
    return Profile(
        id=profile_id,
        name=name,
        hold_s=validate.number(data, "hold_s", HOLD_MIN_S, HOLD_MAX_S, base.hold_s, where),
        last_hold_s=last,
        pattern=_pattern(data.get("pattern"), base.pattern, where),
        settle_s=validate.number(
            data, "settle_s", SETTLE_MIN_S, SETTLE_MAX_S, base.settle_s, where
        ),
        pause_s=validate.number(data, "pause_s", PAUSE_MIN_S, PAUSE_MAX_S, base.pause_s, where),
        cues=_cues(data.get("cues"), base.cues, where),
        volume=validate.number(data, "volume", 0.0, 100.0, base.volume, where),
        theme=Theme(theme),
        extra={k: v for k, v in data.items() if k not in _KNOWN},
    )


def _pattern(value: Any, base: BreathPattern, where: str) -> BreathPattern:
    data = validate.mapping(value, "pattern", where)
    if data is None:
        return base
    parts = {
        key: validate.number(
            data, key, lo, hi, getattr(base, key), f"{where}pattern ", step=PATTERN_STEP_S
        )
        for key, (lo, hi) in PATTERN_RANGES.items()
    }
    return BreathPattern(**parts)


def _cues(value: Any, base: CueSettings, where: str) -> CueSettings:
    data = validate.mapping(value, "cues", where)
    if data is None:
        return base
    for key in data:
        if key not in CUE_SWITCHES and key != "interval_min":
            log.warning("preferences: %scue switch %.40r is unknown; ignored", where, key)
    switches = {
        k: validate.switch(data, k, getattr(base, k), f"{where}cues ") for k in CUE_SWITCHES
    }
    interval = validate.number(data, "interval_min", 1, 10, base.interval_min, f"{where}cues ")
    return CueSettings(**switches, interval_min=round(interval))
