import json
import os
import stat

import pytest

from app.core import preferences as prefs
from app.core.breathing import BreathPattern
from app.core.preferences import Preferences
from app.storage import preferences_file
from app.storage.preferences_store import PreferencesStore


def test_round_trip_keeps_unknown_keys(tmp_path):
    path = tmp_path / "cfg" / "preferences.json"
    path.parent.mkdir()
    profile = {"id": "work", "hold_s": 300, "future_profile_key": 7}
    data = {"schema": 2, "profiles": [profile], "future_key": {"a": 1}}
    path.write_text(json.dumps(data))
    loaded = preferences_file.load(path, "x").prefs
    assert loaded.active.hold_s == 300
    preferences_file.save(path, loaded)
    data = json.loads(path.read_text())
    assert data["future_key"] == {"a": 1}
    assert data["profiles"][0]["future_profile_key"] == 7
    assert data["schema"] == prefs.SCHEMA


def test_missing_file_gives_defaults(tmp_path):
    result = preferences_file.load(tmp_path / "none.json", "x")
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
    assert getattr(preferences_file.load(path, "x").prefs.active, key) == expected
    if value != expected:
        assert any(key in r.getMessage() for r in caplog.records if r.levelname == "WARNING")


def test_extreme_breath_values_are_clamped_not_fatal(tmp_path):
    """Rounding to the pattern's step came before the clamp: 1e308 made round() raise."""
    path = tmp_path / "p.json"
    pattern = {"inhale": 1e308, "exhale": -1e308, "hold_in": 10**400, "hold_out": 2.3}
    path.write_text(json.dumps({"schema": 2, "profiles": [{"id": "work", "pattern": pattern}]}))
    active = preferences_file.load(path, "x").prefs.active.pattern
    assert (active.inhale, active.exhale) == (15.0, 1.0)
    assert active.hold_in == BreathPattern().hold_in  # not a number: the default
    assert active.hold_out == 2.5


def test_unknown_screening_answer_asks_again(tmp_path, caplog):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"screening": "glaucoma-maybe", "screening_version": 1}))
    assert not preferences_file.load(path, "x").prefs.screened
    assert "screening" in caplog.text and "glaucoma" not in caplog.text, "no answer in the log"


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[" * 100000, b""])
def test_unparseable_file_is_moved_aside(tmp_path, content):
    path = tmp_path / "preferences.json"
    path.write_bytes(content)
    result = preferences_file.load(path, "20261121-101010")
    assert result.prefs == Preferences()
    assert result.moved_aside == tmp_path / "preferences.json.corrupt-20261121-101010"
    assert result.moved_aside.read_bytes() == content
    assert not path.exists()


def test_save_is_private(tmp_path):
    path = tmp_path / "new" / "preferences.json"
    preferences_file.save(path, Preferences())
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["preferences.json"]


def test_lone_surrogates_in_names_are_replaced_on_load(tmp_path):
    """A lone surrogate ("\\ud83d") is valid JSON but not text: the profile loaded, then its
    history row raised UnicodeEncodeError. Every string is cleaned once, in one place, so ids
    that refer to one another still match."""
    mine = {"id": "me\ud83d", "name": "Evening \ud83d", "hold_s": 600}
    routine = {
        "id": "r\udc00",
        "name": "\ud83d\ud83d",
        "poses": [{"pose": "corpse", "seconds": 60}],
    }
    data = {"schema": 2, "profiles": [mine], "active_profile": "me\ud83d", "routines": [routine]}
    data.update(routine="r\udc00", screening="cleared", screening_at="2026\udc00")
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps(data))  # ASCII, the surrogates as \u escapes
    loaded = preferences_file.load(path, "x").prefs
    assert (loaded.active.id, loaded.active.name) == ("me\ufffd", "Evening \ufffd")
    assert (loaded.routine.id, loaded.routine.name) == ("r\ufffd", "\ufffd\ufffd")
    assert loaded.screening_at == "2026\ufffd"
    json.dumps(loaded.to_json(), ensure_ascii=False).encode("utf-8")  # all of it is text


def test_a_value_nested_too_deep_to_write_again_is_left_out(tmp_path, caplog):
    """A newer version's key nested 900 levels deep loaded, and then every save raised
    RecursionError, as json.dumps ran out of stack below the app's own calls."""
    path = tmp_path / "preferences.json"
    deep = "[" * 900 + "]" * 900
    path.write_text(f'{{"schema": 2, "follow_system": false, "future": {deep}, "kept": [[1]]}}')
    store = PreferencesStore(path)
    assert store.moved_aside is None and not store.prefs.follow_system
    assert store.prefs.extra["kept"] == [[1]]

    def save_from_deep_in_the_app(frames: int) -> bool:
        return save_from_deep_in_the_app(frames - 1) if frames else store.save()

    assert save_from_deep_in_the_app(150)
    assert not json.loads(path.read_text())["follow_system"]
    assert any("levels deep" in r.getMessage() for r in caplog.records)


