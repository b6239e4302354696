"""Capsules in a real terminal (tmux): a first dose of a new form in Green goes straight in; a new
form in Red shows the seed's caution and needs `y`; both are in the export with their zones."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.terminal import TERMINAL_ENV, Terminal, magtui_command, past_first_start


def test_a_new_form_in_green_then_one_in_red_behind_the_caution(
    terminal: Terminal, data_dir: Path
) -> None:
    past_first_start(data_dir, zone="green")
    terminal.start(magtui_command(data_dir), TERMINAL_ENV)
    terminal.wait_for("Now: Green zone")
    terminal.keys("Enter")
    terminal.wait_for("Ways to use topical magnesium")
    terminal.keys("c")
    terminal.wait_for("What would you like to do?")
    terminal.keys("1")  # no dose yet: the form first
    terminal.wait_for("Which form?")
    terminal.keys("1")  # glycinate
    terminal.wait_for("How much?")
    terminal.keys("2", "Enter")  # ½ capsule, saved: no caution in Green
    screen = terminal.wait_for("Saved: Capsule: glycinate, ½ capsule, in Green")
    assert "Not yet tolerated" not in screen
    terminal.keys("Escape")  # alone: an Escape and a letter sent together read as Alt+letter
    terminal.wait_for("Ways to use topical magnesium")
    terminal.keys("z")
    terminal.wait_for("How is your body right now?")
    terminal.keys("r")
    terminal.wait_for("Best Ways to Use in Red Zone")
    terminal.keys("c")
    terminal.wait_for("What would you like to do?")
    terminal.keys("1")  # the same as last time, shown with what goes with it
    terminal.wait_for("How much?")
    terminal.keys("c")  # but another form
    terminal.wait_for("Which form?")
    terminal.keys("2")  # taurate
    terminal.wait_for("How much?")
    terminal.keys("Enter")
    screen = terminal.wait_for("Your journal does not show taurate as tolerated.")
    assert "Do not trial during Red Zone" in screen and "consult your healthcare" in screen
    assert "y Log it anyway" in screen
    terminal.keys("y")  # the deliberate second key
    terminal.wait_for("Saved: Capsule: taurate, ½ capsule, in Red")
    terminal.keys("q")
    exported = subprocess.run(
        magtui_command(data_dir, "export", "--format", "json"), capture_output=True, check=True
    )
    doses = [e for e in json.loads(exported.stdout)["entries"] if e["kind"] == "capsule"]
    assert [(d["form"], d["fraction"], d["zone"]) for d in doses] == [
        ("glycinate", 0.5, "green"),
        ("taurate", 0.5, "red"),
    ]
