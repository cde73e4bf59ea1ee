"""Stand-ins for the desktop services the activity detectors ask, for the tests: one of
Mutter's IdleMonitor, org.freedesktop.ScreenSaver, org.freedesktop.Notifications (its
Inhibited property) or logind's session (LockedHint), on the bus at $DBUS_SESSION_BUS_ADDRESS.

    /usr/bin/python3 fake_desktop.py SERVICE MODE

SERVICE is mutter, screensaver, notifications or logind. MODE is:
- well: answers as the real service does;
- hung: owns the name but never answers a call (a peer that hangs);
- garbage: answers every call with values of the wrong type.

The test changes what the service reports through org.viparita.Test on the same object:
SetIdle(milliseconds) for the idle time (mutter, screensaver), SetState(bool) for the
screensaver's active, the notifications' inhibited or the session's locked state; each sends
the signal the real service would send. It prints one JSON line
per event: ready, each call asked, and each watch added or removed (mutter).

It runs under Debian's /usr/bin/python3 with python3-dbus and python3-gi (not in the venv),
and runs until it is terminated.
"""

import json
import os
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

TEST = "org.viparita.Test"
PROPERTIES = "org.freedesktop.DBus.Properties"
GARBAGE = "soon"  # a string where a number, a truth value or an object path belongs


def say(**event) -> None:
    print(json.dumps(event), flush=True)


class Service(dbus.service.Object):
    """What every stand-in shares: its mode, a settable value, and hanging when told to."""

    def __init__(self, bus, path: str, mode: str) -> None:
        super().__init__(bus, path)
        self.mode = mode
        self.idle_ms = 0
        self.state = False

    def answer(self, value, reply, error):
        """Reply as the mode says: well, never, or with garbage."""
        say(event="asked")
        if self.mode == "hung":
            return
        reply(GARBAGE if self.mode == "garbage" else value)

    @dbus.service.method(TEST, in_signature="i", out_signature="")
    def SetIdle(self, milliseconds):
        self.idle_ms = int(milliseconds)
        self.changed()

    @dbus.service.method(TEST, in_signature="b", out_signature="")
    def SetState(self, state):
        self.state = bool(state)
        self.changed()

    def changed(self) -> None:
        pass


def hanging(interface: str, in_signature: str = "", out_signature: str | None = None):
    """A method whose reply may never come (dbus-python replies when reply() is called).
    With no out_signature its reply's type is the value's own, the real one or garbage.
    Mutter's watch methods declare theirs: the app calls them through the interface Mutter
    describes, which needs the type of what they return."""
    return dbus.service.method(
        interface,
        in_signature=in_signature,
        out_signature=out_signature,
        async_callbacks=("reply", "error"),
        message_keyword="message",
    )


def typed(message, signature: str, error) -> bool:
    """Like GDBus (Mutter, gnome-shell), refuse a call whose arguments are not of the declared
    types: dbus-python alone would take an int32 where a uint64 belongs."""
    if message.get_signature() == signature:
        return True
    say(event="refused", member=message.get_member(), got=message.get_signature())
    error(
        dbus.exceptions.DBusException(
            f"expected ({signature}), got ({message.get_signature()})",
            name="org.freedesktop.DBus.Error.InvalidArgs",
        )
    )
    return False


class IdleMonitor(Service):
    IFACE = "org.gnome.Mutter.IdleMonitor"

    def __init__(self, bus, mode: str) -> None:
        super().__init__(bus, "/org/gnome/Mutter/IdleMonitor/Core", mode)
        self.watches: dict[int, int | None] = {}  # id -> interval in ms; None: user active
        self.next_id = 1

    def add(self, interval, reply, error) -> None:
        number = self.next_id
        self.next_id += 1
        self.watches[number] = interval
        kind = "add_user_active_watch" if interval is None else "add_idle_watch"
        say(event=kind, id=number, interval=interval)
        self.answer(dbus.UInt32(number), reply, error)

    @hanging(IFACE)
    def GetIdletime(self, reply, error, message):
        self.answer(dbus.UInt64(self.idle_ms), reply, error)

    @hanging(IFACE, in_signature="t", out_signature="u")
    def AddIdleWatch(self, interval, reply, error, message):
        if typed(message, "t", error):
            self.add(int(interval), reply, error)

    @hanging(IFACE, out_signature="u")
    def AddUserActiveWatch(self, reply, error, message):
        self.add(None, reply, error)

    @hanging(IFACE, in_signature="u", out_signature="")
    def RemoveWatch(self, number, reply, error, message):
        if not typed(message, "u", error):
            return
        self.watches.pop(int(number), None)
        say(event="remove_watch", id=int(number))
        if self.mode != "hung":
            reply()

    @dbus.service.signal(IFACE, signature="u")
    def WatchFired(self, number):
        pass

    def changed(self) -> None:
        """As Mutter: idle watches fire when the idle time passes them; user-active watches
        fire once, on input (the idle time going back to 0), and are gone."""
        idle = self.idle_ms
        for number, interval in list(self.watches.items()):
            if interval is None and idle == 0:
                del self.watches[number]
                self.WatchFired(dbus.UInt32(number))
            elif interval is not None and idle >= interval:
                self.WatchFired(dbus.UInt32(number))


