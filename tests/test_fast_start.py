"""The fast start: the check-in is drawn from a quick read, everything else loads right after.

No choice may be acted on before the full, validated load; a failed load ends the app with one
sentence; keys pressed while loading are not lost.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from magtui.commands.launch import create_fast_app, load_services
from magtui.content import default_assets_dir
from magtui.domain.zones import Zone
from magtui.session import Services, StartupFailed
from magtui.storage.first_look import read_first_look
from magtui.storage.journal import Journal
from magtui.ui.app import MagApp
from tests.conftest import MakeApp, fixed_clock
from tests.journal_helpers import month_file
from tests.screen_reader import screen_words


def _fast_app(data_dir: Path, loader: Callable[[], Services]) -> MagApp:
    first_look = read_first_look(default_assets_dir(), data_dir)
    assert first_look is not None, "the quick read works on a prepared folder"
    return create_fast_app(first_look, fixed_clock, loader)


async def test_a_zone_key_at_once_waits_for_the_load_and_is_recorded(
    make_app: MakeApp, data_dir: Path
) -> None:
    make_app(zone=Zone.RED)  # prepares the folder: disclaimer read, Red set
    app = _fast_app(data_dir, lambda: load_services(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert "Green zone · Stable" in screen_words(app)
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.GREEN


async def test_keys_pressed_during_a_slow_load_are_acted_on_after_it(
    make_app: MakeApp, data_dir: Path
) -> None:
    make_app(zone=Zone.RED)
    zone_when_loaded: list[Zone] = []

    def slow_load() -> Services:
        time.sleep(0.5)
        services = load_services(data_dir)
        latest = services.journal.latest_zone()
        assert latest is not None
        zone_when_loaded.append(latest.zone)
        return services

    app = _fast_app(data_dir, slow_load)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "How is your body right now?" in screen_words(app)
        assert "Now: Red zone" in screen_words(app)
        await pilot.press("y")
        await pilot.pause()
        assert "Yellow zone · Wobbly" in screen_words(app)
    assert zone_when_loaded == [Zone.RED], "the key was acted on only after the load"
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.YELLOW


async def test_a_failed_load_ends_the_app_with_one_sentence(
    make_app: MakeApp, data_dir: Path
) -> None:
    make_app(zone=Zone.RED)

    def broken() -> Services:
        raise StartupFailed("The content file zones.toml is damaged; reinstall magtui.")

    app = _fast_app(data_dir, broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await pilot.pause()
    assert app.return_code == 1
    assert app.startup_error == "The content file zones.toml is damaged; reinstall magtui."
    assert Journal(data_dir).latest_zone().zone is Zone.RED  # type: ignore[union-attr]


def test_the_quick_read_declines_anything_unusual(make_app: MakeApp, data_dir: Path) -> None:
    """Then the launcher validates first; the quick read is never a second source of truth."""
    make_app(zone=Zone.RED)
    assert read_first_look(default_assets_dir(), data_dir) is not None
    month = month_file(data_dir)
    good = month.read_bytes()
    month.write_bytes(b"\x00garbage")
    assert read_first_look(default_assets_dir(), data_dir) is None
    month.write_bytes(good)
    (data_dir / "settings.json").write_text('{"theme": "neon"}')
    assert read_first_look(default_assets_dir(), data_dir) is None


FIRST_PAINT_IMPORTS = """
import asyncio, sys, time
from datetime import datetime, timezone
from magtui.cli import _build_parser, _time_scale
_build_parser(with_commands=False).parse_args([])
_time_scale("")  # as the command line reads MAGTUI_TIME_SCALE before the app starts
from magtui.commands.launch import create_fast_app
from magtui.domain.first_look import FirstLook
from magtui.domain.themes import ThemeName
from magtui.domain.zones import Zone, ZoneNow

def late_load():
    time.sleep(1.0)
    raise RuntimeError("only the first paint is measured")

now = datetime(2026, 11, 22, 14, 2, tzinfo=timezone.utc)
look = FirstLook(
    zone_meanings={zone: "meaning" for zone in Zone},
    zone_now=ZoneNow(Zone.RED, now),
    theme=ThemeName.CONTRAST_DARK,
    needs_disclaimer=False,
)
app = create_fast_app(look, lambda: now, late_load)

async def first_paint():
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(type(app.screen).__name__)
        heavy = ("pydantic", "tinydb", "filelock", "reportlab")
        print(sorted(m for m in sys.modules if m.split(".")[0] in heavy))

asyncio.run(first_paint())
"""


def test_nothing_before_the_first_screen_imports_pydantic_or_storage_libraries() -> None:
    """Parsing the command line and drawing the check-in must not pay for them (a 1.5x start)."""
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_IMPORTS], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    screen, modules = result.stdout.strip().splitlines()
    assert screen == "CheckInScreen"
    assert modules == "[]"
