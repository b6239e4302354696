"""Guided sessions by keys, with a clock the test moves: every method start to finish, the
timer's keys, the product and avoid-if steps, the answers, resuming, and the settings."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from magtui.domain.entries import Note, Reaction, TopicalSession
from magtui.domain.settings import EndCue, Settings, TimerDisplay
from magtui.domain.vocabulary import AlpimsDomain, ReactionKind, TopicalMethod
from magtui.domain.zones import Zone
from magtui.storage.guided_store import GuidedStore
from magtui.storage.journal import Journal
from magtui.storage.settings_store import SettingsStore
from magtui.ui.features.guided.after import AfterScreen
from magtui.ui.features.guided.ended import EndedScreen
from magtui.ui.features.guided.timer import TimerScreen
from magtui.ui.features.home.home import HomeScreen
from magtui.ui.features.products.products import ProductsScreen
from tests.conftest import FIXED_NOW, MakeApp
from tests.screen_reader import screen_words
from tests.screens import NONE_APPLY, TIMER, UNNAMED


class MovableClock:
    """A clock that stands still until the test moves it."""

    def __init__(self) -> None:
        self.now = FIXED_NOW

    def __call__(self) -> datetime:
        return self.now

    def move(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


TO_THE_CHECKS = ("enter", *UNNAMED, *NONE_APPLY)
"""The first place or amount (Enter), unnamed and used anyway, none of the checks apply."""
FLOWS = {
    # method: (home key, keys to the timer, planned seconds, filled-in fields)
    TopicalMethod.CREAM: ("1", TO_THE_CHECKS, 15 * 60, {"area": "feet", "amount": "small"}),
    TopicalMethod.SPRAY: (
        "2",
        TO_THE_CHECKS,
        15 * 60,
        {"dilution": "1:1 with water", "amount": "1 spray"},
    ),
    TopicalMethod.SOAK: ("3", (*TO_THE_CHECKS, "enter"), 5 * 60, {"amount": "¼ cup"}),
    TopicalMethod.BALM: ("4", TO_THE_CHECKS, 15 * 60, {"area": "neck"}),
}


def _entries(data_dir: Path) -> list[object]:
    return list(Journal(data_dir).entries())


@pytest.mark.parametrize("method", list(FLOWS), ids=[m.value for m in FLOWS])
async def test_each_method_runs_start_to_finish_and_one_key_logs_it(
    make_app: MakeApp, data_dir: Path, method: TopicalMethod
) -> None:
    key, keys, planned, fields = FLOWS[method]
    clock = MovableClock()
    app = make_app(clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", key, *keys)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimerScreen)
        shown = f"{planned // 60}:00"
        assert screen.query_one("#time-left").value == shown  # type: ignore[attr-defined]
        assert GuidedStore(data_dir).load() == app.session.guiding.current, "saved at start"
        clock.move(planned)
        screen.show_time()
        await pilot.pause()
        assert isinstance(app.screen, EndedScreen)
        assert "The time is up." in screen_words(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, AfterScreen)
        await pilot.press("3", "6", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    entries = _entries(data_dir)
    [session] = [e for e in entries if isinstance(e, TopicalSession)]
    [reaction] = [e for e in entries if isinstance(e, Reaction)]
    [note] = [e for e in entries if isinstance(e, Note)]
    assert isinstance(session, TopicalSession) and session.method is method
    assert session.zone is Zone.RED and session.duration_seconds == planned
    assert session.at == FIXED_NOW
    for name, value in fields.items():
        assert getattr(session, name) == value
    assert isinstance(reaction, Reaction) and reaction.after == session.id
    assert reaction.reaction is ReactionKind.NONE and reaction.severity == 0
    assert isinstance(note, Note) and note.after == session.id
    assert note.relief == (AlpimsDomain.PAIN, AlpimsDomain.SENSORY)
    assert GuidedStore(data_dir).load() is None, "nothing is left to resume"


async def test_space_pauses_and_plus_and_minus_change_a_minute_each_saved(
    make_app: MakeApp, data_dir: Path
) -> None:
    clock = MovableClock()
    app = make_app(clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*TIMER)
        screen = app.screen
        assert isinstance(screen, TimerScreen)
        clock.move(60)
        await pilot.press("space")
        assert "minutes and seconds left, paused." in screen_words(app)
        assert ("Space", "Resume") in screen.help_keys()
        clock.move(600)
        screen.show_time()
        assert screen.timer.remaining(clock()) == timedelta(minutes=4)
        await pilot.press("space", "plus")
        assert screen.timer.remaining(clock()) == timedelta(minutes=5)
        assert f"Ends at {(clock() + timedelta(minutes=5)):%H:%M}." in screen_words(app)
        await pilot.press("minus", "minus")
        assert screen.timer.remaining(clock()) == timedelta(minutes=3)
        saved = GuidedStore(data_dir).load()
        assert saved is not None and saved.timer == screen.timer, "every change is saved"
        assert len(saved.timer.pauses) == 1


async def test_escape_asks_before_stopping_and_what_ran_is_logged(
    make_app: MakeApp, data_dir: Path
) -> None:
    clock = MovableClock()
    app = make_app(clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*TIMER)
        clock.move(125.4)
        await pilot.press("escape", "enter")
        assert isinstance(app.screen, TimerScreen), "Enter keeps going"
        await pilot.press("escape", "e")
        await pilot.pause()
        assert isinstance(app.screen, EndedScreen)
        assert "2:05" in screen_words(app)
    session = [e for e in _entries(data_dir) if isinstance(e, TopicalSession)][-1]
    assert session.duration_seconds == 125


async def test_q_on_the_timer_asks_and_the_next_start_offers_to_resume(
    make_app: MakeApp, data_dir: Path
) -> None:
    clock = MovableClock()
    app = make_app(clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*TIMER, "q")
        assert app.is_running and "Quit magtui while the timer runs?" in screen_words(app)
        await pilot.press("q")
    assert not app.is_running
    clock.move(90)
    again = make_app(clock=clock)
    async with again.run_test(size=(80, 24)) as pilot:
        words = screen_words(again)
        assert "Your foot soak from today at 14:02 was still running." in words
        assert "It has 3:30 left." in words
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(again.screen, TimerScreen)
        assert again.screen.query_one("#time-left").value == "3:30"


@pytest.mark.parametrize(("keys", "logged"), [("e", 1), ("xx", 0)])
async def test_a_session_left_running_can_be_logged_or_discarded(
    make_app: MakeApp, data_dir: Path, keys: str, logged: int
) -> None:
    app = make_app(left_behind="running")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
    sessions = [e for e in _entries(data_dir) if isinstance(e, TopicalSession)]
    assert len(sessions) == logged
    if logged:
        assert sessions[0].duration_seconds == 120, "2 minutes had run by the fixed clock"
    else:
        assert GuidedStore(data_dir).load() is None


async def test_discarding_a_session_takes_x_twice_and_one_x_keeps_it(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(left_behind="running")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        await pilot.pause()
        assert "Press x again to throw this session away" in screen_words(app)
        assert GuidedStore(data_dir).load() is not None, "one x throws nothing away"
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, TimerScreen)
    assert GuidedStore(data_dir).load() is not None


async def test_dont_know_yet_waits_on_the_zone_home_and_is_asked_at_the_next_start(
    make_app: MakeApp, data_dir: Path
) -> None:
    clock = MovableClock()
    app = make_app(clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "1", *TO_THE_CHECKS)
        clock.move(15 * 60)
        app.screen.show_time()  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen), "Enter is 'don't know yet'"
        saved = GuidedStore(data_dir).load()
        assert saved is not None and saved.ask_at == FIXED_NOW + timedelta(minutes=30)
        assert "1 answer waiting — a to answer" in screen_words(app)
        clock.move(30 * 60)  # past the seed's window: still asked only when the person chooses
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProductsScreen), "p did what p does"
        await pilot.press("escape", "a")
        await pilot.pause()
        assert isinstance(app.screen, EndedScreen)
    assert not [e for e in _entries(data_dir) if isinstance(e, Reaction)], "not answered"
    again = make_app(clock=clock)
    async with again.run_test(size=(80, 24)) as pilot:
        assert "How did your cream from today at 14:02 go?" in screen_words(again)
        await pilot.press("r", "3", "2")
        await pilot.pause()
        assert isinstance(again.screen, AfterScreen)
    reaction = [e for e in _entries(data_dir) if isinstance(e, Reaction)][-1]
    assert reaction.reaction is ReactionKind.FLUSH and reaction.severity == 2


async def test_a_new_product_in_red_needs_a_deliberate_second_key(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "3", "enter", "w", *"Calm Soak", "enter")
        words = screen_words(app)
        assert "Your journal has no entry for Calm Soak." in words
        assert "Wait until Green or stable Yellow Zone to trial." in words
        await pilot.press("enter")
        assert "Which product?" in screen_words(app), "Enter goes back, not on"
        await pilot.press("w", *"Calm Soak", "enter", "y")
        assert "Does any of these apply now?" in screen_words(app)
        assert app.screen.plan.product == "Calm Soak"  # type: ignore[attr-defined]


async def test_a_product_with_history_is_offered_first_and_goes_on(
    make_app: MakeApp, data_dir: Path
) -> None:
    Journal(data_dir).add(
        TopicalSession(
            id="0" * 22,
            at=FIXED_NOW - timedelta(days=3),
            logged_at=FIXED_NOW,
            method=TopicalMethod.SOAK,
            product="Calm Soak",
        )
    )
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "3", "enter")
        assert "1 Calm Soak" in screen_words(app)
        await pilot.press("enter")
        assert "Does any of these apply now?" in screen_words(app)
        assert app.screen.plan.product == "Calm Soak"  # type: ignore[attr-defined]


async def test_touch_pain_offers_the_seeds_alternatives_as_sessions(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "4", "enter", *UNNAMED, "3")
        words = screen_words(app)
        assert "Try foot soak or magnesium cream on lower legs instead of direct massage." in words
        await pilot.press("2")
        await pilot.pause()
        assert app.screen.title == "Cream or lotion"
        choices = app.screen.choice_list.choices  # type: ignore[attr-defined]
        assert [choice.value for choice in choices] == ["lower legs"]
        await pilot.press("escape", "5")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_the_spray_calculator_converts_the_seeds_one_to_one(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "2", "b", *"half a bottle", "enter")
        assert "Type the bottle size as a number, such as 100 or 100 ml." in screen_words(app)
        await pilot.press(*["backspace"] * 13, *"100", "enter")
        await pilot.pause()
        assert "For a 100 ml bottle: 50 ml magnesium oil and 50 ml water." in screen_words(app)


@pytest.mark.parametrize("cue", list(EndCue), ids=[c.value for c in EndCue])
async def test_the_end_cue_is_quiet_unless_chosen(make_app: MakeApp, cue: EndCue) -> None:
    clock = MovableClock()
    app = make_app(clock=clock, settings=Settings(end_cue=cue))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "4", *TO_THE_CHECKS)
        clock.move(15 * 60)
        app.screen.show_time()  # type: ignore[attr-defined]
        await pilot.pause()
        assert ("The time is up." in screen_words(app)) is (cue is not EndCue.NONE)
        assert app.rang_bell is (cue is EndCue.BELL)


async def test_calm_display_shows_whole_minutes(make_app: MakeApp) -> None:
    clock = MovableClock()
    app = make_app(clock=clock, settings=Settings(timer_display=TimerDisplay.MINUTES))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*TIMER)
        screen = app.screen
        assert isinstance(screen, TimerScreen)
        clock.move(59)
        screen.show_time()
        assert screen.query_one("#time-left").value == "5"  # type: ignore[attr-defined]
        assert "minutes left." in screen_words(app)
        clock.move(1)
        screen.show_time()
        assert screen.query_one("#time-left").value == "4"  # type: ignore[attr-defined]


async def test_every_setting_is_chosen_by_keys_and_remembered(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "s", "2", "3", "3", "2", "4", "2")
        words = screen_words(app)
        assert "End of a session the still message and one terminal bell" in words
        assert "Units US cups and fluid ounces (fl oz)" in words
        await pilot.press("escape", "3")
        assert "¼ cup (about 60 ml)" not in screen_words(app), "US units show cups alone"
    saved = SettingsStore(data_dir).load()
    assert (saved.end_cue, saved.timer_display) == (EndCue.BELL, TimerDisplay.MINUTES)
    assert saved.units.value == "us"


@pytest.mark.parametrize(
    ("arguments", "environment", "sentence"),
    [
        (["session", "soak", "--minutes", "0"], {}, "--minutes must be a whole number more than 0"),
        (
            ["session", "soak", "--minutes", "241"],
            {},
            "--minutes is longer than magtui can log as one session",
        ),
        (["session", "bath"], {}, "Argument METHOD: invalid choice: 'bath'"),
        (["session", "soak"], {"MAGTUI_TIME_SCALE": "fast"}, "MAGTUI_TIME_SCALE must be a number"),
        (["session", "soak"], {"MAGTUI_TIME_SCALE": "-2"}, "MAGTUI_TIME_SCALE must be a number"),
    ],
)
def test_a_bad_session_command_is_one_sentence_and_opens_nothing(
    data_dir: Path, arguments: list[str], environment: dict[str, str], sentence: str
) -> None:
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "magtui", "--data-dir", str(data_dir), *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, **environment},
        timeout=30,
        check=False,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert sentence in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not data_dir.exists(), "nothing was written"


async def test_a_paste_past_the_limit_is_refused_with_a_sentence_and_keeps_what_was_typed(
    make_app: MakeApp,
) -> None:
    from textual import events
    from textual.widgets import Input

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "2", "b", *"25")
        field = app.screen.query_one(Input)
        field.post_message(events.Paste("1" * 40))
        await pilot.pause()
        assert field.value == "25", "what was typed is kept, never emptied"
        words = screen_words(app)
        assert "longer than 20 characters, so it was not added; what you typed is kept." in words
        await pilot.press("enter")
        await pilot.pause()
        assert "For a 25 ml bottle: 12.5 ml magnesium oil and 12.5 ml water." in screen_words(app)


@pytest.mark.parametrize(("answer", "asked"), [(("n",), True), (("r", "1", "1"), False)])
async def test_where_it_helped_is_asked_only_when_the_answer_leaves_room_for_it(
    make_app: MakeApp, answer: tuple[str, ...], asked: bool
) -> None:
    from tests.screens import ENDED

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*ENDED, *answer)
        await pilot.pause()
        words = screen_words(app)
        assert ("Where did it help?" in words) is asked
        assert ("Anxiety" in words) is asked
        assert "w Write a note" in words, "a note can be added either way"
