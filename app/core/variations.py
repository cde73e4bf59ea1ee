"""Variations of legs up the wall, chosen per session: how the legs rest, with a prop, or in bed.

Each has its own picture and guidance (shared/DOMAIN.md, "Variations"). The guidance is an
entry step that sets the variation up; in bed, the whole entry is told for the headboard.
Thread the needle changes legs once, at half the hold or after five minutes, whichever is first.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from .i18n import QT_TRANSLATE_NOOP, Text
from .steps import LEGS_UP_PICTURE, SHAKE_OUT, WALL_ENTRY, Practice, Step

SIDE_MAX_S = 5 * 60.0  # thread the needle: at most this long on each side


class Variation(Enum):
    CLASSIC = "classic"
    BENT_KNEES = "bent_knees"
    BUTTERFLY = "butterfly"
    THREAD_NEEDLE = "thread_needle"
    SUPPORTED = "supported"
    IN_BED = "in_bed"


class VariationInfo(NamedTuple):
    name: Text
    illustration: str  # the pose during the settling and the hold
    setup: Step | None  # the entry step that sets it up, after finding the distance
    switches_sides: bool = False


VARIATIONS: dict[Variation, VariationInfo] = {
    Variation.CLASSIC: VariationInfo(
        QT_TRANSLATE_NOOP("variations", "Classic"), LEGS_UP_PICTURE, None
    ),
    Variation.BENT_KNEES: VariationInfo(
        QT_TRANSLATE_NOOP("variations", "Bent knees"),
        "var-bent-knees",
        Step(
            "bent-knees",
            QT_TRANSLATE_NOOP("steps", "Bend your knees"),
            QT_TRANSLATE_NOOP(
                "steps",
                "Bend your knees and set the soles of your feet flat on the wall. This is kinder "
                "to tight muscles at the back of your thighs and to a tender lower back.",
            ),
            "var-bent-knees",
        ),
    ),
    Variation.BUTTERFLY: VariationInfo(
        QT_TRANSLATE_NOOP("variations", "Butterfly"),
        "var-butterfly",
        Step(
            "butterfly",
            QT_TRANSLATE_NOOP("steps", "Let your knees open"),
            QT_TRANSLATE_NOOP(
                "steps",
                "Bring the soles of your feet together and let your knees fall out to the sides, "
                "sliding your feet down the wall as far as is comfortable. You will feel your hips "
                "and inner thighs open; keep the stretch gentle.",
            ),
            "var-butterfly",
        ),
    ),
    Variation.THREAD_NEEDLE: VariationInfo(
        QT_TRANSLATE_NOOP("variations", "Thread the needle"),
        "var-thread-needle",
        Step(
            "thread-needle",
            QT_TRANSLATE_NOOP("steps", "Cross one ankle over"),
            QT_TRANSLATE_NOOP(
                "steps",
                "Bend your left knee and set that foot flat on the wall, the shin parallel to the "
                "floor. Cross your right ankle over your left thigh, just below the knee, and flex "
                "the right foot. A chime tells you when to change sides.",
            ),
            "var-thread-needle",
        ),
        switches_sides=True,
    ),
    Variation.SUPPORTED: VariationInfo(
        QT_TRANSLATE_NOOP("variations", "Supported"),
        "var-supported",
        Step(
            "bolster",
            QT_TRANSLATE_NOOP("steps", "Slide in the bolster"),
            QT_TRANSLATE_NOOP(
                "steps",
                "Lift your hips a little and slide a bolster (a firm, long cushion) or a folded "
                "blanket under the flat bone at the base of your spine, then let your weight "
                "settle onto it. Raised hips ease the lower back and soften the fold at the hips.",
            ),
            "var-supported",
        ),
    ),
    Variation.IN_BED: VariationInfo(QT_TRANSLATE_NOOP("variations", "In bed"), "var-in-bed", None),
}

# Thread the needle: what the hold screen says on each side, and after both sides in a hold
# longer than two sides may last (DOMAIN.md: up to 5 minutes a side), with a chime in between.
SIDES: tuple[Text, Text, Text] = (
    QT_TRANSLATE_NOOP("variations", "Right ankle over your left thigh"),
    QT_TRANSLATE_NOOP("variations", "Change sides: left ankle over your right thigh"),
    QT_TRANSLATE_NOOP("variations", "Both legs up the wall now, for the rest of the hold"),
)

BED_ENTRY: tuple[Step, ...] = (
    Step(
        "props",
        QT_TRANSLATE_NOOP("steps", "Make room in bed"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Make space at the headboard end of your bed, where your legs will rest, and put a "
            "thin pillow where your head will be. A folded blanket under your hips is optional.",
        ),
        "var-in-bed",
    ),
    Step(
        "sit",
        QT_TRANSLATE_NOOP("steps", "Sit sideways to the headboard"),
        QT_TRANSLATE_NOOP(
            "steps", "Sit on the bed with one hip touching the headboard and your knees bent."
        ),
        "var-in-bed",
    ),
    Step(
        "swing",
        QT_TRANSLATE_NOOP("steps", "Lie back and swing your legs up"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Lower your back onto the mattress as you swing both legs up the headboard. Your "
            "tailbone stays on the bed.",
        ),
        "var-in-bed",
    ),
    Step(
        "distance",
        QT_TRANSLATE_NOOP("steps", "Find your distance"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Move your hips close to the headboard, or leave a little space so your hips are not "
            "folded at a hard right angle. If the backs of your legs feel tight, move further "
            "away or soften your knees. The stretch should be light, never painful.",
        ),
        "var-in-bed",
    ),
    Step(
        "arms",
        QT_TRANSLATE_NOOP("steps", "Let your arms rest"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Rest your arms by your sides or on your belly. Let your back and head lie flat and "
            "heavy on the mattress.",
        ),
        "var-in-bed",
    ),
    WALL_ENTRY[-1],  # the slow breath
)


def entry_steps(variation: Variation) -> tuple[Step, ...]:
    """The wall entry with the variation's own step after finding the distance."""
    if variation is Variation.IN_BED:
        return BED_ENTRY
    setup = VARIATIONS[variation].setup
    if setup is None:
        return WALL_ENTRY
    keys = [s.key for s in WALL_ENTRY]
    at = keys.index("distance") + 1
    return (*WALL_ENTRY[:at], setup, *WALL_ENTRY[at:])


