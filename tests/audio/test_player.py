"""The player against the real helper process and real ALSA configurations."""

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.audio.player import ChimePlayer, SoundOff
from app.paths import assets_dir
from tests.hostile import HOSTILE_MODULES, as_installed, built_command, hostile_folder, imported

SOUNDS = assets_dir() / "sounds"


def alsa(tmp_path: Path, body: str) -> str:
    path = tmp_path / f"asound-{abs(hash(body))}.conf"
    path.write_text(body)
    return str(path)


def file_device(tmp_path: Path, target: Path) -> str:
    return alsa(
        tmp_path,
        f"pcm.!default {{ type file slave.pcm {{ type null }} "
        f'file "{target}" format "wav" truncate false }}\n',
    )


@pytest.fixture
def player(qtbot):
    made = []

    def make(**kw):
        p = ChimePlayer(SOUNDS, **kw)
        made.append(p)
        return p

    yield make
    for p in made:
        p._kill()
        p.deleteLater()


def test_a_chime_is_played_through_the_device(qtbot, tmp_path, monkeypatch, player):
    monkeypatch.setenv("ALSA_CONFIG_PATH", file_device(tmp_path, tmp_path / "out.wav"))
    p = player()
    p.start()
    with qtbot.waitSignal(p.played, timeout=10_000) as played:
        p.play("hold_start")
    assert played.args == ["hold_start"]
    assert p.silent_reason is None
    qtbot.waitUntil(lambda: (tmp_path / "out.wav").exists(), timeout=5000)


@pytest.mark.parametrize("module", HOSTILE_MODULES)
def test_the_helper_runs_no_code_from_the_folder_the_app_started_in(
    qtbot, tmp_path, monkeypatch, player, module
):
    """The helper is a child process: the folder the app was launched from is not on its
    import path, and it still finds the real app package."""
    folder, markers = hostile_folder(tmp_path, module)
    monkeypatch.chdir(folder)
    monkeypatch.setenv("ALSA_CONFIG_PATH", file_device(tmp_path, tmp_path / "out.wav"))
    p = player()
    p.start()
    with qtbot.waitSignal(p.played, timeout=10_000):
        p.play("hold_start")
    assert p.silent_reason is None
    assert imported(markers) == []


def test_the_helper_is_the_one_of_the_name_the_app_runs_under(tmp_path):
    """Installed, the app is `viparita`: its helper is `viparita.audio.helper`, never the
    `app.audio.helper` of another project's `app` package beside it."""
    folder, markers = as_installed(tmp_path)
    helper = built_command(sys.executable, "viparita.audio.player:helper_command", tmp_path, folder)
    requests = json.dumps({"load": str(SOUNDS)}) + "\n" + json.dumps({"quit": True}) + "\n"
    done = subprocess.run(helper, input=requests, capture_output=True, text=True, timeout=60)
    assert imported(markers) == []
    assert done.returncode == 0, done.stderr
    assert "hold_start" in json.loads(done.stdout.splitlines()[0])["ready"]


def test_no_device_goes_silent_and_pulses(qtbot, tmp_path, monkeypatch, player):
    monkeypatch.setenv("ALSA_CONFIG_PATH", alsa(tmp_path, "# no pcm at all\n"))
    p = player()
    p.ack_timeout_ms = 200
    changes, pulses = [], []
    p.soundChanged.connect(lambda *a: changes.append(a))
    p.pulse.connect(pulses.append)
    p.start()
    with qtbot.waitSignal(p.pulse, timeout=10_000):
        p.play("hold_start")
    # An answered request is not a hang: the watchdog must not fire afterwards.
    with qtbot.assertNotEmitted(p.soundChanged, wait=400):
        pass
    assert p.silent_reason is SoundOff.NO_DEVICE
    assert changes == [(False, "no-device")]
    assert pulses == ["hold_start"]


def test_a_device_that_comes_back_is_used_at_the_next_cue(qtbot, tmp_path, monkeypatch, player):
    monkeypatch.setenv("ALSA_CONFIG_PATH", alsa(tmp_path, "pcm.!default { type hw card 9 }\n"))
    p = player()
    p.start()
    with qtbot.waitSignal(p.soundChanged, timeout=10_000):
        p.play("exit_step")
    monkeypatch.setenv("ALSA_CONFIG_PATH", file_device(tmp_path, tmp_path / "back.wav"))
    with qtbot.waitSignal(p.soundChanged, timeout=10_000) as back:
        p.play("exit_step")
    assert back.args == [True, ""]
    assert p.silent_reason is None


def test_simpleaudio_missing(qtbot, tmp_path, monkeypatch, player):
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "simpleaudio.py").write_text("raise ImportError('No module named simpleaudio')\n")
    monkeypatch.setenv("PYTHONPATH", str(shadow))
    p = player()
    with qtbot.waitSignal(p.soundChanged, timeout=10_000) as changed:
        p.start()
    assert changed.args == [False, "no-library"]
    pulses = []
    p.pulse.connect(pulses.append)
    p.play("hold_start")
    # At once, not after a fresh helper has failed again: the library will not appear
    # mid-session, and the app may be quitting right after the last chime.
    assert pulses == ["hold_start"]


def test_helper_killed(qtbot, tmp_path, monkeypatch, player):
    monkeypatch.setenv("ALSA_CONFIG_PATH", file_device(tmp_path, tmp_path / "out.wav"))
    p = player()
    p.start()
    with qtbot.waitSignal(p.played, timeout=10_000):
        p.play("exit_step")
    with qtbot.waitSignal(p.soundChanged, timeout=10_000) as changed:
        os.kill(p.helper_pid(), signal.SIGKILL)
    assert changed.args == [False, "stopped"]
    with qtbot.waitSignal(p.played, timeout=10_000):
        p.play("exit_step")  # a fresh helper at the next cue
    assert p.silent_reason is None


def test_a_device_that_hangs_is_abandoned(qtbot, tmp_path, monkeypatch, player):
    # A sound server that takes the connection and never answers: opening the device hangs.
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "silent.sock"))
    server.listen(8)
    body = f'pcm.!default {{ type pulse server "unix:{tmp_path / "silent.sock"}" }}\n'
    monkeypatch.setenv("ALSA_CONFIG_PATH", alsa(tmp_path, body))
    p = player()
    p.ack_timeout_ms = 1500
    p.start()
    with qtbot.waitSignals([p.soundChanged, p.pulse], timeout=10_000):
        p.play("hold_start")
    assert p.silent_reason is SoundOff.NOT_RESPONDING
    assert p.helper_pid() is None
    server.close()


def test_missing_sounds_folder(qtbot, tmp_path, player):
    p = ChimePlayer(tmp_path / "nowhere")
    with qtbot.waitSignal(p.soundChanged, timeout=1000) as changed:
        p.start()
    assert changed.args == [False, "no-sounds"]
