"""Start at login: the file the desktop reads when a person logs in.

Linux: an XDG autostart entry, `$XDG_CONFIG_HOME/autostart/<app-id>.desktop`.
macOS: a LaunchAgent, `~/Library/LaunchAgents/<app-id>.plist`, with RunAtLoad.
Windows: a value under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.

The file is the only record of the setting, so the preferences cannot disagree with it.
CI runs on Linux; the LaunchAgent is written and read back there too, but neither it nor the
registry value has been tried on a real Mac or Windows login.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Protocol

import platformdirs
from PySide6.QtCore import QSettings

from .. import APP_ID, APP_NAME
from ..paths import module_command

log = logging.getLogger(__name__)


class Autostart(Protocol):
    location: str  # where the setting lives, for messages

    def enabled(self) -> bool: ...

    def set_enabled(self, on: bool, command: list[str]) -> None:
        """Raises OSError if it cannot be written."""


def launch_command() -> list[str]:
    """How to start this same installation again, from a login with no PATH to rely on."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name.startswith("viparita") and script.is_file():
        return [str(script)]
    return module_command()


def desktop_exec(command: list[str]) -> str:
    """Quote for a .desktop Exec key: double quotes where needed, `%` doubled. The file
    escapes the result again (desktop_string), as the Desktop Entry spec requires."""

    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    return " ".join(quote(a) for a in command)


def desktop_string(value: str) -> str:
    """Escape any string value for a .desktop file. For Exec this comes after desktop_exec:
    the file's `\\` is read first, so a backslash from the quoting must be written twice."""
    for raw, escaped in (("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r")):
        value = value.replace(raw, escaped)
    return value


class XdgAutostart:
    def __init__(self, config_home: Path | None = None) -> None:
        home = config_home or platformdirs.user_config_path()
        self.path = home / "autostart" / f"{APP_ID}.desktop"
        self.location = str(self.path)

    def enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        # The spec's way to switch an entry off without deleting it.
        return not any(line.strip().replace(" ", "") == "Hidden=true" for line in text.splitlines())

    def set_enabled(self, on: bool, command: list[str]) -> None:
        if not on:
            self.path.unlink(missing_ok=True)
            log.info("start at login off: removed %s", self.path)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        entry = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                f"Name={APP_NAME}",
                "Comment=A calm guide to legs up the wall",
                f"Exec={desktop_string(desktop_exec(command))}",
                f"Icon={APP_ID}",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(entry, encoding="utf-8")
        os.replace(tmp, self.path)
        log.info("start at login on: wrote %s", self.path)


class LaunchAgent:
    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        self.location = str(self.path)

    def enabled(self) -> bool:
        import plistlib  # here, not at the top: macOS only
        from xml.parsers.expat import ExpatError

        try:
            with open(self.path, "rb") as f:
                data = plistlib.load(f)
        except (OSError, ValueError, ExpatError):  # a half-written XML plist: ExpatError
            return False
        return isinstance(data, dict) and data.get("RunAtLoad") is True

    def set_enabled(self, on: bool, command: list[str]) -> None:
        import plistlib

        if not on:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        agent = {
            "Label": APP_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "wb") as f:
            plistlib.dump(agent, f)
        os.replace(tmp, self.path)  # never a half-written agent under the real name


class RunKey:
    """Windows, through QSettings' registry format. Not run by CI (there is no Windows here)."""

    KEY = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"

    def __init__(self) -> None:
        self.location = self.KEY

    def _settings(self) -> QSettings:
        return QSettings(self.KEY, QSettings.Format.NativeFormat)

    def enabled(self) -> bool:
        return bool(self._settings().value(APP_NAME))

    def set_enabled(self, on: bool, command: list[str]) -> None:
        settings = self._settings()
        if on:
            settings.setValue(APP_NAME, " ".join(f'"{a}"' for a in command))
        else:
            settings.remove(APP_NAME)
        settings.sync()


def for_this_system() -> Autostart:
    if sys.platform == "win32":
        return RunKey()
    if sys.platform == "darwin":
        return LaunchAgent()
    return XdgAutostart()
