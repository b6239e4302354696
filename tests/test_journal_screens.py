"""The journal in the app, by keys: quick log, browse, filter, find, correct, delete, undo,
products and pictures."""

from __future__ import annotations

from pathlib import Path

from magtui.domain.entries import Deletion, Note, Product, Reaction, TopicalSession, Undo
from magtui.domain.history import current_view
from magtui.domain.vocabulary import ReactionKind, TopicalMethod
from magtui.storage.journal import Journal
from magtui.ui.features.home.home import HomeScreen
from magtui.ui.features.journal.journal import JournalScreen
from tests.conftest import FIXED_NOW, MakeApp
from tests.screen_reader import screen_words
from tests.screens import JOURNAL


def _journal(data_dir: Path) -> Journal:
    return Journal(data_dir)


async def test_no_reaction_to_the_same_as_last_time_is_two_keys_from_the_zone_home(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(sample=True)
    before = len(_journal(data_dir).entries())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # the check-in keeps Red: now on the zone home
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("l", "n")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        shown = screen_words(app)
        assert "Saved: Balm, Soft balm, hands, in Red — no reaction — today at 14:02." in shown
        await pilot.press("down")
        await pilot.pause()
        assert "Saved:" not in screen_words(app), "the confirmation stays until the next key"
    entries = _journal(data_dir).entries()
    assert len(entries) == before + 2
    use, answer = entries[-2:]
    assert isinstance(use, TopicalSession) and isinstance(answer, Reaction)
    assert (use.method, use.product, use.area) == (TopicalMethod.BALM, "Soft balm", "hands")
    assert use.at == FIXED_NOW and answer.after == use.id
    assert answer.reaction is ReactionKind.NONE


async def test_quick_log_enter_alone_claims_no_answer_and_keys_change_what_is_saved(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "l", "m", "3", "t", "4", "w", *"warm", "enter")
        await pilot.pause()
        assert "60 minutes ago" in screen_words(app) and "warm" in screen_words(app)
        await pilot.press("enter")
        await pilot.pause()
    use = _journal(data_dir).entries()[-1]
    assert isinstance(use, TopicalSession), "no reaction entry: the answer was 'don't know'"
    assert use.method is TopicalMethod.SOAK and use.note == "warm"
    assert (FIXED_NOW - use.at).total_seconds() == 3600


async def test_quick_log_a_reaction_is_which_one_then_how_strong(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "l", "r", "2", "3")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen), "saved as soon as it is chosen"
        assert "— itch, strong —" in screen_words(app)
    answer = _journal(data_dir).entries()[-1]
    assert isinstance(answer, Reaction) and (answer.reaction, answer.severity) == ("itch", 3)


async def test_the_journal_shows_the_current_view_newest_first_and_opens_an_entry(
    make_app: MakeApp,
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = screen_words(app)
        assert "Everything · 30 entries" in shown and "reading older" not in shown
        assert shown.index("today 12:02 Zone: Red") < shown.index("yesterday 14:02 Balm")
        assert "Spray on calves" in shown and "calfs" not in shown and "mistake" not in shown
        await pilot.press("down", "enter")
        await pilot.pause()
        shown = screen_words(app)
        assert "Method Balm Product Soft balm Area hands" in shown


async def test_correct_delete_and_undo_each_write_an_entry_and_rewrite_none(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(sample=True)
    before = {entry.id: entry for entry in _journal(data_dir).entries()}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL, "down", "enter", "c", "a", "ctrl+u", *"feet", "enter")
        await pilot.pause()
        assert "Corrected the area: Balm, Soft balm, feet — u undoes it." in screen_words(app)
        await pilot.press("down", "down", "enter", "x")
        await pilot.pause()
        assert "Deleted: Capsule: glycinate" in screen_words(app)
        assert isinstance(app.screen, JournalScreen)
        assert "28 entries" in screen_words(app), "the dose left with its answer"
        await pilot.press("u")
        await pilot.pause()
        assert "Put back: Capsule: glycinate" in screen_words(app)
        assert "30 entries" in screen_words(app)
    entries = _journal(data_dir).entries()
    for entry_id, entry in before.items():
        assert next(e for e in entries if e.id == entry_id) == entry, "nothing was rewritten"
    new = [entry for entry in entries if entry.id not in before]
    kinds = sorted(type(entry).__name__ for entry in new)
    assert kinds == ["Deletion", "TopicalSession", "Undo"]
    undo = next(e for e in new if isinstance(e, Undo))
    deletion = next(e for e in new if isinstance(e, Deletion))
    assert undo.undoes == deletion.id
    view = current_view(entries)
    assert any(isinstance(e, TopicalSession) and e.area == "feet" for e in view)
    assert not any(isinstance(e, TopicalSession) and e.area == "hands" for e in view)


async def test_undo_is_offered_only_until_the_journal_is_left(make_app: MakeApp) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL, "enter", "x")
        await pilot.pause()
        assert "u Undo" in screen_words(app)
        await pilot.press("escape", "j")
        await pilot.pause()
        assert "u Undo" not in screen_words(app)


