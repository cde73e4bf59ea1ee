"""Start at login: the files the desktop reads, written and read back for real in tmp_path."""

import json
import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import APP_ID
from app.paths import module_command
from app.platform import autostart
from app.platform.autostart import LaunchAgent, XdgAutostart, desktop_exec, launch_command
from tests.hostile import HOSTILE_MODULES, as_installed, built_command, hostile_folder, imported

COMMAND = ["/opt/v iparita/bin/viparita", "--x"]
AWKWARD = ["/opt/v iparita/bin/viparita", 'say "hi"', "C:\\dir", "$HOME", "`id`", "100%", "it's"]


def unescape_string(value: str) -> str:
    """The Desktop Entry spec's escapes for a string value, undone strictly."""
    table = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    out, chars = [], iter(value)
    for c in chars:
        if c == "\\":
            nxt = next(chars, "")
            assert nxt in table, f"not a string escape: \\{nxt} in {value!r}"
            out.append(table[nxt])
        else:
            out.append(c)
    return "".join(out)


def split_exec(value: str) -> list[str]:
    """The spec's Exec quoting, undone strictly: inside double quotes only \\" \\` \\$ \\\\ are
    escapes; outside them no reserved character may appear; %% is a literal %."""
    args: list[str] = []
    current: list[str] | None = None
    quoted = False
    chars = iter(value)
    for c in chars:
        if quoted:
            if c == "\\":
                nxt = next(chars, "")
                assert nxt in '"`$\\', f"not an Exec escape: \\{nxt} in {value!r}"
                current.append(nxt)
            elif c == '"':
                quoted = False
            else:
                current.append(c)
        elif c == " ":
            if current is not None:
                args.append("".join(current))
            current = None
        elif c == '"':
            assert current is None, f"a quote inside an argument: {value!r}"
            current, quoted = [], True
        else:
            assert c not in "\t\n'\\><~|&;$*?#()`", f"unquoted reserved {c!r} in {value!r}"
            current = [*(current or []), c]
    assert not quoted, f"quote not closed: {value!r}"
    if current is not None:
        args.append("".join(current))
    for arg in args:
        assert "%" not in arg.replace("%%", ""), f"a field code in {arg!r}"
    return [arg.replace("%%", "%") for arg in args]


def entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def validate(path: Path) -> None:
    """desktop-file-validate, where installed (CI installs the Debian package later)."""
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr


# --- XDG autostart (Linux) -------------------------------------------------------------------


def test_xdg_entry_is_written_read_back_and_removed(tmp_path):
    start = XdgAutostart(config_home=tmp_path)
    path = tmp_path / "autostart" / f"{APP_ID}.desktop"
    assert start.path == path and start.location == str(path)
    assert not start.enabled()

    start.set_enabled(True, COMMAND)
    assert path.is_file() and start.enabled()
    keys = entry(path)
    assert keys["Type"] == "Application"
    assert keys["Exec"] == '"/opt/v iparita/bin/viparita" --x'
    assert split_exec(unescape_string(keys["Exec"])) == COMMAND
    assert list((tmp_path / "autostart").iterdir()) == [path]  # no temporary file left
    validate(path)

    start.set_enabled(False, COMMAND)
    assert not path.exists() and not start.enabled()
    start.set_enabled(False, COMMAND)  # already off: nothing to remove, no error
    assert not path.exists()


def test_an_entry_the_desktop_hid_reads_as_off(tmp_path):
    start = XdgAutostart(config_home=tmp_path)
    start.set_enabled(True, COMMAND)
    with start.path.open("a", encoding="utf-8") as f:
        f.write("Hidden=true\n")
    assert not start.enabled()
    start.path.write_text("[Desktop Entry]\nHidden=false\n", encoding="utf-8")
    assert start.enabled()


def test_an_unreadable_entry_reads_as_off(tmp_path):
    start = XdgAutostart(config_home=tmp_path)
    start.path.parent.mkdir(parents=True)
    start.path.write_bytes(b"\xff\xfe not utf-8 \x80")
    assert not start.enabled()


def test_exec_quoting_follows_the_desktop_entry_spec():
    assert desktop_exec(["/usr/bin/viparita", "--tray"]) == "/usr/bin/viparita --tray"
    assert desktop_exec(["100%"]) == "100%%"
    assert desktop_exec(["50% off"]) == '"50%% off"'
    assert desktop_exec(['say "hi"']) == '"say \\"hi\\""'
    assert desktop_exec(["C:\\dir"]) == '"C:\\\\dir"'
    assert desktop_exec(["$HOME"]) == '"\\$HOME"'
    assert desktop_exec(["`id`"]) == '"\\`id\\`"'
    assert desktop_exec(["it's"]) == '"it\'s"'  # a single quote needs quoting, not escaping
    assert desktop_exec([""]) == '""'
    assert split_exec(desktop_exec(AWKWARD)) == AWKWARD


