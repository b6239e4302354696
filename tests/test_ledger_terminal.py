"""The ledger in a real terminal (tmux), keyboard only: two unanswered capsule doses in Red leave
no "Tolerated" row and the gate still asks; a product named in a session that just ended is on
the products screen; a product filter shows the product's answers with its uses."""

from __future__ import annotations

from pathlib import Path

from tests.terminal import TERMINAL_ENV, Terminal, magtui_command, past_first_start


def _dose_through_the_gate(terminal: Terminal) -> str:
    terminal.keys("1")
    terminal.wait_for("How much?")
    terminal.keys("2", "Enter")  # ½ capsule
    gate = terminal.wait_for("Your journal does not show glycinate as tolerated.")
    terminal.keys("y")
    terminal.wait_for("Saved: Capsule: glycinate, ½ capsule, in Red")
    return gate


def test_unanswered_doses_leave_no_tolerated_row_and_the_gate_still_asks(
    terminal: Terminal, data_dir: Path
) -> None:
    past_first_start(data_dir)
    terminal.start(magtui_command(data_dir), TERMINAL_ENV)
    terminal.wait_for("Now: Red zone")
    terminal.keys("Enter", "c")
    terminal.wait_for("What would you like to do?")
    terminal.keys("1")  # no dose yet: the form first
    terminal.wait_for("Which form?")
    terminal.keys("1")  # glycinate
    terminal.wait_for("How much?")
    terminal.keys("2", "Enter")
    terminal.wait_for("Your journal does not show glycinate as tolerated.")
    terminal.keys("y")
    terminal.wait_for("Saved: Capsule: glycinate, ½ capsule, in Red")
    second = _dose_through_the_gate(terminal)
    assert "1 not answered" in " ".join(second.split()), "a dose nobody answered is not a no"
    third = _dose_through_the_gate(terminal)
    assert "2 not answered" in " ".join(third.split())
    terminal.keys("Escape")
    home = terminal.wait_for("Best Ways to Use in Red Zone")
    terminal.keys("PageDown")
    home += terminal.settle()
    assert "Tolerated" not in home
    terminal.keys("q")


def test_a_product_from_a_session_just_ended_is_listed_and_filtered_with_its_answer(
    terminal: Terminal, data_dir: Path
) -> None:
    past_first_start(data_dir)
    terminal.start(magtui_command(data_dir), {**TERMINAL_ENV, "MAGTUI_TIME_SCALE": "600"})
    terminal.wait_for("Now: Red zone")
    terminal.keys("Enter", "1")  # a cream session
    terminal.wait_for("Start small.")
    terminal.keys("Enter")  # the first amount
    terminal.wait_for("Which product?")
    terminal.keys("w")
    terminal.wait_for("What is the product called?")
    terminal.keys("Calm Cream", "Enter")
    terminal.wait_for("Your journal has no entry for Calm Cream.")
    terminal.keys("y")
    terminal.wait_for("Does any of these apply now?")
    terminal.keys("n")
    terminal.wait_for("How did it go?", timeout=30)
    terminal.keys("r")
    terminal.wait_for("Which reaction?")
    terminal.keys("2", "2")  # itch, moderate
    terminal.wait_for("Anything to add?")  # no "where did it help?" after a reaction
    terminal.keys("e")
    terminal.wait_for("Best Ways to Use in Red Zone")
    terminal.keys("p")
    products = terminal.wait_for("Your products")
    assert "Calm Cream  reacted: itch, moderate (1 with a reaction)" in products
    terminal.keys("Escape", "j")
    terminal.wait_for("Everything ·")
    terminal.keys("f", "p", "1")
    listed = terminal.wait_for("Calm Cream · 2 entries")
    assert "Reaction: itch, moderate, after Cream, Calm Cream" in listed
    terminal.keys("q")
