"""The three levels of caution shown before the first session (shared/DOMAIN.md)."""

from __future__ import annotations

from app.core.i18n import QT_TRANSLATE_NOOP, Text

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
    QT_TRANSLATE_NOOP(
        "cautions",
        "A heart condition, including heart failure, or fluid retention from heart, kidney "
        "or liver disease",
    ),
    QT_TRANSLATE_NOOP("cautions", "Pregnancy, especially in the later months"),
    QT_TRANSLATE_NOOP("cautions", "A hernia, including a hiatal hernia"),
    QT_TRANSLATE_NOOP("cautions", "Active deep-vein thrombosis or a clotting disorder"),
    QT_TRANSLATE_NOOP("cautions", "A recent injury to your lower back or hamstrings"),
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
    "A guide to rest, not medical advice. New to the pose? Ask a yoga teacher to show it "
    "to you first.",
)

ALTERNATIVE = QT_TRANSLATE_NOOP(
    "cautions",
    "Viparita will guide you through a supported reclined rest instead: lying on your back "
    "on cushions, with your feet raised only a little. The breathing, the chimes and the "
    "slow way up are the same.",
)
