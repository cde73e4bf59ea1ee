"""One instance per user, with real processes: a second launch hands over and exits 0,
what prints is answered locally, and a socket left by a crash is taken over."""

import ast
import contextlib
import fcntl
import json
import os
import resource
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import __version__
from app.core.durations import HOLD_MAX_S, HOLD_MIN_S
from app.core.preferences import SCREENING_CLEARED, SCREENING_VERSION, Preferences
from app.platform import instance_server, single_instance
from app.platform.single_instance import Command
from app.storage.preferences_file import save

LAUNCH_TIMEOUT_S = 30


@pytest.fixture
def env(xdg_dirs, monkeypatch) -> dict[str, str]:
    # A short runtime dir: a Unix socket path must stay under 108 bytes.
    runtime = Path(tempfile.mkdtemp(prefix="vp-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    prefs = xdg_dirs["config"] / "viparita" / "preferences.json"
    save(prefs, Preferences(screening=SCREENING_CLEARED, screening_version=SCREENING_VERSION))
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def log_path(env: dict[str, str]) -> Path:
    return Path(env["XDG_STATE_HOME"]) / "viparita" / "log" / "viparita.log"


def read_log(env: dict[str, str]) -> str:
    return log_path(env).read_text() if log_path(env).exists() else ""


def wait_for_log(qtbot, env: dict[str, str], text: str, proc: subprocess.Popen) -> str:
    """Until `text` is in the app's log; stops at once if the app has died."""
    qtbot.waitUntil(
        lambda: text in read_log(env) or proc.poll() is not None, timeout=LAUNCH_TIMEOUT_S * 1000
    )
    assert proc.poll() is None, f"the app exited with {proc.returncode} before {text!r}"
    return read_log(env)


def launch(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args], env=env, stdout=subprocess.PIPE, text=True
    )


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=LAUNCH_TIMEOUT_S,
    )


def stop(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGTERM)
    return proc.wait(LAUNCH_TIMEOUT_S)


def test_a_second_launch_hands_over_and_exits_0(qtbot, env):
    first = launch(env)
    try:
        wait_for_log(qtbot, env, "started;", first)
        second = run(env, "--start", "7m", "--profile", "bedtime wind-down")
        assert second.returncode == 0, second.stderr
        expected = Command(start_s=420.0, profile="bedtime")
        log = wait_for_log(qtbot, env, f"command from a second launch: {expected}", first)
        assert "handed it" in log  # the second launch logged its hand-over, and left
        wait_for_log(qtbot, env, "page entry", first)
        # What prints is answered by the new process, and never reaches the running one.
        version = run(env, "--version")
        assert (version.returncode, version.stdout.strip()) == (0, f"viparita {__version__}")
        bad = run(env, "--profile", "Sunday")
        assert bad.returncode == 2 and "--profile" in bad.stderr and "Sunday" in bad.stderr
        assert log_path(env).read_text().count("command from a second launch") == 1
        tray = run(env, "--tray")  # a window command: handed over too
        assert tray.returncode == 0, tray.stderr
        wait_for_log(qtbot, env, f"command from a second launch: {Command(tray_only=True)}", first)
        prefs = json.loads(
            (Path(env["XDG_CONFIG_HOME"]) / "viparita" / "preferences.json").read_text()
        )
        assert prefs["active_profile"] == "bedtime"
    finally:
        assert stop(first) == 0


