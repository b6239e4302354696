"""The app, driven by keys as a person would, asserting on what is shown and what is stored."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from textual.color import Color

from magtui.domain.entries import ZoneCheckIn
from magtui.domain.ids import new_entry_id
from magtui.domain.themes import ThemeName
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal
from magtui.storage.settings_store import SettingsStore
from magtui.ui.app import JOURNAL_CHECK_SECONDS, MagApp
from magtui.ui.themes import THEMES
from tests.conftest import FIXED_NOW
from tests.damage import DAMAGE
from tests.screen_reader import screen_text, screen_words
from tests.screens import SCREENS, ScreenCase

MakeApp = Callable[..., MagApp]


async def test_first_start_shows_the_disclaimer_then_the_check_in(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(zone=None, disclaimer_seen=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "This information is provided for educational" in screen_text(app)
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
        assert "Safe in Red, gentlest first" in text
        assert "Red zone · set today at 14:02" in text
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.RED


async def test_enter_keeps_the_zone_and_records_nothing(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(zone=Zone.YELLOW)
    before = Journal(data_dir).latest_zone()
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Now: Yellow zone · set today at 12:02. Enter keeps it." in screen_text(app)
        await pilot.press("enter")
        assert "Safe in Yellow, gentlest first" in screen_text(app)
    assert Journal(data_dir).latest_zone() == before


async def test_changing_zone_from_home_redraws_home(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "z", "g")
        text = screen_text(app)
        assert "Safe in Green, gentlest first" in text
        assert "First-time use" not in text, "Green needs no first-time warning"
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.GREEN


async def test_home_lists_the_four_methods_gentlest_first_in_red(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        text = screen_text(app)
    order = [text.index(name) for name in ("Foot soak", "Magnesium oil", "Cream or lotion", "balm")]
    assert order == sorted(order)
    assert "Skip capsules unless already tolerated" in text
    assert "First-time use: Wait until Green or stable Yellow Zone to trial." in text


async def test_enter_on_home_opens_the_gentlest_method(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")
        text = screen_text(app)
        assert "Foot soak (Epsom salts)" in text and "Use lukewarm water." in text
        await pilot.press("escape")
        assert "Safe in Red" in screen_text(app)


@pytest.mark.parametrize("case", SCREENS, ids=[case.name for case in SCREENS])
async def test_every_screen_has_help_escape_and_quit(make_app: MakeApp, case: ScreenCase) -> None:
    app = make_app(zone=case.zone, disclaimer_seen=case.disclaimer_seen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*case.keys)
        before = screen_text(app)
        assert case.expect in before
        assert "? Help" in before and "q Quit" in before
        await pilot.press("question_mark")
        assert "Help" in screen_text(app).splitlines()[0]
        assert "Escape always goes back" in screen_text(app)
        if case.name != "help":
            await pilot.press("escape")
            assert screen_text(app) == before, "Escape from help returns to the same screen"
        await pilot.press("q")
    assert app.return_code == 0 and not app.is_running


async def test_escape_walks_back_to_home_and_no_further(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "g", "4")
        assert "R = Rest" in screen_text(app)
        await pilot.press("escape", "escape")
        assert "Safe in Red" in screen_text(app)
        assert "Esc Back" not in screen_text(app)
        await pilot.press("escape")
        assert "Safe in Red" in screen_text(app)


async def test_the_guide_scrolls_by_keys(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "g", "6")
        top = screen_text(app)
        await pilot.press("pagedown")
        assert screen_text(app) != top
        await pilot.press("end")
        assert "Together, they support your healing rhythm" in screen_text(app)
        await pilot.press("home")
        assert screen_text(app) == top


async def test_the_disclaimer_is_in_the_guide(make_app: MakeApp) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "g", "7")
        assert "not a substitute for medical advice" in screen_text(app)


async def test_a_chosen_theme_applies_and_is_remembered(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "t", "3")
        assert app.theme == "soft"
        assert "Safe in Red" in screen_text(app)
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
    saved = (data_dir / "journal" / "2026-11.json").read_bytes()

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    async with app.run_test(size=(80, 24)) as pilot:
        monkeypatch.setattr(os, "fsync", disk_full)
        await pilot.press("g")
        text = screen_words(app)
        assert "could not be saved" in text and "(No space left on device)" in text
        assert "Safe in Green" in text
        monkeypatch.undo()
    assert (data_dir / "journal" / "2026-11.json").read_bytes() == saved


@pytest.mark.parametrize("theme", list(ThemeName), ids=[t.value for t in ThemeName])
@pytest.mark.parametrize("case", SCREENS, ids=[case.name for case in SCREENS])
async def test_every_screen_shows_its_words_in_every_theme(
    make_app: MakeApp, case: ScreenCase, theme: ThemeName
) -> None:
    """Guards the pictures too: a theme that fails to load would otherwise snapshot a blank."""
    app = make_app(zone=case.zone, disclaimer_seen=case.disclaimer_seen, theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*case.keys)
        assert app.theme == theme.value
        assert case.expect in screen_words(app)
        if theme is not ThemeName.TERMINAL:
            expected = Color.parse(THEMES[theme].background or "")
            assert app.screen.styles.background == expected, "the theme's colours are applied"


async def test_a_zone_set_in_another_terminal_shows_up_by_itself(
    make_app: MakeApp, data_dir: Path
) -> None:
    """Another magtui records Green: within a few seconds the open app shows it, unasked."""
    app = make_app(zone=Zone.RED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert "Safe in Red" in screen_text(app)
        at = FIXED_NOW - timedelta(minutes=30)  # after the Red check-in, by the app's clock
        elsewhere = ZoneCheckIn(id=new_entry_id(at), at=at, logged_at=at, zone=Zone.GREEN)
        Journal(data_dir).add(elsewhere)
        await pilot.pause(JOURNAL_CHECK_SECONDS + 0.5)
        text = screen_text(app)
        assert "Safe in Green" in text and "Green zone · set today at 13:32" in text


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
        await pilot.press("enter")
        assert "Safe in Yellow" in screen_text(app)


@pytest.mark.parametrize("damage", list(DAMAGE.values()), ids=list(DAMAGE))
async def test_a_damaged_journal_is_one_sentence_on_screen_and_the_app_goes_on(
    make_app: MakeApp, data_dir: Path, damage: bytes
) -> None:
    make_app(zone=Zone.RED)
    month = data_dir / "journal" / "2026-11.json"
    month.write_bytes(damage)
    app = make_app(zone=None)
    async with app.run_test(size=(80, 24)) as pilot:
        words = screen_words(app)
        assert "2026-11.json was damaged and is kept aside as" in words
        await pilot.press("g")
        assert "Safe in Green" in screen_text(app)
    kept = list(month.parent.glob("2026-11.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damage
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.GREEN