class ScreenSaver(Service):
    IFACE = "org.freedesktop.ScreenSaver"

    def __init__(self, bus, mode: str) -> None:
        super().__init__(bus, "/org/freedesktop/ScreenSaver", mode)

    @hanging(IFACE)
    def GetSessionIdleTime(self, reply, error, message):
        self.answer(dbus.UInt32(self.idle_ms), reply, error)

    @hanging(IFACE)
    def GetActive(self, reply, error, message):
        self.answer(dbus.Boolean(self.state), reply, error)

    @dbus.service.signal(IFACE, signature="b")
    def ActiveChanged(self, active):
        pass

    def changed(self) -> None:
        self.ActiveChanged(dbus.Boolean(self.state))


class WithProperty(Service):
    """A service with one boolean property, told of through PropertiesChanged."""

    INTERFACE = ""
    PROPERTY = ""

    @hanging(PROPERTIES, in_signature="ss", out_signature="v")
    def Get(self, interface, name, reply, error, message):
        if self.mode == "well" and (interface, name) != (self.INTERFACE, self.PROPERTY):
            error(dbus.exceptions.DBusException(f"no property {interface}.{name}"))
            return
        self.answer(dbus.Boolean(self.state), reply, error)

    @dbus.service.signal(PROPERTIES, signature="sa{sv}as")
    def PropertiesChanged(self, interface, changed, invalidated):
        pass

    def changed(self) -> None:
        # Another property first: a detector must not wake for what it does not ask.
        self.PropertiesChanged(self.INTERFACE, {"Other": dbus.Boolean(True)}, [])
        self.PropertiesChanged(self.INTERFACE, {self.PROPERTY: dbus.Boolean(self.state)}, [])


class Notifications(WithProperty):
    INTERFACE = "org.freedesktop.Notifications"
    PROPERTY = "Inhibited"

    def __init__(self, bus, mode: str) -> None:
        super().__init__(bus, "/org/freedesktop/Notifications", mode)


class Session(WithProperty):
    INTERFACE = "org.freedesktop.login1.Session"
    PROPERTY = "LockedHint"
    PATH = "/org/freedesktop/login1/session/_31"

    def __init__(self, bus, mode: str) -> None:
        super().__init__(bus, self.PATH, mode)


class Manager(Service):
    IFACE = "org.freedesktop.login1.Manager"

    def __init__(self, bus, mode: str) -> None:
        super().__init__(bus, "/org/freedesktop/login1", mode)

    @hanging(IFACE, in_signature="s")
    def GetSession(self, name, reply, error, message):
        if self.mode == "well" and name != "auto":
            error(dbus.exceptions.DBusException(f"no session {name}"))
            return
        self.answer(dbus.ObjectPath(Session.PATH), reply, error)


SERVICES = {
    "mutter": ("org.gnome.Mutter.IdleMonitor", [IdleMonitor]),
    "screensaver": ("org.freedesktop.ScreenSaver", [ScreenSaver]),
    "notifications": ("org.freedesktop.Notifications", [Notifications]),
    "logind": ("org.freedesktop.login1", [Manager, Session]),
}


def main() -> int:
    service, mode = sys.argv[1], sys.argv[2]
    DBusGMainLoop(set_as_default=True)
    bus = dbus.bus.BusConnection(os.environ["DBUS_SESSION_BUS_ADDRESS"])
    name, kinds = SERVICES[service]
    objects = [kind(bus, mode) for kind in kinds]
    owned = dbus.service.BusName(name, bus)
    say(event="ready")
    GLib.MainLoop().run()
    del objects, owned
    return 0


if __name__ == "__main__":
    sys.exit(main())
