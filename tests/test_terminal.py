"""The first path a person takes, keyboard only, in a real terminal; idle screens are silent."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from magtui.domain.themes import ThemeName
from tests.terminal import Terminal

IDLE_SECONDS = 3.0
TERMINAL_ENV = {"TERM": "xterm-256color", "COLORTERM": "truecolor"}


@pytest.fixture
def terminal(request: pytest.FixtureRequest) -> Iterator[Terminal]:
    term = Terminal(request.node.name.replace("[", "-").replace("]", ""))
    yield term
    term.stop()


def _magtui(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "magtui", "--data-dir", str(data_dir), *args]


def test_first_start_to_quit_by_keys_with_silent_idle_screens(
    terminal: Terminal, data_dir: Path, tmp_path: Path
) -> None:
    log = tmp_path / "idle.log"
    terminal.start(_magtui(data_dir), TERMINAL_ENV)
    idle: dict[str, int] = {}

    def settle(name: str, text: str) -> str:
        terminal.wait_for(text)
        screen = terminal.settle()
        idle[name] = terminal.idle_bytes(IDLE_SECONDS, log)
        return screen

    screen = settle("disclaimer", "Enter I understand, continue")
    assert "not a substitute for medical advice" in screen
    terminal.keys("Enter")
    screen = settle("check-in", "How is your body right now?")
    assert "No zone set yet" in screen
    terminal.keys("r")
    screen = settle("zone home", "Safe in Red, gentlest first")
    assert "Red zone · set today at" in screen and "1    Foot soak (Epsom salts)" in screen
    terminal.keys("g")
    settle("guide", "1–7 Read")
    terminal.keys("4")
    screen = settle("chapter", "R = Rest")
    terminal.keys("PageDown")
    assert terminal.wait_for("P = Pace") != screen
    terminal.keys("Escape")
    settle("guide again", "Capsules or topical?")
    terminal.keys("Escape")
    terminal.wait_for("Safe in Red")
    terminal.keys("?")
    screen = settle("help", "Keys on “Zone home”")
    assert "Change zone" in screen
    terminal.keys("Escape")
    terminal.wait_for("Safe in Red")
    terminal.keys("q")
    terminal.wait_for("[exited 0]")
    assert idle == dict.fromkeys(idle, 0), f"bytes written while idle: {idle}"
    assert len(idle) == 7


def test_zone_set_on_the_command_line_shows_in_the_app(terminal: Terminal, data_dir: Path) -> None:
    import subprocess

    subprocess.run(_magtui(data_dir, "zone", "red"), check=True, capture_output=True)
    terminal.start(_magtui(data_dir), TERMINAL_ENV)
    terminal.wait_for("I understand")
    terminal.keys("Enter")
    screen = terminal.wait_for("Enter keeps it.")
    assert "Now: Red zone · set today at" in screen
    terminal.keys("Enter")
    terminal.wait_for("Safe in Red, gentlest first")
    terminal.keys("q")
    terminal.wait_for("[exited 0]")


@pytest.mark.parametrize("theme", list(ThemeName), ids=[t.value for t in ThemeName])
def test_every_theme_starts_in_a_real_terminal(
    terminal: Terminal, data_dir: Path, theme: ThemeName
) -> None:
    terminal.start(_magtui(data_dir, "--theme", theme.value), TERMINAL_ENV)
    terminal.wait_for("Enter I understand, continue")
    terminal.keys("q")
    terminal.wait_for("[exited 0]")
