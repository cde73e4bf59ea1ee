"""A call on the real PulseAudio rig holds a due bedtime reminder back (issue 23): a real
`parec` recording a real (null) source, seen by the real pactl detector through a real Desk,
asked by the real scheduler; only the clocks are the tests' own."""

from __future__ import annotations

import subprocess

from app.core.reminders import Kind
from app.platform.activity import Desk
from app.platform.activity.call import PulseCall
from app.platform.activity.command import runner

from ...e2e.audio_rig import PulseRig
from ...e2e.desktop import wait_for
from ...platform.activity.test_commands import pulse, recorded
from .test_at_desk import DeskRig
from .test_reminders import BEDTIME, at

__all__ = ["pulse"]  # the rig, a module fixture of the detector's own tests


def test_a_call_holds_the_bedtime_reminder_back_until_it_ends(harness, pulse: PulseRig):
    desk = Desk([PulseCall(runner(pulse.env))], clock=harness.clock.now)
    recorder = subprocess.Popen(
        ["parec", "-d", "microphone"], stdout=subprocess.DEVNULL, env=pulse.env
    )
    try:
        wait_for(lambda: "microphone" in recorded(pulse.env), 10, "the call", recorder)
        rig = DeskRig(harness, BEDTIME, at("21:40"), desk)
        rig.run(minutes=10)  # 21:45 passes during the call
        assert rig.offered == []
        assert rig.scheduler.state == "Waiting: a call is on"
    finally:
        recorder.terminate()
        recorder.wait(10)
    wait_for(lambda: "microphone" not in recorded(pulse.env), 10, "the end", pulse.procs[0])
    rig.run(minutes=1)
    assert [(r.kind, r.at) for r in rig.offered] == [(Kind.BEDTIME, at("21:45"))]
    rig.scheduler.timer.stop()
