"""Safety questions need a real answer: on every screen that lets a session or a dose go on,
Enter alone answers nothing, and the go-on key is taken only once every line has been read, at
every size down to 40x12. The first-time check applies to an unnamed product too, and in Red
the product step never starts on a product the journal shows a reaction to."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from magtui.domain.entries import Reaction, TopicalSession
from magtui.domain.vocabulary import ReactionKind, TopicalMethod
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal
from magtui.ui.features.guided.avoid import AvoidIfScreen
from magtui.ui.features.guided.first_time import FirstTimeScreen
from magtui.ui.features.guided.minutes import MinutesScreen
from tests.conftest import FIXED_NOW, MakeApp
from tests.screen_reader import screen_words
from tests.screens import SCREENS, SOAK, UNNAMED, ScreenCase

SAFETY = [case for case in SCREENS if case.safety]
NOT_YET = "Read the rest first, then press n."


def test_the_table_has_safety_questions_to_check() -> None:
    assert {case.name for case in SAFETY} >= {"avoid-if", "first-time", "dose-gate-red"}


@pytest.mark.parametrize("case", SAFETY, ids=[case.name for case in SAFETY])
async def test_enter_alone_never_answers_a_safety_question(
    make_app: MakeApp, data_dir: Path, case: ScreenCase
) -> None:
    """At the smallest size, where the least of the question is in view."""
    app = case.app(make_app)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press(*case.keys)
        await pilot.pause()
        asking = app.screen
        assert asking.SAFETY_QUESTION  # type: ignore[attr-defined]
        below = list(app.screen_stack)
        written = len(Journal(data_dir).entries())
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is asking or app.screen in below, "Enter went nowhere new"
        assert len(app.screen_stack) <= len(below)
        assert len(Journal(data_dir).entries()) == written, "nothing was saved"


async def test_none_of_these_is_taken_only_once_every_line_has_been_on_screen(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press(*SOAK, *UNNAMED)
        await pilot.pause()
        assert isinstance(app.screen, AvoidIfScreen)
        presses = 0
        while isinstance(app.screen, AvoidIfScreen):
            await pilot.press("n")
            await pilot.pause()
            presses += 1
            if isinstance(app.screen, AvoidIfScreen):
                assert NOT_YET in screen_words(app)
            assert presses < 12, "n never went on"
        assert presses > 1, "the first n showed the rest instead of answering"
        assert isinstance(app.screen, MinutesScreen)


async def test_where_the_whole_question_fits_none_of_these_is_one_key(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press(*SOAK, *UNNAMED, "n")
        await pilot.pause()
        assert isinstance(app.screen, MinutesScreen)


async def test_an_unnamed_product_in_red_gets_the_first_time_check(
    make_app: MakeApp, data_dir: Path
) -> None:
    """Even after unnamed sessions: 'unnamed' may be a different product each time."""
    _soak(data_dir, "", days_ago=3, reaction=ReactionKind.NONE)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*SOAK, "u")
        await pilot.pause()
        assert isinstance(app.screen, FirstTimeScreen)
        assert "Wait until Green or stable Yellow Zone to trial." in screen_words(app)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, AvoidIfScreen)
        assert app.screen.plan.product == ""


async def test_in_green_an_unnamed_product_goes_straight_on(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.GREEN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*SOAK, "u")
        await pilot.pause()
        assert isinstance(app.screen, AvoidIfScreen)


def _soak(data_dir: Path, product: str, days_ago: int, reaction: ReactionKind) -> None:
    at = FIXED_NOW - timedelta(days=days_ago)
    use_id = f"{int(at.timestamp() * 1000):012x}{0:010x}"
    Journal(data_dir).add(
        TopicalSession(id=use_id, at=at, logged_at=at, method=TopicalMethod.SOAK, product=product),
        Reaction(
            id=f"{int(at.timestamp() * 1000) + 1:012x}{0:010x}",
            at=at,
            logged_at=at,
            reaction=reaction,
            severity=0 if reaction is ReactionKind.NONE else 2,
            after=use_id,
        ),
    )


@pytest.mark.parametrize("zone", [Zone.RED, Zone.YELLOW], ids=["red", "yellow"])
async def test_enter_never_starts_on_a_product_the_journal_shows_a_reaction_to(
    make_app: MakeApp, data_dir: Path, zone: Zone
) -> None:
    _soak(data_dir, "Old Salts", days_ago=5, reaction=ReactionKind.NONE)
    _soak(data_dir, "Itchy Salts", days_ago=1, reaction=ReactionKind.ITCH)
    app = make_app(zone=zone)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*SOAK)
        await pilot.pause()
        words = screen_words(app)
        assert words.index("Itchy Salts") < words.index("Old Salts"), "newest first as before"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AvoidIfScreen)
        assert app.screen.plan.product == "Old Salts"


async def test_in_green_enter_starts_on_the_newest_product_as_before(
    make_app: MakeApp, data_dir: Path
) -> None:
    _soak(data_dir, "Old Salts", days_ago=5, reaction=ReactionKind.NONE)
    _soak(data_dir, "Itchy Salts", days_ago=1, reaction=ReactionKind.ITCH)
    app = make_app(zone=Zone.GREEN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*SOAK, "enter")
        await pilot.pause()
        assert isinstance(app.screen, AvoidIfScreen)
        assert app.screen.plan.product == "Itchy Salts"


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("1", "Why to Modify or Delay: Magnesium may sting or irritate."),
        ("4", "Avoid If: You're in severe MCAS shutdown and reacting to everything"),
    ],
    ids=["caution", "avoid-if"],
)
async def test_a_line_that_applies_is_shown_under_the_seeds_own_heading(
    make_app: MakeApp, key: str, shown: str
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*SOAK, *UNNAMED, key)
        await pilot.pause()
        assert shown in screen_words(app)
