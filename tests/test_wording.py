"""The app says only what the seeds say, and its own words are ones a person reviewed.

Every piece of text on every screen is split into sentences and phrases. Each is either in the
seed documents (words and numbers exactly, emoji and quote style aside) or on the reviewed list
in `reviewed_wording.txt`. A new heading, hint or claim fails here until someone has read it.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from textual.widget import Widget
from textual.widgets import Static

import magtui.ui
from magtui.domain.guidance import Guidance
from magtui.domain.zones import Zone
from magtui.ui.app import MagApp
from magtui.ui.features.capsules.capsules import CapsulesScreen
from magtui.ui.features.capsules.dose import DoseScreen
from magtui.ui.features.capsules.gate import GateScreen
from magtui.ui.features.home.home import HomeScreen
from magtui.ui.features.settings.themes import COLOUR_OFF
from magtui.ui.kit.base import TOO_SMALL, CalmScreen
from magtui.ui.widgets.bars import KeyBar, TitleBar
from magtui.ui.widgets.blocks import CONSULT
from magtui.ui.widgets.choice import LabelledRow
from tests.conftest import FIXED_NOW, MakeApp
from tests.crawl import crawl, folder_for
from tests.sample_journal import sample_entries
from tests.screens import SCREENS, ScreenCase
from tests.seed_text import plain, read_seed

REVIEWED = Path(__file__).parent / "reviewed_wording.txt"

SEEDS = plain(read_seed("topical.txt") + "\n" + read_seed("capsules.txt"))
_BREAKS = re.compile(r"(?<=[.;:!?])\s+|\s+[·—]\s+|\n+|“|”")
_MARK = re.compile(r"^[+~!x] (?=[A-Z])")
"""A comparison mark before a seed cell (see the guide's legend), not a word of its own."""


def phrases(text: str) -> list[str]:
    """Sentences and the parts around ':' ';' '·' '—', with their end punctuation dropped.

    A no-break space reads as a space, so it is compared as one."""
    text = text.replace("\u00a0", " ")
    parts = (_MARK.sub("", part.strip(" .;:!?,")) for part in _BREAKS.split(text))
    return [part for part in parts if part]


def is_seed(phrase: str) -> bool:
    return plain(phrase) in SEEDS


@cache
def reviewed() -> frozenset[str]:
    lines = REVIEWED.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def screen_texts(screen: CalmScreen) -> list[str]:
    """Every text the screen's widgets were given, whole, before any wrapping."""
    texts: list[str] = []
    for widget in screen.query(Widget):
        if isinstance(widget, LabelledRow):
            texts += [widget.row.name, widget.row.detail]
        elif isinstance(widget, Static):
            texts.append(str(widget.render()))
        elif isinstance(widget, TitleBar):
            texts.extend(widget.words)
        elif isinstance(widget, KeyBar):
            texts.extend(label for _, label in widget.keys)
    return texts


_DATES = re.compile(
    r"^((today|yesterday) at \d\d:\d\d|\d{1,2} [A-Z][a-z]{2}( \d{4})?( at \d\d:\d\d)?)"
    r"(\s+[GYR·▁▂▄▆█?](\s+[GYR·▁▂▄▆█?])*)?$|^[GYR·▁▂▄▆█?](\s+[GYR·▁▂▄▆█?])*$|^DATE$"
)
"""Dates, times and the cells of the zone and mg strips: what happened when, not words the app
claims."""


@cache
def _typed_in_sample() -> frozenset[str]:
    """What the person typed into the sample journal: their words, not the app's."""
    typed = set()
    for entry in sample_entries(FIXED_NOW):
        for name in ("product", "area", "amount", "name", "ingredients", "note"):
            value = getattr(entry, name, "")
            if value:
                typed.update(phrases(value))
    return frozenset(typed)


def _own_phrases(texts: list[str], case: ScreenCase) -> set[str]:
    """The app's own phrases: on a journal's screens the person's words are left out, dates
    and times everywhere, and numbers the seeds do not give read as N, so a phrase is reviewed
    once whatever the journal holds or the clock says."""
    found = {phrase for text in texts for phrase in phrases(_ABSOLUTE.sub("DATE", text))}
    typed, known = _typed_in_sample() if case.sample else frozenset(), reviewed()
    return {
        phrase if phrase in known or is_seed(phrase) else re.sub(r"\d+", "N", phrase)
        for phrase in (_without(typed, phrase) for phrase in found)
        if phrase and not _DATES.match(phrase)
    }


@cache
def _longest_first(typed: frozenset[str]) -> list[str]:
    return sorted(typed, key=len, reverse=True)


def _without(typed: frozenset[str], phrase: str) -> str:
    """The phrase with what the person typed read as X ('Balm, X, X'); nothing if it was all
    theirs."""
    if phrase in typed:
        return ""
    for words in _longest_first(typed):
        phrase = re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", "X", phrase)
    return phrase


CHUNKS = 3
"""The walk is split in three, to share it among the test workers; the last to finish checks
that each reviewed phrase is still shown somewhere."""

BASES = frozenset({"ChoiceScreen", "StepScreen", "TypedScreen"})
"""Screens only other screens are built on: never drawn themselves."""

_PATH = re.compile(r"(?<![\w.])/[^\s]+")
"""A file's place, as a notice names where it saved: the person's folder, not the app's words."""


@dataclass
class Walked:
    """What a walk over part of the screen table found."""

    phrases: set[str] = field(default_factory=set)
    wrong: list[str] = field(default_factory=list)
    dose_lines_shown: int = 0
    screens: set[str] = field(default_factory=set)


def _look(walked: Walked, case: ScreenCase, reached: str, app: MagApp, guidance: Guidance) -> None:
    """The phrases of the screen in front, and whether its dose lines carry the consult line."""
    screen = app.screen
    assert isinstance(screen, CalmScreen)
    walked.screens.add(type(screen).__name__)
    texts = [_PATH.sub("FILE", text) for text in screen_texts(screen)]
    walked.phrases |= _own_phrases(texts, case)
    consult = {guidance.disclaimer.consult_line, guidance.disclaimer.consult_line_red}
    dose_lines = _dose_lines(guidance)
    for widget in screen.query(Widget):
        shown = screen_texts_of(widget)
        if not any(line in text for line in dose_lines for text in shown):
            continue
        walked.dose_lines_shown += 1
        sections = [a for a in widget.ancestors if a.has_class("dose")]
        if not sections:
            walked.wrong.append(f"{shown} on {reached} has no consult line beside it")
            continue
        last = [t for w in sections[0].query(Widget) for t in screen_texts_of(w)][-1]
        if last not in consult:
            walked.wrong.append(f"{reached}: the dose section ends with {last!r}")
    walked.wrong += _consult_lines_shown(screen, app.session.zone, reached, guidance)


async def _walk(
    cases: list[ScreenCase], make_app: MakeApp, folder: Path, guidance: Guidance
) -> Walked:
    """Each screen of `cases`, and every screen one key from it (`tests/crawl.py`)."""
    walked = Walked(phrases=set(phrases(TOO_SMALL)) | set(phrases(COLOUR_OFF)))
    for case in cases:
        await _crawl_one(case, walked, make_app, folder, guidance)
    walked.phrases = {phrase for phrase in walked.phrases if not is_seed(phrase)}
    return walked


async def _crawl_one(
    case: ScreenCase, walked: Walked, make_app: MakeApp, folder: Path, guidance: Guidance
) -> None:
    def start(n: int) -> MagApp:
        # A data folder each, so what one screen's keys saved never changes another screen.
        return case.app(make_app, folder=folder_for(folder, case, n))

    def look(reached: str, app: MagApp) -> None:
        _look(walked, case, reached, app, guidance)

    await crawl(case, start, look)


@pytest.fixture
def walk_results(tmp_path_factory: pytest.TempPathFactory, testrun_uid: str) -> Path:
    """A folder every part of the walk writes to, shared by the test workers of this run."""
    folder = tmp_path_factory.getbasetemp().parent / f"wording-walk-{testrun_uid}"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.mark.long
@pytest.mark.parametrize("chunk", range(CHUNKS))
async def test_every_phrase_is_the_seeds_or_reviewed_and_every_dose_line_has_the_consult_line(
    make_app: MakeApp, tmp_path: Path, guidance: Guidance, chunk: int, walk_results: Path
) -> None:
    """On every screen in the table and every screen one key from one, the zone homes of all
    three zones among them."""
    walked = await _walk(SCREENS[chunk::CHUNKS], make_app, tmp_path, guidance)
    (walk_results / f"{chunk}.json").write_text(
        json.dumps({"phrases": sorted(walked.phrases), "screens": sorted(walked.screens)})
    )
    unreviewed = sorted(walked.phrases - reviewed())
    assert unreviewed == [], "new wording to review:\n" + "\n".join(unreviewed)
    assert walked.wrong == []
    if chunk == 0:
        assert walked.dose_lines_shown >= 6, "the homes and the capsule chapters show dose lines"
    _check_the_whole_walk(walk_results)


PARTS = CHUNKS + 1
"""The walk's three chunks of screens, and the clinician report's pages."""


def _check_the_whole_walk(walk_results: Path) -> None:
    """Once every part has written what it found: each reviewed phrase is still shown by some
    screen or page, and every kind of screen was reached."""
    done = [json.loads(path.read_text()) for path in sorted(walk_results.glob("*.json"))]
    if len(done) < PARTS:
        return  # the last part of the walk to finish makes the checks of the whole walk
    shown = {phrase for part in done for phrase in part["phrases"]}
    stale = sorted(reviewed() - shown)
    assert stale == [], "reviewed wording no screen shows any more:\n" + "\n".join(stale)
    drawn = {name for part in done for name in part["screens"]}
    never = sorted(name for name in _every_kind_of_screen() - drawn)
    assert never == [], f"screens the walk never reaches; add them to tests/screens.py: {never}"


_ABSOLUTE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}(, \d\d:\d\d)?")
"""A day, or a moment, as the report writes it: what happened when, not words it claims."""


