"""The preferences loader never crashes, whatever is in the file, and keeps what is valid."""

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import prefs
from app.core.durations import HOLD_MAX_S, HOLD_MIN_S, PAUSE_MIN_S

KEYS = [
    "hold_s",
    "last_hold_s",
    "settle_s",
    "pause_s",
    "volume",
    "interval_min",
    "cues",
    "screening",
    "screening_version",
    "screening_at",
    "schema",
    "future",
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=12,
)


def check(p: prefs.Preferences) -> None:
    assert HOLD_MIN_S <= p.hold_s <= HOLD_MAX_S
    assert p.pause_s >= PAUSE_MIN_S
    assert 0 <= p.volume <= 100
    assert all(math.isfinite(v) for v in (p.hold_s, p.settle_s, p.pause_s, p.volume))
    p.cue_settings()  # always a valid set of switches


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("fuzz") / "preferences.json"
    path.write_bytes(raw)
    check(prefs.load(path, "t").prefs)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), json_values, max_size=8))
def test_wrong_types_and_huge_numbers(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "preferences.json"
    path.write_text(json.dumps(data))
    result = prefs.load(path, "t")
    check(result.prefs)
    if "future" in data:
        # Unknown keys are kept (compared as JSON, where NaN equals NaN).
        assert json.dumps(result.prefs.extra["future"]) == json.dumps(data["future"])


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=10, max_value=3600), st.floats(min_value=30, max_value=600))
def test_valid_values_are_kept(tmp_path_factory, hold, pause):
    path = tmp_path_factory.mktemp("fuzz") / "preferences.json"
    path.write_text(json.dumps({"hold_s": hold, "pause_s": pause}))
    loaded = prefs.load(path, "t").prefs
    assert (loaded.hold_s, loaded.pause_s) == (hold, pause)


def test_truncated_json_is_set_aside(tmp_path):
    whole = json.dumps(prefs.Preferences().to_json())
    for cut in range(1, len(whole) - 1, 7):
        path = tmp_path / f"p{cut}.json"
        path.write_text(whole[:cut])
        result = prefs.load(path, "t")
        check(result.prefs)
        assert result.moved_aside is not None


def test_enormous_integers(tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"hold_s": 1' + "0" * 400 + ', "pause_s": 1' + "0" * 5000 + "}")
    result = prefs.load(path, "t")  # 5000 digits is too long for Python's int parser
    check(result.prefs)
    path.write_text(
        '{"hold_s": 1' + "0" * 400 + ', "screening": "cleared", "screening_version": true}'
    )
    loaded = prefs.load(path, "t").prefs
    assert loaded.hold_s == 120.0 and not loaded.screened
