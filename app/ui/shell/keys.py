"""Every keyboard shortcut, said once: the pages and menus bind these, the buttons' tooltips
show them, and the Keyboard shortcuts sheet lists them."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QKeySequence

from ...core.i18n import QT_TRANSLATE_NOOP, Text


class Keys(NamedTuple):
    keys: tuple[str, ...]  # portable key names, all bound; the sheet and tooltips show them
    what: Text

    def sequences(self) -> list[QKeySequence]:
        # Not the platform's standard keys: some platforms have none for Quit, and a key
        # that differs by desktop could not be listed truthfully.
        return [QKeySequence(key) for key in self.keys]

    def shown(self) -> str:
        """As the platform writes them ("Esc", "Ctrl+,"); with several, "Space, Return"."""
        names = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences()]
        return ", ".join(dict.fromkeys(names))

    def hint(self, more: str = "") -> str:
        """A tooltip: the key, then what the control does if that needs saying."""
        return f"{self.shown()}: {more}" if more else self.shown()


NEXT = Keys(("Space", "Return", "Enter", "Right"), QT_TRANSLATE_NOOP("Keys", "Next step"))
BACK = Keys(("Left",), QT_TRANSLATE_NOOP("Keys", "Previous step, or back to the start"))
BEGIN = Keys(("Return", "Enter"), QT_TRANSLATE_NOOP("Keys", "Start, or Begin from the summary"))
PAUSE = Keys(("P",), QT_TRANSLATE_NOOP("Keys", "Pause or go on"))
ADD_MINUTE = Keys(("+", "=", "Ctrl+="), QT_TRANSLATE_NOOP("Keys", "One more minute in the pose"))
COME_DOWN = Keys(
    ("Escape",),
    QT_TRANSLATE_NOOP("Keys", "Come down now: the way down and the seated pause follow"),
)
TINGLING = Keys(
    ("T",),
    QT_TRANSLATE_NOOP("Keys", "Tingling or numbness: come down now, shaking out your legs first"),
)
FINISH = Keys(
    ("Return", "Enter"), QT_TRANSLATE_NOOP("Keys", "Finish, once the seated pause is over")
)
PREFERENCES = Keys(("Ctrl+,",), QT_TRANSLATE_NOOP("Keys", "Preferences"))
HISTORY = Keys(("Ctrl+H",), QT_TRANSLATE_NOOP("Keys", "History"))
SAFETY = Keys(("F1",), QT_TRANSLATE_NOOP("Keys", "Safety information"))
SHORTCUTS = Keys(("Ctrl+?", "Ctrl+/"), QT_TRANSLATE_NOOP("Keys", "This list of keyboard shortcuts"))
QUIT = Keys(("Ctrl+Q",), QT_TRANSLATE_NOOP("Keys", "Quit"))  # Qt makes Ctrl Command on macOS

SHEET: tuple[tuple[Text, tuple[Keys, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Keys", "Anywhere"), (PREFERENCES, HISTORY, SAFETY, SHORTCUTS, QUIT)),
    (QT_TRANSLATE_NOOP("Keys", "Start screen and getting into the pose"), (BEGIN, NEXT, BACK)),
    (QT_TRANSLATE_NOOP("Keys", "Settling and the hold"), (PAUSE, ADD_MINUTE, COME_DOWN, TINGLING)),
    (QT_TRANSLATE_NOOP("Keys", "Coming down"), (NEXT,)),
    (QT_TRANSLATE_NOOP("Keys", "Seated pause"), (FINISH,)),
)


def listed() -> set[str]:
    """Every key sequence the sheet shows, in portable text, for checking against bindings."""
    return {
        s.toString(QKeySequence.SequenceFormat.PortableText)
        for _section, entries in SHEET
        for entry in entries
        for s in entry.sequences()
    }