def _report_texts() -> tuple[list[str], frozenset[str]]:
    """Every text the report's pages were given, whole, before wrapping, for each kind of
    page (a month, a long period that runs out of room, no doses, a character no font has),
    and what the person typed into the journals they were drawn from."""
    from magtui.assets import default_assets_dir
    from magtui.exchange.pdf_fonts import Fonts
    from magtui.exchange.pdf_pages import REPLACED_SENTENCE, Pages
    from tests.report_helpers import render, report_journal
    from tests.test_report import long_journal

    texts: list[str] = []
    given = (Pages.line, Pages.text_at)

    def line(pages: Pages, text: str, *args: object, **kwargs: object) -> bool:
        texts.append(text)
        return given[0](pages, text, *args, **kwargs)  # type: ignore[arg-type]

    def text_at(pages: Pages, x: float, y: float, text: str, *args: object) -> float:
        texts.append(text)
        return given[1](pages, x, y, text, *args)  # type: ignore[arg-type]

    Pages.line, Pages.text_at = line, text_at  # type: ignore[method-assign,assignment]
    try:
        journals = [report_journal(), long_journal(), report_journal()[:8]]
        for journal in journals:
            render(journal, 90)
        no_font = Fonts(default_assets_dir() / "fonts", fallbacks=())
        rendered = render([*journals[0], _note_no_font_has()], fonts=no_font)
        assert rendered.fonts.replaced, "the page says why a character is �, in its footer"
        texts.append(REPLACED_SENTENCE)
    finally:
        Pages.line, Pages.text_at = given  # type: ignore[method-assign]
    typed = {"头痛"} | {
        phrase
        for journal in journals
        for entry in journal
        for name in ("product", "area", "amount", "name", "ingredients", "note")
        if (value := getattr(entry, name, ""))
        for phrase in phrases(value)
    }
    return texts, frozenset(typed)


