"""Every screen a person can reach, and the keys that reach it from start-up.

One table drives the Pilot, layout, contrast, wording and snapshot tests, so a new screen is
added here once and is then checked every way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from magtui.content import load_content
from magtui.domain.zones import Zone
from magtui.ui.pages.chapters import chapters

if TYPE_CHECKING:
    from magtui.ui.app import MagApp


@dataclass(frozen=True)
class ScreenCase:
    name: str
    keys: tuple[str, ...]
    expect: str
    """Words the screen shows at 80x24 without scrolling, to know the keys reached it."""
    zone: Zone | None = Zone.RED
    disclaimer_seen: bool = True
    choosing: bool = False
    """A screen with a list of choices that arrows and Enter move through."""
    left_behind: str | None = None
    """A guided session a previous run left: 'running' or 'asking' (see conftest)."""
    typing: bool = False
    """A screen where letters are typed text, not keys."""
    colourless: bool = True
    """Checked under NO_COLOR and 16 colours too; False for a screen made only of widgets
    that another screen already shows there (see the screen matrix)."""
    sample: bool = False
    """Started on the sample journal of six weeks (`tests/sample_journal.py`)."""
    safety: bool = False
    """A safety question (`CalmScreen.SAFETY_QUESTION`): Enter alone never lets anything go on."""
    answers: bool = False
    """A "how did it go?" question: its answer keys (`n` no reaction) save at once."""
    variant_of: str | None = None
    """Another case whose screen this one is, with a line more or other words: its words and
    keys are checked here, its layout and colours there (the screen matrix leaves it out)."""

    def app(self, make_app: Callable[..., MagApp], **settings: Any) -> MagApp:
        """The app in the state this screen is reached from, before its keys are pressed."""
        return make_app(
            zone=self.zone,
            disclaimer_seen=self.disclaimer_seen,
            left_behind=self.left_behind,
            sample=self.sample,
            **settings,
        )


CHAPTERS = chapters(load_content())
SOAK = ("enter", "3", "enter")
"""From start-up: the zone home, the foot soak, ¼ cup: the product step is next."""
UNNAMED = ("enter", "y")
"""Enter takes 'unnamed' on the product step; in Red its first-time check goes on only with y."""
NONE_APPLY = ("end", "n")
"""The avoid-if question read to its end, then 'none of these': n is taken only once it is."""
TIMER = (*SOAK, *UNNAMED, *NONE_APPLY, "enter")
"""Unnamed, none of the checks apply, 5 mins: the timer runs (by a clock that stands still)."""
ENDED = (*TIMER, "escape", "e")
CAPSULES = ("enter", "c")
"""From start-up: the capsules screen of the zone the case starts in."""
JOURNAL = ("enter", "j")
"""From start-up on the sample journal: the journal screen, its newest rows shown."""

SCREENS = [
    ScreenCase("disclaimer", (), "I understand", zone=None, disclaimer_seen=False),
    ScreenCase("first-check-in", (), "No zone set yet. Press g, y or r.", zone=None, choosing=True),
    ScreenCase("check-in", (), "Now: Red zone · set today at 12:02.", choosing=True),
    ScreenCase("home-red", ("enter",), "Best Ways to Use in Red Zone", choosing=True),
    ScreenCase(
        "home-yellow",
        ("enter",),
        "Ways to use topical magnesium",
        zone=Zone.YELLOW,
        choosing=True,
    ),
    ScreenCase(
        "home-green", ("enter",), "Ways to use topical magnesium", zone=Zone.GREEN, choosing=True
    ),
    ScreenCase("prepare", ("enter", "enter"), "Where?", choosing=True, colourless=False),
    ScreenCase("method", ("enter", "enter", "c"), "When to be cautious"),
    ScreenCase("prepare-soak", ("enter", "3"), "¼ cup (about 60 ml)", choosing=True),
    ScreenCase("prepare-spray", ("enter", "2"), "1:1 with water", choosing=True, colourless=False),
    ScreenCase(
        "bottle", ("enter", "2", "b"), "How big is your spray bottle", typing=True, colourless=False
    ),
    ScreenCase("product", SOAK, "Which product?", choosing=True, colourless=False),
    ScreenCase("product-name", (*SOAK, "w"), "What is the product", typing=True, colourless=False),
    ScreenCase(
        "first-time", (*SOAK, "w", *"Calm", "enter"), "Your journal has no entry", safety=True
    ),
    ScreenCase(
        "first-time-unnamed",
        (*SOAK, "enter"),
        "Unnamed, so your journal cannot tell",
        safety=True,
        colourless=False,
        variant_of="first-time",
    ),
    ScreenCase(
        "avoid-if",
        (*SOAK, *UNNAMED),
        "Does any of these apply",
        choosing=True,
        colourless=False,
        safety=True,
    ),
    ScreenCase(
        "check-applies",
        (*SOAK, *UNNAMED, "3"),
        "Allodynia or touch pain",
        choosing=True,
        colourless=False,
    ),
    ScreenCase(
        "minutes", (*SOAK, *UNNAMED, *NONE_APPLY), "How long?", choosing=True, colourless=False
    ),
    ScreenCase("timer", TIMER, "Ends at 14:07."),
    ScreenCase("timer-paused", (*TIMER, "space"), "Space resumes the timer."),
    ScreenCase(
        "timer-cream",
        ("enter", "1", "enter", *UNNAMED, *NONE_APPLY),
        "The guide gives no time for a cream session",
        variant_of="timer",
    ),
    ScreenCase(
        "timer-past-the-range",
        (*SOAK, *UNNAMED, *NONE_APPLY, "2", "plus"),
        "The guide: “Use lukewarm water, 5–10 mins.”",
        variant_of="timer",
    ),
    ScreenCase(
        "stop", (*TIMER, "escape"), "Stop the foot soak now?", choosing=True, colourless=False
    ),
    ScreenCase(
        "quit-asking",
        (*TIMER, "q"),
        "Quit magtui while the timer runs?",
        choosing=True,
        colourless=False,
    ),
    ScreenCase("ended", ENDED, "How did it go?", choosing=True, colourless=False, answers=True),
    ScreenCase("reaction-kind", (*ENDED, "r"), "Which reaction?", choosing=True, colourless=False),
    ScreenCase("severity", (*ENDED, "r", "1"), "How strong?", choosing=True, colourless=False),
    ScreenCase("after", (*ENDED, "n"), "Where did it help?", choosing=True, colourless=False),
    ScreenCase(
        "after-a-reaction",
        (*ENDED, "r", "1", "1"),
        "Anything to add? This is optional.",
        choosing=True,
        colourless=False,
        variant_of="after",
    ),
    ScreenCase("note", (*ENDED, "n", "w"), "Your note:", typing=True),
    ScreenCase(
        "resume", (), "was still running", left_behind="running", choosing=True, colourless=False
    ),
    ScreenCase(
        "ask-again",
        (),
        "How did your foot soak",
        left_behind="asking",
        choosing=True,
        colourless=False,
        answers=True,
    ),
    ScreenCase(
        "home-answer-waiting",
        ("d",),
        "1 answer waiting — a to answer",
        left_behind="asking",
        choosing=True,
        colourless=False,
        variant_of="home-red",
    ),
    ScreenCase(
        "settings",
        ("enter", "s"),
        "What would you like to change?",
        choosing=True,
        colourless=False,
    ),
    ScreenCase(
        "setting-cue", ("enter", "s", "2"), "a still message", choosing=True, colourless=False
    ),
    ScreenCase(
        "setting-display",
        ("enter", "s", "3"),
        "calm: whole minutes only",
        choosing=True,
        colourless=False,
    ),
    ScreenCase(
        "setting-units", ("enter", "s", "4"), "millilitres (ml)", choosing=True, colourless=False
    ),
    ScreenCase("guide", ("enter", "g"), "RRP–R²", choosing=True),
    *(
        ScreenCase(f"chapter-{n}", ("enter", "g", str(n)), chapter.title)
        for n, chapter in enumerate(CHAPTERS, 1)
    ),
    ScreenCase("help", ("enter", "question_mark"), "Keys on “Zone home”"),
    ScreenCase("theme", ("enter", "s", "1"), "How should magtui look?", choosing=True),
    ScreenCase(
        "quick-log", ("enter", "l"), "Any reaction?", choosing=True, sample=True, answers=True
    ),
    ScreenCase(
        "quick-log-time",
        ("enter", "l", "t"),
        "When was it?",
        choosing=True,
        sample=True,
        colourless=False,
    ),
    ScreenCase("journal", JOURNAL, "Everything · 30 entries", sample=True),
    ScreenCase(
        "journal-entry", (*JOURNAL, "down", "enter"), "Correct it", choosing=True, sample=True
    ),
    ScreenCase(
        "journal-correct",
        (*JOURNAL, "down", "enter", "c"),
        "What needs correcting?",
        choosing=True,
        sample=True,
        colourless=False,
    ),
    ScreenCase(
        "journal-filter", (*JOURNAL, "f"), "Show only", choosing=True, sample=True, colourless=False
    ),
    ScreenCase("journal-find", (*JOURNAL, "slash"), "Find these words", typing=True, sample=True),
    ScreenCase("pictures", (*JOURNAL, "v"), "Zone of each day, last 30 days", sample=True),
    ScreenCase(
        "report", (*JOURNAL, "s"), "Which days should the report cover?", choosing=True, sample=True
    ),
    ScreenCase(
        "report-first-day",
        (*JOURNAL, "s", "3"),
        "The report's first day",
        typing=True,
        sample=True,
        colourless=False,
    ),
    ScreenCase("products", ("enter", "p"), "Your products", sample=True),
    *(
        case
        for zone in Zone
        for case in (
            ScreenCase(
                f"capsules-{zone.value}",
                CAPSULES,
                f"{zone.label} zone",
                zone=zone,
                choosing=True,
                sample=True,
                colourless=zone is Zone.RED,
            ),
            ScreenCase(
                f"dose-{zone.value}",
                (*CAPSULES, "1"),
                "How much?",
                zone=zone,
                choosing=True,
                sample=True,
                colourless=zone is Zone.RED,
            ),
        )
    ),
    ScreenCase(
        "capsules-over-the-range",
        (*CAPSULES, "1", "m", *"500", "enter", "enter"),
        "over the suggested starting dose's 200–400 mg/day",
        choosing=True,
        sample=True,
        variant_of="capsules-red",
    ),
    ScreenCase(
        "dose-form",
        (*CAPSULES, "1", "c"),
        "Which form?",
        choosing=True,
        sample=True,
        colourless=False,
    ),
    ScreenCase(
        "dose-gate-red",
        (*CAPSULES, "1", "c", "2", "enter"),
        "Your journal does not show taurate as tolerated",
        sample=True,
        colourless=False,
        safety=True,
    ),
    ScreenCase(
        "dose-gate-yellow",
        (*CAPSULES, "1", "c", "2", "enter"),
        "Your journal does not show taurate as tolerated",
        zone=Zone.YELLOW,
        sample=True,
        colourless=False,
        safety=True,
    ),
    ScreenCase(
        "capsule-mg",
        (*CAPSULES, "1", "m"),
        "How many mg",
        typing=True,
        sample=True,
        colourless=False,
    ),
]

PICTURES = {
    "disclaimer": "the seed's disclaimer under its seed title, Enter to continue, no Back key",
    "first-check-in": "g, y, r with each zone's word in its colour and its meaning; no Enter",
    "check-in": "the three zones, Red highlighted as the one Enter keeps, and when it was set",
    "home-red": "the Red zone's meaning, the seed's four methods in its order with its words, "
    "the best form with the consult line beside it, the first-time caution",
    "method": "the seed's tip a sentence a line, then when to be cautious and avoid-if",
    "prepare-soak": "the soak's seed steps, ¼ and ½ cup with millilitres, ¼ highlighted",
    "guide": "seven chapters, the disclaimer first, the first highlighted",
    "chapter-2": "the topical seed's opening quote, summary and verdict",
    "help": "the zone home's keys, as on its key line, spelled out",
    "theme": "four looks with their contrast, the one in use highlighted",
}
"""What each picture must show; one of each kind of screen (the rest differ only in words)."""

SNAPSHOT_SCREENS = [case for case in SCREENS if case.name in PICTURES]

STEP_PICTURES = {
    "prepare-spray": "the spray's seed steps, 1:1 with water highlighted, 1 spray, b Bottle size",
    "bottle": "the bottle question and a box to type in, Enter Save",
    "product": "a new name or unnamed, unnamed highlighted, the first-time caution in Red",
    "first-time": "the typed name in bold and the seed's first-time caution; y or Enter",
    "avoid-if": "the seed's six lines by number, then none of these; nothing highlighted",
    "check-applies": "touch pain with the seed's words and its two sessions instead",
    "minutes": "5 and 10 mins, 5 highlighted",
    "timer": "5:00 in large plain digits, the end time, what and zone; Space, +, Esc, q",
    "timer-paused": "the same time, paused, Space resumes; no end time while paused",
    "stop": "keep going highlighted, stop now on its own key",
    "ended": "the time is up, what was logged, don't know yet highlighted",
    "reaction-kind": "ten reactions on 1–9 and 0, nothing highlighted",
    "after": "six ALPIMS domains to mark, a note, save and finish highlighted",
    "resume": "the soak from 14:00 still running, 3:00 left; resume, log it, discard",
    "settings": "theme, end cue, timer display and units with their current values",
    "product-name": "the name question and a box to type in, Enter Save, Esc Back",
    "quit-asking": "keep going highlighted; q quits, the next start offers to resume",
    "severity": "mild, moderate, strong on 1–3, nothing highlighted",
    "note": "the note question and a box to type in",
    "ask-again": "the soak from 14:00 named, what was logged, don't know yet highlighted",
    "setting-display": "seconds or calm whole minutes, the one in use highlighted",
}
"""The guided session's steps, drawn once each in the default look at both sizes."""

