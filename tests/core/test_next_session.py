"""What the preferences make of the next session: practice, variation, entry guidance, pose
picture and the SessionConfig."""

from dataclasses import replace

import pytest

from app.core import next_session, variations
from app.core.breathing import BreathPattern
from app.core.cautions import RECLINED_ANSWERS, SCREENING_CLEARED
from app.core.cues import CueSettings
from app.core.preferences import Preferences
from app.core.steps import ENTRY_STEPS, POSE_ILLUSTRATION, Practice
from app.core.variations import VARIATIONS, Variation


def test_a_clear_screening_leads_to_the_wall_and_the_variation_chosen():
    prefs = Preferences(screening=SCREENING_CLEARED, variation=Variation.IN_BED)
    assert next_session.practice(prefs) is Practice.WALL
    assert next_session.variation(prefs) is Variation.IN_BED
    assert next_session.entry_steps(prefs) == variations.entry_steps(Variation.IN_BED)
    assert next_session.pose_picture(prefs) == VARIATIONS[Variation.IN_BED].illustration


@pytest.mark.parametrize("answer", RECLINED_ANSWERS)
def test_someone_who_must_not_invert_gets_the_reclined_rest_and_no_variation(answer):
    prefs = Preferences(screening=answer, variation=Variation.IN_BED)
    assert next_session.practice(prefs) is Practice.RECLINED
    assert next_session.variation(prefs) is Variation.CLASSIC  # the choice is kept, not used
    assert prefs.variation is Variation.IN_BED
    assert next_session.entry_steps(prefs) == ENTRY_STEPS[Practice.RECLINED]
    assert next_session.pose_picture(prefs) == POSE_ILLUSTRATION[Practice.RECLINED]


def test_the_config_is_the_active_profiles_with_the_hold_given():
    prefs = Preferences(screening=SCREENING_CLEARED, variation=Variation.BUTTERFLY)
    own = replace(
        prefs.active,
        settle_s=90.0,
        pause_s=45.0,
        pattern=BreathPattern(4, 1, 6, 1),
        cues=CueSettings(breath_tones=True),
    )
    prefs.put(own)
    config = next_session.config(prefs, 420.0)
    assert (config.hold_s, config.settle_s, config.pause_s) == (420.0, 90.0, 45.0)
    assert config.pattern == own.pattern and config.cues == own.cues
    assert (config.practice, config.variation) == (Practice.WALL, Variation.BUTTERFLY)


def test_the_config_of_the_reclined_rest_has_no_variation():
    prefs = Preferences(screening=RECLINED_ANSWERS[0], variation=Variation.BUTTERFLY)
    config = next_session.config(prefs, 600.0)
    assert (config.practice, config.variation) == (Practice.RECLINED, Variation.CLASSIC)
