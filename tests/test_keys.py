"""Every key: shown only where it works, arrows and Enter pick in every list, capitals work,
Escape goes back only where there is a back, help tells the truth, and q or ctrl+c quit."""

from __future__ import annotations

import string
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from magtui.domain.zones import Zone
from magtui.storage.journal import Journal
from magtui.ui.app import MagApp
from magtui.ui.features.guided.asking import QuitScreen
from magtui.ui.keys import KEYS
from magtui.ui.kit.base import TOO_SMALL, CalmScreen
from magtui.ui.kit.choosing import ChoiceScreen
from magtui.ui.widgets.bars import every_key, shown_keys
from magtui.ui.widgets.choice import Choice, ChoiceRow
from tests.conftest import MakeApp, left_behind_session
from tests.screen_reader import screen_text, screen_words
from tests.screens import SCREENS, ScreenCase


def _current(app: object) -> CalmScreen:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, CalmScreen)
    return screen


def _nothing_steals_capitals(app: object, case: ScreenCase) -> None:
    """No widget takes focus and no capital is bound, so the one handler that turns a capital
    into its small letter (`MagApp.on_event`, which acts while nothing has focus) holds here."""
    if not case.typing:
        assert app.focused is None, f"{case.name} focuses a widget: capitals would type"  # type: ignore[attr-defined]
    bindings = app.active_bindings  # type: ignore[attr-defined]
    capitals = [key for key in bindings if key in string.ascii_uppercase]
    assert capitals == [], f"{case.name} binds a capital of its own"


def _choices(screen: CalmScreen) -> list[Choice]:
    if not isinstance(screen, ChoiceScreen) or screen.choice_list is None:
        return []
    return list(screen.choice_list.choices)


def _choice_keys(screen: CalmScreen) -> list[str]:
    if not isinstance(screen, ChoiceScreen) or screen.choice_list is None:
        return []
    return [choice.key for choice in screen.choice_list.choices]


def _every_key_is_in_the_table(screen: CalmScreen) -> None:
    """Each key and label shown or listed by `?`, and each lettered choice, is the key table's."""
    table = {(key.display, key.label) for key in KEYS.values()}
    for shown, label in every_key(screen):
        digits = shown[0].isdigit()
        assert digits or (shown, label) in table, f"{shown} {label} is not in the key table"
    if isinstance(screen, ChoiceScreen) and screen.choice_list is not None:
        for choice in screen.choice_list.choices:
            if choice.key.isalpha():
                label = choice.name or choice.detail
                assert (choice.key, label) in table, f"{choice.key} {label} is not in the table"


def _choice_keys_are_shown(screen: CalmScreen) -> None:
    """Each choice's key is beside it on its row, and on the key line or listed by `?`."""
    shown = [key for key, _ in every_key(screen)]
    for key in _choice_keys(screen):
        assert any(_covers(each, key) for each in shown), f"{key} is not shown"


@contextmanager
def _an_answer_owed(app: MagApp) -> Iterator[None]:
    """A session's answer owed ("don't know yet"), as if it had been put off on this screen: no
    key may open the question (it waits on the zone home's line); what was there is put back."""
    guiding = app.session.guiding
    before = guiding.current
    guiding.current = left_behind_session("asking")
    try:
        yield
    finally:
        guiding.current = before


