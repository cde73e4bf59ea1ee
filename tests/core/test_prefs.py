import json
import os
import stat

import pytest

from app.core import prefs
from app.core.breathing import BreathPattern
from app.core.prefs import Preferences


def test_round_trip_keeps_unknown_keys(tmp_path):
    path = tmp_path / "cfg" / "preferences.json"
    path.parent.mkdir()
    profile = {"id": "work", "hold_s": 300, "future_profile_key": 7}
    data = {"schema": 2, "profiles": [profile], "future_key": {"a": 1}}
    path.write_text(json.dumps(data))
    loaded = prefs.load(path, "x").prefs
    assert loaded.active.hold_s == 300
    prefs.save(path, loaded)
    data = json.loads(path.read_text())
    assert data["future_key"] == {"a": 1}
    assert data["profiles"][0]["future_profile_key"] == 7
    assert data["schema"] == prefs.SCHEMA


def test_missing_file_gives_defaults(tmp_path):
    result = prefs.load(tmp_path / "none.json", "x")
    assert result.prefs == Preferences()
    assert [p.id for p in result.prefs.profiles] == ["work", "bedtime"]
    assert result.moved_aside is None


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("pause_s", 5, 30.0),
        ("pause_s", 45, 45.0),
        ("pause_s", -1e308, 30.0),
        ("hold_s", 1, 10.0),
        ("hold_s", 10**9, 3600.0),
        ("settle_s", -3, 0.0),
        ("settle_s", "soon", 45.0),
        ("hold_s", True, 300.0),
        ("pause_s", None, 30.0),
        ("volume", 140, 100.0),
    ],
)
def test_values_are_validated_and_clamped(tmp_path, caplog, key, value, expected):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"schema": 2, "profiles": [{"id": "work", key: value}]}))
    assert getattr(prefs.load(path, "x").prefs.active, key) == expected
    if value != expected:
        assert any(key in r.getMessage() for r in caplog.records if r.levelname == "WARNING")


def test_extreme_breath_values_are_clamped_not_fatal(tmp_path):
    """Rounding to the pattern's step came before the clamp: 1e308 made round() raise."""
    path = tmp_path / "p.json"
    pattern = {"inhale": 1e308, "exhale": -1e308, "hold_in": 10**400, "hold_out": 2.3}
    path.write_text(json.dumps({"schema": 2, "profiles": [{"id": "work", "pattern": pattern}]}))
    active = prefs.load(path, "x").prefs.active.pattern
    assert (active.inhale, active.exhale) == (15.0, 1.0)
    assert active.hold_in == BreathPattern().hold_in  # not a number: the default
    assert active.hold_out == 2.5


def test_unknown_screening_answer_asks_again(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"screening": "maybe", "screening_version": 1}))
    assert not prefs.load(path, "x").prefs.screened


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[" * 100000, b""])
def test_unparseable_file_is_moved_aside(tmp_path, content):
    path = tmp_path / "preferences.json"
    path.write_bytes(content)
    result = prefs.load(path, "20261121-101010")
    assert result.prefs == Preferences()
    assert result.moved_aside == tmp_path / "preferences.json.corrupt-20261121-101010"
    assert result.moved_aside.read_bytes() == content
    assert not path.exists()


def test_save_is_private(tmp_path):
    path = tmp_path / "new" / "preferences.json"
    prefs.save(path, Preferences())
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["preferences.json"]
