"""The tray run: `viparita --tray` with Debian's trayer as the tray host, and the session
driven only from the tray icon's menu, by mouse and by its keyboard mnemonics."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .desktop import Desktop, wait_for

if TYPE_CHECKING:
    from .conftest import LogWatcher, Recording

HOLDER = Path(__file__).with_name("focus_holder.py")
# Further apart than Qt's double-click distance (5 px by default) on a 22 px icon.
CLICK_SPOTS = ((4, 4), (17, 17))


def start_tray_host(desktop: Desktop) -> None:
    """trayer on the top edge, and running before the app looks for a tray."""
    log = Path(desktop.env["XDG_RUNTIME_DIR"]).parent / "trayer.log"
    host = desktop.spawn(
        "trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel",
        "--width", "120", "--height", "24", "--SetDockType", "true", log=log,
    )  # fmt: skip
    wait_for(lambda: desktop.visible_windows("^panel$"), 20, "trayer's panel", host)


def tray_icon(desktop: Desktop) -> str:
    """The app's icon window, if it is embedded in trayer's panel (XEMBED makes it a child)."""
    tree = desktop.run("xwininfo", "-root", "-tree", check=False) or ""
    lines = tree.splitlines()
    for i, line in enumerate(lines):
        if '("panel" "trayer")' not in line:
            continue
        depth = len(line) - len(line.lstrip())
        for child in lines[i + 1 :]:
            if child.strip() and len(child) - len(child.lstrip()) <= depth:
                break
            if m := re.match(r"\s+(0x[0-9a-f]+) .*\(\"viparita\"", child, re.IGNORECASE):
                return m[1]
    return ""


class Icon:
    """The embedded icon, clicked as a person would."""

    def __init__(self, desktop: Desktop, window: str, log: LogWatcher) -> None:
        self.desktop, self.window, self.log = desktop, window, log
        self._spot = 0
        # Right clicks that put no menu on screen (seen once, under load, during a hold): a
        # person clicks again, and so does this.
        self.retries = 0

    def click(self, button: str) -> None:
        # Each click lands on the other corner of the icon: two quick clicks at one spot
        # reach Qt as a double click (which opens no menu), two far apart never do.
        self._spot = 1 - self._spot
        x, y = CLICK_SPOTS[self._spot]
        self.desktop.run("xdotool", "mousemove", "--window", self.window, str(x), str(y))
        self.desktop.run("xdotool", "click", button)

    def open_menu(self) -> None:
        """Right click, and wait until the menu is on screen (not only built), so that the
        keys that follow reach it."""
        for attempt in range(3):
            before = self.log.count(r"tray menu: ")
            windows = set(self._app_windows())
            self.click("3")
            built = lambda n=before: self.log.count(r"tray menu: ") > n  # noqa: E731
            wait_for(built, 10, "the menu", self.log.app)
            mapped = lambda old=windows: set(self._app_windows()) - old  # noqa: E731
            try:
                wait_for(mapped, 4, "the menu mapped", self.log.app)
                return
            except AssertionError:
                if attempt == 2:
                    raise
                self.retries += 1
                self.desktop.key("Escape")

    def _app_windows(self) -> list[str]:
        out = self.desktop.run(
            "xdotool", "search", "--onlyvisible", "--class", "viparita", check=False
        )
        return (out or "").split()


def drive_tray(
    desktop: Desktop, log: LogWatcher, proc: subprocess.Popen, rec: Recording, shots: Path
) -> None:
    facts = rec.facts

    def shot(name: str, window: str | None = None) -> None:
        rec.shots[name] = desktop.screenshot(shots / f"{name}.png", window)

    holder_proc = desktop.spawn(sys.executable, str(HOLDER), log=shots / "holder.log")
    holder = wait_for(
        lambda: desktop.visible_windows("^focus holder$"), 30, "the focus holder", holder_proc
    )[0]

    log.wait(r"started in the tray", 30)
    facts["windows_at_start"] = desktop.visible_windows("Viparita")
    embedded = wait_for(lambda: tray_icon(desktop), 20, "the icon embedded in trayer", proc)
    facts["icon"] = embedded
    facts["icon_geometry"] = desktop.run("xwininfo", "-id", embedded)
    icon = Icon(desktop, embedded, log)
    shot("tray-idle")

    # A left click shows the window, a second one (it is in front) puts it away again.
    icon.click("1")
    window = desktop.find_window("^Viparita$", timeout=10)
    wait_for(lambda: int(desktop.active_window() or "0", 16) == int(window), 10, "focus", proc)
    icon.click("1")
    wait_for(lambda: not desktop.visible_windows("^Viparita$"), 10, "the window hidden", proc)
    facts["click_toggles"] = True

    # The menu, by its mnemonics: Repeat last (the work break of this plan's hold).
    icon.open_menu()
    shot("tray-menu-idle")
    desktop.key("r")
    log.wait(r"menu start: profile=work hold=20\.0", 10)
    window = desktop.find_window("^Viparita$", timeout=10)
    log.wait(r"entry step 1 of", 10)
    for n in range(2, 7):
        desktop.key("Right")
        log.wait(rf"entry step {n} of", 10)
    desktop.key("Return")  # Begin
    log.wait(r"stage hold", 10)

    # Put away during the hold: the session goes on, and the tray says so once.
    desktop.key("alt+F4")
    log.wait(r"told that the app stays in the tray", 10)
    wait_for(lambda: not desktop.visible_windows("^Viparita$"), 10, "the window put away", proc)
    icon.open_menu()
    facts["session_menu_line"] = log.wait(r"tray menu: Hold: \d+:\d\d left", 5)
    shot("tray-menu-session")
    desktop.key("a")  # P&ause
    log.wait(r"action pause", 5)
    icon.open_menu()
    facts["paused_menu_line"] = log.wait(r"tray menu: Hold, paused: ", 5)
    desktop.key("r")  # &Resume
    wait_for(lambda: log.count(r"action pause") == 2, 5, "the resume", proc)

    # The hold ends with another application in front: shown, urgent, focus left there.
    desktop.run("xdotool", "windowactivate", "--sync", holder)
    facts["active_before"] = desktop.active_window()
    facts["holder"] = hex(int(holder))
    log.wait(r"stage exit", 40)
    log.wait(r"hold over: window shown", 5)
    desktop.wait_viewable(window)
    facts["window"] = hex(int(window))
    facts["active_after"] = desktop.active_window()
    facts["wm_hints"] = desktop.run("xprop", "-id", window, "WM_HINTS")
    facts["net_wm_state"] = desktop.run("xprop", "-id", window, "_NET_WM_STATE")
    shot("exit-shown", window)

    # Quit from the tray in the seated pause: deferred until the pause is over.
    log.wait(r"stage seated_pause", 180)  # four exit steps of 30 s
    icon.open_menu()
    desktop.key("q")
    log.wait(r"quit deferred until the seated pause ends", 10)
    rec.exit_code = proc.wait(60)
    facts["menu_retries"] = icon.retries  # printed by the tray tests, not held against them
