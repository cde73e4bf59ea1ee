"""Python's own `import`, given back after PySide6 has replaced it.

PySide6 wraps `builtins.__import__` so that a module can opt into its `__feature__` switches
(snake_case, true_property). To learn which modules might, it reads the source of each module
named in an import after its own (`inspect.getsource`): some 100 files, 15 to 20 ms, before
Viparita's window could appear. Viparita uses no such switch, so the wrapper goes.
"""

from __future__ import annotations

import builtins


def restore() -> bool:
    """Put Python's import back, if PySide6 put its wrapper in (True if it did)."""
    original = getattr(builtins, "__orig_import__", None)
    wrapper = getattr(builtins, "__feature_import__", None)
    if original is None or wrapper is None or builtins.__import__ is not wrapper:
        return False
    builtins.__import__ = original
    return True
