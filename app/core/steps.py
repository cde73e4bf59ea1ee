"""What the app says, as data: the entry and exit steps of each practice.

Every text here follows shared/DOMAIN.md and is marked for translation; the UI translates
it with the same context when it shows it.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from .i18n import QT_TRANSLATE_NOOP, Text


class Step(NamedTuple):
    key: str
    title: Text
    body: Text
    illustration: str  # file stem under assets/illustrations/
    breaths: int = 0  # exit steps: how long the step shows, in slow breaths


class Practice(Enum):
    """The wall pose, or the non-inverted alternative for those who must not invert."""

    WALL = "wall"
    RECLINED = "reclined"


# The pictures of each practice's pose: the last steps in, the settling, routines' cards.
LEGS_UP_PICTURE = "entry-arms-rest"
RECLINED_PICTURE = "alt-feet-raised"

PRACTICE_NAMES: dict[Practice, Text] = {
    Practice.WALL: QT_TRANSLATE_NOOP("steps", "Legs up the wall"),
    Practice.RECLINED: QT_TRANSLATE_NOOP("steps", "Supported reclined rest"),
}

_BREATHE = Step(
    "breathe",
    QT_TRANSLATE_NOOP("steps", "Breathe slowly"),
    QT_TRANSLATE_NOOP(
        "steps",
        "Breathe gently through your nose and let each exhale be longer than the inhale. "
        "As you breathe in, move your attention from your feet up to your head; as you "
        "breathe out, let it travel back down to your feet.",
    ),
    "entry-breathe",
)

_ARMS = Step(
    "arms",
    QT_TRANSLATE_NOOP("steps", "Let your arms rest"),
    QT_TRANSLATE_NOOP(
        "steps",
        "Rest your arms by your sides or on your belly. Let your back and head lie flat "
        "and heavy on the floor.",
    ),
    LEGS_UP_PICTURE,
)

WALL_ENTRY: tuple[Step, ...] = (
    Step(
        "props",
        QT_TRANSLATE_NOOP("steps", "Set out your props"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Lay a mat or folded blanket on the floor with its short edge against the wall. "
            "Keep a thin pillow for your head. A folded blanket or bolster under your hips and "
            "a strap around your thighs are optional. You can also do this in bed, with your "
            "legs up the headboard.",
        ),
        "entry-props",
    ),
    Step(
        "sit",
        QT_TRANSLATE_NOOP("steps", "Sit sideways to the wall"),
        QT_TRANSLATE_NOOP(
            "steps", "Sit on the mat with one hip touching the wall and your knees bent."
        ),
        "entry-sit-sideways",
    ),
    Step(
        "swing",
        QT_TRANSLATE_NOOP("steps", "Lie back and swing your legs up"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Lower your back to the floor as you swing both legs up the wall. Your tailbone "
            "stays on the floor.",
        ),
        "entry-swing-up",
    ),
    Step(
        "distance",
        QT_TRANSLATE_NOOP("steps", "Find your distance"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Move your hips close to the wall, or leave a hand's width of space so your hips are "
            "not folded at a hard right angle. If the backs of your legs feel tight, move "
            "further away or bend your knees a little. The stretch should be light, never "
            "painful.",
        ),
        "entry-adjust-hips",
    ),
    _ARMS,
    _BREATHE,
)

RECLINED_ENTRY: tuple[Step, ...] = (
    Step(
        "props",
        QT_TRANSLATE_NOOP("steps", "Set out your cushions"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Lay a mat or blanket on the floor. Keep a cushion for your head, and one or two "
            "cushions or blocks for your feet.",
        ),
        "alt-props",
    ),
    Step(
        "lie",
        QT_TRANSLATE_NOOP("steps", "Lie on your back"),
        QT_TRANSLATE_NOOP(
            "steps", "Sit down, then lower yourself slowly onto your back, head on the cushion."
        ),
        "alt-lie-back",
    ),
    Step(
        "feet",
        QT_TRANSLATE_NOOP("steps", "Raise your feet a little"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Rest your heels or lower legs on the cushions, only a little higher than your "
            "hips. Nothing should strain.",
        ),
        RECLINED_PICTURE,
    ),
    _ARMS,
    _BREATHE,
)

# Each exit step shows for about three slow breaths, then gives way to the next by itself:
# an inversion is never left in a hurry.
EXIT_STEPS: tuple[Step, ...] = (
    Step(
        "knees",
        QT_TRANSLATE_NOOP("steps", "Knees to your chest"),
        QT_TRANSLATE_NOOP("steps", "Bend your knees and gently hug them in toward your chest."),
        "exit-knees-to-chest",
        breaths=3,
    ),
    Step(
        "roll",
        QT_TRANSLATE_NOOP("steps", "Roll onto your side"),
        QT_TRANSLATE_NOOP("steps", "Slowly roll onto one side, keeping your knees bent."),
        "exit-roll-side",
        breaths=3,
    ),
    Step(
        "rest",
        QT_TRANSLATE_NOOP("steps", "Rest on your side"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Stay here for a few breaths. If you like, rest in child's pose instead.",
        ),
        "exit-rest-side",
        breaths=3,
    ),
    Step(
        "sit-up",
        QT_TRANSLATE_NOOP("steps", "Sit up slowly"),
        QT_TRANSLATE_NOOP(
            "steps", "Press into your hands and come up to sitting, taking your time."
        ),
        "exit-sit-up",
        breaths=3,
    ),
)

# Tingling or numbness: out of the pose now, and the legs shaken out before anything else.
# The feet come down from wherever they rest: the wall here, the headboard or the cushions
# in variations.shake_out().
SHAKE_OUT = Step(
    "shake",
    QT_TRANSLATE_NOOP("steps", "Shake out your legs"),
    QT_TRANSLATE_NOOP(
        "steps",
        "Bend your knees and bring your feet down from the wall. Gently shake out your legs "
        "and wiggle your feet and toes until the tingling fades. Never push through it, and "
        "keep your next hold shorter.",
    ),
    "exit-shake-out",
    breaths=3,
)

SEATED_PAUSE = Step(
    "seated",
    QT_TRANSLATE_NOOP("steps", "Sit quietly"),
    QT_TRANSLATE_NOOP(
        "steps",
        "Stay seated and breathe. Your blood pressure needs a moment to settle after the "
        "pose; standing up too soon can make you light-headed.",
    ),
    "seated-pause",
)

PAUSE_COMPLETE = Step(
    "complete",
    QT_TRANSLATE_NOOP("steps", "You can stand up slowly"),
    QT_TRANSLATE_NOOP("steps", "Take your time getting up, and notice how your legs feel."),
    "seated-pause",
)

SETTLING = Step(
    "settling",
    QT_TRANSLATE_NOOP("steps", "Get into the pose"),
    QT_TRANSLATE_NOOP(
        "steps",
        "Lie down and settle in. The hold begins by itself with a chime when this countdown "
        "ends; you do not need to touch the computer again.",
    ),
    "",  # the settling page shows the practice's POSE_ILLUSTRATION
)

# The picture of the pose itself, shown while settling in and on the start screen.
POSE_ILLUSTRATION: dict[Practice, str] = {
    Practice.WALL: LEGS_UP_PICTURE,
    Practice.RECLINED: RECLINED_PICTURE,
}

ENTRY_STEPS: dict[Practice, tuple[Step, ...]] = {
    Practice.WALL: WALL_ENTRY,
    Practice.RECLINED: RECLINED_ENTRY,
}
