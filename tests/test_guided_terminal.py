"""A guided session in a real terminal (tmux): run to the end (Enter, and the keys that answer
the safety questions), logged in one key and exported; killed mid-timer and offered again; and
at most one screen update a second."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from tests.terminal import TERMINAL_ENV, Terminal, magtui_command, past_first_start, updates

SAFETY_ANSWERS = ("y", "End", "n")
"""An unnamed product used anyway in Red, then the avoid-if lines read to the end: none apply."""
SHORTEST_GAP = 0.8
"""The app draws the timer at most once a second; on a busy machine one drawing can reach the
terminal up to 0.2 s late and the next on time. A timer drawing twice a second shows gaps of
0.5 s, which this still catches."""


def _start_soak(terminal: Terminal, data_dir: Path, minutes: int, env: dict[str, str]) -> None:
    terminal.start(magtui_command(data_dir, "session", "soak", "--minutes", str(minutes)), env)
    terminal.wait_for("How much?")
    terminal.keys("Enter", "Enter", *SAFETY_ANSWERS)
    terminal.wait_for("Ends at")


def test_a_soak_runs_to_the_end_and_one_key_logs_no_reaction(
    terminal: Terminal, data_dir: Path
) -> None:
    past_first_start(data_dir)
    env = {**TERMINAL_ENV, "MAGTUI_TIME_SCALE": "60"}
    _start_soak(terminal, data_dir, 1, env)
    terminal.wait_for("How did it go?", timeout=10)
    terminal.keys("n")
    terminal.wait_for("Where did it help?")
    terminal.keys("Enter")
    terminal.wait_for("Best Ways to Use in Red Zone")
    terminal.keys("q")
    terminal.wait_for("[exited 0]")
    exported = subprocess.run(
        magtui_command(data_dir, "export", "--format", "json"), capture_output=True, check=True
    )
    entries = json.loads(exported.stdout)["entries"]
    [session] = [e for e in entries if e["kind"] == "topical"]
    [reaction] = [e for e in entries if e["kind"] == "reaction"]
    assert (session["method"], session["zone"], session["amount"]) == ("soak", "red", "¼ cup")
    assert 59 <= session["duration_seconds"] <= 61
    assert reaction["reaction"] == "none" and reaction["after"] == session["id"]


def test_dont_know_yet_waits_on_the_zone_home_and_the_next_key_does_what_it_says(
    terminal: Terminal, data_dir: Path
) -> None:
    """The owed answer is one line on the zone home; `p` then opens the products screen."""
    past_first_start(data_dir)
    _start_soak(terminal, data_dir, 1, {**TERMINAL_ENV, "MAGTUI_TIME_SCALE": "60"})
    terminal.wait_for("How did it go?", timeout=10)
    terminal.keys("d")
    terminal.wait_for("1 answer waiting — a to answer")
    terminal.keys("p")
    terminal.wait_for("a   Add a product")
    terminal.keys("Escape", "a")
    terminal.wait_for("How did your foot soak from")


def _magtui_pid(data_dir: Path, command: str = "session") -> int:
    found = subprocess.run(
        ["pgrep", "-f", f"magtui --data-dir {data_dir} {command}".rstrip()],
        capture_output=True,
        text=True,
    )
    # The shell tmux started names the command too; the app is the Python process.
    [pid] = [
        p for p in found.stdout.split() if Path(f"/proc/{p}/comm").read_text().startswith("python")
    ]
    return int(pid)


def test_a_timer_killed_mid_way_is_offered_at_the_next_start_with_its_time_left(
    terminal: Terminal, data_dir: Path
) -> None:
    past_first_start(data_dir)
    _start_soak(terminal, data_dir, 5, TERMINAL_ENV)
    time.sleep(2)
    os.kill(_magtui_pid(data_dir), signal.SIGKILL)
    terminal.wait_for("[exited 137]")
    killed_at = time.monotonic()
    # A fresh tmux server for the second start: restarting one at once can race its shutdown.
    terminal.stop()
    terminal = Terminal("after-kill")
    terminal.start(magtui_command(data_dir), TERMINAL_ENV)
    screen = terminal.wait_for("was still running")
    left = screen.split("It has ", 1)[1].split(" left", 1)[0]
    minutes, seconds = (int(part) for part in left.split(":"))
    elapsed = 300 - (minutes * 60 + seconds)
    since_start = 2 + (time.monotonic() - killed_at)
    assert 2 <= elapsed <= since_start + 2, f"{left} left"
    try:
        terminal.keys("k")
        terminal.wait_for("Ends at")
        assert "Foot soak (Epsom salts): timer" in terminal.screen()
    finally:
        terminal.stop()


def test_sigterm_ends_the_app_with_one_sentence_and_the_terminal_closing_keeps_the_session(
    terminal: Terminal, data_dir: Path
) -> None:
    """SIGTERM: the terminal put back, one sentence, status 143. SIGHUP (the terminal closed):
    the session is still there at the next start."""
    past_first_start(data_dir)
    _start_soak(terminal, data_dir, 5, TERMINAL_ENV)
    os.kill(_magtui_pid(data_dir), signal.SIGTERM)
    screen = terminal.wait_for("[exited 143]")
    assert "magtui: Stopped by a request to end; your session is kept" in screen
    assert "Traceback" not in screen and "Ends at" not in screen
    terminal.stop()
    terminal = Terminal("after-sigterm")
    try:
        terminal.start(magtui_command(data_dir), TERMINAL_ENV)
        terminal.wait_for("was still running")
        terminal.keys("k")
        terminal.wait_for("Ends at")
        pid = _magtui_pid(data_dir, "")
    finally:
        terminal.stop()  # the terminal closes: SIGHUP
    _wait_for_exit(pid)
    assert json.loads((data_dir / "session.json").read_text())["timer"]["stopped_at"] is None


def _wait_for_exit(pid: int) -> None:
    deadline = time.monotonic() + 15
    while Path(f"/proc/{pid}").exists() and _state(pid) != "Z":
        assert time.monotonic() < deadline, f"{pid} still running"
        time.sleep(0.1)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return "Z"


def test_the_timer_writes_at_most_once_a_second_and_nothing_while_paused(
    terminal: Terminal, data_dir: Path, tmp_path: Path
) -> None:
    past_first_start(data_dir)
    _start_soak(terminal, data_dir, 5, TERMINAL_ENV)
    terminal.settle(quiet=0.3)
    moments = updates(terminal.write_times(5.0, tmp_path / "running.log"))
    assert 3 <= len(moments) <= 6, moments
    gaps = [b - a for a, b in zip(moments, moments[1:], strict=False)]
    assert all(gap >= SHORTEST_GAP for gap in gaps), gaps
    terminal.keys("Space")
    terminal.wait_for("paused")
    time.sleep(0.3)
    assert terminal.write_times(3.0, tmp_path / "paused.log") == []


def test_a_sped_up_timer_still_writes_at_most_once_a_second(
    terminal: Terminal, data_dir: Path, tmp_path: Path
) -> None:
    past_first_start(data_dir)
    _start_soak(terminal, data_dir, 10, {**TERMINAL_ENV, "MAGTUI_TIME_SCALE": "60"})
    terminal.settle(quiet=0.3)
    moments = updates(terminal.write_times(4.0, tmp_path / "fast.log"))
    gaps = [b - a for a, b in zip(moments, moments[1:], strict=False)]
    assert 2 <= len(moments) <= 5 and all(gap >= SHORTEST_GAP for gap in gaps), gaps


def test_calm_mode_writes_nothing_between_minute_changes(
    terminal: Terminal, data_dir: Path, tmp_path: Path
) -> None:
    past_first_start(data_dir, settings='"timer_display": "minutes"')
    _start_soak(terminal, data_dir, 5, TERMINAL_ENV)
    assert "minutes left." in terminal.settle(quiet=0.3)
    assert terminal.write_times(4.0, tmp_path / "calm.log") == []


def test_the_time_scale_applies_when_the_app_is_opened_plainly(
    terminal: Terminal, data_dir: Path
) -> None:
    """A plain start takes the quick path to the check-in; its timers are sped up all the same."""
    past_first_start(data_dir)
    terminal.start(magtui_command(data_dir), {**TERMINAL_ENV, "MAGTUI_TIME_SCALE": "60"})
    terminal.wait_for("How is your body right now?")
    terminal.keys("Enter")
    terminal.wait_for("Best Ways to Use in Red Zone")
    terminal.keys("3", "Enter", "Enter", *SAFETY_ANSWERS, "Enter")
    terminal.wait_for("Ends at")
    terminal.wait_for("How did it go?", timeout=12)


def test_at_40x12_a_soak_stops_at_avoid_if_an_owed_answer_waits_and_l_n_logs(
    data_dir: Path,
) -> None:
    """The smallest window, in a real terminal: Enter answers no safety question, `n` is taken
    once the list has been read, "don't know yet" waits on the home while `p` opens the
    products, and `l` `n` logs "no reaction" in two keys."""
    past_first_start(data_dir)
    terminal = Terminal("small-flare", size=(40, 12))
    env = {**TERMINAL_ENV, "MAGTUI_TIME_SCALE": "60"}
    try:
        terminal.start(magtui_command(data_dir, "session", "soak", "--minutes", "1"), env)
        terminal.wait_for("How much?")
        terminal.keys("Enter")
        terminal.wait_for("Which product?")
        terminal.keys("Enter")  # unnamed: in Red its first-time check wants y
        terminal.wait_for("Use it anyway")
        terminal.keys("y")
        terminal.wait_for("Does any of these apply now?")
        terminal.keys("Enter", "Enter")
        time.sleep(1)
        assert "Does any of these apply now?" in terminal.screen(), "Enter answers nothing"
        terminal.keys("n")  # the list is longer than the window: the rest is shown first
        terminal.wait_for("Read the rest first")
        terminal.keys("End", "n")
        terminal.wait_for("How did it go?", timeout=20)
        terminal.keys("d")
        terminal.wait_for("1 answer waiting")
        terminal.keys("p")
        terminal.wait_for("Add a product")
        terminal.keys("Escape")
        terminal.wait_for("1 answer waiting")
        terminal.keys("l")
        terminal.wait_for("Quick log")
        terminal.keys("n")
        terminal.wait_for("Saved")
    finally:
        terminal.stop()
    exported = subprocess.run(
        magtui_command(data_dir, "export", "--format", "json"), capture_output=True, check=True
    )
    kinds = [entry["kind"] for entry in json.loads(exported.stdout)["entries"]]
    assert kinds.count("topical") == 2, "the soak, and the quick log's use"
