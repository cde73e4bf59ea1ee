"""The window's side of the sound helper: non-blocking, watched, and never fatal.

The helper is a child process fed one JSON line per request. Its replies are read by a small
reader thread and handed to the GUI thread as queued Qt signals, so nothing here ever waits on
the helper. If simpleaudio is missing, the device fails, or the helper dies or hangs, the
session goes on in silent mode: `soundChanged(False, reason)` is emitted, each chime becomes a
`pulse`, and a later cue tries the device again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import subprocess
import sys
import threading
from enum import Enum
from pathlib import Path
from typing import IO

from PySide6.QtCore import QObject, QTimer, Signal

from ..paths import module_command

log = logging.getLogger(__name__)

ACK_TIMEOUT_MS = 3000  # a play not confirmed by then means the device hangs
RETRY_AFTER_MS = 5000  # silent mode tries the device again at a cue, at most this often


class SoundOff(Enum):
    """Why there is no sound. The UI turns each into words a person can read."""

    NO_DEVICE = "no-device"
    NO_LIBRARY = "no-library"
    STOPPED = "stopped"
    NOT_RESPONDING = "not-responding"
    NO_SOUNDS = "no-sounds"
    CANNOT_START = "cannot-start"


def helper_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "--audio-helper"]
    return module_command("audio.helper")


class ChimePlayer(QObject):
    soundChanged = Signal(bool, str)  # working, SoundOff value when not
    pulse = Signal(str)  # a chime that could not be heard, to be shown instead
    played = Signal(str)  # the helper handed a chime to the device
    _line = Signal(int, bytes)  # from the reader thread: (helper generation, one line)
    _eof = Signal(int)

    def __init__(
        self, sounds_dir: Path, volume: float = 100.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._dir = sounds_dir
        self._volume = volume
        self._proc: subprocess.Popen[bytes] | None = None
        self._generation = 0
        self._next_id = 0
        self._waiting: dict[int, str] = {}
        self._silent: SoundOff | None = None
        self.ack_timeout_ms = ACK_TIMEOUT_MS
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._hung)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._line.connect(self._on_line)
        self._eof.connect(self._on_eof)

    # --- public ------------------------------------------------------------------------------

    @property
    def silent_reason(self) -> SoundOff | None:
        return self._silent

    def start(self) -> None:
        if not self._dir.is_dir():
            self._go_silent(SoundOff.NO_SOUNDS, str(self._dir))
            return
        self._spawn()

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        self._send({"volume": volume})

    def play(self, name: str) -> None:
        if self._silent is not None:
            # A device can come back; a missing library does not, mid-session. Tried the
            # device less than RETRY_AFTER_MS ago: not again yet.
            if self._silent is SoundOff.NO_LIBRARY or self._retry.isActive():
                self.pulse.emit(name)
                return
            # The device may be back: a fresh helper tries this very chime. If it fails
            # again, its error turns the chime into a pulse.
            self._retry.start(RETRY_AFTER_MS)
            self._spawn()
        if self._proc is None:
            self.pulse.emit(name)
            return
        self._next_id += 1
        self._waiting[self._next_id] = name
        self._send({"play": name, "id": self._next_id})
        if not self._watchdog.isActive():
            self._watchdog.start(self.ack_timeout_ms)

    def stop(self) -> None:
        """Let the helper finish on its own: it lets a chime that is still ringing end, then
        exits. Nothing here waits for it, and the app may exit first."""
        proc, self._proc = self._proc, None
        self._generation += 1
        self._watchdog.stop()
        if proc is not None and proc.stdin is not None:
            try:
                proc.stdin.write(b'{"quit": true}\n')
                proc.stdin.close()
            except OSError:
                pass

    def helper_pid(self) -> int | None:
        return None if self._proc is None else self._proc.pid

    # --- the helper process --------------------------------------------------------------------

    def _spawn(self) -> None:
        self._kill()
        self._generation += 1
        try:
            proc = subprocess.Popen(
                helper_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                bufsize=0,
            )
        except OSError as exc:
            self._go_silent(SoundOff.CANNOT_START, str(exc))
            return
        self._proc = proc
        assert proc.stdout is not None and proc.stderr is not None
        for stream, is_out in ((proc.stdout, True), (proc.stderr, False)):
            threading.Thread(
                target=self._reader, args=(self._generation, stream, is_out), daemon=True
            ).start()
        self._send({"load": str(self._dir)})
        self._send({"volume": self._volume})
        log.info("sound helper started (pid %d)", proc.pid)

    def _reader(self, generation: int, stream: IO[bytes], is_out: bool) -> None:
        # Runs in its own thread; it only emits signals, which Qt queues to the GUI thread.
        # RuntimeError: the player was deleted as the app quit, while this thread still read.
        with contextlib.suppress(OSError, ValueError, RuntimeError):
            for line in stream:
                if is_out:
                    self._line.emit(generation, line)
                elif line.strip():
                    log.info("sound helper: %s", line.decode(errors="replace").strip())
            if is_out:
                self._eof.emit(generation)

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        self._generation += 1  # whatever the old helper still says is ignored
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.kill()
            # Reaped without blocking: a thread waits for it.
            threading.Thread(target=proc.wait, daemon=True).start()
        self._watchdog.stop()

    def _send(self, message: dict) -> None:
        proc = self._proc
        if proc is None or proc.stdin is None:
            return
        # A helper that has gone reports it by the end of its output; nothing to do here.
        with contextlib.suppress(OSError):
            proc.stdin.write((json.dumps(message) + "\n").encode())

    def _on_line(self, generation: int, line: bytes) -> None:
        if generation != self._generation:
            return
        try:
            message = json.loads(line)
        except (ValueError, TypeError):
            log.warning("sound helper said something odd: %r", line[:200])
            return
        if "played" in message:
            self._settle(message["played"])
            if self._silent is not None:
                self._silent = None
                log.info("sound is back")
                self.soundChanged.emit(True, "")
            self.played.emit(str(message.get("name", "")))
        elif "error" in message:
            name = self._settle(message.get("id"))
            self._go_silent(SoundOff.NO_DEVICE, str(message.get("detail", "")))
            if name:
                self.pulse.emit(name)
        elif "fatal" in message:
            self._go_silent(SoundOff.NO_LIBRARY, str(message.get("detail", "")))
            self._lose_waiting()  # now, not when the helper's exit is noticed
        elif "ready" in message and not message["ready"]:
            self._go_silent(SoundOff.NO_SOUNDS, str(self._dir))

    def _settle(self, ident: object) -> str:
        """A request was answered (played or refused): the device did not hang on it."""
        name = self._waiting.pop(ident, "")  # type: ignore[call-overload]
        if not self._waiting:
            self._watchdog.stop()
        return name

    def _on_eof(self, generation: int) -> None:
        if generation != self._generation:
            return
        proc, self._proc = self._proc, None
        code = None if proc is None else proc.poll()
        if proc is not None:
            threading.Thread(target=proc.wait, daemon=True).start()
        if self._silent is None:
            self._go_silent(SoundOff.STOPPED, f"exit status {code}")
        self._lose_waiting()

    def _hung(self) -> None:
        self._go_silent(SoundOff.NOT_RESPONDING, "a chime was not confirmed in time")
        self._kill()
        self._lose_waiting()

    def _lose_waiting(self) -> None:
        lost = list(self._waiting.values())
        self._waiting.clear()
        self._watchdog.stop()
        for name in lost:
            self.pulse.emit(name)

    def _go_silent(self, reason: SoundOff, detail: str = "") -> None:
        """`reason` is shown to the person; `detail` goes to the log only."""
        if self._silent is not reason:
            log.warning("sound off: %s%s", reason.value, f" ({detail})" if detail else "")
            self._silent = reason
            self.soundChanged.emit(False, reason.value)
