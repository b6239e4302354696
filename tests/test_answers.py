"""Questions answer with a value, and going back from one is an answer too: an errand of
several questions ends, saving nothing, the moment the person goes back; a question that follows
another (a typed name after the list, a strength after the reaction) goes back to that one."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.worker import WorkerState

from magtui.domain.entries import Product
from magtui.storage.journal import Journal
from magtui.ui.features.capsules.capsules import CapsulesScreen
from magtui.ui.features.home.home import HomeScreen
from magtui.ui.features.products.products import ProductsScreen
from magtui.ui.features.quick_log.quick_log import QuickLogScreen
from magtui.ui.kit.pick import AskScreen, PickScreen
from magtui.ui.kit.reaction import ReactionKindScreen
from tests.conftest import MakeApp
from tests.screen_reader import screen_words
from tests.screens import CAPSULES, SCREENS, ScreenCase


def _products(data_dir: Path) -> list[Product]:
    return [entry for entry in Journal(data_dir).entries() if isinstance(entry, Product)]


def _errands_running(screen: object) -> list[str]:
    workers = getattr(screen, "workers", [])
    return [w.name for w in workers if w.state in (WorkerState.PENDING, WorkerState.RUNNING)]


async def test_back_from_a_capsules_question_ends_the_errand_and_saves_nothing(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*CAPSULES, "2", *"Calm Gly", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PickScreen) and app.screen.question == "Which form?"
        await pilot.press("escape")
        await pilot.pause()
        capsules = app.screen
        assert isinstance(capsules, CapsulesScreen)
        assert _errands_running(capsules) == [], "the errand ended with the question"
        await pilot.press("2")  # and starts again from its first question
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)
    assert _products(data_dir) == []


async def test_back_from_a_products_question_ends_the_errand_and_saves_nothing(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "p", "a", *"Cream A", "enter", "1")
        await pilot.pause()
        assert isinstance(app.screen, PickScreen) and app.screen.question == "Unscented?"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ProductsScreen)
        assert _errands_running(app.screen) == []
    assert _products(data_dir) == []


async def test_the_same_errand_answered_to_the_end_is_saved(
    make_app: MakeApp, data_dir: Path
) -> None:
    """The one above, but with every answer: what going back prevents is what this saves."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "p", "a", *"Cream A", "enter", "1", "y", *"aloe", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ProductsScreen)
        assert "Saved: Product: Cream A" in screen_words(app)
    [product] = _products(data_dir)
    assert (product.name, product.unscented, product.ingredients) == ("Cream A", True, "aloe")


async def test_back_from_typing_a_new_product_name_is_the_list_of_products(
    make_app: MakeApp,
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "l", "p", "w")
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickScreen) and app.screen.question == "Which product?"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuickLogScreen)


async def test_back_from_how_strong_is_which_reaction_and_both_answered_save_the_log(
    make_app: MakeApp,
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "l", "r", "1", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ReactionKindScreen)
        await pilot.press("2", "1")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "— itch, mild —" in screen_words(app)


async def test_the_key_line_keeps_its_order_when_a_change_redraws_the_choices(
    make_app: MakeApp,
) -> None:
    from magtui.ui.widgets.bars import shown_keys

    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "l")
        await pilot.pause()
        before = [label for _, label in shown_keys(app.screen)]
        await pilot.press("t", "2")  # 15 minutes ago: the quick log is drawn again
        await pilot.pause()
        assert isinstance(app.screen, QuickLogScreen)
        assert "15 minutes ago" in screen_words(app)
        assert [label for _, label in shown_keys(app.screen)] == before
        assert before.index("Note") < before.index("No reaction"), "changes first, then answers"


async def test_a_doses_key_line_keeps_its_order_when_an_amount_redraws_the_choices(
    make_app: MakeApp,
) -> None:
    from magtui.ui.features.capsules.dose import DoseScreen
    from magtui.ui.widgets.bars import shown_keys

    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*CAPSULES, "1")
        await pilot.pause()
        assert isinstance(app.screen, DoseScreen)
        before = [label for _, label in shown_keys(app.screen)]
        await pilot.press("2")  # marks ½ capsule: the choices are drawn again
        await pilot.pause()
        assert [label for _, label in shown_keys(app.screen)] == before


ANSWERING = [case for case in SCREENS if case.answers]


@pytest.mark.parametrize("case", ANSWERING, ids=[case.name for case in ANSWERING])
async def test_every_answer_key_saves_at_once(
    make_app: MakeApp, data_dir: Path, case: ScreenCase
) -> None:
    """`n` on every "how did it go?" in the screen table: written before any other key."""
    app = case.app(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*case.keys)
        await pilot.pause()
        asked = app.screen
        before = len(Journal(data_dir).entries())
        await pilot.press("n")
        await pilot.pause()
        assert len(Journal(data_dir).entries()) > before, "saved by the one key"
        assert app.screen is not asked, "and the question is closed"
        assert "Saved" in screen_words(app) or "Your answer is in the journal." in screen_words(app)
