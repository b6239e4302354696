"""The app, driven by keys as a person would, asserting on what is shown and what is stored."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from magtui.domain.entries import ZoneCheckIn
from magtui.domain.ids import new_entry_id
from magtui.domain.themes import ThemeName
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal
from magtui.storage.settings_store import SettingsStore
from magtui.ui.app import JOURNAL_CHECK_SECONDS
from tests.conftest import FIXED_NOW, MakeApp
from tests.damage import DAMAGE
from tests.journal_helpers import month_file, own_folder
from tests.screen_reader import screen_text, screen_words

METHODS_IN_SEED_ORDER = (
    "Cream or lotion",
    "Magnesium oil (spray)",
    "Foot soak (Epsom salts)",
    "Magnesium balm (solid)",
)


async def test_first_start_shows_the_disclaimer_then_the_check_in(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(zone=None, disclaimer_seen=False)
    async with app.run_test(size=(80, 24)) as pilot:
        text = screen_text(app)
        assert text.splitlines()[0].startswith(" Disclaimer – Magnesium Capsules")
        assert "This information is provided for educational" in text
        await pilot.press("escape")
        assert "I understand" in screen_text(app), "Escape must not skip the disclaimer"
        await pilot.press("enter")
        assert "How is your body right now?" in screen_text(app)
    assert SettingsStore(data_dir).load().disclaimer_seen == 1


async def test_the_disclaimer_is_not_shown_twice(make_app: MakeApp) -> None:
    app = make_app(zone=None, disclaimer_seen=True)
    async with app.run_test(size=(80, 24)):
        assert "How is your body right now?" in screen_text(app)
        assert "educational" not in screen_text(app)


async def test_choosing_red_records_it_and_opens_the_red_home(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(zone=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert "How is your body right now?" in screen_text(app), "no zone yet: Enter waits"
        await pilot.press("r")
        text = screen_text(app)
        assert "Best Ways to Use in Red Zone" in text
        assert "Red zone · set today at 14:02" in text
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.RED


async def test_enter_keeps_the_zone_and_records_nothing(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(zone=Zone.YELLOW)
    before = Journal(data_dir).latest_zone()
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Now: Yellow zone · set today at 12:02." in screen_text(app)
        await pilot.press("enter")
        assert "Ways to use topical magnesium" in screen_text(app)
        assert "Yellow zone ·" in screen_text(app)
    assert Journal(data_dir).latest_zone() == before


async def test_changing_zone_from_home_redraws_home(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "z", "g")
        text = screen_words(app)
        assert "Green zone · Stable" in text
        assert "First-time use" not in text, "Green needs no first-time caution"
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.GREEN


@pytest.mark.parametrize("zone", list(Zone), ids=[z.value for z in Zone])
async def test_home_shows_the_seed_methods_in_seed_order_with_the_zone_table(
    make_app: MakeApp, zone: Zone
) -> None:
    app = make_app(zone=zone)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        words = screen_words(app)
    positions = [words.index(name) for name in METHODS_IN_SEED_ORDER]
    assert positions == sorted(positions)
    assert "Safe in" not in words and "gentlest" not in words
    best_form = {
        Zone.GREEN: "Capsules (low-dose) + topical as needed.",
        Zone.YELLOW: "Maintain capsules if tolerated; use topical to calm.",
        Zone.RED: "Skip capsules unless already tolerated; use topical only.",
    }[zone]
    assert f"Best form {best_form}" in words
    assert "Please consult your healthcare provider before starting magnesium" in words
    first_time = "First-time use Wait until Green or stable Yellow Zone to trial."
    assert (first_time in words) is (zone is not Zone.GREEN)
    assert words.count("Wait until Green or stable Yellow Zone to trial") <= 1


async def test_enter_starts_the_highlighted_method_and_arrows_move_it(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")
        assert screen_text(app).startswith(" Cream or lotion")
        await pilot.press("escape", "down", "down", "enter")
        assert screen_text(app).startswith(" Foot soak (Epsom salts)")
        words = screen_words(app)
        assert "1. Use lukewarm water, 5–10 mins. 2. ¼–½ cup of salts in a basin." in words
        await pilot.press("c")
        words = screen_words(app)
        assert "When to be cautious" in words
        assert words.count("First-time use") == 1, "the first-time caution is shown once"


async def test_the_guide_opens_with_the_disclaimer_and_scrolls_by_keys(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "g", "enter")
        assert "not a substitute for medical advice" in screen_text(app)
        await pilot.press("escape", "7")
        top = screen_text(app)
        await pilot.press("pagedown")
        assert screen_text(app) != top
        await pilot.press("end")
        assert "Together, they support your healing rhythm" in screen_text(app)
        await pilot.press("home")
        assert screen_text(app) == top


async def test_a_chosen_theme_applies_and_is_remembered(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "s", "1")
        assert "In use now" in screen_words(app)
        await pilot.press("3")
        assert app.theme == "soft"
        assert "Theme soft" in screen_words(app), "settings show the look now in use"
        await pilot.press("1", "enter")
        assert app.theme == "soft", "Enter keeps the look in use"
    assert SettingsStore(data_dir).load().theme is ThemeName.SOFT


async def test_nothing_moves_and_nothing_beeps(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.RED)
    rung: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.animation_level == "none"
        app._driver.write = lambda data: rung.append(data)  # type: ignore[union-attr,method-assign]
        await pilot.press("x", "F5")
        app.bell()
        assert "\a" not in "".join(rung)


async def test_a_full_disk_is_one_sentence_on_screen_and_the_app_goes_on(
    make_app: MakeApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(zone=Zone.RED)
    saved = (own_folder(data_dir) / "2026-11.json").read_bytes()

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    async with app.run_test(size=(80, 24)) as pilot:
        monkeypatch.setattr(os, "fsync", disk_full)
        await pilot.press("g")
        await pilot.pause()
        text = screen_words(app)
        assert "could not be saved" in text and ": the disk is full;" in text
        assert "Green zone · Stable" in text
        monkeypatch.undo()
    assert (own_folder(data_dir) / "2026-11.json").read_bytes() == saved


async def test_a_zone_set_in_another_terminal_shows_up_by_itself(
    make_app: MakeApp, data_dir: Path
) -> None:
    """Another magtui records Green: within a few seconds the open app shows it, unasked."""
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert "Red zone · The guide" in screen_words(app)
        at = FIXED_NOW - timedelta(minutes=30)  # after the Red check-in, by the app's clock
        elsewhere = ZoneCheckIn(id=new_entry_id(at), at=at, logged_at=at, zone=Zone.GREEN)
        Journal(data_dir).add(elsewhere)
        await pilot.pause(JOURNAL_CHECK_SECONDS + 0.5)
        text = screen_words(app)
        assert "Green zone · Stable" in text and "Green zone · set today at 13:32" in text


async def test_a_zone_set_elsewhere_updates_the_check_in_too(
    make_app: MakeApp, data_dir: Path
) -> None:
    from magtui.commands.zone import run_zone

    app = make_app(zone=None)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "No zone set yet. Press g, y or r." in screen_text(app)
        assert run_zone(data_dir, "yellow") == 0
        await pilot.pause(JOURNAL_CHECK_SECONDS + 0.5)
        assert "Now: Yellow zone · set" in screen_text(app)
        await pilot.press("escape")
        assert "Yellow zone · Wobbly" in screen_words(app)


@pytest.mark.parametrize("damage", list(DAMAGE.values()), ids=list(DAMAGE))
async def test_a_damaged_journal_is_one_sentence_on_screen_and_the_app_goes_on(
    make_app: MakeApp, data_dir: Path, damage: bytes
) -> None:
    make_app(zone=Zone.RED)
    month = month_file(data_dir)
    month.write_bytes(damage)
    app = make_app(zone=None)
    async with app.run_test(size=(80, 24)) as pilot:
        words = screen_words(app)
        assert "2026-11.json was damaged and is kept aside as" in words
        await pilot.press("g")
        assert "Green zone · Stable" in screen_words(app)
    kept = list(month.parent.glob("2026-11.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damage
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.GREEN


async def test_the_look_for_other_writers_that_fires_as_the_app_ends_does_nothing(
    make_app: MakeApp,
) -> None:
    """Its timer can fire once more after the last screen has gone: nothing to show it on."""
    app = make_app(zone=Zone.GREEN)
    async with app.run_test(size=(80, 24)):
        pass
    assert not app.screen_stack
    await app._look_for_outside_writes()  # noqa: SLF001 - the timer's own callback
