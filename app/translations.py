"""The app's translations: Qt Linguist .ts sources in app/i18n, compiled to Qt's binary .qm.

The compiler is plain Python, so the wheel's build (a hatch hook), the PyInstaller spec and a
run from the source tree all use this one, with nothing from Qt installed at build time. A test
checks that Qt reads what it writes exactly as it reads pyside6-lrelease's output.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from . import PACKAGE

LANGUAGES = ("de", "es")  # shipped besides English, the source language
SOURCE_LANGUAGE = "en"
CHOICES = (SOURCE_LANGUAGE, *LANGUAGES)  # what a person can choose
_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES, _NUMERUS_RULES, _LANGUAGE = 0x42, 0x69, 0x88, 0xA7
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
# Both languages have English's two forms: the first for n == 1, the second otherwise
# (Qt's rule bytecode: Q_EQ 1).
_TWO_FORMS = bytes([0x01, 0x01])


def folder() -> Path:
    """i18n/ in the package: the source tree's app/, or viparita/ in the installed wheel or a
    frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / PACKAGE / "i18n"
    return Path(__file__).resolve().parent / "i18n"


def _elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _tagged(tag: int, data: bytes) -> bytes:
    """A block of the file, or a field of a message: both are tag, length, bytes."""
    return bytes([tag]) + struct.pack(">I", len(data)) + data


def compile_ts(ts: Path) -> bytes:
    """The .qm bytes for one .ts file; unfinished and obsolete messages are left out."""
    import xml.etree.ElementTree as ET  # only when compiling: the app loads .qm files

    root = ET.parse(ts).getroot()
    messages = bytearray()
    hashes: list[tuple[int, int]] = []
    for context in root.iter("context"):
        name = (context.findtext("name") or "").encode("utf-8")
        for message in context.iter("message"):
            translation = message.find("translation")
            drafts = ("unfinished", "obsolete", "vanished")
            if translation is None or translation.get("type") in drafts:
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
            else:
                forms = [translation.text or ""]
            if not any(forms):
                continue
            source = (message.findtext("source") or "").encode("utf-8")
            comment = (message.findtext("comment") or "").encode("utf-8")
            hashes.append((_elf_hash(source + comment), len(messages)))
            for form in forms:
                messages += _tagged(_TRANSLATION, form.encode("utf-16-be"))
            messages += _tagged(_SOURCE, source) + _tagged(_CONTEXT, name)
            if comment:
                messages += _tagged(_COMMENT, comment)
            messages += bytes([_END])
    hashes.sort()
    table = b"".join(struct.pack(">II", h, offset) for h, offset in hashes)
    language = (root.get("language") or "").encode("utf-8")
    return (
        _MAGIC
        + _tagged(_HASHES, table)
        + _tagged(_MESSAGES, bytes(messages))
        + _tagged(_NUMERUS_RULES, _TWO_FORMS)
        + _tagged(_LANGUAGE, language)
    )


def compile_all(source: Path, target: Path) -> list[Path]:
    """viparita_<lang>.ts in `source` -> viparita_<lang>.qm in `target`."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(source.glob("viparita_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        qm.write_bytes(compile_ts(ts))
        written.append(qm)
    return written


def catalogue(language: str) -> bytes | None:
    """The compiled catalogue for `language`: the shipped .qm, or the .ts compiled now (a run
    from the source tree); None if the language is not shipped."""
    base = folder() / f"viparita_{language}"
    qm, ts = base.with_suffix(".qm"), base.with_suffix(".ts")
    if qm.is_file():
        return qm.read_bytes()
    if ts.is_file():
        return compile_ts(ts)
    return None
