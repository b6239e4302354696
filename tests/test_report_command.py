"""`magtui export --format pdf` from the shell: the period it covers, the sheet, and one sentence
for every argument or missing part that will not do, with nothing written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from magtui.assets import default_assets_dir
from magtui.storage.journal import Journal
from tests.commandline import magtui_in
from tests.report_helpers import report_journal


@pytest.fixture
def journal_dir(data_dir: Path) -> Path:
    Journal(data_dir).add(*report_journal())
    return data_dir


def test_the_period_runs_from_since_to_until_on_the_chosen_sheet(
    journal_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    args = ["--since", "2026-11-01", "--until", "2026-11-15", "--paper", "letter"]
    result = magtui_in(journal_dir, "export", "--format", "pdf", *args, "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Exported ") and str(out) in result.stdout
    page = PdfReader(out).pages[0]
    assert [float(x) for x in page.mediabox[2:]] == [612.0, 792.0]
    text = page.extract_text()
    assert "magtui report: Sun 1 Nov 2026 to Sun 15 Nov 2026 (15 days)" in text
    assert "Slept badly" not in text, "a note from after the last day is not in it"


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["--until", "2026-11-15"], "--until works with --format pdf only"),
        (["--format", "pdf", "--history"], "--history does not go with --format pdf"),
        (["--format", "pdf", "--since", "2024-01-01"], "A report covers 366 days at most"),
        (
            ["--format", "pdf", "--since", "2026-11-10", "--until", "2026-11-01"],
            "The first day comes after",
        ),
        (["--format", "pdf", "--until", "soon"], "--until 'soon' is not a time magtui can read"),
    ],
)
def test_a_period_that_will_not_do_is_one_sentence_and_nothing_is_written(
    journal_dir: Path, tmp_path: Path, args: list[str], sentence: str
) -> None:
    out = tmp_path / "report.pdf"
    result = magtui_in(journal_dir, "export", *args, "--output", str(out))
    assert result.returncode == 2
    assert result.stderr.startswith(f"magtui: {sentence}"), result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not out.exists()


def test_a_missing_font_is_one_sentence_and_nothing_is_written(
    journal_dir: Path, tmp_path: Path
) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(default_assets_dir(), assets)
    (assets / "fonts" / "DejaVuSans.ttf").write_bytes(b"not a font")
    out = tmp_path / "report.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "magtui", "--data-dir", str(journal_dir), "export"]
        + ["--format", "pdf", "--output", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "MAGTUI_ASSETS_DIR": str(assets)},
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"magtui: Nothing was exported: The report's font {assets / 'fonts' / 'DejaVuSans.ttf'}"
        " cannot be read; reinstall magtui.\n"
    )
    assert not out.exists()


def test_a_pdf_is_never_written_to_a_terminal(journal_dir: Path) -> None:
    """Without --output, standard output that is a terminal gets one sentence, not PDF bytes."""
    terminal, other_end = os.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "magtui", "--data-dir", str(journal_dir)]
            + ["export", "--format", "pdf"],
            stdout=other_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
        os.set_blocking(terminal, False)
        try:
            written = os.read(terminal, 4096)
        except BlockingIOError:
            written = b""
    finally:
        os.close(terminal)
        os.close(other_end)
    assert result.returncode == 2
    assert result.stderr == (
        "magtui: A PDF is not for the terminal; add --output FILE, as in --output report.pdf.\n"
    )
    assert b"%PDF" not in written