def hold_start_lock() -> int:
    """The start lock, held as a launch that is still starting holds it."""
    fd = os.open(single_instance.socket_path() + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def test_two_launches_at_once_make_one_app(qtbot, env):
    """A double-click: both launches find no socket, as the app listens only once painted.
    The start lock lets one start the app; the other waits for it and hands over."""
    held = hold_start_lock()
    launches = [launch(env), launch(env, "--start", "90s")]
    try:
        qtbot.waitUntil(
            lambda: read_log(env).count("another launch is starting Viparita") == 2,
            timeout=LAUNCH_TIMEOUT_S * 1000,
        )
        os.close(held)  # the starting launch is gone: one of the two takes its place
        held = None
        qtbot.waitUntil(
            lambda: any(p.poll() is not None for p in launches), timeout=LAUNCH_TIMEOUT_S * 1000
        )
        (handed,) = [p for p in launches if p.poll() is not None]
        (running,) = [p for p in launches if p.poll() is None]
        assert handed.wait() == 0
        log = wait_for_log(qtbot, env, "command from a second launch", running)
        assert log.count("started;") == 1 and "handed it" in log
    finally:
        if held is not None:
            os.close(held)
        for proc in launches:
            if proc.poll() is None:
                assert stop(proc) == 0


def test_a_start_lock_held_by_a_launch_that_never_answers(env):
    held = hold_start_lock()
    path = single_instance.socket_path()
    lock = single_instance.StartLock(path)
    try:
        assert single_instance.hand_over_or_start(Command(), path, lock, wait_s=0.2) is None
    finally:
        os.close(held)
    assert single_instance.hand_over_or_start(Command(), path, lock, wait_s=0.2) is False
    lock.release()
    assert hold_start_lock()  # released: another launch can take it


def test_a_busy_app_is_handed_a_command_once(env, monkeypatch):
    """An app that takes the line but is too busy to answer still acts on it later: the
    waiting launch must not send it again."""
    monkeypatch.setattr(single_instance, "HANDOVER_TIMEOUT_S", 0.1)
    path = single_instance.socket_path()
    held = hold_start_lock()  # the busy app's
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as busy:
        busy.bind(path)
        busy.listen(8)
        lock = single_instance.StartLock(path)
        try:
            assert single_instance.hand_over_or_start(Command(), path, lock, wait_s=0.5) is None
        finally:
            os.close(held)
        busy.setblocking(False)
        taken = []
        with contextlib.suppress(BlockingIOError):
            while True:
                taken.append(busy.accept()[0].recv(100))
    assert taken == [Command().to_line()]


def test_an_app_that_cannot_listen_lets_the_next_launch_start(qtbot, env):
    """Its lock is let go: a later launch would otherwise wait for an answer never coming."""
    os.makedirs(single_instance.socket_path())  # in the socket's place: nothing can bind
    first = launch(env)
    try:
        wait_for_log(qtbot, env, "cannot listen on", first)
        wait_for_log(qtbot, env, "started;", first)
        second = launch(env)
        try:
            qtbot.waitUntil(
                lambda: read_log(env).count("started;") == 2 or second.poll() is not None,
                timeout=LAUNCH_TIMEOUT_S * 1000,
            )
            assert second.poll() is None, "the second launch did not start"
        finally:
            assert stop(second) == 0
    finally:
        assert stop(first) == 0


def test_a_socket_left_by_a_crash_is_taken_over(qtbot, env):
    crashed = launch(env)
    wait_for_log(qtbot, env, "started;", crashed)
    crashed.kill()  # SIGKILL: the socket file stays behind
    crashed.wait()
    sockets = list(Path(env["XDG_RUNTIME_DIR"]).glob("viparita/instance.sock"))
    assert sockets, "the crashed instance left no socket to recover from"
    log_path(env).unlink()
    again = launch(env)
    try:
        wait_for_log(qtbot, env, "left from a previous run; taking it over", again)
        wait_for_log(qtbot, env, "started;", again)
        handed = run(env, "--start", "90s")
        assert handed.returncode == 0, handed.stderr
        wait_for_log(qtbot, env, "command from a second launch", again)
    finally:
        assert stop(again) == 0


def test_tray_only_without_a_tray_opens_the_window(qtbot, env):
    """Offscreen there is no system tray: --tray must not leave the app with nothing shown."""
    first = launch(env, "--tray")
    try:
        log = wait_for_log(qtbot, env, "started;", first)
        wait_for_log(qtbot, env, "no system tray to start in; opening the window", first)
        assert "started in the tray" not in log
    finally:
        assert stop(first) == 0


OTHER_UID = 65534  # nobody


def squat(folder: Path) -> None:
    """A folder another user made first and left open to all, as the issue's probe did."""
    folder.mkdir()
    folder.chmod(0o777)
    os.chown(folder, OTHER_UID, OTHER_UID)


def private_folder(socket_file: str) -> Path:
    """The socket's folder, checked: an absolute path, this user's, 0700."""
    assert os.path.isabs(socket_file), socket_file
    folder = Path(socket_file).parent
    info = os.lstat(folder)
    assert stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid()
    assert stat.S_IMODE(info.st_mode) == 0o700
    return folder


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown")
def test_folders_another_user_made_are_not_used_for_the_socket(tmp_path, monkeypatch, xdg_dirs):
    uid = os.geteuid()
    if Path(f"/run/user/{uid}").is_dir():
        pytest.skip("platformdirs would use /run/user/<uid>, not the temp folder")
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    temp = tmp_path / "tmp"
    temp.mkdir()
    temp.chmod(0o1777)  # as /tmp
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    squat(temp / f"runtime-{uid}")  # platformdirs' stand-in for XDG_RUNTIME_DIR
    assert private_folder(single_instance.socket_path()) == temp / f"viparita-{uid}"
    assert list((temp / f"runtime-{uid}").iterdir()) == []

    (temp / f"viparita-{uid}").rmdir()
    squat(temp / f"viparita-{uid}")  # the next place is taken too: the user's own cache
    assert private_folder(single_instance.socket_path()) == xdg_dirs["cache"] / "viparita"
    assert list((temp / f"viparita-{uid}").iterdir()) == []

    xdg_dirs["cache"].chmod(0o777)  # anyone could swap the folder in it for their own
    os.chown(xdg_dirs["cache"], OTHER_UID, OTHER_UID)
    last = private_folder(single_instance.socket_path())  # a fresh folder of its own
    assert last.parent == temp and last.name.startswith(f"viparita-{uid}-")


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"\xff\n",
        b"[1]\n",
        b'{"start_s": "soon"}\n',
        b'{"tray_only": 1}\n',
        b'{"start_s": NaN}\n',  # a session cannot be built on it
        b'{"start_s": Infinity}\n',
        b'{"start_s": 1' + b"0" * 400 + b"}\n",  # too long for a float: it used to raise
        b"[" * 3000 + b"\n",  # fits in a line; json raised RecursionError into the GUI thread
        b'{"":' * 1020 + b"\n",  # 4081 bytes
    ],
)
def test_a_garbled_hand_over_is_harmless(line):
    command = Command.from_line(line)
    assert command is None or command == Command()


