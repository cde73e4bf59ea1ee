"""PySide6's `__feature__` import wrapper, taken out again: the import it wrapped is back, and
an import reads no source."""

import builtins
import linecache
import sys

import PySide6.QtCore  # noqa: F401 (puts PySide6's wrapper in)

from app.ui.shell import plain_import


def test_the_wrapper_goes_and_python_imports_as_usual(monkeypatch):
    wrapper = builtins.__import__
    assert wrapper is builtins.__feature_import__, "PySide6 no longer wraps the import"
    monkeypatch.setattr(builtins, "__import__", wrapper)  # the test session keeps it after
    assert plain_import.restore()
    assert builtins.__import__ is builtins.__orig_import__
    assert not plain_import.restore()  # once is enough; a second call changes nothing

    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    linecache.clearcache()
    import colorsys  # noqa: F401 (any module not imported yet: its source stays unread)

    assert linecache.cache == {}


def test_nothing_is_changed_where_pyside6_put_no_wrapper(monkeypatch):
    monkeypatch.setattr(builtins, "__import__", builtins.__orig_import__)
    assert not plain_import.restore()
    assert builtins.__import__ is builtins.__orig_import__
