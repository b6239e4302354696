"""The clinician report: one page whose every count is the ledger's, typed text printed as typed,
the guide's lines beside the milligrams, and the same page every time."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from magtui.assets import default_assets_dir
from magtui.content import load_content
from magtui.domain.entries import CapsuleDose, Entry, Note, Reaction, TopicalSession
from magtui.domain.entry_words import METHOD_NAMES
from magtui.domain.ledger_facts import Said, is_reaction, tidy_name, zone_totals
from magtui.domain.report import WEEKDAYS, PeriodError, last_days, period_between
from magtui.domain.vocabulary import AlpimsDomain
from magtui.exchange.pdf_fonts import FALLBACK_FONTS, REPLACED, Fonts
from magtui.exchange.pdf_pages import REPLACED_SENTENCE
from magtui.exchange.summary_format import answers_words
from tests.conftest import FIXED_NOW
from tests.report_helpers import HOSTILE_NOTES, important_note, render, report_journal
from tests.sample_journal import fixed_id

EXPECTED = Path(__file__).parent / "expected"
UPDATE = os.environ.get("MAGTUI_UPDATE_EXPECTED") == "1"


def test_the_report_of_the_sample_journal_is_one_page() -> None:
    assert len(render().reader.pages) == 1


def test_every_count_on_the_page_is_the_ledgers() -> None:
    """Each count worked out here from the ledger's view and its answers, not read from the
    report's facts, is the one on the page."""
    rendered = render()
    page, ledger, period = rendered.flat(), rendered.ledger, rendered.report.period
    shown = [e for e in ledger.history.view if ledger.local_day(e.at) >= period.first]
    assert f"From the person's own journal: {len(shown)} entries." in page
    zones = zone_totals(ledger.zone_days(period.last, period.days))
    words = ", ".join(f"{zone.label} {n}" for zone, n in zones.items() if zone and n)
    assert f"Days in each zone: {words}" in page
    uses = [facts for e in shown if (facts := ledger.facts_of(e.id)) is not None]
    by_method: dict[str, Counter[Said]] = {}
    by_name: dict[str, Counter[Said]] = {}
    for facts in uses:
        use = facts.use
        if isinstance(use, TopicalSession):
            by_method.setdefault(use.method.value, Counter())[facts.said] += 1
            name = tidy_name(use.product)  # an unnamed use is in no product's count
        else:
            name = f"{use.form.value} capsule"
        if name:
            by_name.setdefault(name, Counter())[facts.said] += 1
    assert len(by_method) == 4 and len(by_name) == 5
    for method, said in by_method.items():
        assert f"{METHOD_NAMES[method]}: {answers_words(said)}" in page
    for name, said in by_name.items():
        assert f"{name}: used {answers_words(said)}" in page
    reactions = [e for e in shown if isinstance(e, Reaction) and is_reaction(e)]
    assert page.count(" after ") == len(reactions) == 2
    mg = [e.mg for e in shown if isinstance(e, CapsuleDose) and e.mg]
    days = {ledger.local_day(e.at) for e in shown if isinstance(e, CapsuleDose) and e.mg}
    assert f"Milligrams logged: {sum(mg):g} mg on {len(days)} days" in page
    relief = Counter(d for e in shown if isinstance(e, Reaction | Note) for d in e.relief)
    assert relief and AlpimsDomain.ANXIETY not in relief, "relief before the period is not counted"
    words = ", ".join(f"{d.value} {relief[d]}" for d in AlpimsDomain if relief[d])
    assert f"Relief felt, by ALPIMS domain {words}." in page


def test_every_reaction_says_what_it_followed() -> None:
    page = render().flat()
    assert (
        "Sat 14 Nov 2026, 09:22: itch, moderate, after Cream, Calm Cream (Sat 14 Nov 2026, 09:02)"
        in page
    )
    assert "nausea, mild, after malate capsule (Tue 10 Nov 2026, 14:02)" in page


def test_typed_text_is_printed_exactly_as_typed() -> None:
    rendered = render()
    for reader_text in (rendered.flat(), _poppler_text(rendered.pdf)):
        for note in HOSTILE_NOTES:
            assert note in reader_text, note
        assert "Slept badly; <b>sore</b> knees." in reader_text
        assert "Logged by mistake" not in reader_text, "a deleted note is not in the report"
        assert "Spray on calves" not in reader_text, "a note not marked important is not in it"


def test_a_note_that_would_turn_the_line_around_is_spelled_out() -> None:
    note = important_note(FIXED_NOW - timedelta(minutes=5), "left\u202eright\nsecond line")
    page = render([*report_journal(), note]).flat()
    assert "left\\u202eright / second line" in page


def test_the_disclaimer_the_consult_line_and_the_guides_lines_are_on_the_page() -> None:
    guidance = load_content()
    page = render().flat()
    assert guidance.disclaimer.opening[0] in page
    assert guidance.disclaimer.consult_line in page
    for line in guidance.capsules.starting_dose[:2]:
        assert line in page
    assert "50–100 mg/day" in page and "200–400 mg/day" in page


def test_every_date_is_absolute() -> None:
    text = render().text()
    assert not re.search(r"\b(today|yesterday|ago)\b", text, re.IGNORECASE)
    assert "magtui report: Sat 24 Oct 2026 to Sun 22 Nov 2026 (30 days)" in text
    for day in re.findall(r"\b(\w{3}) (\d{1,2}) (\w{3}) (\d{4})\b", text):
        assert day[0] in WEEKDAYS, day