# --- a linked file, a folder made read-only ---------------------------------------------------


def _dotfiles(tmp_path):
    """preferences.json in the config folder as a relative link into a dotfiles repository."""
    config, dotfiles = tmp_path / "config", tmp_path / "dotfiles" / "viparita"
    config.mkdir(mode=0o700)
    dotfiles.mkdir(parents=True)
    target = dotfiles / "preferences.json"
    (config / "preferences.json").symlink_to("../dotfiles/viparita/preferences.json")
    return config / "preferences.json", target


def test_a_linked_file_stays_a_link_and_its_target_is_replaced_atomically(tmp_path):
    """The save replaced the link with a file: dotfiles kept in a repository lost the link."""
    link, target = _dotfiles(tmp_path)
    target.write_text(json.dumps({"schema": 2, "follow_system": False}))
    before = target.stat().st_ino
    store = PreferencesStore(link)
    assert not store.prefs.follow_system
    store.prefs.reduced_motion = True
    assert store.save()
    assert link.is_symlink() and os.readlink(link) == "../dotfiles/viparita/preferences.json"
    assert json.loads(target.read_text())["reduced_motion"] is True
    assert target.stat().st_ino != before  # a new file renamed over it, not written in place
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(link.parent) == ["preferences.json"]  # nothing left behind, either side
    assert os.listdir(target.parent) == ["preferences.json"]


def test_a_link_to_a_file_not_there_yet_makes_it(tmp_path):
    link, target = _dotfiles(tmp_path)
    assert PreferencesStore(link).save()
    assert link.is_symlink() and json.loads(target.read_text())["schema"] == prefs.SCHEMA


def test_an_unreadable_file_behind_a_link_is_set_aside_beside_it_and_the_link_kept(tmp_path):
    """The link itself was renamed aside, and the next save put a file in its place."""
    link, target = _dotfiles(tmp_path)
    target.write_text("{not json")
    result = preferences_file.load(link, "20260302-215000")
    assert result.moved_aside == target.with_name("preferences.json.corrupt-20260302-215000")
    assert result.moved_aside.read_text() == "{not json"
    preferences_file.save(link, result.prefs)
    assert link.is_symlink() and json.loads(target.read_text())["schema"] == prefs.SCHEMA


def test_a_folder_made_read_only_is_left_so_and_said_once(tmp_path, caplog):
    """It was made 0700 again and written. The decision reads the folder's mode, so it holds
    for root too, whom the system would let write: these tests run as root."""
    path = tmp_path / "config" / "preferences.json"
    path.parent.mkdir(mode=0o700)
    path.write_text(json.dumps({"schema": 2, "follow_system": False}))
    before = path.read_bytes()
    path.parent.chmod(0o500)
    told = []
    try:
        store = PreferencesStore(path, on_read_only=told.append)
        store.prefs.reduced_motion = True
        assert [store.save() for _ in range(3)] == [False, False, False]
        assert told == [str(path.parent)], "the person is told once"
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o500
        assert path.read_bytes() == before and os.listdir(path.parent) == ["preferences.json"]
        said = [r.getMessage() for r in caplog.records if "read-only" in r.getMessage()]
        assert said == [
            f"preferences are not saved, as {path.parent} is read-only; they are kept in "
            "memory while the app runs"
        ]
        assert store.prefs.reduced_motion  # the app goes on with what was chosen
    finally:
        path.parent.chmod(0o700)
    assert store.save()  # writable again: saved, with what was kept in memory
    assert json.loads(path.read_text())["reduced_motion"] is True


def test_a_file_made_read_only_is_left_as_it_is(tmp_path):
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"schema": 2, "follow_system": False}))
    path.chmod(0o400)
    store = PreferencesStore(path)
    store.prefs.follow_system = True
    assert not store.save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o400
    assert json.loads(path.read_text())["follow_system"] is False


def test_an_unreadable_file_in_a_read_only_folder_stays_where_it_is(tmp_path):
    path = tmp_path / "config" / "preferences.json"
    path.parent.mkdir(mode=0o700)
    path.write_text("{not json")
    path.parent.chmod(0o500)
    try:
        result = preferences_file.load(path, "20260302-215000")
    finally:
        path.parent.chmod(0o700)
    assert result.moved_aside is None and result.prefs == Preferences()
    assert os.listdir(path.parent) == ["preferences.json"]


@pytest.mark.parametrize(("before", "after"), [(0o755, 0o700), (0o555, 0o500), (0o700, 0o700)])
def test_a_folder_loses_access_for_others_and_keeps_its_owners_own(tmp_path, before, after):
    folder = tmp_path / "config"
    folder.mkdir()
    folder.chmod(before)
    try:
        preferences_file.ensure_private_dir(folder)
        assert stat.S_IMODE(folder.stat().st_mode) == after
    finally:
        folder.chmod(0o700)
