"""Ordered upgrades of the preferences file, one function per schema step.

Each function takes the parsed JSON of schema N and returns schema N+1. They move keys and
never validate: values of the wrong type are carried over and the loader deals with them.
Every old schema has a fixture in tests/fixtures/prefs/.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(f"{__package__}.preferences")  # read with the preferences

Json = dict[str, Any]

SCHEMA = 3


def _v1_to_v2(data: Json) -> Json:
    """Schema 1 had one flat set of session settings; they become the work-break profile.

    The v1 `hold_s` is dropped: no screen could set it, so it only ever held the old
    first-session default. `last_hold_s` was the person's own choice and is kept.
    """
    moved = ("last_hold_s", "settle_s", "pause_s", "volume")
    work: Json = {"id": "work"}
    work.update({k: data[k] for k in moved if k in data})
    cues = data.get("cues")
    cues = dict(cues) if isinstance(cues, dict) else {}
    if "interval_min" in data:
        cues["interval_min"] = data["interval_min"]
    if cues:
        work["cues"] = cues
    out = {k: v for k, v in data.items() if k not in {*moved, "hold_s", "cues", "interval_min"}}
    out.update(schema=2, profiles=[work], active_profile="work")
    return out


OLD_EVERY_DEFAULT = 60  # schema 2's default minutes between work breaks


def _v2_to_v3(data: Json) -> Json:
    """Work breaks came every `every_min` minutes on the clock; now after `after_min` minutes
    of work (issue 23).

    A chosen interval says how often the person wants a break, so it becomes the minutes of
    work before one (the loader clamps it to the new range). The old default says nothing of
    the kind (someone who chose 60 cannot be told apart, and 90 minutes of work is close to
    an hour on the clock): it gave seven offers a day, the mixed message the new default of
    90 ends, so it is dropped and the new default stands. A value of the wrong type is moved
    as it is, for the loader to deal with.
    """
    out = dict(data, schema=3)
    reminders = data.get("reminders")
    breaks = reminders.get("breaks") if isinstance(reminders, dict) else None
    if isinstance(breaks, dict) and "every_min" in breaks:
        breaks = dict(breaks)
        every = breaks.pop("every_min")
        if every != OLD_EVERY_DEFAULT:
            breaks["after_min"] = every
        out["reminders"] = dict(reminders, breaks=breaks)
    return out


# MIGRATIONS[n] upgrades schema n+1 to n+2.
MIGRATIONS: tuple[Callable[[Json], Json], ...] = (_v1_to_v2, _v2_to_v3)
assert len(MIGRATIONS) == SCHEMA - 1


def migrate(data: Json) -> Json:
    """Bring parsed JSON of any schema up to SCHEMA. A file without a schema is schema 1."""
    version = data.get("schema", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        log.warning("preferences: schema=%.40r is not a version; reading it as schema 1", version)
        version = 1
    if version > SCHEMA:
        log.warning(
            "preferences: schema %d is newer than this version (%d); reading what it knows",
            version,
            SCHEMA,
        )
        return data
    for step in MIGRATIONS[version - 1 :]:
        data = step(data)
        log.info("preferences: migrated to schema %s", data["schema"])
    return data