# The tingling exit's first step says where the feet come down from.
_SHAKE_OUT_FROM: dict[str, Text] = {
    "bed": QT_TRANSLATE_NOOP(
        "steps",
        "Bend your knees and bring your feet down from the headboard. Gently shake out your "
        "legs and wiggle your feet and toes until the tingling fades. Never push through it, "
        "and keep your next hold shorter.",
    ),
    "cushions": QT_TRANSLATE_NOOP(
        "steps",
        "Bend your knees and slide your feet off the cushions. Gently shake out your legs and "
        "wiggle your feet and toes until the tingling fades. Never push through it, and keep "
        "your next hold shorter.",
    ),
}


def shake_out(practice: Practice, variation: Variation) -> Step:
    """Tingling's first step, for where the legs rest: the wall, the headboard or cushions."""
    if practice is Practice.RECLINED:
        return SHAKE_OUT._replace(body=_SHAKE_OUT_FROM["cushions"])
    if variation is Variation.IN_BED:
        return SHAKE_OUT._replace(body=_SHAKE_OUT_FROM["bed"])
    return SHAKE_OUT


def side_switch_at(hold_s: float) -> float:
    """Seconds into the hold at which thread the needle changes sides."""
    return min(hold_s / 2.0, SIDE_MAX_S)


def both_legs_at(hold_s: float) -> float | None:
    """Seconds into the hold at which the second side has had its five minutes and both legs
    go back up the wall, as in the classic pose; None when the hold ends before that."""
    at = side_switch_at(hold_s) + SIDE_MAX_S
    return at if at < hold_s else None


def parse(value: object) -> Variation:
    """A stored variation; anything unknown is the classic pose."""
    try:
        return Variation(value)
    except ValueError:
        return Variation.CLASSIC