@pytest.mark.parametrize("start", ["-5", "0", "9.99", "3600.5", "1e308", "true", '"600"'])
def test_a_hold_outside_what_start_accepts_is_refused(start):
    """The same range as --start: the start screen showed -1m55s for -5."""
    assert Command.from_line(b'{"start_s": %s}\n' % start.encode()) is None


@pytest.mark.parametrize("start", [HOLD_MIN_S, 600, HOLD_MAX_S])
def test_a_hold_that_start_accepts_is_handed_over(start):
    line = b'{"start_s": %s, "profile": "work"}\n' % json.dumps(start).encode()
    assert Command.from_line(line) == Command(start_s=float(start), profile="work")


# --- the transport, in one process: the server on Qt's event loop, launches in threads -------


@pytest.fixture(params=["unix", "qt"])
def transport(request, monkeypatch) -> str:
    """Unix sockets where Python has them; QtNetwork's local sockets (Windows' named pipes)
    where it does not. Both run here: the second by hiding AF_UNIX from the module."""
    if request.param == "qt":
        monkeypatch.setattr(single_instance, "UNIX_SOCKETS", False)
        monkeypatch.setattr(instance_server, "UNIX_SOCKETS", False)
    return request.param


@pytest.fixture
def serve(qapp, transport):
    """Makes listening servers (limits as keywords) on the transport, closed afterwards."""
    servers: list[instance_server.InstanceServer] = []

    def make(**limits: int) -> tuple[instance_server.InstanceServer, str]:
        folder = Path(tempfile.mkdtemp(prefix="vp-"))  # short: a socket path has 108 bytes
        path = str(folder / "instance.sock")
        server = instance_server.InstanceServer(path, **limits)
        assert server.listen()
        servers.append(server)
        return server, path

    yield make
    for server in servers:
        server.close()


