"""The paths a person takes, keyboard only, in a real terminal (tmux): idle screens are silent,
the mouse is never tracked, ctrl+c quits, arrows and capitals choose, a small window scrolls."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from magtui.domain.themes import ThemeName
from tests.terminal import TERMINAL_ENV, Terminal, magtui_command, past_first_start

IDLE_SECONDS = 3.0
MOUSE_TRACKING = (b"\x1b[?1000h", b"\x1b[?1002h", b"\x1b[?1003h")
THEME_BACKGROUND = {
    ThemeName.CONTRAST_DARK: "48;2;0;0;0",
    ThemeName.CONTRAST_LIGHT: "48;2;255;255;255",
    ThemeName.SOFT: "48;2;38;38;38",
}


@pytest.mark.long
def test_first_start_to_quit_by_keys_silent_when_idle_and_never_tracking_the_mouse(
    terminal: Terminal, data_dir: Path, tmp_path: Path
) -> None:
    record = tmp_path / "written.bin"
    terminal.start(magtui_command(data_dir), TERMINAL_ENV, record=record)
    idle: dict[str, int] = {}

    def settle(name: str, text: str) -> str:
        terminal.wait_for(text)
        screen = terminal.settle()
        idle[name] = terminal.idle_bytes(IDLE_SECONDS, tmp_path / "idle.log")
        return screen

    screen = settle("disclaimer", "Enter I understand, continue")
    assert "not a substitute for medical advice" in screen
    terminal.keys("Enter")
    screen = settle("check-in", "How is your body right now?")
    assert "No zone set yet" in screen
    terminal.keys("r")
    screen = settle("zone home", "Best Ways to Use in Red Zone")
    assert "Red zone · set today at" in screen and "1   Cream or lotion" in screen
    terminal.keys("l")
    terminal.wait_for("Any reaction?")
    terminal.keys("w")
    settle("a typed field", "Your note:")  # a blinking text cursor would write here
    terminal.keys("Escape")
    terminal.wait_for("Any reaction?")
    terminal.keys("Escape")
    terminal.wait_for("Best Ways to Use in Red Zone")
    terminal.keys("g")
    settle("guide", "1–7 Read")
    terminal.keys("5")
    screen = settle("chapter", "R = Rest")
    terminal.keys("PageDown")
    assert "R = Rest" not in terminal.settle(), "PgDn scrolled the chapter"
    terminal.keys("Escape")
    settle("guide again", "Capsules or topical?")
    terminal.keys("Escape")
    terminal.wait_for("Best Ways")
    terminal.keys("?")
    screen = settle("help", "Keys on “Zone home”")
    assert "Change zone" in screen
    terminal.keys("Escape")
    terminal.wait_for("Best Ways")
    terminal.keys("q")
    terminal.wait_for("[exited 0]")
    assert idle == dict.fromkeys(idle, 0), f"bytes written while idle: {idle}"
    assert len(idle) == 8
    written = record.read_bytes()
    assert b"How is your body right now?" in written, "the recording saw the whole run"
    assert not any(code in written for code in MOUSE_TRACKING), "the mouse is never tracked"


def test_ctrl_c_quits_at_once(terminal: Terminal, data_dir: Path) -> None:
    past_first_start(data_dir)
    terminal.start(magtui_command(data_dir), TERMINAL_ENV)
    terminal.wait_for("How is your body right now?")
    terminal.keys("Enter")
    terminal.wait_for("Best Ways")
    terminal.keys("C-c")
    terminal.wait_for("[exited 0]", timeout=5)
    assert "Do you want to quit" not in terminal.screen()


@pytest.mark.parametrize("keys", [("Down", "Down", "Enter"), ("R",)], ids=["arrows", "capital-R"])
def test_arrows_with_enter_and_a_capital_r_choose_red(
    terminal: Terminal, data_dir: Path, keys: tuple[str, ...]
) -> None:
    past_first_start(data_dir, "green")
    terminal.start(magtui_command(data_dir), TERMINAL_ENV)
    terminal.wait_for("Now: Green zone")
    terminal.keys(*keys)
    terminal.wait_for("Red zone · The guide")
    terminal.keys("q")
    terminal.wait_for("[exited 0]")
    result = subprocess.run(
        magtui_command(data_dir, "zone"), capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("Red, set today at")


def test_a_60x20_red_home_shows_its_last_line_by_pgdn(data_dir: Path) -> None:
    past_first_start(data_dir)
    terminal = Terminal("small-home", size=(60, 20))
    try:
        terminal.start(magtui_command(data_dir), TERMINAL_ENV)
        terminal.wait_for("How is your body right now?")
        terminal.keys("Enter")
        screen = terminal.wait_for("PgDn more")
        assert "Red Zone state." not in screen
        terminal.keys("PageDown", "PageDown")
        screen = terminal.wait_for("Red Zone state.")
        assert "PgDn more" not in screen, "the hint goes at the end"
    finally:
        terminal.stop()


@pytest.mark.parametrize("theme", list(ThemeName), ids=[t.value for t in ThemeName])
def test_every_theme_starts_in_a_real_terminal_and_takes_effect(
    terminal: Terminal, data_dir: Path, theme: ThemeName
) -> None:
    terminal.start(magtui_command(data_dir, "--theme", theme.value), TERMINAL_ENV)
    terminal.wait_for("Enter I understand, continue")
    coloured = terminal.screen(colours=True)
    if theme in THEME_BACKGROUND:
        assert THEME_BACKGROUND[theme] in coloured, f"{theme} did not take effect"
    else:
        assert "48;2;" not in coloured and "38;2;" not in coloured, "no colours of its own"
    terminal.keys("q")
    terminal.wait_for("[exited 0]")