def _note_no_font_has() -> Any:
    from tests.report_helpers import important_note

    return important_note(FIXED_NOW - timedelta(minutes=1), "头痛")


def test_every_phrase_of_the_report_is_the_seeds_or_reviewed(walk_results: Path) -> None:
    """The report's own words pass the same check as the screens', and count as shown."""
    texts, typed = _report_texts()
    known, found = reviewed(), set()
    for text in texts:
        if len(text) <= 1 or text.isdigit() or _DATES.match(text):
            continue  # a zone letter, a weekday's initial, an axis number or an axis date
        for phrase in phrases(_ABSOLUTE.sub("DATE", text)):
            phrase = _without(typed, phrase)
            if phrase and not is_seed(phrase) and not _DATES.match(phrase):
                found.add(phrase if phrase in known else re.sub(r"\d+", "N", phrase))
    (walk_results / "report.json").write_text(json.dumps({"phrases": sorted(found), "screens": []}))
    unreviewed = sorted(found - known)
    assert unreviewed == [], "new wording to review:\n" + "\n".join(unreviewed)
    _check_the_whole_walk(walk_results)


def _every_kind_of_screen() -> set[str]:
    """Every screen class magtui defines, but the bases others are built on."""
    for module in pkgutil.walk_packages(magtui.ui.__path__, "magtui.ui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    waiting: list[type[CalmScreen]] = [CalmScreen]
    while waiting:
        sub: type[CalmScreen]
        for sub in waiting.pop().__subclasses__():
            found.add(sub.__name__)
            waiting.append(sub)
    return found - BASES


def test_the_check_catches_an_invented_claim() -> None:
    assert is_seed("Start with 1 spray.")
    assert not is_seed("Start with 3 sprays.")
    assert not is_seed("Safe in Red, gentlest first")
    assert "Safe in Red, gentlest first" not in reviewed()
    assert phrases("Best form: Skip capsules. Why: calm") == [
        "Best form",
        "Skip capsules",
        "Why",
        "calm",
    ]


ZONE_DRAWN = (CapsulesScreen, DoseScreen, GateScreen, HomeScreen)
"""Screens drawn for the zone a person is in; the guide's chapters are the same in every zone."""


def _consult_lines_shown(
    screen: CalmScreen, zone: Zone | None, reached: str, guidance: Guidance
) -> list[str]:
    """The consult sentence is shown once per screen; on a capsule screen in Red it is the one
    with the seed's Red Zone item."""
    shown = [w for w in screen.query(f".{CONSULT}") if w.display]
    if len(shown) > 1:
        return [f"{reached} shows the consult sentence {len(shown)} times"]
    if shown and zone is Zone.RED and isinstance(screen, ZONE_DRAWN):
        text = " ".join(t for w in shown[0].query(Widget) for t in screen_texts_of(w))
        if guidance.disclaimer.consult_line_red not in text:
            return [f"{reached} in Red does not carry the Red Zone consult item"]
    return []


def _dose_lines(guidance: Guidance) -> list[str]:
    capsules = guidance.capsules
    return [
        *capsules.starting_dose,
        *capsules.cautions,
        *capsules.when_capsules_better,
        capsules.green_start_summary,
        *(zone.best_form for zone in guidance.zones.zones),
    ]


def screen_texts_of(widget: Widget) -> list[str]:
    if isinstance(widget, LabelledRow):
        return [widget.row.detail]
    if isinstance(widget, Static):
        return [str(widget.render())]
    return []


# -- the command line's examples model the guidance -------------------------------------------

_TIMES = re.compile(
    r"\d+\s*[mhd]\b(?: ago)?|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?|\b0 \(none\) to 3\b|\ba4\b"
)
"""Times, dates, the severity scale's words and the A4 sheet: numbers that are no amount."""
_NUMBER = re.compile(r"\d+(?:[./:]\d+)?")


def _help_texts() -> list[str]:
    texts = []
    for args in (["--help"], ["log", "--help"], ["zone", "--help"], ["export", "--help"]):
        result = subprocess.run(
            [sys.executable, "-m", "magtui", *args], capture_output=True, text=True, timeout=60
        )
        texts.append(result.stdout)
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    texts.extend(re.findall(r"```\n(.*?)```", readme, flags=re.S))
    return texts


def test_every_number_in_help_and_readme_examples_is_a_seed_number() -> None:
    """No `--minutes 20` for a soak the seed times at 5–10 minutes."""
    seed_numbers = set(_NUMBER.findall(read_seed("topical.txt") + read_seed("capsules.txt")))
    seed_numbers |= {"1/4", "1/2"}  # the seed's ¼ and ½, as they are typed
    for text in _help_texts():
        without_times = _TIMES.sub(" ", text)
        for number in _NUMBER.findall(without_times):
            assert number in seed_numbers, f"{number!r} in:\n{text}"