def test_awkward_arguments_survive_the_file_and_validate(tmp_path):
    """The file escapes the Exec value once more: a literal backslash is four of them."""
    start = XdgAutostart(config_home=tmp_path)
    start.set_enabled(True, AWKWARD)
    written = entry(start.path)["Exec"]
    assert '"C:\\\\\\\\dir"' in written and '"\\\\$HOME"' in written
    assert split_exec(unescape_string(written)) == AWKWARD
    validate(start.path)


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="no desktop-file-validate"
)
def test_desktop_file_validate_catches_a_bad_entry(tmp_path):
    """validate() can fail: an unclosed quote is reported."""
    bad = tmp_path / f"{APP_ID}.desktop"
    bad.write_text('[Desktop Entry]\nType=Application\nName=V\nExec="/opt/v x\n', encoding="utf-8")
    with pytest.raises(AssertionError):
        validate(bad)


def test_without_config_home_the_entry_follows_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    start = XdgAutostart()
    assert start.path == tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"
    start.set_enabled(True, COMMAND)
    assert start.path.is_file() and start.enabled()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_linux_uses_the_xdg_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    chosen = autostart.for_this_system()
    assert isinstance(chosen, XdgAutostart)
    assert chosen.path.is_relative_to(tmp_path / "cfg")


def test_an_autostart_folder_that_cannot_be_made_raises_oserror(tmp_path):
    start = XdgAutostart(config_home=tmp_path)
    (tmp_path / "autostart").write_text("a file where the folder should be")
    with pytest.raises(OSError):
        start.set_enabled(True, COMMAND)
    assert not start.enabled()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file modes")
def test_an_unwritable_autostart_folder_raises_oserror(tmp_path):
    start = XdgAutostart(config_home=tmp_path)
    folder = tmp_path / "autostart"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):
            start.set_enabled(True, COMMAND)
    finally:
        folder.chmod(0o700)
    assert not start.path.exists()


# --- LaunchAgent (macOS) ----------------------------------------------------------------------


def test_launch_agent_is_written_read_back_and_removed(tmp_path):
    agent = LaunchAgent(home=tmp_path)
    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert agent.path == path and agent.location == str(path)
    assert not agent.enabled()

    agent.set_enabled(True, COMMAND)
    with path.open("rb") as f:
        data = plistlib.load(f)
    assert data["Label"] == APP_ID
    assert data["ProgramArguments"] == COMMAND
    assert data["RunAtLoad"] is True
    assert agent.enabled()
    assert list(path.parent.iterdir()) == [path]  # no temporary file left

    agent.set_enabled(False, COMMAND)
    assert not path.exists() and not agent.enabled()
    agent.set_enabled(False, COMMAND)
    assert not path.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xffnot a plist at all",
        b"",
        plistlib.dumps({"Label": APP_ID, "RunAtLoad": True})[:80],  # half-written XML
        plistlib.dumps({"RunAtLoad": True}, fmt=plistlib.FMT_BINARY)[:20],
        plistlib.dumps(["RunAtLoad", True]),  # a plist, but not a dict
        plistlib.dumps({"Label": APP_ID, "RunAtLoad": False}),
    ],
    ids=["garbage", "empty", "truncated-xml", "truncated-binary", "a-list", "run-at-load-off"],
)
def test_a_damaged_or_switched_off_launch_agent_reads_as_off(tmp_path, content):
    agent = LaunchAgent(home=tmp_path)
    agent.path.parent.mkdir(parents=True)
    agent.path.write_bytes(content)
    assert agent.enabled() is False
    agent.set_enabled(True, COMMAND)  # and writing a good one over it works
    assert agent.enabled()


# --- how to start again ----------------------------------------------------------------------


def test_launch_command_starts_an_existing_program():
    command = launch_command()
    assert command and all(isinstance(part, str) for part in command)
    assert Path(command[0]).is_file()


def test_launch_command_prefers_the_viparita_script(tmp_path, monkeypatch):
    script = tmp_path / "bin" / "viparita"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script), "--tray"])
    assert launch_command() == [str(script)]
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "bin" / "viparita-gone")])
    assert launch_command() == module_command()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch_command() == [sys.executable]


@pytest.mark.parametrize("module", HOSTILE_MODULES)
def test_the_python_fallback_runs_no_code_from_the_folder_it_starts_in(
    tmp_path, monkeypatch, module
):
    """`python -m app` would put the login's working folder first on the import path. The
    command, read back from the desktop entry, is run there for real (stats imports json)."""
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "app" / "__main__.py")])  # no script
    start = XdgAutostart(config_home=tmp_path / "cfg")
    start.set_enabled(True, launch_command())
    command = split_exec(unescape_string(entry(start.path)["Exec"]))
    validate(start.path)
    folder, markers = hostile_folder(tmp_path, module)
    result = subprocess.run(
        [*command, "stats", "--json"], cwd=folder, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sessions"] == []
    assert imported(markers) == []


def test_the_python_fallback_starts_the_package_the_app_runs_as(tmp_path):
    """Installed, the app is `viparita`; another project's `app` beside it is not started."""
    folder, markers = as_installed(tmp_path)
    command = built_command(
        sys.executable, "viparita.platform.autostart:launch_command", tmp_path, folder
    )
    done = subprocess.run(
        [*command, "--version"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert imported(markers) == []
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("viparita ")
