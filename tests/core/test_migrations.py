"""Each old schema, from a file written by the version that used it."""

import json
from pathlib import Path

import pytest

from app.core import prefs
from app.core.breathing import DEFAULT_PATTERN
from app.core.cues import CueSettings
from app.core.migrations import MIGRATIONS, SCHEMA, migrate
from app.core.profiles import BEDTIME_ID, BUILTINS, WORK_ID
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
