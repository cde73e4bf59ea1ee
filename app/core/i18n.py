"""Translation markers for texts held as data in the core.

The core cannot call Qt, so its texts are marked with QT_TRANSLATE_NOOP (a name that
pyside6-lupdate recognises) and translated where the UI shows them, with the same context.
"""

from __future__ import annotations

from typing import NamedTuple


class Text(NamedTuple):
    """A translatable text: the context lupdate files it under, and the English source."""

    context: str
    source: str


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    return Text(context, source)
