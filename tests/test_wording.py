"""The app says only what the seeds say, and its own words are ones a person reviewed.

Every piece of text on every screen is split into sentences and phrases. Each is either in the
seed documents (words and numbers exactly, emoji and quote style aside) or on the reviewed list
in `reviewed_wording.txt`. A new heading, hint or claim fails here until someone has read it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import Static

from magtui.domain.guidance import Guidance
from magtui.domain.zones import Zone
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


def reviewed() -> set[str]:
    lines = REVIEWED.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


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
    r"(\s+[GYR·](\s+[GYR·])*)?$|^[GYR·](\s+[GYR·])*$"
)
"""Dates, times and zone-strip cells: what happened when, not words the app claims."""


def _typed_in_sample() -> set[str]:
    """What the person typed into the sample journal: their words, not the app's."""
    typed = set()
    for entry in sample_entries(FIXED_NOW):
        for name in ("product", "area", "amount", "name", "ingredients", "note"):
            value = getattr(entry, name, "")
            if value:
                typed.update(phrases(value))
    return typed


def _own_phrases(texts: list[str], case: ScreenCase) -> set[str]:
    """The app's own phrases; on a journal's screens, the person's words and the dates are left
    out and counts read as N, so a phrase is reviewed once whatever the journal holds."""
    found = {phrase for text in texts for phrase in phrases(text)}
    if not case.sample:
        return found
    typed, known = _typed_in_sample(), reviewed()
    return {
        phrase if phrase in known or is_seed(phrase) else re.sub(r"\d+", "N", phrase)
        for phrase in found
        if phrase not in typed and not _DATES.match(phrase)
    }


async def _walk_every_screen(
    make_app: MakeApp, folder: Path, guidance: Guidance
) -> tuple[set[str], list[str], int]:
    """Every screen drawn once at 160x60, with its help: the app's own phrases, what is wrong
    with the dose sections, and how many dose lines were shown (one walk serves both tests'
    checks, since drawing every screen is most of their time)."""
    found: set[str] = set(phrases(TOO_SMALL)) | set(phrases(COLOUR_OFF))
    consult = {guidance.disclaimer.consult_line, guidance.disclaimer.consult_line_red}
    dose_lines = _dose_lines(guidance)
    wrong: list[str] = []
    shown = 0
    for case in SCREENS:
        # A data folder each, so what one screen's keys saved never changes another screen.
        app = case.app(make_app, folder=folder / case.name)
        async with app.run_test(size=(160, 60)) as pilot:
            await pilot.press(*case.keys)
            await pilot.pause()
            found |= _own_phrases(screen_texts(app.screen), case)  # type: ignore[arg-type]
            for widget in app.screen.query(Widget):
                texts = screen_texts_of(widget)
                if not any(line in text for line in dose_lines for text in texts):
                    continue
                shown += 1
                sections = [a for a in widget.ancestors if a.has_class("dose")]
                if not sections:
                    wrong.append(f"{texts} on {case.name} has no consult line beside it")
                    continue
                last = [t for w in sections[0].query(Widget) for t in screen_texts_of(w)][-1]
                if last not in consult:
                    wrong.append(f"{case.name}: the dose section ends with {last!r}")
            wrong += _consult_lines_shown(app.screen, case, guidance)  # type: ignore[arg-type]
            await pilot.press("question_mark")
            await pilot.pause()
            found |= _own_phrases(screen_texts(app.screen), case)  # type: ignore[arg-type]
    return {phrase for phrase in found if not is_seed(phrase)}, wrong, shown


@pytest.mark.long
async def test_every_phrase_is_the_seeds_or_reviewed_and_every_dose_line_has_the_consult_line(
    make_app: MakeApp, tmp_path: Path, guidance: Guidance
) -> None:
    """On every screen, the zone homes of all three zones among them."""
    own, wrong, shown = await _walk_every_screen(make_app, tmp_path, guidance)
    unreviewed = sorted(own - reviewed())
    assert unreviewed == [], "new wording to review:\n" + "\n".join(unreviewed)
    stale = sorted(reviewed() - own)
    assert stale == [], "reviewed wording no screen shows any more:\n" + "\n".join(stale)
    assert wrong == []
    assert shown >= 6, "the three homes and the two capsule chapters show dose lines"


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


def _consult_lines_shown(screen: CalmScreen, case: ScreenCase, guidance: Guidance) -> list[str]:
    """The consult sentence is shown once per screen; on a capsule screen in Red it is the one
    with the seed's Red Zone item."""
    shown = [w for w in screen.query(f".{CONSULT}") if w.display]
    if len(shown) > 1:
        return [f"{case.name} shows the consult sentence {len(shown)} times"]
    if shown and case.zone is Zone.RED and isinstance(screen, ZONE_DRAWN):
        text = " ".join(t for w in shown[0].query(Widget) for t in screen_texts_of(w))
        if guidance.disclaimer.consult_line_red not in text:
            return [f"{case.name} in Red does not carry the Red Zone consult item"]
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
    r"\d+\s*[mhd]\b(?: ago)?|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?|\b0 \(none\) to 3\b"
)
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
