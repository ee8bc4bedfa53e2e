"""The DOCX and XLSX plans opened as an office opens them: LibreOffice converts each to PDF (headless,
a fresh profile per test) and the converted text holds the plan, its item numbers and, for the DOCX,
page numbers filled in on every page. A file LibreOffice had to repair would not convert cleanly."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from planned_workshop import PLANNED

from plworkshop.reports.exports import export_workshop

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui "
    "libreoffice-calc-nogui, as .ci/run does",
)
TIMEOUT_S = 240  # a first start with a fresh profile takes a few seconds; a hang fails the test


def _convert(path: Path, tmp_path: Path) -> tuple[str, int]:
    """The text (pdftotext -layout) and page count of LibreOffice's PDF of `path`."""
    out = tmp_path / "converted"
    command = [
        SOFFICE,
        f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        str(path),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S)
    pdf = out / f"{path.stem}.pdf"
    assert done.returncode == 0 and pdf.is_file(), f"LibreOffice did not convert {path.name}: {done.stderr}"
    assert not re.search(r"repair|corrupt", done.stdout + done.stderr, re.IGNORECASE), done.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    info = subprocess.run(
        ["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    return text, int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


@pytest.mark.parametrize(("lang", "page_of"), [("en", "Page {} of {}"), ("es", "Página {} de {}")])
def test_the_docx_opens_with_its_numbers_and_page_fields(planned_snapshot, pack, tmp_path, lang, page_of):
    path = export_workshop(planned_snapshot, pack, "docx", tmp_path / f"plan-{lang}.docx", lang=lang)
    text, pages = _convert(path, tmp_path)
    assert pages >= 3
    for page in range(1, pages + 1):  # the fields, filled in on every page
        assert page_of.format(page, pages) in text
    assert "Fixture convening" in text
    for number, plan in PLANNED.items():
        title = plan["title"]
        assert re.search(rf"^\s*{number}\s+{re.escape(title.split()[0])}", text, re.MULTILINE), (
            title
        )  # tables
    assert re.search(r"^\s*1\. Convene a family advisory council", text, re.MULTILINE)  # a card
    assert "Waiting for the session calendar" in text and PLANNED[1]["resources"] in text


def test_the_xlsx_opens_with_its_numbers(planned_snapshot, pack, tmp_path):
    path = export_workshop(planned_snapshot, pack, "xlsx", tmp_path / "plan.xlsx")
    text, pages = _convert(path, tmp_path)
    assert pages >= 2
    for number, plan in PLANNED.items():
        first_word = re.escape(plan["title"].split()[0])
        assert re.search(rf"^\s*{number}\s+{first_word}", text, re.MULTILINE), plan["title"]
    assert "Eight said yes" in text and "Waiting for the session" in text  # printed columns (wrapped)