def test_the_page_is_the_one_reviewed() -> None:
    """The text and every drawing operation, so a moved bar or a changed word shows here; run
    with MAGTUI_UPDATE_EXPECTED=1 to write them again after reviewing the page."""
    rendered = render()
    for name, found in (
        ("report.txt", rendered.text() + "\n"),
        ("report-operations.txt", "\n".join(rendered.operations()) + "\n"),
    ):
        if UPDATE:
            (EXPECTED / name).write_text(found, encoding="utf-8")
        assert found == (EXPECTED / name).read_text(encoding="utf-8"), name


def test_the_same_journal_and_clock_give_the_same_bytes() -> None:
    assert render().pdf == render().pdf


def test_both_sheet_sizes_hold_the_page() -> None:
    letter, a4 = render(paper="letter"), render(paper="a4")
    assert [float(x) for x in letter.reader.pages[0].mediabox[2:]] == [612.0, 792.0]
    assert [round(float(x)) for x in a4.reader.pages[0].mediabox[2:]] == [595, 842]
    assert len(letter.reader.pages) == 1
    assert letter.flat() == a4.flat()


def _poppler_text(pdf: bytes) -> str:
    assert shutil.which("pdftotext"), "make test installs poppler-utils"
    result = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return " ".join(result.stdout.decode("utf-8").split())


def test_poppler_draws_the_page_as_an_a4_picture(tmp_path: Path) -> None:
    """The page a clinician's viewer shows: poppler, not the library that wrote it, reads it."""
    (tmp_path / "report.pdf").write_bytes(render().pdf)
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", str(tmp_path / "report.pdf"), str(tmp_path / "page")],
        check=True,
    )
    picture = (tmp_path / "page-1.png").read_bytes()
    width, height = int.from_bytes(picture[16:20]), int.from_bytes(picture[20:24])
    assert (width, height) == (827, 1170)
    assert not (tmp_path / "page-2.png").exists()


CJK_NOTE = "头痛 少し 좋아요"


@pytest.mark.skipif(
    not any(path.exists() for path in FALLBACK_FONTS),
    reason="no CJK font on this system; make test installs fonts-droid-fallback",
)
def test_chinese_japanese_and_korean_print_with_the_systems_font() -> None:
    page = render(_with_note(CJK_NOTE)).flat()
    assert CJK_NOTE in page
    assert REPLACED not in page and REPLACED_SENTENCE not in page


def test_without_a_font_for_them_characters_are_replaced_visibly_and_the_page_says_so() -> None:
    fonts = Fonts(default_assets_dir() / "fonts", fallbacks=())
    rendered = render(_with_note(f"pain {CJK_NOTE}"), fonts=fonts)
    page = rendered.flat()
    assert f"pain {REPLACED * 2} {REPLACED * 2} {REPLACED * 3}" in page
    assert REPLACED_SENTENCE in page
    assert "Café naïve, Grüße, Ελλάδα, Привет" in page, "DejaVu Sans has these"


def test_an_emoji_beyond_the_fonts_is_replaced_visibly() -> None:
    """An emoji beyond the first 65,536 characters becomes �, even one DejaVu Sans draws (😀):
    reportlab writes such a character's text code wrongly, and poppler and pypdf then read
    another character. A variation selector only asks for emoji drawing: ❤️ prints as ❤."""
    rendered = render(_with_note("calmer 😀 · melting 🫠 · 👍🏽 · ❤️ · ☺"))
    for page in (rendered.flat(), _poppler_text(rendered.pdf)):
        assert f"calmer {REPLACED} · melting {REPLACED} · {REPLACED * 2} · ❤ · ☺" in page
        assert REPLACED_SENTENCE in page


def _with_note(words: str) -> list[Entry]:
    return [*report_journal(), important_note(FIXED_NOW - timedelta(minutes=1), words)]


def long_journal() -> list[Entry]:
    """The report journal with two hundred reactions more, one an hour, linked to no use."""
    from magtui.domain.documents import new_entry

    entries = report_journal()
    for n in range(200):
        at = FIXED_NOW - timedelta(hours=n + 7, minutes=30)
        fields = {"id": fixed_id(at), "at": at, "logged_at": at, "kind": "reaction"}
        entries.append(new_entry({**fields, "reaction": "itch", "severity": 1}))
    return entries


def test_a_long_period_takes_two_pages_and_says_what_it_left_out() -> None:
    """Two hundred reactions cannot fit: the second page ends by counting the ones left out."""
    rendered = render(long_journal(), 90)
    assert len(rendered.reader.pages) == 2
    page = rendered.flat()
    shown = page.count(": itch, mild, not linked to a use")
    left_out = re.search(r"Left out for room: (\d+) reactions", page)
    assert left_out is not None
    assert shown + int(left_out.group(1)) == 200
    assert "magtui report, continued: Tue 25 Aug 2026 to Sun 22 Nov 2026" in page
    for note in HOSTILE_NOTES:
        assert note in page, "the notes come before the long list of reactions"


def test_a_period_is_whole_local_days_and_a_year_at_most() -> None:
    today = FIXED_NOW.date()
    assert last_days(today, 30).days == 30
    assert period_between(today - timedelta(days=365), today, today).days == 366
    with pytest.raises(PeriodError, match="366 days at most"):
        period_between(today - timedelta(days=366), today, today)
    with pytest.raises(PeriodError, match="comes after the last"):
        period_between(today, today - timedelta(days=1), today)
    assert period_between(today, today + timedelta(days=5), today).last == today
