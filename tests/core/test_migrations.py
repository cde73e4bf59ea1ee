"""Each old schema, from a file written by the version that used it."""

import json
import logging
from datetime import datetime, time
from pathlib import Path

import pytest

from app.core import preferences as prefs
from app.core.breathing import DEFAULT_PATTERN
from app.core.cues import CueSettings
from app.core.migrations import MIGRATIONS, SCHEMA, migrate
from app.core.profiles import BEDTIME_ID, BUILTINS, WORK_ID
from app.core.reminders import WAITABLE, BedtimeReminder, BreakReminder, Kind
from app.storage import preferences_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "prefs"


def load_fixture(tmp_path: Path, name: str) -> tuple[prefs.Preferences, Path]:
    path = tmp_path / "preferences.json"
    path.write_bytes((FIXTURES / name).read_bytes())
    return preferences_file.load(path, "t").prefs, path


def test_there_is_a_fixture_for_every_old_schema():
    versions = {json.loads(f.read_text()).get("schema", 1) for f in FIXTURES.glob("*.json")}
    assert versions == set(range(1, SCHEMA))
    assert len(MIGRATIONS) == SCHEMA - 1


def test_v1_settings_become_the_work_break_profile(tmp_path):
    p, _ = load_fixture(tmp_path, "v1.json")
    work = p.profile(WORK_ID)
    assert p.active_id == WORK_ID
    assert work.last_hold_s == 420.0 and p.practised
    assert (work.settle_s, work.pause_s, work.volume) == (30.0, 45.0, 70.0)
    assert work.cues == CueSettings(breath_tones=True, halfway=True, interval_min=4)
    # v1's hold_s was never set by anyone; the work break's own 5 minutes stand.
    assert work.hold_s == BUILTINS[WORK_ID].hold_s
    assert work.pattern == DEFAULT_PATTERN
    assert p.profile(BEDTIME_ID) == BUILTINS[BEDTIME_ID]
    assert p.screening == "cleared" and p.screening_at == "2026-11-02T21:14:05+01:00"
    assert not p.screened, "asked again: the cautions have changed since version 1"
    assert p.extra == {"extra_from_a_newer_build": {"kept": [1, 2, 3]}}


def test_v1_first_run_keeps_the_safety_answer(tmp_path):
    p, _ = load_fixture(tmp_path, "v1-first-run.json")
    assert p.must_not_invert, "kept while the changed cautions are asked again"
    assert not p.screened
    assert p.profile(WORK_ID) == BUILTINS[WORK_ID]
    assert not p.practised


def test_a_migrated_file_is_saved_as_the_current_schema(tmp_path):
    p, path = load_fixture(tmp_path, "v1.json")
    preferences_file.save(path, p)
    data = json.loads(path.read_text())
    assert data["schema"] == SCHEMA
    assert "settle_s" not in data and "cues" not in data  # moved, not copied
    assert preferences_file.load(path, "t").prefs == p


def test_a_file_without_a_schema_is_read_as_schema_1():
    assert migrate({"volume": 40})["profiles"] == [{"id": "work", "volume": 40}]


@pytest.mark.parametrize("schema", ["2", None, 0, -5, True, 1.5])
def test_a_nonsense_schema_is_read_as_schema_1(schema):
    out = migrate({"schema": schema, "settle_s": 10})
    assert out["schema"] == SCHEMA and out["profiles"][0]["settle_s"] == 10


def test_a_newer_schema_is_read_for_what_it_knows(tmp_path):
    path = tmp_path / "preferences.json"
    newer = {
        "schema": SCHEMA + 1,
        "active_profile": BEDTIME_ID,
        "profiles": [{"id": BEDTIME_ID, "volume": 20, "glow": "amber"}],
        "hologram": True,
    }
    path.write_text(json.dumps(newer))
    p = preferences_file.load(path, "t").prefs
    assert p.active.volume == 20 and p.active.extra == {"glow": "amber"}
    assert p.extra == {"hologram": True}


def test_v2_a_chosen_break_interval_becomes_the_minutes_of_work(tmp_path):
    p, _ = load_fixture(tmp_path, "v2.json")
    breaks = p.reminders.breaks
    assert breaks == BreakReminder(
        on=True,
        after_min=45,
        start=time(8, 30),
        end=time(16, 30),
        days=frozenset({0, 1, 2, 3}),
    )
    assert (breaks.max_per_day, breaks.break_min) == (2, 5)
    assert p.reminders.bedtime == BedtimeReminder(on=True, bedtime=time(23, 0), lead_min=30)
    assert p.reminders.wait_while == frozenset(WAITABLE)
    assert p.reminded == {
        Kind.BREAK: datetime(2026, 11, 23, 10, 45),
        Kind.BEDTIME: datetime(2026, 11, 22, 22, 30),
    }
    assert p.screened and p.profile(WORK_ID).last_hold_s == 480.0


def test_v2_the_old_default_interval_takes_the_new_default(tmp_path):
    """Every 60 minutes from 9 to 5 made seven offers a day (issue 23)."""
    p, path = load_fixture(tmp_path, "v2-default-breaks.json")
    assert p.reminders.breaks == BreakReminder(on=True)
    assert p.reminders.breaks.after_min == 90
    preferences_file.save(path, p)
    saved = json.loads(path.read_text())["reminders"]["breaks"]
    assert "every_min" not in saved and saved["after_min"] == 90


@pytest.mark.parametrize(("every", "after"), [(20, 30), (240, 180), (45, 45), ("hourly", 90)])
def test_v2_an_interval_is_clamped_to_the_new_range(every, after, caplog):
    data = {"schema": 2, "reminders": {"breaks": {"on": True, "every_min": every}}}
    with caplog.at_level(logging.WARNING):
        assert prefs.from_json(data).reminders.breaks.after_min == after
    assert bool(caplog.records) == (every != after), "a value changed is said in the log"


@pytest.mark.parametrize("reminders", [None, "daily", {"breaks": "hourly"}, {"bedtime": {}}])
def test_v2_reminders_of_any_shape_migrate(reminders):
    out = migrate({"schema": 2, "reminders": reminders})
    assert out["schema"] == SCHEMA and out["reminders"] == reminders