@pytest.mark.parametrize("case", SCREENS, ids=[case.name for case in SCREENS])
async def test_help_lists_exactly_the_keys_that_work_and_escape_only_where_it_does(
    make_app: MakeApp, case: ScreenCase
) -> None:
    """Each screen's key line: every key shown is on screen and in help, works, and no
    capital is taken from the handler that makes capitals work (see the capitals test); and
    with an answer owed, a key does what it does without one."""
    app = case.app(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*case.keys)
        await pilot.pause()
        app.confirmation = None  # it stays until the next key, and this test's keys are next
        await pilot.pause()
        before = screen_text(app)
        keys = shown_keys(_current(app))
        words = screen_words(app)
        for key, label in keys:
            assert f"{key} {label}" in words
        _nothing_steals_capitals(app, case)
        assert _current(app).SAFETY_QUESTION is case.safety, "the table says which ask safety"
        _choice_keys_are_shown(_current(app))
        _every_key_is_in_the_table(_current(app))
        asks = ("n", "No reaction") in [(c.key, c.name) for c in _choices(_current(app))]
        assert asks is case.answers, "the table says which screens ask how it went"
        every = every_key(_current(app))
        answers = _choice_keys(_current(app))
        assert ("q", "Quit") not in keys or "q" in answers, "? lists q, unless q is an answer"
        assert (("q", "Quit") in every) is not case.typing, "q quits, except where it is typed"
        escape_works = any(key == "Esc" for key, _ in keys)
        if case.typing:
            assert keys == [("Enter", "Save"), ("Esc", "Back")], "? and q are typed here"
            with _an_answer_owed(app):
                await pilot.press("question_mark")
                await pilot.pause()
                assert "How did your" not in screen_words(app), "an owed answer took the key"
            await pilot.press("escape")
            await pilot.press("ctrl+c")
            assert app.return_code == 0 and not app.is_running
            return
        if case.name == "help":
            assert ("?", "Help") not in keys, "help does not offer itself"
            await pilot.press("question_mark")
            assert screen_text(app) == before
            return
        assert ("?", "Help") in keys
        await pilot.press("question_mark")
        help_words = screen_words(app)
        assert "Keys on" in help_words and ("?", "Help") not in shown_keys(_current(app))
        for key, label in every:
            if label != "Scroll":
                assert f"{key} {label}" in help_words, "help lists every key, shown or not"
        assert "Escape always goes back" not in help_words
        await pilot.press("escape")
        assert screen_text(app) == before, "Escape from help returns to the same screen"
        shown = app.screen
        with _an_answer_owed(app):
            await pilot.press("question_mark")
            await pilot.pause()
            assert "Keys on" in screen_words(app), "with an answer owed, ? still opens help"
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is shown, "and Escape comes back here, not to the question"
        before = screen_text(app)  # the zone home now says an answer waits
        await pilot.press("escape")
        await pilot.pause()
        assert (screen_text(app) != before) is escape_works, "Escape works exactly where shown"
        await pilot.press("ctrl+c" if case.typing else "q")
        if isinstance(app.screen, QuitScreen):
            await pilot.press("q")
    assert app.return_code == 0 and not app.is_running


@pytest.mark.parametrize("key", ["q", "ctrl+c"])
async def test_q_and_ctrl_c_quit_at_once_without_a_message(make_app: MakeApp, key: str) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", key)
        await pilot.pause()
        assert not app._notifications, "no toast that fades by itself"
    assert app.return_code == 0 and not app.is_running


LETTERS_PRESSED = ("home-red", "journal-filter", "dose-red", "ended", "quick-log")
"""Where capitals are pressed as well as checked (see the test below)."""


def test_the_screens_where_capitals_are_pressed_exist() -> None:
    assert set(LETTERS_PRESSED) <= {case.name for case in SCREENS}


@pytest.mark.long
@pytest.mark.parametrize("name", LETTERS_PRESSED)
async def test_capital_letters_work_like_small_ones(
    make_app: MakeApp, name: str, tmp_path: Path
) -> None:
    """Every screen is checked for what would stop capitals working (see the help test); the
    letters themselves are pressed both ways on the Red home (every letter) and on a few
    screens of other kinds (the first letter): each pair starts two apps."""
    [case] = [c for c in SCREENS if c.name == name]
    app = case.app(make_app, folder=tmp_path / "shown")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*case.keys)
        await pilot.pause()
        letters = [
            key
            for key, _ in shown_keys(_current(app))
            if len(key) == 1 and key in string.ascii_lowercase and key != "q"
        ]
    if case.name != "home-red":
        letters = letters[:1]
    assert letters, f"{case.name} shows no letter to press"
    for letter in letters:
        results = []
        for number, typed in enumerate((letter, letter.upper())):
            # A data folder each: a key that writes (d deletes) must find the same journal.
            folder = tmp_path / f"{letter}{number}"
            app = case.app(make_app, folder=folder)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.press(*case.keys, typed)
                await pilot.pause()
                results.append(screen_text(app).replace(str(folder), "FOLDER"))
        assert results[0] == results[1], f"{letter.upper()} does not work like {letter}"
        assert results[0]


