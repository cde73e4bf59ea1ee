"""The installed app, in a real X server with a window manager, runs a whole session
(`viparita --start 10s`) with no input after "Begin"."""

from __future__ import annotations

import itertools
import math
import stat

import pytest
from PySide6.QtGui import QColor, QImage

from app.core.migrations import SCHEMA
from app.core.steps import EXIT_STEPS
from app.ui.style.theme import DAYLIGHT

from ..brightness import AVERAGE, BRIGHTEST, brightness
from ..expected import DEFAULT_CUES

pytestmark = pytest.mark.e2e


def colour_count(path, colour: str, tolerance: int = 6) -> int:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    target = QColor(colour)
    tr, tg, tb = target.red(), target.green(), target.blue()
    data = image.constBits().tobytes()  # BGRA per pixel
    count = 0
    for i in range(0, len(data), 4):
        b, g, r = data[i], data[i + 1], data[i + 2]
        if abs(r - tr) <= tolerance and abs(g - tg) <= tolerance and abs(b - tb) <= tolerance:
            count += 1
    return count


def circle_radius(path) -> float:
    return math.sqrt(colour_count(path, DAYLIGHT.breath) / math.pi)


def test_every_stage_ran_by_itself_in_order(recorded_session):
    stages = [m.split()[1] for m in recorded_session.messages() if m.startswith("stage ")]
    assert stages == ["settling", "hold", "exit", "seated_pause", "done"]
    actions = [m for m in recorded_session.messages() if m.startswith("action ")]
    assert actions == []  # nothing was pressed after Begin


def test_stage_durations_match_the_plan(recorded_session):
    clocks = recorded_session.stage_clocks()
    assert clocks["hold"] - clocks["settling"] == pytest.approx(5.0, abs=0.25)
    assert clocks["exit"] - clocks["hold"] == pytest.approx(10.0, abs=0.25)
    exit_total = sum(step.breaths for step in EXIT_STEPS) * 10.0
    assert clocks["seated_pause"] - clocks["exit"] == pytest.approx(exit_total, abs=0.5)


def test_seated_pause_lasted_at_least_thirty_seconds(recorded_session):
    fired = {name: at for name, _, at in recorded_session.cues()}
    pause = fired["pause_done"] - fired["pause_start"]
    assert 30.0 <= pause < 30.5


def test_each_exit_step_advanced_by_itself(recorded_session):
    steps = [m for m in recorded_session.messages() if m.startswith("exit step")]
    # By number alone: a step's name ("shake") would put a symptom in the log.
    assert steps == [f"exit step {i} of {len(EXIT_STEPS)}" for i in range(1, len(EXIT_STEPS) + 1)]
    cues = [c[0] for c in recorded_session.cues()]
    assert cues == DEFAULT_CUES
    for name, due, fired in recorded_session.cues():
        assert fired >= due, name


def test_breathing_circle_grows_and_shrinks(recorded_session):
    frames = recorded_session.frames
    radii = [circle_radius(path) for _, path in frames]
    # "stage hold" is logged before the hold page's first paint, so on a loaded machine
    # the first capture can still show the settling page: drop those, but only early ones.
    while radii and radii[0] == 0 and frames[0][0] < 1.0:
        frames, radii = frames[1:], radii[1:]
    assert len(frames) >= 8, f"only {len(frames)} frames captured during one breath cycle"
    assert min(radii) > 20, radii
    assert max(radii) / min(radii) >= 1.3, radii
    # Inhale first: the circle is larger about 4 s in than at the start of the hold.
    early = [r for (t, _), r in zip(frames, radii, strict=True) if t < 1.0]
    peak = [r for (t, _), r in zip(frames, radii, strict=True) if 3.0 < t < 5.0]
    assert early and peak and max(peak) > min(early) * 1.3


def test_each_screen_was_shown_and_differs(recorded_session):
    shots = recorded_session.shots
    expected = [f"entry-{n}" for n in range(1, 7)] + [
        "settling",
        "hold",
        "exit-1",
        "exit-2",
        "exit-3",
        "seated-pause",
        "done",
    ]
    assert set(expected) <= set(shots)
    images = {name: QImage(str(shots[name])) for name in expected}
    for name, image in images.items():
        assert image.width() >= 720 and image.height() >= 480, name
    names = list(images)
    for a, b in itertools.pairwise(names):
        assert images[a] != images[b], f"{a} and {b} look the same"


def test_chimes_stay_on_time_while_the_window_is_minimised(recorded_session):
    rec = recorded_session
    assert rec.minimised_until > rec.minimised_from > 0
    during = [
        (c, fired - due)
        for c, due, fired in rec.cues()
        if rec.minimised_from < fired <= rec.minimised_until
    ]
    assert [c for c, _ in during] == ["exit_step", "pause_start"]
    assert all(late < 0.05 for _, late in during), during


def test_only_the_hold_shows_the_breathing_circle(recorded_session):
    shots = recorded_session.shots
    assert circle_radius(shots["hold"]) > 20
    for name in ("entry-1", "settling", "exit-1", "seated-pause", "done"):
        assert colour_count(shots[name], DAYLIGHT.breath) < 200, name


def test_app_quits_cleanly_and_remembers_the_hold(recorded_session):
    assert recorded_session.exit_code == 0, recorded_session.stderr[-2000:]
    # The run began from a schema-1 file: it comes back as the current schema, its settings
    # now the work-break profile, with the hold remembered there.
    after = recorded_session.prefs_after
    assert after["schema"] == SCHEMA and after["active_profile"] == "work"
    work = after["profiles"][0]
    assert work["id"] == "work" and work["last_hold_s"] == 10.0
    assert work["settle_s"] == recorded_session.plan.settle_s
    assert stat.S_IMODE(recorded_session.prefs_mode) == 0o600
    assert "Traceback" not in recorded_session.stderr
    assert not [ln for ln in recorded_session.log_lines if " ERROR " in ln]


def test_no_screen_of_the_real_bedtime_session_is_bright(quiet_session):
    shots = quiet_session.shots
    assert {"settling", "hold", "exit-1", "seated-pause", "done"} <= set(shots)
    for name, path in shots.items():
        brightest, average = brightness(QImage(str(path)))
        print(f"bedtime {name}: brightest {brightest:.3f}, average {average:.3f}")
        assert brightest < BRIGHTEST and average < AVERAGE, name


def test_sleep_is_held_off_from_the_hold_to_the_end_of_the_pause(recorded_session):
    """The stand-in logind on the desktop's bus saw one Inhibit and, after the pause, the
    descriptor closed: the request is the app's real one, released for real."""
    rec = recorded_session
    assert [e["event"] for e in rec.logind] == ["ready", "inhibit", "release"]
    inhibit = rec.logind[1]
    assert (inhibit["what"], inhibit["who"], inhibit["mode"]) == ("sleep:idle", "Viparita", "block")
    messages = rec.messages()

    def first(prefix: str) -> int:
        return next(i for i, m in enumerate(messages) if m.startswith(prefix))

    assert first("stage hold") < first("sleep held off through logind") < first("stage exit")
    assert first("stage done") < first("sleep allowed again (logind)")
