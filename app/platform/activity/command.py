"""Running a desktop's command-line tool (pactl, gsettings) for a detector.

A command is a process spawned, so detectors that use one keep their answer a minute
(min_interval_s), and the caller asks them only while a reminder is due or held back.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Mapping, Sequence

from .base import CannotTell, short

TIMEOUT_S = 2.0  # these tools answer at once; one that hangs must not hold the app
SPAWN_INTERVAL_S = 60.0  # a detector that spawns is asked at most once a minute

Run = Callable[[Sequence[str]], str]


def runner(environment: Mapping[str, str] | None = None, timeout_s: float = TIMEOUT_S) -> Run:
    """A function that runs a command and gives its output, or raises CannotTell."""

    def run(args: Sequence[str]) -> str:
        what = " ".join(args)
        try:
            done = subprocess.run(
                list(args),
                capture_output=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout_s,
                env=None if environment is None else dict(environment),
                check=False,
            )
        except FileNotFoundError:
            raise CannotTell(f"{args[0]} is not installed") from None
        except subprocess.TimeoutExpired:
            raise CannotTell(f"{what} did not answer within {timeout_s:g} s") from None
        except OSError as error:
            raise CannotTell(f"{what} could not run ({error.strerror})") from None
        if done.returncode != 0:
            raise CannotTell(f"{what} failed ({done.returncode}): {short(done.stderr.strip())}")
        return done.stdout

    return run