@pytest.fixture
def server_path(serve):
    return serve()


class SecondLaunch:
    """A second process that sends one line and keeps the answer, as a launch does."""

    def __init__(self, path: str, line: bytes, transport: str) -> None:
        code = (
            "import sys; from app.platform import single_instance as s; "
            f"s.UNIX_SOCKETS = {transport == 'unix'}; "
            f"sys.stdout.write(repr(s._send_line({path!r}, {line!r}, 5.0)))"
        )
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=env)

    def answer(self, qtbot) -> bytes:
        """Waits with Qt's event loop running: the server answers from it."""
        qtbot.waitUntil(lambda: self.proc.poll() is not None, timeout=LAUNCH_TIMEOUT_S * 1000)
        assert self.proc.stdout is not None
        return ast.literal_eval(self.proc.stdout.read().decode())


def test_a_command_is_handed_over_and_answered(qtbot, server_path, transport):
    server, path = server_path
    command = Command(start_s=300.0, profile="work")
    with qtbot.waitSignal(server.commandReceived, timeout=LAUNCH_TIMEOUT_S * 1000) as received:
        launch = SecondLaunch(path, command.to_line(), transport)
    assert launch.answer(qtbot) == b"ok\n"
    assert received.args == [command]


@pytest.mark.parametrize(
    "line", [b"[1]\n", b"[" * 3000 + b"\n", b'{"start_s": -5}\n'], ids=["list", "deep", "-5"]
)
def test_garbage_is_answered_error_and_passes_nothing_on(qtbot, server_path, transport, line):
    server, path = server_path
    seen: list[Command] = []
    server.commandReceived.connect(seen.append)
    assert SecondLaunch(path, line, transport).answer(qtbot) == b"error\n"
    assert seen == []


def test_a_silent_client_does_not_stop_the_next(qtbot, server_path, transport):
    """A launch that connects and says nothing (killed mid-way) holds up no one."""
    _, path = server_path
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
        silent.connect(path)  # QLocalServer is a Unix socket here too
        line = Command(tray_only=True).to_line()
        assert SecondLaunch(path, line, transport).answer(qtbot) == b"ok\n"


def hung_up(sock: socket.socket) -> bool:
    """The server closed the connection (what it sent before is read and let go)."""
    try:
        while chunk := sock.recv(4096):
            del chunk
        return True
    except BlockingIOError:
        return False


def connect(path: str) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(path)  # QLocalServer is a Unix socket here too
    sock.setblocking(False)
    return sock


def test_a_silent_client_is_let_go(qtbot, serve, transport):
    """One that connects and never sends (or stops half-way) is not kept for ever."""
    _, path = serve(client_timeout_ms=50)
    with connect(path) as silent, connect(path) as halfway:
        halfway.send(b'{"tray_only": ')
        qtbot.waitUntil(lambda: hung_up(silent) and hung_up(halfway), timeout=10_000)


def test_the_server_hangs_up_once_it_has_answered(qtbot, serve, transport):
    _, path = serve(client_timeout_ms=600_000)  # not the idle timeout, then
    with connect(path) as client:
        client.send(Command().to_line() + Command(tray_only=True).to_line())
        answer = b""

        def answered() -> bool:
            nonlocal answer
            with contextlib.suppress(BlockingIOError):
                while chunk := client.recv(4096):
                    answer += chunk
                return True
            return False

        qtbot.waitUntil(answered, timeout=10_000)
    assert answer == b"ok\n"  # the first line only


def test_a_line_too_long_to_be_a_command_is_refused(qtbot, serve, transport):
    server, path = serve(client_timeout_ms=600_000)
    seen: list[Command] = []
    server.commandReceived.connect(seen.append)
    with connect(path) as client:
        client.send(b" " * instance_server.LINE_MAX)  # no end of line in sight
        qtbot.waitUntil(lambda: hung_up(client), timeout=10_000)
    assert seen == []


