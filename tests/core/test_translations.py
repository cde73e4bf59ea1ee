"""The .qm compiler against Qt's own lrelease: Qt must read both the same way."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app import translations

SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>StartPage</name>
  <message><source>&amp;Start</source><translation>&amp;Beginnen</translation></message>
  <message><source>Pose %1 of %2: %3</source>
    <translation>Haltung %1 von %2: %3</translation></message>
  <message><source>Not yet</source><translation type="unfinished">Noch nicht</translation></message>
  <message><source>Lie down.
Breathe.</source><translation>Leg dich hin.
Atme. Ünïcödé ✓</translation></message>
</context>
<context><name>steps</name>
  <message><source>Sit up slowly</source><comment>exit</comment>
    <translation>Langsam aufsetzen</translation></message>
  <message><source>Sit up slowly</source><translation>Setz dich langsam auf</translation></message>
  <message numerus="yes"><source>Ask again in %n minutes</source>
    <translation><numerusform>In %n Minute erneut fragen</numerusform>
      <numerusform>In %n Minuten erneut fragen</numerusform></translation>
  </message>
</context>
</TS>
"""


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert found, "pyside6-lrelease comes with PySide6-Essentials"
    return found


def lookups(ts: Path):
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            comment = message.findtext("comment") or ""
            for n in (1, 2, 5) if message.get("numerus") == "yes" else (-1,):
                yield context.findtext("name"), message.findtext("source"), comment, n


def both(ts: Path, tmp_path: Path) -> tuple[QTranslator, QTranslator]:
    ours = tmp_path / "ours.qm"
    ours.write_bytes(translations.compile_ts(ts))
    theirs = tmp_path / "theirs.qm"
    # Drafts stay out of both: an unfinished translation is not shown.
    command = [lrelease(), "-nounfinished", str(ts), "-qm", str(theirs)]
    subprocess.run(command, check=True, capture_output=True)
    a, b = QTranslator(), QTranslator()
    assert a.load(str(ours)) and b.load(str(theirs))
    return a, b


def test_qt_reads_our_catalogue_as_it_reads_lreleases(qapp, tmp_path):
    ts = tmp_path / "viparita_de.ts"
    ts.write_text(SAMPLE, encoding="utf-8")
    ours, theirs = both(ts, tmp_path)
    for context, source, comment, n in lookups(ts):
        assert ours.translate(context, source, comment, n) == theirs.translate(
            context, source, comment, n
        ), (context, source, n)
    assert ours.translate("StartPage", "&Start", "", -1) == "&Beginnen"
    assert ours.translate("StartPage", "Not yet", "", -1) == ""  # unfinished: English shows
    assert ours.translate("steps", "Sit up slowly", "exit", -1) == "Langsam aufsetzen"
    assert ours.translate("steps", "Ask again in %n minutes", "", 1) == "In %n Minute erneut fragen"
    assert ours.translate("steps", "Ask again in %n minutes", "", 7).endswith(
        "Minuten erneut fragen"
    )
    assert ours.translate("Other", "&Start", "", -1) == ""  # the context must match
    assert ours.language() == "de"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_each_shipped_catalogue_reads_the_same_through_both(qapp, tmp_path, language):
    ts = translations.folder() / f"viparita_{language}.ts"
    ours, theirs = both(ts, tmp_path)
    compared = 0
    for context, source, comment, n in lookups(ts):
        got = ours.translate(context, source, comment, n)
        assert got == theirs.translate(context, source, comment, n), (context, source)
        compared += 1
    assert compared > 400
