"""Is the person at the desk, and is now a good moment? (issue 23: work breaks that know when
you are at the desk)

One small detector per concern and way (base.py says what a detector is), gathered in a
Desk (desk.py) that the work-break wiring asks. `detectors_for` picks the ways this desktop
has, without asking anything yet:

- idle: X11's MIT-SCREEN-SAVER (idle_x11); on Wayland, GNOME's Mutter IdleMonitor, which
  is watched, or org.freedesktop.ScreenSaver's GetSessionIdleTime (idle_dbus); wlroots'
  ext-idle-notify-v1 is not available; Windows GetLastInputInfo; macOS
  CGEventSourceSecondsSinceLastEventType.
- screen locked: logind's LockedHint and org.freedesktop.ScreenSaver, both watched (locked);
  Windows session notifications; macOS the screen-locked notification.
- full screen: X11's _NET_ACTIVE_WINDOW and _NET_WM_STATE_FULLSCREEN (fullscreen_x11); not
  available on Wayland, which does not expose it; Windows SHQueryUserNotificationState; not
  available on macOS.
- do not disturb: org.freedesktop.Notifications' Inhibited, watched, and GNOME's
  show-banners (do_not_disturb); Windows SHQueryUserNotificationState (quiet time,
  presentation); not available on macOS.
- a call: a PulseAudio or PipeWire source output on a source that is not a monitor, from
  pactl (call); not available on Windows and macOS, nor the camera anywhere.

What is not available on a desktop is listed as Unavailable, with the reason, in the Desk.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from . import macos, windows
from .base import CannotTell, Concern, Detector, Polled, Unavailable
from .call import PulseCall
from .command import runner
from .desk import Desk, Look
from .do_not_disturb import GnomeShowBanners, NotificationsInhibited
from .fullscreen_x11 import X11FullScreen
from .idle_dbus import MutterIdle, ScreenSaverIdle
from .idle_x11 import X11Idle
from .locked import LogindLocked, ScreenSaverLocked

__all__ = [
    "CannotTell",
    "Concern",
    "Desk",
    "Detector",
    "Look",
    "Polled",
    "Unavailable",
    "detectors_for",
    "display_server",
]

NO_WAYLAND_IDLE = Unavailable(
    Concern.IDLE,
    "ext-idle-notify-v1",
    "a Wayland protocol: it needs a Wayland client binding, which PySide6 does not give",
)
NO_WAYLAND_FULL_SCREEN = Unavailable(
    Concern.FULL_SCREEN,
    "Wayland",
    "Wayland does not tell other programs which window is focused or full screen",
)
NO_CAMERA = Unavailable(
    Concern.CALL,
    "camera in use",
    "no desktop service says which program uses the camera",
)


def display_server(environment: Mapping[str, str], qt_platform: str = "") -> str | None:
    """ "wayland", "x11" or None. The session decides, not Qt's platform: under XWayland
    (QT_QPA_PLATFORM=xcb on a Wayland desktop) X11 sees only X programs' input and windows."""
    session = environment.get("XDG_SESSION_TYPE", "").lower()
    if session in ("wayland", "x11"):
        return session
    if environment.get("WAYLAND_DISPLAY") or qt_platform.startswith("wayland"):
        return "wayland"
    if environment.get("DISPLAY") or qt_platform == "xcb":
        return "x11"
    return None


def detectors_for(
    platform: str = sys.platform,
    environment: Mapping[str, str] = os.environ,
    qt_platform: str = "",
) -> Desk:
    """The ways this desktop has, from `platform` (sys.platform's values), the environment
    and QGuiApplication.platformName(). Nothing is opened or asked until the Desk looks."""
    if platform == "win32":
        return Desk(*windows.detectors())
    if platform == "darwin":
        return Desk(*macos.detectors())
    return Desk(*_linux(environment, qt_platform))


def _linux(
    environment: Mapping[str, str], qt_platform: str
) -> tuple[list[Detector], list[Unavailable]]:
    server = display_server(environment, qt_platform)
    display = environment.get("DISPLAY")
    gnome = "gnome" in environment.get("XDG_CURRENT_DESKTOP", "").lower().split(":")
    run = runner(environment)
    by_bus: list[Detector] = [MutterIdle(), ScreenSaverIdle()]
    if not gnome:
        by_bus.reverse()  # GNOME has Mutter; others have the screensaver's call, if any
    found: list[Detector] = []
    missing = [NO_CAMERA]
    if server == "x11":
        found += [X11Idle(display), *by_bus, X11FullScreen(display)]
    elif server == "wayland":
        found += by_bus
        missing += [NO_WAYLAND_IDLE, NO_WAYLAND_FULL_SCREEN]
    else:
        reason = "this session has neither an X11 nor a Wayland display"
        missing += [Unavailable(c, "display", reason) for c in (Concern.IDLE, Concern.FULL_SCREEN)]
    found += [LogindLocked(), ScreenSaverLocked(), NotificationsInhibited()]
    if gnome:
        found.append(GnomeShowBanners(run))
    found.append(PulseCall(run))
    return found, missing
