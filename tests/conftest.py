"""Every test runs against its own data folder; none touches a real home."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from magtui.content import load_content
from magtui.domain.entries import TopicalSession, ZoneCheckIn
from magtui.domain.guidance import Guidance
from magtui.domain.guided import GuidedSession
from magtui.domain.settings import Settings
from magtui.domain.themes import ThemeName
from magtui.domain.timer import Timer
from magtui.domain.vocabulary import TopicalMethod
from magtui.domain.zones import Zone
from magtui.storage.guided_store import GuidedStore
from magtui.storage.journal import Journal
from magtui.storage.settings_store import SettingsStore
from tests.terminal import Terminal

if TYPE_CHECKING:
    from magtui.ui.app import MagApp

FIXED_NOW = datetime(2026, 11, 22, 14, 2, tzinfo=timezone(timedelta(hours=1)))

MakeApp = Callable[..., "MagApp"]
"""`make_app(zone=..., disclaimer_seen=..., theme=...)`: the app as the command line builds it."""

COLOUR_ENVIRONMENT = ("NO_COLOR", "TERM", "COLORTERM", "TEXTUAL_COLOR_SYSTEM")


def fixed_clock() -> datetime:
    return FIXED_NOW


LEFT_BEHIND_ID = "0" * 22


def left_behind_session(state: str) -> GuidedSession:
    """A foot soak a previous run left behind: 'running' (2 of 5 minutes gone), or 'asking'
    (logged, and waiting to be asked how it went)."""
    timer = Timer.start(timedelta(minutes=5), FIXED_NOW - timedelta(minutes=2))
    session = GuidedSession(method=TopicalMethod.SOAK, zone=Zone.RED, amount="¼ cup", timer=timer)
    if state == "asking":
        return session.with_timer(timer.stop(FIXED_NOW - timedelta(minutes=1))).logged(
            LEFT_BEHIND_ID
        )
    return session


def left_behind_use() -> TopicalSession:
    """The journal entry the 'asking' session was logged as: the journal must hold it, or the
    next start takes the session as not logged yet (see `Guiding.load`)."""
    session = left_behind_session("asking")
    started = session.timer.started
    return TopicalSession(
        id=LEFT_BEHIND_ID,
        at=started,
        logged_at=FIXED_NOW - timedelta(minutes=1),
        duration_seconds=session.duration_seconds,
        **session.journal_fields,  # type: ignore[arg-type]
    )


def leave_behind(data_dir: Path, state: str) -> None:
    """A session saved as a previous run left it; an 'asking' one with its entry in the journal."""
    if state == "asking":
        Journal(data_dir).add(left_behind_use())
    GuidedStore(data_dir).save(left_behind_session(state))


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point data and config at tmp_path; give every test a truecolor terminal, not the runner's."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("MAGTUI_DATA_DIR", str(tmp_path / "data"))
    for name in COLOUR_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLORTERM", "truecolor")
    monkeypatch.delenv("MAGTUI_ASSETS_DIR", raising=False)
    yield home


@pytest.fixture
def terminal(request: pytest.FixtureRequest) -> Iterator[Terminal]:
    """A real terminal (tmux) of its own, stopped after the test."""
    term = Terminal(request.node.name.replace("[", "-").replace("]", ""))
    yield term
    term.stop()


@pytest.fixture(scope="session")
def guidance() -> Guidance:
    return load_content()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_app(guidance: Guidance, data_dir: Path) -> MakeApp:
    """Build the app as the command line does, with a fixed clock and a chosen starting state."""
    default_folder = data_dir
    from magtui.commands.launch import create_app

    def build(
        *,
        zone: Zone | None = Zone.RED,
        disclaimer_seen: bool = True,
        theme: ThemeName = ThemeName.CONTRAST_DARK,
        left_behind: str | None = None,
        clock: Callable[[], datetime] = fixed_clock,
        time_scale: float = 1.0,
        settings: Settings | None = None,
        sample: bool = False,
        folder: Path | None = None,
    ) -> MagApp:
        """`folder`: another data folder than the test's, for apps that must not share one."""
        data_dir = folder or default_folder
        journal = Journal(data_dir)
        if sample:
            from tests.sample_journal import sample_entries

            journal.merge(sample_entries(FIXED_NOW))  # once, however often the app is built
        if left_behind is not None:
            leave_behind(data_dir, left_behind)
        if zone is not None:
            at = FIXED_NOW - timedelta(hours=2)
            entry_id = f"{int(at.timestamp() * 1000):012x}{0:010x}"
            journal.add(ZoneCheckIn(id=entry_id, at=at, logged_at=at, zone=zone))
        store = SettingsStore(data_dir)
        chosen = (settings or Settings()).model_copy(
            update={"theme": theme, "disclaimer_seen": 1 if disclaimer_seen else 0}
        )
        store.save(chosen)
        return create_app(
            settings=chosen,
            settings_store=store,
            journal=Journal(data_dir),
            guidance=guidance,
            clock=clock,
            time_scale=time_scale,
        )

    return build


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The long tests first: spread over the workers at the start, they never leave one worker
    running alone at the end (the rest keep their order)."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


COUNTED = {
    "fault_pairs": "fault injection: {} (path, storage call) pairs tried, each failing 4 ways",
    "stateful_steps": "model-checked journal: {} steps against the model",
    "sync_steps": "simulated sync: {} saves on devices sharing one journal folder",
}
"""Figures a test records (`record_property`) that `make test` prints at its end."""


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The counts of the fault-injection and stateful tests, from whichever worker ran them."""
    reports = [r for key in ("passed", "failed") for r in terminalreporter.stats.get(key, [])]
    for report in reports:
        for name, value in getattr(report, "user_properties", []):
            if name in COUNTED and report.when == "call":
                terminalreporter.write_line(COUNTED[name].format(value))
