"""Profiles: the built-ins, the person's own, breath patterns and the suggested hold."""

import json
from dataclasses import replace

import pytest

from app.core.breathing import BreathPattern
from app.core.cues import CueSettings
from app.core.preferences import Preferences
from app.core.profiles import (
    BEDTIME_ID,
    BUILTINS,
    NAME_MAX,
    PATTERN_PRESETS,
    WORK_ID,
    HoldSource,
    Theme,
    duplicate,
    find_profile,
    preset_for,
    restored,
    suggested_hold,
)
from app.storage import preferences_file


def test_builtins_are_what_the_issue_promises():
    work, bedtime = BUILTINS[WORK_ID], BUILTINS[BEDTIME_ID]
    assert work.hold_s == 300 and work.theme is Theme.REGULAR and work.volume == 100
    assert bedtime.hold_s == 900 and bedtime.theme is Theme.BEDTIME
    assert (bedtime.pattern.inhale, bedtime.pattern.exhale) == (4, 8)
    assert bedtime.cues.breath_tones and not work.cues.breath_tones
    assert bedtime.volume < work.volume
    assert all(p.pause_s >= 30 for p in BUILTINS.values())


def test_pattern_presets():
    by_key = {p.key: p.pattern for p in PATTERN_PRESETS}
    assert by_key["calm"] == BreathPattern(4, 0, 6, 0)
    assert by_key["deep"] == BreathPattern(4, 0, 8, 0)
    assert by_key["slow"].breaths_per_minute == pytest.approx(5.45, abs=0.01)
    assert all(p.pattern.exhale_led for p in PATTERN_PRESETS)
    assert preset_for(BreathPattern(4, 1, 6, 0)) is None
    assert not BreathPattern(5, 0, 5, 0).exhale_led


def test_create_edit_delete_a_profile_and_save_it(tmp_path):
    path = tmp_path / "preferences.json"
    p = Preferences()
    mine = duplicate(p.profiles, p.profile(BEDTIME_ID), "Sunday")
    assert mine.id not in BUILTINS and mine.name == "Sunday" and mine.last_hold_s is None
    p.put(mine)
    edited = replace(mine, hold_s=420.0, volume=30.0)
    p.put(edited)
    p.active_id = mine.id
    preferences_file.save(path, p)
    loaded = preferences_file.load(path, "t").prefs
    assert loaded.active == edited
    assert [x.id for x in loaded.profiles] == [WORK_ID, BEDTIME_ID, mine.id]
    loaded.remove(mine.id)
    assert loaded.active_id == WORK_ID and len(loaded.profiles) == 2
    with pytest.raises(ValueError):
        loaded.remove(WORK_ID)


def test_two_copies_get_different_ids():
    p = Preferences()
    first = duplicate(p.profiles, p.active, "A")
    p.put(first)
    second = duplicate(p.profiles, p.active, "B")
    assert first.id != second.id


def test_a_builtin_restores_to_its_defaults_but_keeps_its_history():
    p = Preferences()
    changed = replace(BUILTINS[WORK_ID], volume=10.0, last_hold_s=600.0, name="Desk")
    back = restored(changed)
    assert back.volume == 100 and back.name is None and back.last_hold_s == 600.0
    p.put(back)
    assert p.profile(WORK_ID) == back


def test_a_missing_builtin_comes_back_and_a_bad_active_falls_back(tmp_path):
    path = tmp_path / "p.json"
    data = {
        "schema": 2,
        "active_profile": "gone",
        "profiles": [{"id": "custom-1", "name": "Mine"}, {"id": "custom-1"}, {"name": "x"}, 5],
    }
    path.write_text(json.dumps(data))
    p = preferences_file.load(path, "t").prefs
    assert [x.id for x in p.profiles] == [WORK_ID, BEDTIME_ID, "custom-1"]
    assert p.active_id == WORK_ID


