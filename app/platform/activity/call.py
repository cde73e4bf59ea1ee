"""Whether a call is on: a program records from a microphone (Linux, PulseAudio or PipeWire).

`pactl list short source-outputs` lists the recording streams and the source each one
records from; `pactl list short sources` names the sources. A stream on a real source is a
call (or a voice recorder: either way not a moment for a reminder). A stream on a monitor
source (`<sink>.monitor`, what is being played) is not: screen recorders and level meters
do that. The short listings are tab-separated and the same in every pactl version and in
PipeWire's; pactl is a process spawned, so at most once a minute (min_interval_s) and only
while a reminder is due.

Not available: the camera. No desktop service says which program uses it; finding out means
reading every process's open files.
"""

from __future__ import annotations

from .base import CannotTell, Concern, Polled, short
from .command import SPAWN_INTERVAL_S, Run

OUTPUTS = ("pactl", "list", "short", "source-outputs")
SOURCES = ("pactl", "list", "short", "sources")


class PulseCall(Polled):
    concern = Concern.CALL
    way = "PulseAudio source outputs (pactl)"
    min_interval_s = SPAWN_INTERVAL_S

    def __init__(self, run: Run) -> None:
        self._run = run

    def read(self) -> bool:
        recorded = {int(fields[1]) for fields in _rows(self._run(OUTPUTS), OUTPUTS)}
        if not recorded:
            return False  # the usual case: one process, not two
        names = {int(fields[0]): fields[1] for fields in _rows(self._run(SOURCES), SOURCES)}
        # A source gone since the first listing records nothing any more.
        return any(not names[index].endswith(".monitor") for index in recorded if index in names)


def _rows(output: str, command: tuple[str, ...]) -> list[list[str]]:
    """The listing's rows, each starting with two fields of which the first is a number
    (and for source outputs the second too), or CannotTell."""
    rows = []
    for line in output.splitlines():
        if not line.strip():
            continue
        fields = line.split("\t")
        numbers = fields[:2] if command == OUTPUTS else fields[:1]
        if (
            len(fields) < 2
            or not all(f.isascii() and f.isdigit() for f in numbers)
            or not fields[1]
        ):
            raise CannotTell(f"{' '.join(command)} said {short(line)}, not a listing")
        rows.append(fields)
    return rows