async def test_arrows_and_enter_choose_red_on_the_check_in(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(zone=Zone.GREEN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down", "enter")
        assert "Red zone · The guide" in screen_words(app)
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.RED


async def test_capital_r_chooses_red(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(zone=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("R")
        assert "Red zone · The guide" in screen_words(app)
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.RED


async def test_the_first_check_in_has_no_default_until_an_arrow_is_pressed(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(zone=None)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Enter" not in screen_words(app) and "Esc" not in screen_words(app)
        await pilot.press("enter", "escape")
        assert Journal(data_dir).latest_zone() is None
        await pilot.press("down")
        assert ("↑↓ Enter", "Choose") in every_key(_current(app)), "listed by ?"
        await pilot.press("enter")
        assert "Green zone · Stable" in screen_words(app)


async def test_down_past_the_last_choice_scrolls_to_what_follows(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("enter", "down", "down", "down")
        body = _current(app).body
        at_last_choice = body.scroll_y
        await pilot.press("down", "down")
        assert body.scroll_y > at_last_choice
        await pilot.press("end")
        assert "Red Zone state." in screen_words(app)


@pytest.mark.parametrize(("size", "scrolls"), [((120, 36), False), ((40, 12), True)])
async def test_pgdn_more_is_shown_only_while_there_is_more_below(
    make_app: MakeApp, size: tuple[int, int], scrolls: bool
) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter", "g")
        await pilot.pause()
        assert ("PgDn more" in screen_words(app)) is scrolls
        await pilot.resize_terminal(*((40, 12) if not scrolls else (120, 36)))
        await pilot.pause()
        assert ("PgDn more" in screen_words(app)) is not scrolls
        if scrolls:
            return
        await pilot.press("end")
        await pilot.pause()
        assert "PgDn more" not in screen_words(app), "nothing more below the end"


async def test_a_resize_keeps_the_reading_place(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("enter", "g", "5", "pagedown", "pagedown")
        await pilot.pause()
        body = _current(app).body
        top_line = screen_text(app).splitlines()[2].strip()
        assert body.scroll_y > 0 and top_line
        await pilot.resize_terminal(50, 24)
        await pilot.pause()
        await pilot.pause()
        visible = screen_words(app)
        assert " ".join(top_line.split()[:3]) in visible, "the block read before is still there"


@pytest.mark.parametrize(
    ("size", "too_small"), [((39, 12), True), ((40, 11), True), ((40, 12), False)]
)
async def test_below_40_by_12_one_sentence_asks_for_a_bigger_window(
    make_app: MakeApp, size: tuple[int, int], too_small: bool
) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        words = screen_words(app)
        assert (" ".join(TOO_SMALL.split()) in words) is too_small
        assert ("Best Ways" in words) is not too_small
        await pilot.press("q")
    assert not app.is_running, "keys still work in a small window"


@pytest.mark.parametrize(
    "case", [c for c in SCREENS if c.choosing], ids=[c.name for c in SCREENS if c.choosing]
)
async def test_down_moves_the_highlight_on_every_list_even_when_the_page_scrolls(
    make_app: MakeApp, case: ScreenCase
) -> None:
    """At 80x24, then at 40x12 where most lists scroll: the arrow moves the highlight, and the
    highlighted row is in view."""
    app = case.app(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*case.keys)
        await pilot.pause()
        screen = _current(app)
        assert isinstance(screen, ChoiceScreen) and screen.choice_list is not None
        choices = screen.choice_list
        for size in ((80, 24), (40, 12)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            before = choices.highlighted
            at_last = before == len(choices.choices) - 1
            await pilot.press("up" if at_last else "down")
            assert choices.highlighted != before, size
            assert choices.highlighted is not None
            row = list(choices.query(ChoiceRow))[choices.highlighted]
            assert screen.body.region.overlaps(row.region), f"{size}: the row is in view"
            if before is not None:  # a list with no default keeps the first row highlighted
                await pilot.press("down" if at_last else "up")
                assert choices.highlighted == before, size


def _covers(shown: str, key: str) -> bool:
    """'n' covers n; '1–6' covers 1 to 6."""
    if "–" in shown and key.isdigit():
        low, high = shown.split("–")
        return low.isdigit() and high.isdigit() and low <= key <= high
    return shown == key


async def test_escape_on_the_bottom_screen_does_nothing_and_is_not_offered(
    make_app: MakeApp,
) -> None:
    """The zone home, once the check-in has given way to it, has nothing to go back to: the
    screen stays (never Textual's empty one), and no key says Esc."""
    from magtui.ui.kit.base import CalmScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        bottom = app.screen
        assert len(app.screen_stack) == 2, "Textual's own empty screen, then the bottom one"
        for _ in range(3):
            await pilot.press("escape")
            await pilot.pause()
        assert app.screen is bottom and isinstance(bottom, CalmScreen)
        assert "Esc" not in screen_text(app).splitlines()[-1]
