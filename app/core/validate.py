"""Reading numbers and switches out of untrusted JSON: bad values fall back with a warning."""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from typing import Any

log = logging.getLogger("app.core.prefs")

_MISSING = object()


def finite(value: Any) -> float | None:
    """A JSON number as a finite float; None for anything else, a 400-digit integer included."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        result = float(value)
    except OverflowError:
        return None
    return result if math.isfinite(result) else None


def number(
    data: Mapping[str, Any],
    key: str,
    lo: float,
    hi: float,
    default: float,
    where: str,
    step: float | None = None,
) -> float:
    """`data[key]` as a finite number clamped to [lo, hi], or `default` if absent or invalid."""
    value = data.get(key, _MISSING)
    if value is _MISSING:
        return default
    result = finite(value)
    if result is None:
        log.warning("preferences: %s%s=%.40r is not a number; using %s", where, key, value, default)
        return default
    clamped = min(max(result, lo), hi)
    if step:  # after the clamp: 1e308 / step would be infinite, and round() would raise
        clamped = min(max(round(clamped / step) * step, lo), hi)
    if clamped != value:
        log.warning("preferences: %s%s=%.40r clamped to %s", where, key, value, clamped)
    return clamped


def mapping(value: Any, what: str, where: str) -> Mapping[str, Any] | None:
    """`value` if it is a JSON object; None (use the defaults) if absent or anything else."""
    if value is None or isinstance(value, Mapping):
        return value
    log.warning("preferences: %s%s=%.40r is not an object; using the defaults", where, what, value)
    return None


def switch(data: Mapping[str, Any], key: str, default: bool, where: str) -> bool:
    value = data.get(key, default)
    if isinstance(value, bool):
        return value
    log.warning(
        "preferences: %s%s=%.40r is not true or false; using %s", where, key, value, default
    )
    return default
