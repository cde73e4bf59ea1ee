"""Routines: an ordered list of poses around legs up the wall, as data.

The built-in one is the 20-minute restorative sequence of shared/DOMAIN.md. People make their
own; every routine holds legs up the wall exactly once, and an easy seated pose of at least
30 seconds always follows it: it is that pose's seated pause, and cannot be skipped.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import Any, NamedTuple

from . import validate
from .durations import PAUSE_MIN_S
from .i18n import QT_TRANSLATE_NOOP, Text
from .steps import POSE_ILLUSTRATION, PRACTICE_NAMES, Practice, Step

log = logging.getLogger(f"{__package__}.preferences")  # read with the preferences

# The card for the next pose, then its timer starts by itself: time to get up or down and set
# out the props. Legs up the wall takes the profile's settling time instead, as it does alone.
TRANSITION_S = 20.0
POSE_MIN_S = 30.0
POSE_MAX_S = 20 * 60.0
NAME_MAX = 40


class Role(Enum):
    PREPARATION = "preparation"
    MAIN = "main"
    COUNTER = "counter"
    FINAL_REST = "final_rest"


ROLE_NAMES: dict[Role, Text] = {
    Role.PREPARATION: QT_TRANSLATE_NOOP("routines", "Preparation"),
    Role.MAIN: QT_TRANSLATE_NOOP("routines", "Main pose"),
    Role.COUNTER: QT_TRANSLATE_NOOP("routines", "Counter pose"),
    Role.FINAL_REST: QT_TRANSLATE_NOOP("routines", "Final rest"),
}


class Pose(NamedTuple):
    step: Step  # its name, short guidance and picture
    role: Role
    default_s: float

    @property
    def key(self) -> str:
        return self.step.key


FORWARD_BEND = "forward_bend"
BOUND_ANGLE = "bound_angle"
LEGS_UP = "legs_up_wall"
EASY_SEATED = "easy_seated"
CORPSE = "corpse"

POSES: dict[str, Pose] = {
    FORWARD_BEND: Pose(
        Step(
            FORWARD_BEND,
            QT_TRANSLATE_NOOP("routines", "Standing forward bend"),
            QT_TRANSLATE_NOOP(
                "routines",
                "Stand with your feet hip-width apart. Soften your knees and fold forward from "
                "the hips, letting your head and arms hang. Rest your hands on the floor or "
                "your shins. Come up slowly, rolling up through your back.",
            ),
            "pose-forward-bend",
        ),
        Role.PREPARATION,
        90.0,
    ),
    BOUND_ANGLE: Pose(
        Step(
            BOUND_ANGLE,
            QT_TRANSLATE_NOOP("routines", "Reclining bound angle"),
            QT_TRANSLATE_NOOP(
                "routines",
                "Lie on your back and bring the soles of your feet together. Let your knees "
                "fall open to the sides, resting on cushions if they do not reach the floor.",
            ),
            "pose-bound-angle",
        ),
        Role.PREPARATION,
        4 * 60.0,
    ),
    LEGS_UP: Pose(
        Step(
            LEGS_UP,
            PRACTICE_NAMES[Practice.WALL],
            QT_TRANSLATE_NOOP(
                "routines",
                "Sit sideways to the wall, lie back and swing your legs up. Breathe slowly, "
                "each exhale longer than the inhale.",
            ),
            POSE_ILLUSTRATION[Practice.WALL],
        ),
        Role.MAIN,
        10 * 60.0,
    ),
    EASY_SEATED: Pose(
        Step(
            EASY_SEATED,
            QT_TRANSLATE_NOOP("routines", "Easy seated pose"),
            QT_TRANSLATE_NOOP(
                "routines",
                "Sit cross-legged, upright and at ease, your hands on your knees. Stay seated "
                "and breathe quietly: after the inversion your blood pressure needs a moment "
                "to settle before you stand.",
            ),
            "seated-pause",
        ),
        Role.COUNTER,
        90.0,
    ),
    CORPSE: Pose(
        Step(
            CORPSE,
            QT_TRANSLATE_NOOP("routines", "Corpse pose"),
            QT_TRANSLATE_NOOP(
                "routines",
                "Lie flat on your back, legs long and a little apart, arms away from your "
                "sides, palms up. Let your whole body grow heavy.",
            ),
            "pose-corpse",
        ),
        Role.FINAL_REST,
        3 * 60.0,
    ),
}


class RoutineItem(NamedTuple):
    pose: str  # a key of POSES
    duration_s: float


class Routine(NamedTuple):
    id: str
    name: str | None  # None: a built-in, named by BUILTIN_NAMES in the person's language
    items: tuple[RoutineItem, ...]

    @property
    def builtin(self) -> bool:
        return self.id in BUILTIN_ROUTINES

    @property
    def total_s(self) -> float:
        return sum(item.duration_s for item in self.items)

    def index_of(self, pose: str) -> int:
        return next(i for i, item in enumerate(self.items) if item.pose == pose)


RESTORATIVE_ID = "restorative"
BUILTIN_ROUTINES: dict[str, Routine] = {
    RESTORATIVE_ID: Routine(
        RESTORATIVE_ID,
        None,
        tuple(
            RoutineItem(key, POSES[key].default_s)
            for key in (FORWARD_BEND, BOUND_ANGLE, LEGS_UP, EASY_SEATED, CORPSE)
        ),
    ),
}
BUILTIN_NAMES: dict[str, Text] = {
    RESTORATIVE_ID: QT_TRANSLATE_NOOP("routines", "Restorative sequence"),
}


def clamp_s(seconds: float) -> float:
    return min(max(seconds, POSE_MIN_S), POSE_MAX_S)


def normalised(items: tuple[RoutineItem, ...]) -> tuple[RoutineItem, ...]:
    """Legs up the wall exactly once (added at the end if missing, later copies dropped),
    durations within bounds, and an easy seated pose of at least 30 s right after it."""
    out: list[RoutineItem] = []
    for item in items:
        if item.pose not in POSES or (item.pose == LEGS_UP and any(i.pose == LEGS_UP for i in out)):
            continue
        out.append(RoutineItem(item.pose, clamp_s(item.duration_s)))
    if not any(i.pose == LEGS_UP for i in out):
        out.append(RoutineItem(LEGS_UP, POSES[LEGS_UP].default_s))
    at = next(i for i, item in enumerate(out) if item.pose == LEGS_UP) + 1
    if at < len(out) and out[at].pose == EASY_SEATED:
        out[at] = RoutineItem(EASY_SEATED, max(out[at].duration_s, PAUSE_MIN_S))
    else:
        out.insert(at, RoutineItem(EASY_SEATED, PAUSE_MIN_S))
    return tuple(out)


# Someone who should not invert rests reclined instead of at the wall, and skips the standing
# forward bend too: it also brings the head below the heart.
RECLINED_REST = Step(
    LEGS_UP,
    PRACTICE_NAMES[Practice.RECLINED],
    QT_TRANSLATE_NOOP(
        "routines",
        "Lie on your back with a cushion under your head and your feet raised a little on "
        "cushions. Breathe slowly, each exhale longer than the inhale.",
    ),
    POSE_ILLUSTRATION[Practice.RECLINED],
)
NOT_WHEN_RECLINED = frozenset({FORWARD_BEND})
# The seated pause after the reclined rest: there was no inversion to settle from.
_RECLINED_SEATED = POSES[EASY_SEATED].step._replace(
    body=QT_TRANSLATE_NOOP(
        "routines",
        "Sit cross-legged, upright and at ease, your hands on your knees. Stay seated and "
        "breathe quietly: after lying down for a while, give your body a moment before you "
        "stand.",
    )
)
# What a reclined routine shows in place of the inverted practice's steps.
RECLINED_STEPS: dict[str, Step] = {LEGS_UP: RECLINED_REST, EASY_SEATED: _RECLINED_SEATED}


def for_practice(items: tuple[RoutineItem, ...], reclined: bool) -> tuple[RoutineItem, ...]:
    """The routine as it runs: normalised, and without the inverted poses when reclined."""
    items = normalised(items)
    return tuple(i for i in items if i.pose not in NOT_WHEN_RECLINED) if reclined else items


def new_id(routines: list[Routine]) -> str:
    taken = {r.id for r in routines} | set(BUILTIN_ROUTINES)
    n = 1
    while f"routine-{n}" in taken:
        n += 1
    return f"routine-{n}"


def clean_name(name: str) -> str:
    return " ".join(name.split())[:NAME_MAX]


# --- stored with the preferences ---------------------------------------------------------------


def to_json(routine: Routine) -> dict[str, Any]:
    return {
        "id": routine.id,
        "name": routine.name,
        "poses": [{"pose": i.pose, "seconds": i.duration_s} for i in routine.items],
    }


def from_json(data: Any) -> Routine | None:
    """A person's routine, checked and put right; None if nothing usable is there."""
    if not isinstance(data, dict):
        return None
    rid, name, poses = data.get("id"), data.get("name"), data.get("poses")
    if not isinstance(rid, str) or not rid.strip() or rid in BUILTIN_ROUTINES:
        log.warning("preferences: a routine without a usable id was dropped: %.60r", data)
        return None
    items = []
    for entry in poses if isinstance(poses, list) else []:
        pose = entry.get("pose") if isinstance(entry, dict) else None
        seconds = validate.finite(entry.get("seconds") if isinstance(entry, dict) else None)
        # A string first: a list or an object cannot even be looked up in POSES.
        if isinstance(pose, str) and pose in POSES and seconds is not None:
            items.append(RoutineItem(pose, seconds))
        else:
            log.warning("preferences: routine %s: a pose was dropped: %.60r", rid, entry)
    fixed = normalised(tuple(items))
    if fixed != tuple(items):
        log.warning("preferences: routine %s was put right (legs up once, a seated pause)", rid)
    label = clean_name(name) if isinstance(name, str) else ""
    return Routine(rid, label or clean_name(rid), fixed)


def list_from_json(data: Any) -> list[Routine]:
    out: list[Routine] = []
    for item in data if isinstance(data, list) else []:
        routine = from_json(item)
        if routine is not None and all(r.id != routine.id for r in out):
            out.append(routine)
    return out
