"""A real desktop for end-to-end tests: Xvfb, openbox and a D-Bus session bus."""

from __future__ import annotations

import contextlib
import os
import re
import select
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


def need(*tools: str) -> None:
    """Under CI a missing tool fails the test; on a developer's machine it skips."""
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        message = f"end-to-end test needs {', '.join(missing)} (see README: test command)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


def installed_app() -> str:
    """The `viparita` launcher installed beside this Python (the venv's bin/)."""
    exe = shutil.which("viparita", path=str(Path(sys.executable).parent))
    if exe is None:
        message = "the viparita entry point is not installed in this environment"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return exe


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG's header."""
    with open(path, "rb") as f:
        header = f.read(24)
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def same_pixels(a: Path, b: Path) -> bool:
    """Whether two images hold the same pixels (ImageMagick's count of differing ones)."""
    out = subprocess.run(
        ["compare", "-metric", "AE", str(a), str(b), "null:"], capture_output=True, text=True
    )
    return out.returncode == 0


def wait_for(predicate, timeout: float, what: str, watch: subprocess.Popen, interval: float = 0.05):
    """Wait for an event in the outside world (a window, a log line), up to a limit.

    Between looks it waits on `watch`, the process the event depends on: if that process
    dies, the test fails at once with its exit status instead of at the time limit."""
    end = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if watch.poll() is not None:
            raise AssertionError(f"{watch.args[0]} exited ({watch.returncode}) before {what}")
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        with contextlib.suppress(subprocess.TimeoutExpired):
            watch.wait(timeout=interval)


def wait_gone(pids: list[int], timeout: float, what: str) -> None:
    """Wait until processes that are not our children have exited (Linux pidfds)."""
    end = time.monotonic() + timeout
    for pid in pids:
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue  # already gone
        try:
            ready, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
        finally:
            os.close(fd)
        if not ready:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


@dataclass
class Desktop:
    display: str
    env: dict[str, str]
    procs: list[subprocess.Popen] = field(default_factory=list)
    watch: subprocess.Popen | None = None  # what waits depend on: the app once it runs

    @property
    def watched(self) -> subprocess.Popen:
        return self.watch or self.procs[0]  # the X server until an app is watched

    def run(self, *args: str, check: bool = True, timeout: float = 30) -> str | None:
        """A tool's output; None if it failed and `check` is off."""
        out = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=timeout)
        if out.returncode != 0:
            if check:
                raise AssertionError(f"{args} failed ({out.returncode}): {out.stderr.strip()}")
            return None
        return out.stdout

    def spawn(self, *args: str, log: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
        """Another program on this desktop, stopped with it."""
        with open(log, "a") as out:
            proc = subprocess.Popen(args, env=env or self.env, stdout=out, stderr=out)
        self.procs.append(proc)
        return proc

    def visible_windows(self, name: str) -> list[str]:
        out = self.run("xdotool", "search", "--onlyvisible", "--name", name, check=False)
        return out.split() if out else []

    def screenshot(self, path: Path, window: str | None = None) -> Path:
        """A window that was just mapped again can refuse XGetImage for a moment, and while
        openbox animates its restore from minimised a capture holds only part of it (CI saw
        908x197 and 1000x439 of a 1000x680 window): a window's capture must be whole."""
        args = ("import", "-silent", "-window", window or "root", str(path))

        def taken() -> bool:
            if self.run(*args, check=False) is None or not path.exists():
                return False
            return window is None or png_size(path) == self.window_size(window)

        wait_for(
            taken,
            10,
            f"a screenshot of {window or 'the screen'}",
            self.watched,
            interval=0.2,
        )
        return path

    def screenshot_changed(self, path: Path, window: str, unlike: Path, timeout: float = 3) -> Path:
        """A capture of a page that replaces another. The app logs a page as it switches to
        it and paints it a moment later, so a capture straight after the log line can still
        show the page before (CI once saw that). Captures are taken again until the window
        differs from `unlike`; one that never does is kept, for the test to catch."""
        end = time.monotonic() + timeout
        while True:
            self.screenshot(path, window)
            if not same_pixels(path, unlike) or time.monotonic() > end:
                return path

    def window_size(self, window: str) -> tuple[int, int]:
        info = self.run("xwininfo", "-id", window, check=False) or ""
        width, height = (re.search(rf"{side}: (\d+)", info) for side in ("Width", "Height"))
        return (int(width[1]), int(height[1])) if width and height else (0, 0)

    def key(self, *keys: str) -> None:
        self.run("xdotool", "key", "--clearmodifiers", *keys)

    def find_window(self, name: str, timeout: float = 30) -> str:
        def search() -> str:
            out = self.run("xdotool", "search", "--onlyvisible", "--name", name, check=False)
            return out.split()[0] if out and out.split() else ""

        return wait_for(search, timeout, f"a visible window named {name!r}", self.watched)

    def wait_viewable(self, window: str, timeout: float = 10, min_height: int = 100) -> None:
        """Mapped, and back to a real size: openbox animates a window restored from
        minimised, and a capture taken during that shows a strip a few pixels high."""

        def shown() -> bool:
            info = self.run("xwininfo", "-id", window, check=False) or ""
            height = re.search(r"Height: (\d+)", info)
            return "IsViewable" in info and height is not None and int(height[1]) >= min_height

        wait_for(shown, timeout, f"window {window} to be shown again", self.watched)

    def active_window(self) -> str:
        out = self.run("xprop", "-root", "_NET_ACTIVE_WINDOW") or ""
        match = re.search(r"window id # (0x[0-9a-f]+)", out)
        return match.group(1) if match else ""


def _start_xvfb(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise AssertionError("Xvfb did not start")
    return proc, f":{number}"


@contextlib.contextmanager
def desktop_session(tmp: Path):
    need("Xvfb", "openbox", "dbus-daemon", "xdotool", "xprop", "import", "compare")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the real app talks to the real X server
    env.pop("WAYLAND_DISPLAY", None)
    procs: list[subprocess.Popen] = []
    try:
        xvfb, display = _start_xvfb(env)
        procs.append(xvfb)
        env["DISPLAY"] = display
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # it cannot raise its fd limit in a sandbox; harmless
            text=True,
        )
        procs.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        runtime = tmp / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)  # also keeps each run's single-instance socket apart
        # Each desktop's window manager gets folders of its own: several start at once.
        for name in ("CONFIG", "CACHE", "DATA"):
            folder = tmp / f"wm-{name.lower()}"
            folder.mkdir(exist_ok=True)
            env[f"XDG_{name}_HOME"] = str(folder)
        desk = Desktop(display, env, procs)
        wm_log = tmp / "openbox.log"

        def wm_running() -> bool:
            # openbox can lose a start-up race with another X client; start it again then.
            if not procs[-1:] or procs[-1].args[0] != "openbox" or procs[-1].poll() is not None:
                with open(wm_log, "a") as out:
                    procs.append(
                        subprocess.Popen(
                            ["openbox", "--sm-disable"], env=env, stdout=out, stderr=out
                        )
                    )
            check = desk.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False)
            return "window id" in (check or "")

        wait_for(wm_running, 30, f"openbox to manage the screen (see {wm_log})", xvfb, interval=0.2)
        yield desk
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