STEP_SCREENS = [case for case in SCREENS if case.name in STEP_PICTURES]

JOURNAL_PICTURES = {
    "quick-log": "what is pre-filled in words, then no reaction, a reaction, don't know "
    "(highlighted); m p a t w change it; Enter saves",
    "quick-log-time": "now, 15, 30 or 60 minutes ago, now highlighted",
    "journal": "what is shown and how many, the newest entries a line each, the top one "
    "highlighted; filter, find, pictures, report",
    "journal-entry": "one entry whole, labelled; correct or delete, nothing highlighted",
    "journal-correct": "what can be corrected for this kind of entry, with its value now",
    "journal-filter": "kind, product, zone, reactions and days, each with what is set now",
    "journal-find": "the find question and a box to type in",
    "pictures": "the zone letter of each day in week rows for 30 days, with the days counted, "
    "then the mg strip's first rows",
    "report": "the last 30 days, the last 90 days, or since a date, the first highlighted",
    "products": "each product with new, tolerated or reacted, its uses and what it is; add",
}
"""The journal's screens, drawn in the default (high-contrast) look at both sizes."""

JOURNAL_SCREENS = [case for case in SCREENS if case.name in JOURNAL_PICTURES]

CAPSULE_PICTURES = {
    **{
        f"capsules-{zone.value}": "the seed's zone table row with the consult line first, "
        "today and the days with doses beside the guide's ranges, then log a dose, add a "
        "capsule, a reaction"
        for zone in Zone
    },
    **{
        f"dose-{zone.value}": "¼, ½, 1 capsule and milligrams, the last dose's 100 mg "
        "highlighted; what is saved with it; the guide's food line and the consult line"
        for zone in Zone
    },
    "dose-form": "the guide's six forms with best-for and what the journal says, another form",
    "dose-gate-red": "no dose of taurate in the journal, the Red zone row, the seed's caution, "
    "the consult line; y logs it anyway, Enter goes back",
    "dose-gate-yellow": "no dose of taurate, the Yellow zone row and the consult line",
}
"""The capsule screens, in the default look at both sizes."""

CAPSULE_SCREENS = [case for case in SCREENS if case.name in CAPSULE_PICTURES]
