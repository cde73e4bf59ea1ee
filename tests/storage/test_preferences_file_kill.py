"""Killing the process in the middle of a save leaves the old file or the new one, never a
broken one: a child saves in a loop and is killed with SIGKILL at random moments."""

import json
import random
import signal
import subprocess
import sys
import textwrap

from app.core import preferences as prefs
from app.storage import preferences_file

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.core import preferences as prefs
    from app.storage import preferences_file

    path = Path(sys.argv[1])
    n = 0
    print("ready", flush=True)
    while True:
        p = prefs.Preferences(reduced_motion=bool(n % 2), extra={"padding": "x" * 200_000, "n": n})
        preferences_file.save(path, p)
        n += 1
    """
)


def test_kill_9_during_saves_never_leaves_a_broken_file(tmp_path):
    path = tmp_path / "cfg" / "preferences.json"
    preferences_file.save(
        path, prefs.Preferences(reduced_motion=True, extra={"padding": "", "n": -1})
    )
    rng = random.Random(1234)
    seen = set()
    for _ in range(30):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout.readline().strip() == "ready"
        try:
            child.wait(timeout=rng.uniform(0.005, 0.08))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            child.wait()
        data = json.loads(path.read_text())  # never half a file
        assert data["reduced_motion"] == bool(data["n"] % 2)  # one save, whole
        assert data["padding"] in ("", "x" * 200_000)
        seen.add(data["n"])
        result = preferences_file.load(path, "t")
        assert result.moved_aside is None
    assert len(seen) > 5  # the kills really landed at many different points
    # A kill between writing and renaming leaves a temporary file; the next load clears them.
    preferences_file.load(path, "t")
    assert [p.name for p in path.parent.iterdir()] == ["preferences.json"]
