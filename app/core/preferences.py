"""Per-user preferences as data: their types, how a file's JSON is validated and migrated
into them, and back. Reading and writing the file is app/storage/preferences_file.py's.

Unknown keys are kept so that a newer version's settings survive a trip through an older one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any

from ..translations import CHOICES
from . import profiles as profile_json
from . import reminders, validate, variations
from . import routines as routine_json
from .cautions import (  # noqa: F401  (the answers are read from here too)
    RECLINED_ANSWERS,
    SCREENING_ALTERNATIVE,
    SCREENING_ANSWERS,
    SCREENING_CLEARED,
    SCREENING_UNCLEARED,
)
from .durations import PLAN_TARGET_DEFAULT_MIN, PLAN_TARGET_RANGE_MIN
from .migrations import SCHEMA, migrate
from .profiles import BUILTINS, WORK_ID, Profile, default_profiles, restored
from .routines import BUILTIN_ROUTINES, Routine
from .variations import Variation

log = logging.getLogger(__name__)

LANGUAGE_CHOICES = ("", *CHOICES)  # "": follow the system

# Bump when the cautions change, so everyone sees them again. 2: the clearance list became an
# answer of its own (it had none but "cleared"), and kidney and liver failure were named.
SCREENING_VERSION = 2


@dataclass
class Preferences:
    profiles: list[Profile] = field(default_factory=default_profiles)
    active_id: str = WORK_ID
    follow_system: bool = True  # the regular theme turns dark with the system's scheme
    reduced_motion: bool = False  # a slowly filling bar instead of the moving circle
    practised: bool = False  # has begun a session: the entry guidance opens as a summary
    last_profile: str | None = None  # the profile of the last session, for "Repeat last"
    use_tray: bool = True  # an icon in the system tray; closing the window keeps the app there
    start_in_tray: bool = False  # a start without a session command opens only the tray icon
    tray_note_shown: bool = False  # "still running in the tray" is said once, the first time
    progressive: bool = True  # the hold plan; on for new users, off for a file without it
    plan_target_min: int = PLAN_TARGET_DEFAULT_MIN
    reminders: reminders.ReminderSettings = field(default_factory=reminders.ReminderSettings)
    reminded: reminders.Handled = field(default_factory=dict)  # the last slot dealt with, by kind
    routines: list[Routine] = field(default_factory=list)  # the person's own; built-ins aside
    routine_id: str | None = None  # the routine chosen on the start screen; None: the pose alone
    variation: Variation = Variation.CLASSIC  # the variation last chosen
    language: str = ""  # "" follows the system; else "en", "de" or "es"
    screening: str | None = None
    screening_version: int = 0
    screening_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    newer_schema: int | None = None  # the file came from a newer version: keep its number

    @property
    def active(self) -> Profile:
        return self.profile(self.active_id)

    def profile(self, profile_id: str) -> Profile:
        return next(p for p in self.profiles if p.id == profile_id)

    def put(self, profile: Profile) -> None:
        """Replace the profile with the same id, or add it at the end."""
        for i, p in enumerate(self.profiles):
            if p.id == profile.id:
                self.profiles[i] = profile
                return
        self.profiles.append(profile)

    @property
    def all_routines(self) -> list[Routine]:
        return [*BUILTIN_ROUTINES.values(), *self.routines]

    @property
    def routine(self) -> Routine | None:
        return next((r for r in self.all_routines if r.id == self.routine_id), None)

    def remove_routine(self, routine_id: str) -> None:
        if routine_id in BUILTIN_ROUTINES:
            raise ValueError("the built-in routine cannot be deleted")
        self.routines = [r for r in self.routines if r.id != routine_id]
        if self.routine_id == routine_id:
            self.routine_id = None

    def remove(self, profile_id: str) -> None:
        if profile_id in BUILTINS:
            raise ValueError("built-in profiles are restored, not deleted")
        self.profiles = [p for p in self.profiles if p.id != profile_id]
        if self.active_id == profile_id:
            self.active_id = WORK_ID
        if self.last_profile == profile_id:
            self.last_profile = None

    def reset(self) -> None:
        """Every setting back to its default. Kept: the safety answers (asking again would
        not make anyone safer), what was practised (history, not settings, as when a
        built-in is restored) and keys from newer versions (not this version's to drop)."""
        fresh = Preferences(
            profiles=[restored(p) for p in self.profiles if p.builtin],
            practised=self.practised,
            last_profile=self.last_profile if self.last_profile in BUILTINS else None,
            tray_note_shown=self.tray_note_shown,
            reminded=self.reminded,
            screening=self.screening,
            screening_version=self.screening_version,
            screening_at=self.screening_at,
            extra=self.extra,
            newer_schema=self.newer_schema,
        )
        self.__dict__.update(fresh.__dict__)

    @property
    def screened(self) -> bool:
        return self.screening is not None and self.screening_version >= SCREENING_VERSION

    @property
    def must_not_invert(self) -> bool:
        return self.screening in RECLINED_ANSWERS

    def to_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            "schema": self.newer_schema or SCHEMA,
            "active_profile": self.active_id,
            "profiles": [profile_json.to_json(p) for p in self.profiles],
            "follow_system": self.follow_system,
            "reduced_motion": self.reduced_motion,
            "practised": self.practised,
            "last_profile": self.last_profile,
            "use_tray": self.use_tray,
            "start_in_tray": self.start_in_tray,
            "tray_note_shown": self.tray_note_shown,
            "progressive": self.progressive,
            "plan_target_min": self.plan_target_min,
            "reminders": reminders.to_json(self.reminders),
            "reminded": reminders.handled_to_json(self.reminded),
            "routines": [routine_json.to_json(r) for r in self.routines],
            "routine": self.routine_id,
            "variation": self.variation.value,
            "language": self.language,
            "screening": self.screening,
            "screening_version": self.screening_version,
            "screening_at": self.screening_at,
        }