@contextlib.contextmanager
def out_of_descriptors() -> Iterator[None]:
    """Every file descriptor this process may open is taken, as by a leak."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    top = max(int(fd) for fd in os.listdir("/proc/self/fd"))
    resource.setrlimit(resource.RLIMIT_NOFILE, (top + 1, hard))
    taken: list[int] = []
    try:
        with contextlib.suppress(OSError):
            while True:
                taken.append(os.open(os.devnull, os.O_RDONLY))
        yield
    finally:
        for fd in taken:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.fixture
def counted_accepts(monkeypatch) -> list[int]:
    """One entry each time the Unix server tries to take a connection."""
    calls: list[int] = []
    accept = instance_server.InstanceServer._accept

    def counted(self: instance_server.InstanceServer) -> None:
        calls.append(1)
        accept(self)

    monkeypatch.setattr(instance_server.InstanceServer, "_accept", counted)
    return calls


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_out_of_file_descriptors_the_server_waits_instead_of_spinning(qapp, counted_accepts):
    """accept() fails with EMFILE and the connection stays queued: the listener was ready
    again at once, 498,075 tries in 2 s. It waits before trying again."""
    path = str(Path(tempfile.mkdtemp(prefix="vp-")) / "instance.sock")
    server = instance_server.InstanceServer(path, accept_retry_ms=600_000)
    assert server.listen()
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        with out_of_descriptors():
            client.connect(path)
            for _ in range(200):
                qapp.processEvents()
            tries = len(counted_accepts)
    finally:
        client.close()
        server.close()
    assert tries == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_a_launch_that_came_while_descriptors_ran_out_is_answered(qtbot, counted_accepts):
    path = str(Path(tempfile.mkdtemp(prefix="vp-")) / "instance.sock")
    server = instance_server.InstanceServer(path, accept_retry_ms=20)
    assert server.listen()
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        with out_of_descriptors():
            client.connect(path)
            client.sendall(Command().to_line())
            qtbot.waitUntil(lambda: len(counted_accepts) > 0, timeout=10_000)
        client.setblocking(False)
        answer: list[bytes] = []

        def answered() -> bool:
            with contextlib.suppress(BlockingIOError):
                answer.append(client.recv(16))
                return True
            return False

        qtbot.waitUntil(answered, timeout=10_000)  # taken once the retry came
        assert answer == [b"ok\n"]
    finally:
        client.close()
        server.close()


def test_nobody_listening_is_no_hand_over(transport, tmp_path):
    path = str(tmp_path / "instance.sock")
    lock = single_instance.StartLock(path)
    try:
        assert single_instance.hand_over_or_start(Command(), path, lock, wait_s=0.5) is False
    finally:
        lock.release()
    assert single_instance.answers(path) is False


def test_closing_removes_the_socket_file(qapp):
    folder = Path(tempfile.mkdtemp(prefix="vp-"))
    path = folder / "instance.sock"
    server = instance_server.InstanceServer(str(path))
    assert server.listen()
    assert path.exists() and (path.stat().st_mode & 0o777) == 0o600
    server.close()
    assert not path.exists()


def test_a_socket_file_nobody_answers_on_is_taken_over(qtbot, qapp):
    folder = Path(tempfile.mkdtemp(prefix="vp-"))
    path = folder / "instance.sock"
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # the file stays, as after a crash
    server = instance_server.InstanceServer(str(path))
    try:
        assert server.listen()
        assert SecondLaunch(str(path), Command().to_line(), "unix").answer(qtbot) == b"ok\n"
    finally:
        server.close()


def test_a_second_server_on_a_live_socket_refuses(qapp):
    """A race two launches could run: the second must not take the first one's socket.
    (Unix sockets: Windows lets two servers share a pipe name, and says nothing.)"""
    path = str(Path(tempfile.mkdtemp(prefix="vp-")) / "instance.sock")
    first = instance_server.InstanceServer(path)
    assert first.listen()
    try:
        assert single_instance.answers(path)
        assert instance_server.InstanceServer(path).listen() is False
    finally:
        first.close()
