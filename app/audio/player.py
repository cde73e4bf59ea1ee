"""The window's side of the sound helper: non-blocking, watched, and never fatal.

Requests go to the helper process over its stdin through QProcess, which never blocks the
GUI thread. If simpleaudio is missing, the device fails or the helper dies or hangs, the
session goes on in silent mode: `soundChanged(False, reason)` is emitted, each chime becomes
a `pulse`, and the next cue tries the device again.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

log = logging.getLogger(__name__)

ACK_TIMEOUT_MS = 3000  # a play not confirmed by then means the device hangs
RETRY_AFTER_MS = 5000  # silent mode tries the device again at a cue, at most this often
MAX_RING_S = 10.0  # the longest the app lingers at exit for a chime to finish


def helper_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "--audio-helper"]
    return [sys.executable, "-m", "app.audio.helper"]


class ChimePlayer(QObject):
    soundChanged = Signal(bool, str)  # working, reason when not
    pulse = Signal(str)  # a chime that could not be heard, shown instead
    played = Signal(str)  # the helper confirmed a chime was handed to the device

    def __init__(
        self, sounds_dir: Path, volume: float = 100.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._dir = sounds_dir
        self._volume = volume
        self._proc: QProcess | None = None
        self._buffer = b""
        self._next_id = 0
        self._waiting: dict[int, str] = {}
        self._silent_reason: str | None = None
        self._retry_ok = True
        self._ring_until = 0.0  # monotonic time when the last confirmed chime ends
        self.ack_timeout_ms = ACK_TIMEOUT_MS
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._hung)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(lambda: setattr(self, "_retry_ok", True))

    # --- public ------------------------------------------------------------------------------

    @property
    def silent_reason(self) -> str | None:
        return self._silent_reason

    def start(self) -> None:
        if not self._dir.is_dir():
            self._go_silent(f"the sounds are missing ({self._dir})")
            return
        self._spawn()

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        self._send({"volume": volume})

    def play(self, name: str) -> None:
        if self._silent_reason is not None:
            if not self._retry_ok:
                self.pulse.emit(name)
                return
            # The device may be back: start a fresh helper and try this chime on it. If it
            # fails again, the error reply turns this chime into a pulse.
            self._retry_ok = False
            self._retry.start(RETRY_AFTER_MS)
            self._spawn()
        if self._proc is None:
            return
        self._next_id += 1
        self._waiting[self._next_id] = name
        self._send({"play": name, "id": self._next_id})
        if not self._watchdog.isActive():
            self._watchdog.start(self.ack_timeout_ms)

    def stop(self) -> None:
        """Let a chime that is still ringing finish, then end the helper.

        Called as the app quits, when the window has already gone: a QProcess that is
        destroyed kills its process, so this waits (at most MAX_RING_S) for the ring to end.
        """
        proc, self._proc = self._proc, None
        self._watchdog.stop()
        if proc is None:
            return
        proc.finished.disconnect()
        proc.write(b'{"quit": true}\n')
        proc.closeWriteChannel()
        ring = min(MAX_RING_S, max(0.0, self._ring_until - time.monotonic()))
        proc.waitForFinished(int(ring * 1000) + 300)

    def helper_pid(self) -> int | None:
        return None if self._proc is None else int(self._proc.processId())

    # --- the helper process --------------------------------------------------------------------

    def _spawn(self) -> None:
        self._kill()
        proc = QProcess(self)
        program, *args = helper_command()
        proc.setProgram(program)
        proc.setArguments(args)
        proc.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        proc.readyReadStandardOutput.connect(self._read)
        proc.readyReadStandardError.connect(self._log_stderr)
        proc.finished.connect(self._finished)
        proc.errorOccurred.connect(self._error)
        self._proc = proc
        self._buffer = b""
        proc.start()
        self._send({"load": str(self._dir)})
        self._send({"volume": self._volume})
        log.info("sound helper started")

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.finished.disconnect()
            proc.errorOccurred.disconnect()
            proc.kill()
            proc.waitForFinished(500)
            proc.deleteLater()
        self._waiting.clear()
        self._watchdog.stop()

    def _send(self, message: dict) -> None:
        if self._proc is not None:
            self._proc.write((json.dumps(message) + "\n").encode())

    def _read(self) -> None:
        if self._proc is None:
            return
        self._buffer += bytes(self._proc.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                self._handle(json.loads(line))
            except (json.JSONDecodeError, TypeError):
                log.warning("sound helper said something odd: %r", line[:200])

    def _handle(self, message: dict) -> None:
        if "played" in message:
            self._waiting.pop(message["played"], None)
            if not self._waiting:
                self._watchdog.stop()
            if self._silent_reason is not None:
                self._silent_reason = None
                log.info("sound is back")
                self.soundChanged.emit(True, "")
            seconds = float(message.get("seconds", 0.0))
            self._ring_until = max(self._ring_until, time.monotonic() + seconds)
            self.played.emit(str(message.get("name", "")))
        elif "error" in message:
            name = self._waiting.pop(message.get("id"), "")
            self._go_silent(str(message["error"]), str(message.get("detail", "")))
            if name:
                self.pulse.emit(name)
        elif "fatal" in message:
            self._go_silent(str(message["fatal"]), str(message.get("detail", "")))
        elif "ready" in message and not message["ready"]:
            self._go_silent("no sounds were found")

    def _log_stderr(self) -> None:
        if self._proc is not None:
            text = bytes(self._proc.readAllStandardError().data()).decode(errors="replace")
            for line in text.splitlines():
                if line.strip():
                    log.info("sound helper: %s", line.strip())

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        if self._silent_reason is None:
            self._go_silent("the sound player stopped", f"exit status {code}")
        lost = list(self._waiting.values())
        self._proc = None
        self._waiting.clear()
        self._watchdog.stop()
        for name in lost:
            self.pulse.emit(name)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._proc = None
            self._go_silent("the sound player could not start")

    def _hung(self) -> None:
        lost = list(self._waiting.values())
        self._kill()
        self._go_silent("the audio device is not responding")
        for name in lost:
            self.pulse.emit(name)

    def _go_silent(self, reason: str, detail: str = "") -> None:
        """`reason` is shown to the person; `detail` is for the log only."""
        if self._silent_reason != reason:
            log.warning("sound off: %s%s", reason, f" ({detail})" if detail else "")
            self._silent_reason = reason
            self.soundChanged.emit(False, reason)
        self._retry_ok = not self._retry.isActive()
