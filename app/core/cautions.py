"""The three levels of caution shown before the first session (shared/DOMAIN.md)."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, Text

# The screening's answers, as saved in the preferences.
SCREENING_CLEARED = "cleared"  # none of the "only with clearance" cautions apply, or cleared
SCREENING_UNCLEARED = "uncleared"  # one of them applies, and no physician has cleared it yet
SCREENING_ALTERNATIVE = "alternative"  # a "do not invert" caution applies
SCREENING_ANSWERS = (SCREENING_CLEARED, SCREENING_UNCLEARED, SCREENING_ALTERNATIVE)
# Both lead to the reclined rest: the brief offers it to anyone who should not invert.
RECLINED_ANSWERS = (SCREENING_UNCLEARED, SCREENING_ALTERNATIVE)

# Never the inversion: the person cannot waive these; the reclined rest is offered instead.
DO_NOT: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("cautions", "Glaucoma"),
    QT_TRANSLATE_NOOP("cautions", "A detached retina"),
)
DO_NOT_WHY = QT_TRANSLATE_NOOP(
    "cautions",
    "An inversion raises the pressure in the eyes. Please talk to an eye specialist.",
)

# Only with a physician's clearance.
CLEARANCE: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("cautions", "High blood pressure that is not yet treated or controlled"),
    QT_TRANSLATE_NOOP("cautions", "A heart condition, including heart failure"),
    QT_TRANSLATE_NOOP(
        "cautions",
        "Kidney failure, liver failure or cirrhosis, or any other condition that keeps extra "
        "fluid in your body",
    ),
    QT_TRANSLATE_NOOP(
        "cautions",
        "Pregnancy. Later in pregnancy, avoid lying flat on your back: ask about a version with "
        "your hips raised and your upper body upright.",
    ),
    QT_TRANSLATE_NOOP("cautions", "A hernia, including a hiatal hernia"),
    QT_TRANSLATE_NOOP("cautions", "Active deep-vein thrombosis or a clotting disorder"),
    QT_TRANSLATE_NOOP("cautions", "A recent injury to your lower back or the backs of your thighs"),
    QT_TRANSLATE_NOOP("cautions", "Any reason to avoid extra blood flow to your head"),
)

# Shown for information.
TAKE_CARE: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP(
        "cautions", "Low blood pressure: always sit for a while first, then stand up slowly."
    ),
    QT_TRANSLATE_NOOP(
        "cautions",
        "Hip or lower-back trouble: put a bolster under your hips, bend your knees, or move "
        "further from the wall.",
    ),
    QT_TRANSLATE_NOOP("cautions", "On heavy days of your period, you may prefer to skip the pose."),
)

TINGLING = QT_TRANSLATE_NOOP(
    "cautions",
    "If your feet or legs tingle or go numb, come down at once, shake out your legs, and "
    "make your next hold shorter. Never push through it.",
)

NOT_ADVICE = QT_TRANSLATE_NOOP(
    "cautions",
    "A guide to rest, not medical advice and no substitute for it. New to the pose? Ask a yoga "
    "teacher to show it to you first.",
)

ALTERNATIVE = QT_TRANSLATE_NOOP(
    "cautions",
    "Viparita will guide you through a supported reclined rest instead: lying on your back "
    "on cushions, with your feet raised only a little. The breathing, the chimes and the "
    "slow way up are the same.",
)

ASK_PHYSICIAN = QT_TRANSLATE_NOOP(
    "cautions",
    "Please ask your physician before you try legs up the wall. Once they have cleared you, "
    "change your answer in Help, Safety information.",
)

# The start screen's line under the reclined rest, by the answer that chose it.
WHY_RECLINED: dict[str, Text] = {
    SCREENING_ALTERNATIVE: QT_TRANSLATE_NOOP(
        "cautions",
        "Chosen for you because an inversion is not advised. You can review this in Help, "
        "Safety information.",
    ),
    SCREENING_UNCLEARED: QT_TRANSLATE_NOOP(
        "cautions",
        "Chosen for you until your physician has cleared you for legs up the wall. You can "
        "change your answer in Help, Safety information.",
    ),
}
