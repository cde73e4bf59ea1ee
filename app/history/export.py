"""The history as CSV (for a spreadsheet) and as JSON (`viparita stats --json`)."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..core import past_sessions as history
from ..core.past_sessions import SessionRecord
from ..core.validate import finite

CSV_COLUMNS = (
    "started_at",
    "profile",
    "planned_min",
    "held_min",
    "ending",
    "breath_pattern",
    "comfort",
    "reported_afterwards",
)


# What makes a spreadsheet read a text cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _minutes(seconds: float | None) -> float | str:
    """A number, so the writer leaves it unquoted: a spreadsheet reads it as one."""
    value = finite(seconds)
    return "" if value is None else round(value / 60, 1)


def _text(value: str) -> str:
    """A name (or a tampered pattern) that a spreadsheet would run as a formula gets a
    leading single quote; the writer quotes every text cell as well (QUOTE_NONNUMERIC)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def to_csv(records: Sequence[SessionRecord]) -> str:
    """Plain values a spreadsheet reads as they are: ISO times, minutes with a point."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow(
            (
                r.started_at.isoformat(timespec="seconds"),
                _text(r.profile_name),
                _minutes(r.planned_s),
                _minutes(r.held_s),
                r.ending.value if r.ending else "open",
                _text(r.pattern),
                r.comfort.value if r.comfort else "",
                "yes" if r.reported else "no",
            )
        )
    return out.getvalue()


def write_csv(path: Path, records: Sequence[SessionRecord]) -> None:
    """The CSV in a file only its owner can read (0600: it holds health data), over a file
    that was there too, whose mode O_CREAT would keep; with a UTF-8 byte-order mark, without
    which a spreadsheet reads "Relajación" in the system's legacy code page."""
    text = to_csv(records)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8-sig", newline="") as out:
        os.chmod(path, 0o600)  # before a byte is written (os.fchmod is POSIX-only)
        out.write(text)


def stats(records: Sequence[SessionRecord], today: date) -> dict[str, Any]:
    """What the history view shows, as data."""
    return {
        "today": today.isoformat(),
        "sessions": [
            {
                "started_at": r.started_at.isoformat(timespec="seconds"),
                "profile_id": r.profile_id,
                "profile": r.profile_name,
                "planned_s": r.planned_s,
                "held_s": r.held_s,
                "ending": r.ending.value if r.ending else "open",
                "breath_pattern": r.pattern,
                "comfort": r.comfort.value if r.comfort else None,
                "reported_afterwards": r.reported,
            }
            for r in records
        ],
        "streak_days": history.streak(records, today),
        "total_s": history.total_s(records),
        "minutes_per_day": [
            {"date": day.isoformat(), "minutes": round(minutes, 2)}
            for day, minutes in history.minutes_per_day(records, today)
        ],
    }


def to_json(data: Any) -> str:
    """Strict JSON: a number that is not finite (from a tampered row) is null, where Python
    would print Infinity or NaN, which strict parsers refuse."""
    return json.dumps(_finite_only(data), indent=2, allow_nan=False)


def _finite_only(value: Any) -> Any:
    if isinstance(value, float):
        return finite(value)
    if isinstance(value, dict):
        return {key: _finite_only(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_finite_only(item) for item in value]
    return value


def stats_text(data: dict[str, Any]) -> str:
    """`viparita stats` without --json: a few lines for a person."""
    total_min = data["total_s"] / 60
    return "\n".join(
        (
            f"Sessions: {len(data['sessions'])}",
            f"Total time in the pose: {total_min:.0f} min",
            f"Streak: {data['streak_days']} day{'' if data['streak_days'] == 1 else 's'} in a row",
            f"Last 4 weeks: {sum(d['minutes'] for d in data['minutes_per_day']):.0f} min",
        )
    )