def test_a_blank_id_is_dropped_and_a_nameless_profile_is_named_by_its_id_cleaned(tmp_path):
    """A blank id named its profile " ", and a long one gave a name over the 40 characters a
    name may have: neither could be chosen with --profile."""
    path = tmp_path / "p.json"
    long_id = "custom-" + "x" * 60
    data = {"schema": 2, "profiles": [{"id": " \t"}, {"id": long_id}, {"id": "  my   own "}]}
    path.write_text(json.dumps(data))
    p = preferences_file.load(path, "t").prefs
    assert [x.id for x in p.profiles] == [WORK_ID, BEDTIME_ID, long_id, "  my   own "]
    assert [x.name for x in p.profiles[2:]] == [long_id[:NAME_MAX], "my own"]
    assert find_profile(p.profiles, long_id[:NAME_MAX]) is p.profiles[2]


def test_pattern_values_are_rounded_to_half_seconds_and_clamped(tmp_path):
    path = tmp_path / "p.json"
    pattern = {"inhale": 4.26, "hold_in": -2, "exhale": 99, "hold_out": "x"}
    path.write_text(json.dumps({"schema": 2, "profiles": [{"id": "work", "pattern": pattern}]}))
    assert preferences_file.load(path, "t").prefs.active.pattern == BreathPattern(4.5, 0, 20, 0)


def test_reset_keeps_only_the_safety_answers():
    p = Preferences(screening="alternative", screening_version=1, screening_at="then")
    p.put(duplicate(p.profiles, p.active, "Mine"))
    p.reduced_motion = True
    p.active_id = BEDTIME_ID
    p.reset()
    assert p == Preferences(screening="alternative", screening_version=1, screening_at="then")


# --- which hold the Start screen offers ------------------------------------------------------


@pytest.mark.parametrize(
    ("command_line", "plan", "last", "expected"),
    [
        (90.0, 240.0, 600.0, (90.0, HoldSource.COMMAND_LINE)),
        (None, 240.0, 600.0, (240.0, HoldSource.PLAN)),
        (None, None, 600.0, (600.0, HoldSource.LAST_USED)),
        (None, None, None, (300.0, HoldSource.PROFILE)),
    ],
)
def test_the_suggested_hold_rule(command_line, plan, last, expected):
    work = replace(BUILTINS[WORK_ID], last_hold_s=last)
    assert suggested_hold(work, command_line, plan) == expected


def test_cue_settings_survive_a_round_trip(tmp_path):
    path = tmp_path / "p.json"
    p = Preferences()
    cues = CueSettings(hold_start=False, interval=True, interval_min=7, breath_tones=True)
    p.put(replace(p.active, cues=cues))
    preferences_file.save(path, p)
    assert preferences_file.load(path, "t").prefs.active.cues == cues


@pytest.mark.parametrize("theme", [["bedtime"], {"a": 1}, 3, None, "neon"])
def test_a_theme_of_any_shape_falls_back(tmp_path, theme):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"schema": 2, "profiles": [{"id": BEDTIME_ID, "theme": theme}]}))
    assert preferences_file.load(path, "t").prefs.profile(BEDTIME_ID).theme is Theme.BEDTIME


@pytest.mark.parametrize("last", ["soon", True, [], float("nan")])
def test_unreadable_history_is_no_history(tmp_path, last):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"schema": 2, "profiles": [{"id": WORK_ID, "last_hold_s": last}]}))
    p = preferences_file.load(path, "t").prefs
    assert p.active.last_hold_s is None and not p.practised
    assert suggested_hold(p.active)[1] is HoldSource.PROFILE


def test_a_newer_files_schema_number_is_kept_on_save(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"schema": 7, "profiles": [{"id": WORK_ID}], "new": 1}))
    p = preferences_file.load(path, "t").prefs
    preferences_file.save(path, p)
    data = json.loads(path.read_text())
    assert data["schema"] == 7 and data["new"] == 1


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("work", WORK_ID),
        ("Bedtime wind-down", BEDTIME_ID),
        ("  bedtime   WIND-down ", BEDTIME_ID),
        ("Sunday  evening", "custom-1"),
        ("Lunch", None),
        ("", None),
    ],
)
def test_a_command_line_profile_is_found_by_id_or_name(name, found):
    from app.core.profiles import find_profile

    profiles = [
        *BUILTINS.values(),
        replace(BUILTINS[WORK_ID], id="custom-1", name="Sunday evening"),
    ]
    match = find_profile(profiles, name)
    assert (match.id if match else None) == found
