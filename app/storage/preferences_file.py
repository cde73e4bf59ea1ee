"""The preferences file on disk: read and validated once, saved atomically on every change,
private to its owner (it holds the safety answer), a broken file set aside, a linked file
written through, and a folder the person made read-only left alone."""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import stat
import tempfile
from pathlib import Path
from typing import NamedTuple

from ..core.preferences import Preferences, from_json

log = logging.getLogger(__name__)


class LoadResult(NamedTuple):
    prefs: Preferences
    moved_aside: Path | None = None  # set when a broken file was kept aside


def load(path: Path, stamp: str) -> LoadResult:
    """Read preferences. A file that cannot be parsed is renamed `<name>.corrupt-<stamp>`."""
    target = _target(path)
    if _read_only_part(target) is None:
        _clear_stale_temporaries(target)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadResult(Preferences())
    except OSError as exc:
        log.warning("preferences: cannot read %s: %s; using defaults", path, exc)
        return LoadResult(Preferences())
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        # ValueError covers malformed JSON and integers too long to convert.
        aside = _move_aside(target, stamp)
        kept = f"moved to {aside}" if aside else "left where it is"
        log.warning("preferences: %s is not valid JSON (%s); %s", path, exc, kept)
        return LoadResult(Preferences(), aside)
    return LoadResult(from_json(data))


def _move_aside(target: Path, stamp: str) -> Path | None:
    """Keep an unreadable file as `<name>.corrupt-<stamp>` beside it; a link to it stays."""
    aside = target.with_name(f"{target.name}.corrupt-{stamp}")
    try:
        _refuse_read_only(target)
        os.replace(target, aside)
    except OSError as exc:
        log.warning("preferences: could not move %s aside: %s", target, exc)
        return None
    return aside


def peek(path: Path) -> Preferences:
    """Read without changing anything on disk (for a launch that may hand over and exit)."""
    try:
        return from_json(json.loads(path.read_bytes().decode("utf-8")))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return Preferences()


class ReadOnly(PermissionError):
    """The person made the preferences' folder or file read-only: theirs to decide."""


def save(path: Path, prefs: Preferences) -> None:
    """Write a temporary file, fsync it, then replace: a crash leaves the old or the new file.
    A symlink is written through, in its target's folder, so it stays a link. Raises ReadOnly
    and writes nothing if the person made the folder or the file read-only."""
    ensure_private_dir(path.parent)
    target = _target(path)
    _refuse_read_only(target)
    payload = json.dumps(prefs.to_json(), indent=2, sort_keys=True).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _target(path: Path) -> Path:
    """The file itself: people who keep their dotfiles in a repository link to it from here,
    and replacing the link with a file would quietly end that."""
    return Path(os.path.realpath(path))


def _read_only_part(target: Path) -> Path | None:
    """The folder or the file whose owner took away their own write permission, if any.
    Judged from the mode, not from a write that fails: root would write anyway. On Windows a
    folder's read-only flag only marks a customised folder, so there the file's alone counts."""
    for part in (target.parent, target) if os.name == "posix" else (target,):
        try:
            mode = part.stat().st_mode
        except OSError:
            continue  # not there yet, or not readable: the write itself will say
        if not mode & stat.S_IWUSR:
            return part
    return None


def _refuse_read_only(target: Path) -> None:
    part = _read_only_part(target)
    if part is not None:
        raise ReadOnly(errno.EACCES, "read-only, as its owner made it", str(part))


def _clear_stale_temporaries(target: Path) -> None:
    """A save killed between writing and renaming leaves `.<name>.*.tmp` behind."""
    with contextlib.suppress(OSError):
        for stale in target.parent.glob(f".{target.name}.*.tmp"):
            stale.unlink()


def ensure_private_dir(directory: Path) -> None:
    """Make the folder (0700), or take from an existing one any access for others; what its
    owner allows themselves stays as they chose, so a folder made read-only stays so."""
    try:
        directory.mkdir(parents=True)
        mode = 0o700  # a new one is ours entirely, whatever the umask left
    except FileExistsError:
        if not directory.is_dir():
            raise
        mode = stat.S_IMODE(directory.stat().st_mode) & 0o700
    with contextlib.suppress(OSError):
        os.chmod(directory, mode)


def _fsync_dir(directory: Path) -> None:
    # The rename itself is durable only once the directory entry is flushed (POSIX).
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
