"""`import` without PySide6's `__feature__` wrapper.

PySide6 wraps `builtins.__import__` so that a module can opt into its `__feature__` switches
(snake_case, true_property). To learn which modules might, it reads the source of each module
named in an import after its own (`inspect.getsource`): some 100 files, 15 to 20 ms, before
Viparita's window could appear. Viparita uses no such switch, so the wrapper goes, and the
import it wrapped (Python's, or PySide6's own lazy loader of its classes) stays.

With the wrapper gone, a `from __feature__ import ...` would still import but switch nothing:
no module here may use one.
"""

from __future__ import annotations

import builtins


def restore() -> bool:
    """Put back the import PySide6 wrapped, if the wrapper is in place (True if it was)."""
    wrapped = getattr(builtins, "__orig_import__", None)
    wrapper = getattr(builtins, "__feature_import__", None)
    if wrapped is None or wrapper is None or builtins.__import__ is not wrapper:
        return False
    builtins.__import__ = wrapped
    return True
