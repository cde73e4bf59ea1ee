"""The words the app shows, read from the core's data: true where they are shown, and plain
enough for a reader whose first language is not English (issue 20)."""

import re

import pytest

from app.core import routines
from app.core.clock import FakeClock
from app.core.routine_session import RoutineSession
from app.core.routines import BUILTIN_ROUTINES, EASY_SEATED, RESTORATIVE_ID
from app.core.session import Session, SessionConfig, Stage
from app.core.steps import Practice
from app.core.variations import VARIATIONS, Variation
from tests.ui.style.test_translatable import core_texts


def tingling_step(practice: Practice, variation: Variation):
    clock = FakeClock()
    session = Session(
        SessionConfig(hold_s=600, practice=practice, variation=variation), clock.now()
    )
    clock.advance(60)
    session.update(clock.now())
    assert session.tingling(clock.now())
    view = session.view(clock.now())
    assert view.stage is Stage.EXIT and view.step_index == 0
    return view.step


@pytest.mark.parametrize(
    ("practice", "variation", "from_where"),
    [
        (Practice.WALL, Variation.CLASSIC, "from the wall"),
        (Practice.WALL, Variation.THREAD_NEEDLE, "from the wall"),
        (Practice.WALL, Variation.IN_BED, "from the headboard"),
        (Practice.RECLINED, Variation.CLASSIC, "off the cushions"),
    ],
)
def test_the_shake_out_says_where_the_feet_come_down_from(practice, variation, from_where):
    step = tingling_step(practice, variation)
    assert step.key == "shake" and from_where in step.body.source
    if from_where != "from the wall":
        assert "wall" not in step.body.source


def test_a_reclined_routine_never_speaks_of_an_inversion():
    clock = FakeClock()
    config = SessionConfig(hold_s=300, settle_s=0, practice=Practice.RECLINED)
    session = RoutineSession(BUILTIN_ROUTINES[RESTORATIVE_ID], config, clock.now())
    shown = []
    while session.stage is not Stage.DONE:
        view = session.view(clock.now())
        shown += [view.step, view.pose.step] + ([view.pose.coming] if view.pose.coming else [])
        clock.advance(max(0.0, session.next_deadline(clock.now()) - clock.now()))
        session.update(clock.now())
    seated = [s for s in shown if s.key == EASY_SEATED]
    assert seated, "the easy seated pose was shown"
    for step in shown:
        assert "inversion" not in step.body.source.lower(), step.key
        assert "up the wall" not in step.body.source.lower(), step.key


def test_the_bolster_goes_under_the_base_of_the_spine_not_the_lower_back():
    body = VARIATIONS[Variation.SUPPORTED].setup.body.source
    assert "base of your spine" in body
    assert "lower back and sacrum" not in body and "under your lower back" not in body


# Words a learner of English may not know, or that the brief's own wording hides.
HARD_WORDS = re.compile(r"hamstring|sacrum|shuffle|inches|clear the end|history is true", re.I)


def test_the_core_texts_use_everyday_words():
    hard = [t.source for t in core_texts() if HARD_WORDS.search(t.source)]
    assert hard == []


def test_the_reclined_routines_seated_pose_is_told_its_own_way():
    assert "inversion" in routines.POSES[EASY_SEATED].step.body.source
    assert "inversion" not in routines.RECLINED_STEPS[EASY_SEATED].body.source
