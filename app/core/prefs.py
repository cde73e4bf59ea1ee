"""Per-user preferences: a versioned JSON file, validated on load, saved atomically.

Unknown keys are kept so that a newer version's settings survive a trip through an older one.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from app.core.cues import CueSettings
from app.core.durations import (
    DEFAULT_SETTLE_S,
    FIRST_HOLD_S,
    HOLD_MAX_S,
    HOLD_MIN_S,
    PAUSE_MAX_S,
    PAUSE_MIN_S,
    SETTLE_MAX_S,
    SETTLE_MIN_S,
)

log = logging.getLogger(__name__)

SCHEMA = 1
SCREENING_VERSION = 1  # bump when the cautions change, so everyone sees them again

SCREENING_CLEARED = "cleared"  # none of the "only with clearance" cautions apply, or cleared
SCREENING_ALTERNATIVE = "alternative"  # a "do not invert" caution applies


@dataclass
class Preferences:
    hold_s: float = FIRST_HOLD_S
    last_hold_s: float | None = None
    settle_s: float = DEFAULT_SETTLE_S
    pause_s: float = PAUSE_MIN_S
    screening: str | None = None
    screening_version: int = 0
    screening_at: str | None = None
    volume: float = 100.0
    cues: dict[str, bool] = field(default_factory=dict)  # overrides of CueSettings' defaults
    interval_min: int = 3
    extra: dict[str, Any] = field(default_factory=dict)

    def cue_settings(self) -> CueSettings:
        return replace(CueSettings(), **self.cues, interval_min=self.interval_min)

    @property
    def screened(self) -> bool:
        return self.screening is not None and self.screening_version >= SCREENING_VERSION

    @property
    def must_not_invert(self) -> bool:
        return self.screening == SCREENING_ALTERNATIVE

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        extra = data.pop("extra")
        return {**extra, "schema": SCHEMA, **data}


_RANGES: dict[str, tuple[float, float]] = {
    "hold_s": (HOLD_MIN_S, HOLD_MAX_S),
    "last_hold_s": (HOLD_MIN_S, HOLD_MAX_S),
    "settle_s": (SETTLE_MIN_S, SETTLE_MAX_S),
    "pause_s": (PAUSE_MIN_S, PAUSE_MAX_S),
    "volume": (0.0, 100.0),
    "interval_min": (1, 10),
}
CUE_SWITCHES = tuple(f.name for f in fields(CueSettings) if f.name != "interval_min")


def from_json(data: Any) -> Preferences:
    """Build preferences from parsed JSON; anything invalid falls back or is clamped."""
    prefs = Preferences()
    if not isinstance(data, dict):
        log.warning("preferences: top level is %s, not an object; using defaults", type(data))
        return prefs
    known = {f for f in Preferences.__dataclass_fields__ if f != "extra"}
    prefs.extra = {k: v for k, v in data.items() if k not in known and k != "schema"}
    for key, (lo, hi) in _RANGES.items():
        if key not in data or (key == "last_hold_s" and data[key] is None):
            continue
        value = data[key]
        try:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError
            number = float(value)  # a 400-digit integer overflows here
            if not math.isfinite(number):
                raise ValueError
        except (TypeError, ValueError, OverflowError):
            log.warning("preferences: %s=%.40r is not a number; using the default", key, value)
            continue
        clamped = min(max(number, lo), hi)
        if clamped != value:
            log.warning("preferences: %s=%.40r clamped to %s", key, value, clamped)
        setattr(prefs, key, round(clamped) if key == "interval_min" else clamped)
    cues = data.get("cues")
    if isinstance(cues, dict):
        for name, on in cues.items():
            if name in CUE_SWITCHES and isinstance(on, bool):
                prefs.cues[name] = on
            else:
                log.warning("preferences: cue switch %s=%r ignored", name, on)
    answer = data.get("screening")
    if answer in (SCREENING_CLEARED, SCREENING_ALTERNATIVE):
        prefs.screening = answer
        version = data.get("screening_version")
        valid = isinstance(version, int) and not isinstance(version, bool)
        prefs.screening_version = version if valid and 0 <= version < 1000 else 0
        at = data.get("screening_at")
        prefs.screening_at = at if isinstance(at, str) else None
    elif answer is not None:
        log.warning("preferences: screening=%r is not a known answer; asking again", answer)
    return prefs


@dataclass
class LoadResult:
    prefs: Preferences
    moved_aside: Path | None = None  # set when a broken file was kept aside


def load(path: Path, stamp: str) -> LoadResult:
    """Read preferences. A file that cannot be parsed is renamed `<name>.corrupt-<stamp>`."""
    _clear_stale_temporaries(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadResult(Preferences())
    except OSError as exc:
        log.warning("preferences: cannot read %s: %s; using defaults", path, exc)
        return LoadResult(Preferences())
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        # ValueError covers malformed JSON and integers too long to convert.
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        log.warning("preferences: %s is not valid JSON (%s); moved to %s", path, exc, aside)
        try:
            os.replace(path, aside)
        except OSError as move_exc:
            log.warning("preferences: could not move %s aside: %s", path, move_exc)
            aside = None
        return LoadResult(Preferences(), aside)
    return LoadResult(from_json(data))


def save(path: Path, prefs: Preferences) -> None:
    """Write a temporary file, fsync it, then replace: a crash leaves the old or the new file."""
    ensure_private_dir(path.parent)
    payload = json.dumps(prefs.to_json(), indent=2, sort_keys=True).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _clear_stale_temporaries(path: Path) -> None:
    """A save killed between writing and renaming leaves `.<name>.*.tmp` behind."""
    with contextlib.suppress(OSError):
        for stale in path.parent.glob(f".{path.name}.*.tmp"):
            stale.unlink()


def ensure_private_dir(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(directory, 0o700)


def _fsync_dir(directory: Path) -> None:
    # The rename itself is durable only once the directory entry is flushed (POSIX).
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
