"""One Viparita per user. A second launch hands its window or session command to the running
one over a local socket and exits 0; a socket left behind by a crash is taken over.

Only commands that act on the window or a session are handed over. Anything that prints
(--version, bad arguments) is answered by the new process before it gets here.

This side needs no Qt, so a second launch hands over before it imports it; the running
app listens with instance_server.py.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import platformdirs

from ..core.durations import in_range
from ..core.validate import finite
from ..paths import APP_DIR_NAME

log = logging.getLogger(__name__)

HANDOVER_TIMEOUT_S = 2.0
LINE_MAX = 4096  # a command is about 60 bytes; a longer line is not one
PROBE_TIMEOUT_S = 0.5
START_WAIT_S = 20.0  # a starting launch on a slow, busy machine
# Python has AF_UNIX everywhere but on Windows. `socket` is imported only to talk: with no
# socket file (the usual launch) nobody is asked, and the window is painted before the
# running app's own server needs it.
UNIX_SOCKETS = os.name != "nt"


class Command(NamedTuple):
    """What a launch asks for: show the window (or only the tray), and maybe a session."""

    tray_only: bool = False
    start_s: float | None = None
    profile: str | None = None

    @property
    def starts_session(self) -> bool:
        """It asks for the entry guidance, which always shows the window."""
        return self.start_s is not None or self.profile is not None

    def to_line(self) -> bytes:
        return json.dumps(self._asdict()).encode("utf-8") + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Command | None:
        try:
            data: Any = json.loads(line.decode("utf-8"))
            start = data.get("start_s")
            profile = data.get("profile")
            start_s = None if start is None else finite(start)
            if start is not None and (start_s is None or not in_range(start_s)):
                raise ValueError(start)  # what --start refuses: -5 showed as -1m55s
            return cls(
                tray_only=data.get("tray_only") is True,
                start_s=start_s,
                profile=profile if isinstance(profile, str) else None,
            )
        # RecursionError: 3,000 nested brackets fit in a line, and json recurses on each.
        except (ValueError, AttributeError, UnicodeDecodeError, RecursionError):
            return None


def _user() -> str:
    return str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()  # Windows: no uid


def socket_path() -> str:
    """A per-user socket in a folder only this user can enter: the runtime dir, else one in
    the temp dir or the user's cache; else a fresh private temp folder, which a second launch
    cannot find, but the app starts."""
    for folder in _socket_folders():
        try:
            if folder.is_absolute() and _private_folder(folder):
                return str(folder / "instance.sock")
        except OSError as exc:
            log.info("single instance: cannot use %s: %s", folder, exc)
            continue
        log.warning("single instance: %s is not a private folder of this user's", folder)
    folder = Path(tempfile.mkdtemp(prefix=f"{APP_DIR_NAME}-{_user()}-"))
    log.warning("single instance: no private folder for the socket; using %s", folder)
    return str(folder / "instance.sock")


def _socket_folders() -> Iterator[Path]:
    try:  # platformdirs raises when its fallback for a missing XDG_RUNTIME_DIR is not safe
        yield Path(platformdirs.user_runtime_dir(APP_DIR_NAME, appauthor=False))
    except OSError as exc:
        log.warning("single instance: no runtime folder: %s", exc)
    yield Path(tempfile.gettempdir()) / f"{APP_DIR_NAME}-{_user()}"
    yield Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def _private_folder(folder: Path) -> bool:
    """`folder` is a real directory of this user's, mode 0700, that nobody else can rename or
    replace; made so if missing. One that someone else made is refused, never taken over."""
    if not hasattr(os, "geteuid"):  # Windows: the path only names a pipe
        folder.mkdir(parents=True, exist_ok=True)
        return True
    folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    uid = os.geteuid()
    parent = os.stat(folder.parent)
    # Others may write to the parent only if the sticky bit (as on /tmp) stops them renaming
    # this user's entries: else they could swap the folder for their own after the checks.
    if parent.st_uid not in (0, uid) or (
        parent.st_mode & 0o022 and not parent.st_mode & stat.S_ISVTX
    ):
        return False
    info = os.lstat(folder)  # a symbolic link is not a directory here
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid:
        return False
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(folder, 0o700)
    return True


def _send_line(path: str, line: bytes, timeout_s: float) -> bytes | None:
    """The answer's first line; b"" if the line went but no answer came in time, None if
    nobody took the line (refused, no file)."""
    if not UNIX_SOCKETS:
        from .instance_qt import send_line

        return send_line(path, line, timeout_s)
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout_s)
        try:
            sock.connect(path)
            sock.sendall(line)
        except OSError:
            return None
        answer = b""
        with contextlib.suppress(OSError):  # no answer in time
            while b"\n" not in answer and (chunk := sock.recv(64)):
                answer += chunk
        return answer


def _send_command(command: Command, path: str, timeout_s: float) -> bytes | None:
    if UNIX_SOCKETS and not os.path.exists(path):
        return None  # the usual launch: the last Viparita quit and removed its socket
    return _send_line(path, command.to_line(), timeout_s)


def _accepted(answer: bytes | None) -> bool:
    return answer is not None and answer.startswith(b"ok")


class StartLock:
    """Held by the one launch that goes on to start the app, from before its window until it
    exits or cannot listen. A launch that finds it taken is racing one that is starting (a
    double-click, or autostart and a click): that one listens only once its window is
    painted, so this one waits for it to answer instead of starting a second app. The lock
    goes with its process, even a killed one. Where there are no Unix sockets (Windows) it
    is always free: two quick launches there can still make two apps."""

    def __init__(self, socket_file: str) -> None:
        self._fd: int | None = None
        self._path = f"{socket_file}.lock"

    def take(self) -> bool:
        """False only when another process holds it."""
        if not UNIX_SOCKETS or self._fd is not None:
            return True
        import fcntl

        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:  # no place for it: go on as before, unguarded
            log.warning("cannot make the start lock %s: %s", self._path, exc)
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError as exc:  # a file system without locks: go on unguarded
            log.warning("cannot take the start lock %s: %s", self._path, exc)
            os.close(fd)
            return True
        self._fd = fd  # not inherited: Python opens files close-on-exec
        return True

    def release(self) -> None:
        """For an app that cannot listen: later launches start their own, as they must."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def hand_over_or_start(
    command: Command, path: str, lock: StartLock, wait_s: float = START_WAIT_S
) -> bool | None:
    """True: handed to a running app. False: this launch starts the app (the lock is taken).
    None: another launch holds the lock and did not answer within `wait_s`."""
    answer = _send_command(command, path, HANDOVER_TIMEOUT_S)
    end = time.monotonic() + wait_s
    told = False
    while not _accepted(answer):
        if lock.take():
            return False
        if not told:
            log.info("another launch is starting Viparita; waiting to hand it %s", command)
            told = True
        if time.monotonic() > end:
            return None
        time.sleep(0.05)
        if answer is None:  # never resent once delivered: a busy app still acts on it
            answer = _send_command(command, path, HANDOVER_TIMEOUT_S)
    return True


def answers(path: str) -> bool:
    """Someone listens on `path`: a running instance, not a file left by a crash."""
    if not UNIX_SOCKETS:
        from .instance_qt import connects

        return connects(path, PROBE_TIMEOUT_S)
    import socket

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(PROBE_TIMEOUT_S)
            sock.connect(path)
            return True
    except OSError:
        return False
