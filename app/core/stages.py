"""The stages a session goes through, and their names: what the window, the tray and the
quit guard need without loading the session's timing (session.py)."""

from __future__ import annotations

from enum import Enum

from .i18n import QT_TRANSLATE_NOOP, Text


class Stage(Enum):
    TRANSITION = "transition"  # a routine: the card for the next pose, 10 s to settle
    POSE = "pose"  # a routine: a pose other than the inversion, timed
    SETTLING = "settling"
    HOLD = "hold"
    EXIT = "exit"
    SEATED_PAUSE = "seated_pause"
    DONE = "done"


STAGE_NAMES: dict[Stage, Text] = {
    Stage.TRANSITION: QT_TRANSLATE_NOOP("stage", "Next pose"),
    Stage.POSE: QT_TRANSLATE_NOOP("stage", "Pose"),
    Stage.SETTLING: QT_TRANSLATE_NOOP("stage", "Settling"),
    Stage.HOLD: QT_TRANSLATE_NOOP("stage", "Hold"),
    Stage.EXIT: QT_TRANSLATE_NOOP("stage", "Coming down"),
    Stage.SEATED_PAUSE: QT_TRANSLATE_NOOP("stage", "Seated pause"),
    Stage.DONE: QT_TRANSLATE_NOOP("stage", "Done"),
}
