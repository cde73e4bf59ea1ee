"""The time zone watch, on a real directory with a real link replaced the way timedatectl
replaces /etc/localtime; and the system wall clock's arithmetic."""

import logging
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.platform.local_time import SystemWall, TimeZoneWatch


def relink(link: Path, target: Path) -> None:
    """A new link put in place by a rename, as systemd does it."""
    tmp = link.with_name(".localtime.new")
    os.symlink(target, tmp)
    os.replace(tmp, link)


@pytest.fixture
def zones(tmp_path) -> tuple[Path, Path, Path]:
    etc = tmp_path / "etc"
    etc.mkdir()
    berlin, new_york = tmp_path / "Berlin", tmp_path / "New_York"
    berlin.write_bytes(b"TZif-berlin")
    new_york.write_bytes(b"TZif-new-york")
    link = etc / "localtime"
    os.symlink(berlin, link)
    return link, berlin, new_york


def test_a_replaced_zone_link_is_told(qtbot, zones):
    link, _berlin, new_york = zones
    watch = TimeZoneWatch(link)
    assert watch.watching
    with qtbot.waitSignal(watch.changed, timeout=5000):
        relink(link, new_york)


def test_other_changes_in_the_directory_are_not_a_new_zone(qtbot, zones):
    link, _berlin, _new_york = zones
    watch = TimeZoneWatch(link)
    told: list[bool] = []
    watch.changed.connect(lambda: told.append(True))
    with qtbot.waitSignal(watch._watcher.directoryChanged, timeout=5000):
        (link.parent / "hostname").write_text("calm\n")
    assert told == []


def test_a_missing_directory_is_logged_not_fatal(tmp_path, caplog):
    with caplog.at_level(logging.INFO):
        watch = TimeZoneWatch(tmp_path / "nowhere" / "localtime")
    assert not watch.watching
    assert "cannot watch" in caplog.text


def test_the_system_wall_counts_to_a_local_time():
    wall = SystemWall()
    soon = wall.now() + timedelta(minutes=5)
    assert 290 < wall.seconds_until(soon) <= 300
    assert wall.now().tzinfo is None
    assert abs((wall.now() - datetime.now()).total_seconds()) < 60