_KNOWN = {
    "schema",
    "active_profile",
    "profiles",
    "follow_system",
    "reduced_motion",
    "practised",
    "last_profile",
    "use_tray",
    "start_in_tray",
    "tray_note_shown",
    "progressive",
    "plan_target_min",
    "reminders",
    "reminded",
    "routines",
    "routine",
    "variation",
    "language",
    "screening",
    "screening_version",
    "screening_at",
}


def from_json(data: Any) -> Preferences:
    """Build preferences from parsed JSON of any schema; invalid values fall back or clamp."""
    prefs = Preferences()
    if not isinstance(data, dict):
        log.warning("preferences: top level is %s, not an object; using defaults", type(data))
        return prefs
    data = validate.cleaned(data)  # text and depth, before anything reads a value
    version = data.get("schema")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA:
        prefs.newer_schema = version
    data = migrate(data)
    prefs.extra = {k: v for k, v in data.items() if k not in _KNOWN}
    for read in (_read_profiles, _read_switches, _read_practice, _read_choices, _read_screening):
        read(prefs, data)
    return prefs


def _read_profiles(prefs: Preferences, data: dict[str, Any]) -> None:
    prefs.profiles = _profiles(data.get("profiles"))
    ids = [p.id for p in prefs.profiles]
    prefs.active_id = _one_of(data, "active_profile", ids, f"using {WORK_ID}") or WORK_ID
    prefs.last_profile = _one_of(data, "last_profile", ids, "forgotten")


def _one_of(data: dict[str, Any], key: str, ids: list[str], instead: str) -> str | None:
    """`data[key]` if it names one of `ids`; one that names none is said and dropped."""
    value = data.get(key)
    if value in ids:
        return value
    if value is not None:
        log.warning("preferences: %s=%.40r matches nothing in the file; %s", key, value, instead)
    return None


def _read_switches(prefs: Preferences, data: dict[str, Any]) -> None:
    prefs.follow_system = validate.switch(data, "follow_system", prefs.follow_system, "")
    prefs.reduced_motion = validate.switch(data, "reduced_motion", prefs.reduced_motion, "")
    history = any(p.last_hold_s is not None for p in prefs.profiles)
    prefs.practised = validate.switch(data, "practised", history, "")
    for key in ("use_tray", "start_in_tray", "tray_note_shown"):
        setattr(prefs, key, validate.switch(data, key, getattr(prefs, key), ""))


def _read_practice(prefs: Preferences, data: dict[str, Any]) -> None:
    """The hold plan, reminders and routines."""
    # Someone with a file but no plan setting chose their holds before the plan existed.
    prefs.progressive = validate.switch(data, "progressive", False, "")
    target = validate.number(
        data, "plan_target_min", *PLAN_TARGET_RANGE_MIN, PLAN_TARGET_DEFAULT_MIN, "", 1
    )
    prefs.plan_target_min = int(target)
    prefs.reminders = reminders.from_json(data.get("reminders"))
    prefs.reminded = reminders.handled_from_json(data.get("reminded"))
    prefs.routines = routine_json.list_from_json(data.get("routines"))
    routines = [r.id for r in prefs.all_routines]
    prefs.routine_id = _one_of(data, "routine", routines, "the pose alone")


def _read_choices(prefs: Preferences, data: dict[str, Any]) -> None:
    prefs.variation = variations.parse(data.get("variation"))
    chosen_language = data.get("language", "")
    if chosen_language in LANGUAGE_CHOICES:
        prefs.language = chosen_language
    else:
        log.warning(
            "preferences: language=%.40r is not shipped; following the system", chosen_language
        )


def _read_screening(prefs: Preferences, data: dict[str, Any]) -> None:
    answer = data.get("screening")
    if answer in SCREENING_ANSWERS:
        prefs.screening = answer
        version = data.get("screening_version")
        valid = isinstance(version, int) and not isinstance(version, bool)
        prefs.screening_version = version if valid and 0 <= version < 1000 else 0
        at = data.get("screening_at")
        prefs.screening_at = at if isinstance(at, str) else None
    elif answer is not None:
        # The value itself stays out of the log: it may be a safety answer.
        log.warning("preferences: the screening answer is not a known one; asking again")


def _profiles(data: Any) -> list[Profile]:
    """Valid profiles in their stored order; a built-in that is missing is put back."""
    out: list[Profile] = []
    if data is not None and not isinstance(data, list):
        log.warning("preferences: profiles=%.40r is not a list; using the built-ins", data)
        data = None
    for item in data or []:
        pid = item.get("id") if isinstance(item, dict) else None
        if not isinstance(pid, str) or not pid.strip() or any(p.id == pid for p in out):
            log.warning("preferences: a profile without a usable id was dropped: %.60r", item)
            continue
        out.append(profile_json.from_json(item, pid))
    for pid, builtin in BUILTINS.items():
        if not any(p.id == pid for p in out):
            out.insert(list(BUILTINS).index(pid), replace(builtin))
    return out
