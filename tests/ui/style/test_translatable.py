"""Everything a person reads can be translated: pyside6-lupdate finds the core's data texts
(marked with QT_TRANSLATE_NOOP) under the contexts the UI translates them with."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.core import breathing, cautions, profiles, routines, session, steps, variations
from app.core.i18n import Text

APP = Path(__file__).resolve().parents[3] / "app"


def core_texts() -> list[Text]:
    found: list[Text] = []

    def collect(value):
        # The records (NamedTuples) before tuples in general: only their texts count.
        if isinstance(value, Text):
            found.append(value)
        elif isinstance(value, steps.Step):
            found.extend((value.title, value.body))
        elif isinstance(value, routines.Pose):
            collect(value.step)
        elif isinstance(value, variations.VariationInfo):
            found.append(value.name)
            collect(value.setup)
        elif isinstance(value, (tuple, list)):
            for v in value:
                collect(v)
        elif isinstance(value, dict):
            for v in value.values():
                collect(v)

    for module in (steps, cautions, breathing, session, profiles, routines, variations):
        for name in dir(module):
            collect(getattr(module, name))
    return found


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    ts = tmp_path_factory.mktemp("ts") / "viparita.ts"
    sources = sorted(str(p) for p in APP.rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True)
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_core_text_is_in_the_catalogue(catalogue):
    texts = core_texts()
    assert len(texts) > 40
    missing = [t for t in texts if (t.context, t.source) not in catalogue]
    assert missing == []


def test_ui_strings_are_in_the_catalogue(catalogue):
    contexts = {ctx for ctx, _ in catalogue}
    for page in (
        "StartPage",
        "EntryPage",
        "HoldPage",
        "ClosingPage",
        "ScreeningPage",
        "MainWindow",
    ):
        assert page in contexts
    assert ("HoldPage", "Come down now") in catalogue
    assert ("ClosingPage", "Finish") in catalogue


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_text_is_translated_in_each_shipped_language(catalogue, language):
    """A new text in app/ or a changed one fails here until both catalogues have it: run
    pyside6-lupdate on app/ into app/i18n/*.ts and translate what it marks unfinished."""
    shipped = ET.parse(APP / "i18n" / f"viparita_{language}.ts").getroot()
    done = {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in shipped.iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation").get("type") is None
    }
    missing = sorted(key for key in catalogue if key not in done)
    assert missing == []
