"""The report from the journal, by keys: which days, then the PDF in the data folder's reports
folder, or one sentence saying what will not do. The PDF library loads only then."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from magtui.assets import default_assets_dir
from magtui.ui.features.journal.journal import JournalScreen
from tests.conftest import MakeApp
from tests.screen_reader import screen_words
from tests.screens import JOURNAL


def _reports(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "reports").glob("*.pdf"))


async def test_one_key_saves_the_last_30_days_and_the_notice_says_where(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL)
        await app.workers.wait_for_complete()
        await pilot.press("s")
        await pilot.pause()
        assert "Which days should the report cover?" in screen_words(app)
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        saved = _reports(data_dir)
        assert [path.name for path in saved] == ["report-2026-10-24-to-2026-11-22.pdf"]
        assert app.confirmation == (
            f"Report of Sat 24 Oct 2026 to Sun 22 Nov 2026 saved to {saved[0]}"
        )
    page = PdfReader(saved[0])
    assert len(page.pages) == 1
    assert "magtui report: Sat 24 Oct 2026 to Sun 22 Nov 2026 (30 days)" in (
        page.pages[0].extract_text()
    )
    assert oct(saved[0].stat().st_mode & 0o777) == "0o600"
    assert oct(saved[0].parent.stat().st_mode & 0o777) == "0o700"


async def test_a_typed_first_day_that_will_not_do_says_why_and_saves_nothing(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL, "s", "3")
        await pilot.pause()
        assert "The report's first day, as year-month-day (like 2026-11-01):" in screen_words(app)
        for typed, sentence in (
            ("soon", "'soon' is not a day magtui can read; type it as year-month-day"),
            ("2026-12-24", "'2026-12-24' is in the future"),
            ("2024-01-01", "A report covers 366 days at most"),
        ):
            await pilot.press(*typed, "enter")
            await pilot.pause()
            assert sentence in screen_words(app), typed
            assert _reports(data_dir) == []
            await pilot.press(*["backspace"] * len(typed))
        await pilot.press(*"2026-11-01", "enter")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
    assert [path.name for path in _reports(data_dir)] == ["report-2026-11-01-to-2026-11-22.pdf"]


async def test_going_back_from_the_question_saves_nothing(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL, "s", "escape")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert app.confirmation is None or "Report" not in app.confirmation
        await pilot.press("s", "enter")  # Enter takes the highlighted first choice
        await pilot.pause()
    assert len(_reports(data_dir)) == 1


NOT_YET = """
import asyncio, sys
from tests.conftest import *  # noqa: F403 - the fixtures' helpers, as a test uses them
from pathlib import Path
from magtui.commands.launch import create_app
from magtui.content import load_content
from magtui.domain.settings import Settings
from magtui.storage.journal import Journal
from magtui.storage.settings_store import SettingsStore

folder = Path(sys.argv[1])
store = SettingsStore(folder)
settings = Settings(disclaimer_seen=1)
store.save(settings)
app = create_app(settings=settings, settings_store=store, journal=Journal(folder),
                 guidance=load_content(), clock=fixed_clock)

async def walk():
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")  # the first check-in: Green, then the zone home
        await pilot.pause()
        await pilot.press("j")
        await app.workers.wait_for_complete()
        await pilot.press("v", "escape")
        await pilot.pause()
        print("reportlab" in sys.modules)
        await pilot.press("s", "1")
        await pilot.pause()
        print("reportlab" in sys.modules, type(app.screen).__name__, app.confirmation)

asyncio.run(walk())
"""


def test_the_app_loads_the_pdf_library_only_when_a_report_is_saved(tmp_path: Path) -> None:
    """Its start, the journal and the pictures stay as fast as before the report existed."""
    result = subprocess.run(
        [sys.executable, "-c", NOT_YET, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.splitlines()
    assert before == "False", result.stderr
    assert after.startswith("True JournalScreen Report of "), after


async def test_a_font_that_cannot_be_read_is_one_sentence_and_nothing_is_saved(
    make_app: MakeApp, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(default_assets_dir(), assets)
    (assets / "fonts" / "DejaVuSans-Bold.ttf").unlink()
    registered: dict[str, object] = getattr(pdfmetrics, "_fonts")  # noqa: B009
    registered.pop("magtui-sans-bold", None)  # as in a process that has made no report yet
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL)
        await app.workers.wait_for_complete()
        monkeypatch.setenv("MAGTUI_ASSETS_DIR", str(assets))
        await pilot.press("s", "1")
        await pilot.pause()
        shown = screen_words(app)
        assert "Nothing was saved: The report's font" in shown, shown
        assert "reinstall magtui" in shown
        assert app.confirmation is None or "Report of" not in app.confirmation
    assert _reports(data_dir) == []
