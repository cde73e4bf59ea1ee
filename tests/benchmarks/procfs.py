"""What the kernel says about a process: CPU time, wake-ups and memory, from /proc."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Usage:
    """Totals over every thread of a process and of its descendants, at one moment."""

    cpu_ns: int  # time on a CPU (schedstat's first field)
    wakeups: int  # voluntary context switches: the thread slept and was woken

    def __sub__(self, other: Usage) -> Usage:
        return Usage(self.cpu_ns - other.cpu_ns, self.wakeups - other.wakeups)


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except (FileNotFoundError, ProcessLookupError):
        return ""  # the thread or process ended in the meantime


def descendants(pid: int) -> list[int]:
    """The process and, recursively, its children (the app's sound helper among them)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        # The name, in brackets, may hold spaces: the fields after its closing one are fixed.
        fields = _read(stat).rpartition(")")[2].split()
        if fields:
            parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, queue = [], [pid]
    while queue:
        found.append(queue.pop())
        queue += parents.get(found[-1], [])
    return found


def usage(pid: int, with_children: bool = True) -> Usage:
    # /proc/PID/schedstat and status count the main thread only: every task is read.
    cpu = wakeups = 0
    for proc in descendants(pid) if with_children else [pid]:
        for task in Path(f"/proc/{proc}/task").glob("*"):
            stat = _read(task / "schedstat").split()
            cpu += int(stat[0]) if stat else 0
            wakeups += status_field(_read(task / "status"), "voluntary_ctxt_switches")
    return Usage(cpu, wakeups)


def status_field(text: str, name: str) -> int:
    for line in text.splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    return 0


def memory_kib(pid: int, field: str) -> int:
    """VmRSS (resident now) or VmHWM (peak resident) of one process, in KiB."""
    return status_field(_read(Path(f"/proc/{pid}/status")), field)


def total_rss_kib(pid: int) -> int:
    return sum(memory_kib(p, "VmRSS") for p in descendants(pid))


def cpu_model() -> str:
    for line in _read(Path("/proc/cpuinfo")).splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown CPU"


def machine() -> str:
    return f"{cpu_model()}, {os.cpu_count()} cores, Linux {os.uname().release}"
