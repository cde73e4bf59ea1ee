"""Whether the desktop's do-not-disturb is on, on Linux (X11 and Wayland alike).

- KDE and others: org.freedesktop.Notifications' Inhibited property, with PropertiesChanged
  telling of each change.
- GNOME: the show-banners setting (off is do-not-disturb). Reading a GSettings key needs GIO,
  which PySide6 does not give, so this asks the `gsettings` command: a process, so at most
  once a minute and only while a reminder is due. GNOME's change signal for the key needs
  GIO as well: not available, so it is asked, never watched.
Either one saying "on" counts (desk.py).
"""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection

from .base import CannotTell, Concern, Polled, short
from .bus import BoolProperty, Bus
from .command import SPAWN_INTERVAL_S, Run

SHOW_BANNERS = ("gsettings", "get", "org.gnome.desktop.notifications", "show-banners")


class NotificationsInhibited(BoolProperty):
    concern = Concern.DO_NOT_DISTURB
    way = "org.freedesktop.Notifications Inhibited"
    service = "org.freedesktop.Notifications"
    interface = "org.freedesktop.Notifications"
    name = "Inhibited"

    def __init__(self, bus: Bus = QDBusConnection.sessionBus) -> None:
        super().__init__(bus)

    def path(self) -> str:
        return "/org/freedesktop/Notifications"


class GnomeShowBanners(Polled):
    concern = Concern.DO_NOT_DISTURB
    way = "GNOME show-banners (gsettings)"
    min_interval_s = SPAWN_INTERVAL_S

    def __init__(self, run: Run) -> None:
        self._run = run

    def read(self) -> bool:
        answer = self._run(SHOW_BANNERS).strip()
        if answer not in ("true", "false"):
            raise CannotTell(f"{' '.join(SHOW_BANNERS)} answered {short(answer)}")
        return answer == "false"  # no banners: do not disturb
