"""The detectors that ask a command: a call, from pactl on a real PulseAudio (the e2e audio
rig, with a null source for a microphone), and GNOME's show-banners from a real gsettings
(its keyfile backend in a folder of the test's own). Only garbage from pactl is injected:
a fault no real pactl can be made to give."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from app.platform.activity import CannotTell, Concern, Desk
from app.platform.activity.call import PulseCall
from app.platform.activity.command import SPAWN_INTERVAL_S, runner
from app.platform.activity.do_not_disturb import SHOW_BANNERS, GnomeShowBanners

from ...e2e.audio_rig import PulseRig
from ...e2e.desktop import need, wait_for


@pytest.fixture(scope="module")
def pulse(tmp_path_factory) -> Iterator[PulseRig]:
    """PulseAudio with the rig's parec recording its sink's monitor, and a null source."""
    need("pactl")
    with PulseRig(tmp_path_factory.mktemp("pulse"), dict(os.environ)) as rig:
        for command in (
            ["load-module", "module-null-source", "source_name=microphone"],
            # A new source becomes the default, and PulseAudio moves the streams that did not
            # insist on theirs to it: the rig's monitor recording is moved back.
            ["set-default-source", "capture.monitor"],
        ):
            subprocess.run(["pactl", *command], env=rig.env, check=True, capture_output=True)
        yield rig


def recorded(env: dict[str, str]) -> list[str]:
    """The names of the sources being recorded from, as pactl tells them."""

    def listing(what: str) -> list[list[str]]:
        out = subprocess.run(
            ["pactl", "list", "short", what], env=env, capture_output=True, text=True
        )
        return [line.split("\t") for line in out.stdout.splitlines()]

    names = {fields[0]: fields[1] for fields in listing("sources")}
    return sorted(names.get(fields[1], "?") for fields in listing("source-outputs"))


def test_recording_a_monitor_is_no_call_and_recording_a_microphone_is(pulse: PulseRig):
    call = PulseCall(runner(pulse.env))
    # The rig's own parec records the monitor of the sink: a stream, and not a call.
    wait_for(
        lambda: recorded(pulse.env) == ["capture.monitor"],
        10,
        "the monitor recording",
        pulse.procs[0],
    )
    assert call.read() is False
    recorder = subprocess.Popen(
        ["parec", "-d", "microphone"], stdout=subprocess.DEVNULL, env=pulse.env
    )
    try:
        wait_for(call.read, 10, "the recording to be seen as a call", recorder)
        assert recorded(pulse.env) == ["capture.monitor", "microphone"]
    finally:
        recorder.terminate()
        recorder.wait(10)
    wait_for(lambda: not call.read(), 10, "the call to end", pulse.procs[0])


def test_a_pulseaudio_that_is_not_there_cannot_tell(tmp_path: Path):
    need("pactl")
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path / 'none'}"}
    with pytest.raises(CannotTell, match=r"pactl list short source-outputs failed \(1\)"):
        PulseCall(runner(env)).read()


def test_without_pactl_it_says_so(tmp_path: Path):
    with pytest.raises(CannotTell, match="pactl is not installed"):
        PulseCall(runner({"PATH": str(tmp_path)})).read()


def answers(listings: dict[str, str]):
    """pactl as injected output: the listing for each command."""

    def run(args: Sequence[str]) -> str:
        return listings[args[-1]]

    return run


@pytest.mark.parametrize(
    "garbage",
    [
        "Source Output #0\n\tDriver: protocol-native.c\n",  # the long listing
        "0\tzero\n",  # a source that is not a number
        "0\n",  # one field
        "٣\t٣\tclient\n",  # digits, but not ASCII ones
        "\x00\x01\x02",
    ],
)
def test_garbage_from_pactl_cannot_tell_and_says_what_it_got(garbage: str):
    call = PulseCall(answers({"source-outputs": garbage, "sources": ""}))
    with pytest.raises(CannotTell, match="not a listing"):
        call.read()


def test_garbage_in_the_sources_listing_cannot_tell():
    call = PulseCall(answers({"source-outputs": "0\t1\t2\tx\ty\n", "sources": "mic\t1\n"}))
    with pytest.raises(CannotTell, match="pactl list short sources said 'mic"):
        call.read()


def test_pactl_garbage_is_logged_once_and_asked_at_most_once_a_minute(caplog):
    spawned: list[Sequence[str]] = []

    def garbage(args: Sequence[str]) -> str:
        spawned.append(args)
        return "Segmentation fault\n"

    now = [0.0]
    desk = Desk([PulseCall(garbage)], clock=lambda: now[0])
    caplog.set_level(logging.WARNING, logger="app.platform.activity")
    for step in range(30):
        now[0] = step * 60.0
        assert desk.look({Concern.CALL}).unknown == {Concern.CALL}
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "Segmentation fault" in warnings[0]
    assert len(spawned) == 3  # at 0, then after each ten-minute rest


def test_a_call_is_asked_at_most_once_a_minute():
    spawned: list[Sequence[str]] = []

    def no_streams(args: Sequence[str]) -> str:
        spawned.append(args)
        return ""

    now = [0.0]
    desk = Desk([PulseCall(no_streams)], clock=lambda: now[0])
    for t in (0.0, 10.0, SPAWN_INTERVAL_S - 1):
        now[0] = t
        assert desk.look({Concern.CALL}).conditions == frozenset()
    assert len(spawned) == 1  # one process, and the answer kept for a minute
    now[0] = SPAWN_INTERVAL_S
    desk.look({Concern.CALL})
    assert len(spawned) == 2


@pytest.fixture
def gsettings(tmp_path: Path) -> dict[str, str]:
    """A real gsettings whose settings live in a keyfile of this test's own."""
    need("gsettings")
    env = {**os.environ, "GSETTINGS_BACKEND": "keyfile", "XDG_CONFIG_HOME": str(tmp_path)}
    probe = subprocess.run(list(SHOW_BANNERS), env=env, capture_output=True, text=True)
    if probe.returncode != 0:
        message = f"needs GNOME's notification schema: {probe.stderr.strip()}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return env


def test_gnome_without_banners_is_do_not_disturb(gsettings: dict[str, str]):
    banners = GnomeShowBanners(runner(gsettings))
    assert banners.read() is False
    key = SHOW_BANNERS[2:]
    subprocess.run(["gsettings", "set", *key, "false"], env=gsettings, check=True)
    assert banners.read() is True


def test_gsettings_without_the_schema_cannot_tell(tmp_path: Path):
    need("gsettings")
    env = {**os.environ, "GSETTINGS_SCHEMA_DIR": str(tmp_path), "XDG_DATA_DIRS": str(tmp_path)}
    with pytest.raises(CannotTell, match=r"gsettings get .* failed"):
        GnomeShowBanners(runner(env)).read()


def test_gsettings_garbage_cannot_tell():
    with pytest.raises(CannotTell, match="answered 'maybe'"):
        GnomeShowBanners(lambda args: "maybe\n").read()


def test_a_command_that_hangs_is_given_up(tmp_path: Path):
    """A pactl that never answers (a stand-in script named pactl) is given up after the
    runner's timeout (made short here), with a message."""
    fake = tmp_path / "pactl"
    fake.write_text(f"#!/bin/sh\nexec {shutil.which('sleep') or '/bin/sleep'} 600\n")
    fake.chmod(0o755)
    with pytest.raises(CannotTell, match=r"pactl list short source-outputs did not answer"):
        PulseCall(runner({"PATH": str(tmp_path)}, timeout_s=0.2)).read()
