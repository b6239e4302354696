"""The session timer, by a clock the test moves: pauses, minutes added and taken, no drift,
and a timer saved, read back and resumed after a restart, even when the clock jumped."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from magtui.domain.guided import GuidedSession
from magtui.domain.timer import LONGEST, Timer, shown_remaining
from magtui.domain.vocabulary import TopicalMethod
from magtui.domain.zones import Zone
from magtui.storage.guided_store import GuidedStore
from tests.conftest import MakeApp

START = datetime(2026, 11, 22, 14, 5, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def at(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


def test_remaining_and_end_come_from_the_clock() -> None:
    timer = Timer.start(5 * MINUTE, START)
    assert timer.remaining(at(0)) == 5 * MINUTE
    assert timer.remaining(at(90)) == timedelta(minutes=3, seconds=30)
    assert timer.ends_at(at(90)) == at(300)
    assert not timer.is_over(at(299.999))
    assert timer.is_over(at(300)) and timer.remaining(at(400)) == timedelta(0)


def test_a_pause_holds_the_time_left_and_moves_the_end() -> None:
    timer = Timer.start(5 * MINUTE, START).pause(at(60))
    assert timer.remaining(at(60)) == timer.remaining(at(3600)) == 4 * MINUTE
    resumed = timer.resume(at(160))
    assert resumed.remaining(at(160)) == 4 * MINUTE
    assert resumed.ends_at(at(160)) == at(400)
    assert resumed.pauses[0].start == at(60) and resumed.pauses[0].end == at(160)
    again = resumed.pause(at(200)).resume(at(230))
    assert again.elapsed(at(260)) == timedelta(seconds=60 + 40 + 30)


def test_pausing_twice_or_resuming_a_running_timer_changes_nothing() -> None:
    timer = Timer.start(5 * MINUTE, START)
    assert timer.resume(at(10)) == timer
    paused = timer.pause(at(10))
    assert paused.pause(at(20)) == paused


def test_a_minute_more_or_less() -> None:
    timer = Timer.start(5 * MINUTE, START)
    assert timer.adjust(1, at(30)).remaining(at(30)) == timedelta(minutes=5, seconds=30)
    assert timer.adjust(-1, at(30)).remaining(at(30)) == timedelta(minutes=3, seconds=30)
    assert timer.adjust(-1, at(30)).ends_at(at(30)) == at(240)


def test_a_minute_less_never_ends_the_timer_or_goes_below_a_minute() -> None:
    nearly_done = Timer.start(5 * MINUTE, START)
    assert not nearly_done.can_shorten(at(250))
    assert nearly_done.adjust(-1, at(250)) == nearly_done, "50 s left: a minute less is refused"
    one_minute = Timer.start(MINUTE, START)
    assert one_minute.adjust(-1, at(0)) == one_minute
    longest = Timer.start(LONGEST, START)
    assert longest.adjust(1, at(0)) == longest


def test_stopping_freezes_what_ran() -> None:
    timer = Timer.start(5 * MINUTE, START).pause(at(100)).stop(at(500))
    assert timer.elapsed(at(9999)) == timedelta(seconds=100)
    assert timer.is_stopped and not timer.is_paused
    running = Timer.start(5 * MINUTE, START).stop(at(42.4))
    assert running.elapsed(at(9999)) == timedelta(seconds=42.4)


def test_no_drift_over_eight_simulated_hours_of_irregular_ticks() -> None:
    """Ticks come late, early and unevenly, as an event loop under load delivers them; the
    time left is read off the clock each time, so the end lands exactly where it should."""
    rng = random.Random(8)
    timer = Timer.start(LONGEST, START)
    now, pauses = START, 0
    while now < START + timedelta(hours=8):
        now += timedelta(seconds=rng.uniform(0.2, 3.0))
        if rng.random() < 0.002:
            timer = timer.pause(now) if not timer.is_paused else timer.resume(now)
            pauses += 1
    timer = timer.resume(now)
    paused = sum((p.end - p.start for p in timer.pauses), timedelta(0))
    assert pauses > 5
    assert timer.ends_at(now) == max(now, START + LONGEST + paused)
    exact = min(now - START - paused, LONGEST)
    assert timer.elapsed(now) == exact, "to the microsecond, after thousands of ticks"


def test_the_time_scale_speeds_everything_up_alike() -> None:
    timer = Timer.start(MINUTE, START, scale=60)
    assert timer.remaining(at(0.5)) == timedelta(seconds=30)
    assert timer.ends_at(at(0)) == at(1)
    assert timer.real_until_shown_change(at(0), calm=False) == timedelta(seconds=1 / 60)


@pytest.mark.parametrize(
    ("left", "calm", "shown"),
    [
        (300, False, "5:00"),
        (299.2, False, "5:00"),
        (59.01, False, "1:00"),
        (0, False, "0:00"),
        (300, True, "5 min"),
        (240.5, True, "5 min"),
        (240, True, "4 min"),
        (1, True, "1 min"),
    ],
)
def test_the_time_left_is_rounded_up_so_it_never_shows_0_too_soon(
    left: float, calm: bool, shown: str
) -> None:
    assert shown_remaining(timedelta(seconds=left), calm=calm) == shown


def test_the_next_redraw_is_when_the_shown_time_changes() -> None:
    timer = Timer.start(5 * MINUTE, START)
    assert timer.real_until_shown_change(at(0.25), calm=False) == timedelta(seconds=0.75)
    assert timer.real_until_shown_change(at(0.25), calm=True) == timedelta(seconds=59.75)


def _saved_and_read_back(tmp_path: object, session: GuidedSession) -> GuidedSession:
    store = GuidedStore(tmp_path)  # type: ignore[arg-type]
    store.save(session)
    loaded = GuidedStore(tmp_path).load()  # type: ignore[arg-type]
    assert loaded is not None
    return loaded


def _soak(timer: Timer) -> GuidedSession:
    return GuidedSession(method=TopicalMethod.SOAK, zone=Zone.RED, amount="¼ cup", timer=timer)


def test_a_restart_resumes_from_the_saved_state(tmp_path: object) -> None:
    timer = Timer.start(5 * MINUTE, START).pause(at(30)).resume(at(90))
    loaded = _saved_and_read_back(tmp_path, _soak(timer))
    assert loaded == _soak(timer)
    assert loaded.timer.remaining(at(150)) == timedelta(minutes=3, seconds=30)
    paused = _saved_and_read_back(tmp_path, _soak(timer.pause(at(120))))
    assert paused.timer.remaining(at(9000)) == timedelta(minutes=4)


def test_a_clock_that_jumped_back_never_runs_time_backwards(tmp_path: object) -> None:
    timer = _saved_and_read_back(tmp_path, _soak(Timer.start(5 * MINUTE, START))).timer
    assert timer.remaining(START - timedelta(hours=3)) == 5 * MINUTE
    resumed = timer.pause(at(60)).resume(at(10))
    assert resumed.remaining(at(10)) == 4 * MINUTE, "the minute that ran is kept"
    assert all(p.end >= p.start for p in resumed.pauses), "no span is negative"
    assert resumed.remaining(at(70)) == 3 * MINUTE
    stopped = timer.stop(START - timedelta(hours=1))
    assert stopped.elapsed(START) == timedelta(0)


def test_a_clock_that_jumped_forward_finds_the_time_over(tmp_path: object) -> None:
    """A reboot the next day: the soak is over, and what it ran is the whole of it."""
    timer = _saved_and_read_back(tmp_path, _soak(Timer.start(5 * MINUTE, START))).timer
    tomorrow = START + timedelta(days=1)
    assert timer.is_over(tomorrow)
    assert timer.stop(tomorrow).elapsed(tomorrow) == 5 * MINUTE


def test_a_damaged_saved_session_is_kept_aside_with_one_sentence(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "data"
    folder.mkdir()
    (folder / "session.json").write_text('{"method": "soak", "timer": {"planned"')
    store = GuidedStore(folder)
    assert store.load() is None
    assert store.notice is not None and "kept as" in store.notice
    assert not (folder / "session.json").exists()
    assert [p.name.startswith("session.json.damaged-") for p in folder.iterdir()] == [True]


async def test_a_soak_lengthened_past_the_seeds_minutes_says_them_once(make_app: MakeApp) -> None:
    """Ten minutes is the seed's longest soak: going past it says the seed's sentence once (until
    the next key, like every confirmation); going past it again does not repeat it."""
    from tests.screen_reader import screen_words
    from tests.screens import NONE_APPLY, UNNAMED

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "3", "enter", *UNNAMED, *NONE_APPLY, "2")  # 10 mins
        await pilot.press("plus")
        await pilot.pause()
        said = "The guide: “Use lukewarm water, 5–10 mins.”"
        assert said in screen_words(app)
        await pilot.press("minus", "plus")
        await pilot.pause()
        assert said not in screen_words(app), "said once, not at every minute past it"


async def test_a_cream_timer_says_where_its_length_comes_from(make_app: MakeApp) -> None:
    from tests.screen_reader import screen_words
    from tests.screens import NONE_APPLY, UNNAMED

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "1", "enter", *UNNAMED, *NONE_APPLY)
        await pilot.pause()
        words = screen_words(app)
        assert "The guide gives no time for a cream session" in words
        assert "the first number of “Fast — absorbs through skin within 15–30 mins”" in words
