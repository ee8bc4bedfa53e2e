"""The Spanish .ts is complete and consistent, the .qm is compiled from it, and lupdate finds our calls."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "plworkshop_es.ts"
QM = TS.with_suffix(".qm")


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_message_is_translated():
    missing = [
        (ctx, m.findtext("source"))
        for ctx, m in _messages()
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.find("translation").text or "").strip()
    ]
    assert missing == []
    assert sum(1 for _ in _messages()) > 400


def test_placeholders_and_accelerators_survive_translation():
    for ctx, message in _messages():
        source, translation = message.findtext("source"), message.find("translation").text
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", translation)), (
            source
        )
        if re.search(r"&[^& ]", source):
            assert re.search(r"&[^& ]", translation), f"{ctx}: {source!r} lost its keyboard accelerator"


def test_menu_accelerators_are_unique_within_each_menu_in_spanish():
    translations = {
        m.findtext("source"): m.find("translation").text for ctx, m in _messages() if ctx == "MainMenus"
    }
    menus = [
        [
            "&New workshop",
            "&Open…",
            "Open &recent",
            "Open the &demo",
            "&Import…",
            "&Export…",
            "Report pre&view…",
            "&Print…",
            "&Quit",
        ],
        [
            "&Home",
            "&Setup",
            "F&acilitate",
            "Action i&tems",
            "&Projector view",
            "&Full screen",
            "&High contrast, large type",
        ],
        ["&Content editor…", "&Restore from backup…", "&Preferences…"],
        ["&File", "&Edit", "&View", "&Tools", "&Help"],
    ]
    for menu in menus:
        keys = [re.search(r"&(\w)", translations[item]).group(1).lower() for item in menu]
        assert len(keys) == len(set(keys)), menu


def test_qm_is_compiled_from_the_current_ts():
    assert QM.exists() and QM.stat().st_size > 1000
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 1


def test_lupdate_extracts_translate_and_noop_calls(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(
        "from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate\n"
        'LABEL = QT_TRANSLATE_NOOP("Sample", "Defined at import")\n'
        "def f(n):\n"
        '    return translate("Sample", "{n} people here").format(n=n)\n'
    )
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = tmp_path / "out.ts"
    subprocess.run([str(lupdate), str(source), "-ts", str(ts)], check=True, capture_output=True)
    sources = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    assert sources == {"Defined at import", "{n} people here"}
    assert {c.findtext("name") for c in ET.parse(ts).getroot().iter("context")} == {"Sample"}