async def test_filters_add_up_and_show_all_clears_them(make_app: MakeApp) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL)
        await app.workers.wait_for_complete()
        await pilot.press("f", "k", "5")
        await pilot.pause()
        assert "Capsules · 8 entries" in screen_words(app), "4 doses and their 4 answers"
        assert "Reaction: nausea, mild, after malate capsule" in screen_words(app)
        await pilot.press("f", "t", "1")
        await pilot.pause()
        assert "Capsules · last 7 days · 4 entries" in screen_words(app)
        await pilot.press("a")
        await pilot.pause()
        assert "Everything · 30 entries" in screen_words(app)
        await pilot.press("f", "r", "r")
        await pilot.pause()
        assert "a reaction · 2 entries" in screen_words(app)
        assert "Reaction: itch, moderate, after Cream, Calm Cream" in screen_words(app)


async def test_a_month_is_chosen_from_the_months_the_journal_has(make_app: MakeApp) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL)
        await app.workers.wait_for_complete()
        await pilot.press("f", "m")
        await pilot.pause()
        shown = screen_words(app)
        assert "1 November 2026" in shown and "2 October 2026" in shown
        await pilot.press("2")
        await pilot.pause()
        shown = screen_words(app)
        assert "October 2026 · 2 entries" in shown and "Nov" not in shown.split("entries")[1]


async def test_find_looks_in_what_was_typed_whatever_the_letter_case(make_app: MakeApp) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL)
        await app.workers.wait_for_complete()
        await pilot.press("slash", *"CALVES", "enter")
        await pilot.pause()
        shown = screen_words(app)
        assert "“CALVES” · 3 entries" in shown
        assert "Note — Spray on calves" in shown and "Cream, Calm Cream, calves" in shown


async def test_a_note_marked_important_is_a_correction(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL, "slash", *"calves", "enter")
        await pilot.pause()
        await pilot.press("enter", "i")
        await pilot.pause()
        assert "Marked important" in screen_words(app)
    view = current_view(_journal(data_dir).entries())
    marked = [e for e in view if isinstance(e, Note) and e.note == "Spray on calves"]
    assert len(marked) == 1 and marked[0].important and marked[0].replaces is not None


async def test_products_show_their_tolerance_and_a_new_one_is_added_in_four_answers(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "p")
        await pilot.pause()
        shown = screen_words(app)
        assert "Epsom salt tolerated (4 no reaction) · used 4 times" in shown
        assert "Calm Cream reacted: itch, moderate (1 no reaction, 1 with a reaction)" in shown
        assert "Soft balm new (1 not answered) · used once" in shown
        await pilot.press("a", *"Quiet oil", "enter", "2", "y", *"MgCl2, water", "enter")
        await pilot.pause()
        shown = screen_words(app)
        assert "Quiet oil not used yet · oil, unscented, ingredients: MgCl2, water" in shown
    product = _journal(data_dir).entries()[-1]
    assert isinstance(product, Product) and product.name == "Quiet oil"


async def test_a_red_zone_product_list_puts_tolerated_products_first(make_app: MakeApp) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "l", "p")
        await pilot.pause()
        shown = screen_words(app)
        assert shown.index("1 Epsom salt tolerated") < shown.index("Soft balm new")


async def test_pictures_show_each_day_as_a_letter(make_app: MakeApp) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*JOURNAL)
        await app.workers.wait_for_complete()
        await pilot.press("v")
        await pilot.pause()
        shown = screen_words(app)
        assert "Days: Green 9, Yellow 15, Red 6." in shown
        assert "16 Nov r r Y y y y R" in shown, "capitals on the days checked in"
