"""The history as CSV (for a spreadsheet) and as JSON (`viparita stats --json`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from app.core import history
from app.core.history import SessionRecord

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


def _minutes(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds / 60:.1f}"


def to_csv(records: Sequence[SessionRecord]) -> str:
    """Plain values a spreadsheet reads as they are: ISO times, minutes with a point."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow(
            (
                r.started_at.isoformat(timespec="seconds"),
                r.profile_name,
                _minutes(r.planned_s),
                _minutes(r.held_s),
                r.ending.value if r.ending else "open",
                r.pattern,
                r.comfort.value if r.comfort else "",
                "yes" if r.reported else "no",
            )
        )
    return out.getvalue()


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
