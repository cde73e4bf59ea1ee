"""A stand-in for systemd-logind on a private bus, for the tests: it owns the name
org.freedesktop.login1, answers Inhibit with a real file descriptor as logind does, and
prints one JSON line per event: ready, each Inhibit call, and each release (the moment the
caller closes its end of the descriptor).

It runs under Debian's /usr/bin/python3 with python3-dbus and python3-gi (not in the venv).
The bus is $DBUS_SYSTEM_BUS_ADDRESS. PrepareForSleep is sent by calling this service's
EmitPrepareForSleep(b). It runs until it is terminated.
"""

import json
import os
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.login1"
PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"


def say(**event) -> None:
    print(json.dumps(event), flush=True)


class Manager(dbus.service.Object):
    def __init__(self, bus) -> None:
        super().__init__(bus, PATH)
        self.count = 0

    @dbus.service.method(MANAGER, in_signature="ssss", out_signature="h")
    def Inhibit(self, what, who, why, mode):
        self.count += 1
        number = self.count
        read_end, write_end = os.pipe()
        say(event="inhibit", n=number, what=str(what), who=str(who), why=str(why), mode=str(mode))

        def closed(fd, _condition) -> bool:
            say(event="release", n=number)
            os.close(fd)
            return False

        GLib.io_add_watch(read_end, GLib.IO_HUP | GLib.IO_ERR, closed)
        fd = dbus.types.UnixFd(write_end)  # dbus-python keeps its own copy
        os.close(write_end)
        return fd

    @dbus.service.signal(MANAGER, signature="b")
    def PrepareForSleep(self, start):
        say(event="prepare_for_sleep", start=bool(start))

    @dbus.service.method(MANAGER, in_signature="b", out_signature="")
    def EmitPrepareForSleep(self, start):
        self.PrepareForSleep(start)


def main() -> int:
    DBusGMainLoop(set_as_default=True)
    bus = dbus.bus.BusConnection(os.environ["DBUS_SYSTEM_BUS_ADDRESS"])
    manager = Manager(bus)
    name = dbus.service.BusName(NAME, bus)
    say(event="ready")
    GLib.MainLoop().run()
    del manager, name
    return 0


if __name__ == "__main__":
    sys.exit(main())
