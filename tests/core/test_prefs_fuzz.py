"""The preferences loader never crashes, whatever is in the file, and keeps what is valid."""

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import prefs
from app.core.breathing import BreathPattern
from app.core.cues import CueSettings
from app.core.durations import HOLD_MAX_S, HOLD_MIN_S, PAUSE_MAX_S, PAUSE_MIN_S
from app.core.profiles import BUILTINS, PATTERN_RANGES, Profile, Theme, to_json
from app.core.routines import POSES

V1_KEYS = ["hold_s", "last_hold_s", "settle_s", "pause_s", "volume", "interval_min", "cues"]
TOP_KEYS = [
    "schema",
    "profiles",
    "active_profile",
    "follow_system",
    "reduced_motion",
    "screening",
    "screening_version",
    "screening_at",
    "future",
    *V1_KEYS,
]
PROFILE_KEYS = [*V1_KEYS, "id", "name", "pattern", "theme", "future"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=12,
)
profile_ids = st.sampled_from(["work", "bedtime", "custom-1", "custom-2", "", 3])
garbage_profile = st.dictionaries(
    st.sampled_from(PROFILE_KEYS),
    json_values | profile_ids | st.floats(min_value=-1e12, max_value=1e12),
    max_size=8,
)


def check(p: prefs.Preferences) -> None:
    ids = [x.id for x in p.profiles]
    assert len(ids) == len(set(ids)) and set(BUILTINS) <= set(ids)
    assert p.active_id in ids
    for x in p.profiles:
        assert HOLD_MIN_S <= x.hold_s <= HOLD_MAX_S
        assert PAUSE_MIN_S <= x.pause_s <= PAUSE_MAX_S
        assert 0 <= x.volume <= 100
        assert all(math.isfinite(v) for v in (x.hold_s, x.settle_s, x.pause_s, x.volume))
        assert x.pattern.cycle > 0 and isinstance(x.cues, CueSettings)
        assert 1 <= x.cues.interval_min <= 10
    json.dumps(p.to_json())  # whatever came in can be saved again (unknown keys as they were)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("fuzz") / "preferences.json"
    path.write_bytes(raw)
    check(prefs.load(path, "t").prefs)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(TOP_KEYS),
        json_values | st.lists(garbage_profile, max_size=4) | st.integers(-3, 5),
        max_size=8,
    )
)
def test_wrong_types_and_huge_numbers(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "preferences.json"
    path.write_text(json.dumps(data))
    result = prefs.load(path, "t")
    check(result.prefs)
    if "future" in data:
        # Unknown keys are kept (compared as JSON, where NaN equals NaN).
        assert json.dumps(result.prefs.extra["future"]) == json.dumps(data["future"])


halves = {
    k: st.integers(int(lo * 2), int(hi * 2)).map(lambda n: n / 2)
    for k, (lo, hi) in PATTERN_RANGES.items()
}
valid_profile = st.builds(
    Profile,
    id=st.sampled_from(["work", "bedtime", "custom-1", "custom-9"]),
    name=st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=20),
    hold_s=st.floats(HOLD_MIN_S, HOLD_MAX_S),
    pattern=st.builds(BreathPattern, **halves),
    settle_s=st.floats(0, 180),
    pause_s=st.floats(PAUSE_MIN_S, PAUSE_MAX_S),
    cues=st.builds(CueSettings, interval_min=st.integers(1, 10)),
    volume=st.floats(0, 100),
    theme=st.sampled_from(Theme),
    last_hold_s=st.none() | st.floats(HOLD_MIN_S, HOLD_MAX_S),
    extra=st.dictionaries(st.sampled_from(["future", "glow"]), st.integers() | st.text()),
)


@settings(max_examples=200, deadline=None)
@given(valid_profile, st.booleans(), st.booleans())
def test_every_valid_value_is_kept(tmp_path_factory, profile, follow, reduced):
    path = tmp_path_factory.mktemp("fuzz") / "preferences.json"
    p = prefs.Preferences(follow_system=follow, reduced_motion=reduced)
    p.put(profile)
    p.active_id = profile.id
    path.write_text(json.dumps(p.to_json()))
    assert prefs.load(path, "t").prefs == p


@settings(max_examples=200, deadline=None)
@given(valid_profile, st.dictionaries(st.sampled_from(PROFILE_KEYS[:5]), json_values))
def test_valid_keys_survive_invalid_neighbours(tmp_path_factory, profile, garbage):
    """Bad values beside good ones: each good one is kept, each bad one falls back."""
    path = tmp_path_factory.mktemp("fuzz") / "preferences.json"
    stored = {**to_json(profile), **garbage}
    path.write_text(json.dumps({"schema": 2, "profiles": [stored]}))
    loaded = prefs.load(path, "t").prefs.profile(profile.id)
    for key in ("hold_s", "settle_s", "pause_s", "volume", "last_hold_s", "pattern", "cues"):
        if key not in garbage:
            assert getattr(loaded, key) == getattr(profile, key), key


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
        '{"schema": 2, "profiles": [{"id": "work", "volume": 1'
        + "0" * 400
        + '}], "screening": "cleared", "screening_version": true}'
    )
    loaded = prefs.load(path, "t").prefs
    assert loaded.active.volume == 100.0 and not loaded.screened


# Numbers of every size where the file should hold one: a breath pattern, a routine's poses.
numbers = st.floats(allow_nan=True) | st.integers() | st.integers(10**300, 10**400)
number_places = st.fixed_dictionaries(
    {},
    optional={
        "pattern": st.dictionaries(st.sampled_from(list(PATTERN_RANGES)), numbers, max_size=4),
        "hold_s": numbers,
        "settle_s": numbers,
        "volume": numbers,
    },
)
routines = st.lists(
    st.fixed_dictionaries(
        {
            "id": st.sampled_from(["mine", "evening"]),
            "poses": st.lists(
                st.fixed_dictionaries({"pose": st.sampled_from(list(POSES)), "seconds": numbers}),
                max_size=4,
            ),
        }
    ),
    max_size=3,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(number_places, max_size=3), routines)
def test_numbers_of_any_size_where_numbers_belong(tmp_path_factory, profiles, routine_list):
    path = tmp_path_factory.mktemp("fuzz") / "preferences.json"
    data = {"schema": 2, "profiles": [{"id": "work", **p} for p in profiles]}
    path.write_text(json.dumps({**data, "routines": routine_list}))
    result = prefs.load(path, "t")
    check(result.prefs)
    for routine in result.prefs.routines:
        assert all(math.isfinite(item.duration_s) and item.duration_s > 0 for item in routine.items)
