"""Numbers, switches and text out of untrusted JSON: a bad value falls back, with a warning."""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping
from typing import Any

log = logging.getLogger(f"{__package__}.preferences")  # read with the preferences

_MISSING = object()
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # json.loads pairs the ones that belong together
# The schema nests 4 levels; the rest is room for a newer version's keys. Far deeper JSON
# loads, but json.dumps cannot write it again from deep in the app's stack (RecursionError).
MAX_DEPTH = 64


def cleaned(data: Any) -> Any:
    """Parsed JSON made fit to use and to write again: every string, keys included, made
    encodable as UTF-8 ("\\ud83d" is valid JSON but not text, and a profile named with it
    could not be written to the history; a lone surrogate becomes U+FFFD, which shows where
    something was), and anything nested deeper than MAX_DEPTH left out (null). A copy, made
    without recursion, so JSON nested as deep as the parser allows is no problem."""
    root = [data]
    todo: list[tuple[Any, Any, int]] = [(root, 0, 0)]  # (container, key, depth) to clean
    cut = False
    while todo:
        parent, key, depth = todo.pop()
        value = parent[key]
        if isinstance(value, str):
            parent[key] = encodable(value)
        elif isinstance(value, (list, dict)) and depth >= MAX_DEPTH:
            parent[key], cut = None, True
        elif isinstance(value, list):
            parent[key] = copied = list(value)
            todo += [(copied, i, depth + 1) for i in range(len(copied))]
        elif isinstance(value, dict):
            parent[key] = copied = {encodable(k): v for k, v in value.items()}
            todo += [(copied, k, depth + 1) for k in copied]
    if cut:
        log.warning("preferences: what was nested over %d levels deep was left out", MAX_DEPTH)
    return root[0]


def encodable(text: str) -> str:
    """`text` with each lone surrogate made U+FFFD, so it can be written as UTF-8 (to the
    preferences, and to the history, which refused a whole row for one)."""
    return _LONE_SURROGATE.sub("\ufffd", text)


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
