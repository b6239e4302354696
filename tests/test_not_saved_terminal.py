"""In a real terminal (tmux), keyboard only: saves into a folder that stopped taking writes say
in one sentence that nothing was saved, nothing on screen says "Saved", and the journal holds
nothing new."""

from __future__ import annotations

import sys
from pathlib import Path

from magtui.storage.journal import Journal
from tests.terminal import TERMINAL_ENV, Terminal, past_first_start

LAUNCHER = Path(__file__).with_name("refusing_writes.py")
NOTHING_SAVED = "could not be saved"


def _refused(terminal: Terminal) -> str:
    shown = " ".join(terminal.wait_for(NOTHING_SAVED).split())
    assert "Saved" not in shown and "is in the journal" not in shown, shown
    return shown


def test_a_quick_log_a_dose_a_correction_a_product_and_an_answer_into_a_folder_refusing_writes(
    terminal: Terminal, data_dir: Path, tmp_path: Path
) -> None:
    past_first_start(data_dir, "green")
    marker = tmp_path / "refuse"
    command = [sys.executable, str(LAUNCHER), "--data-dir", str(data_dir)]
    env = {**TERMINAL_ENV, "REFUSE_WRITES": str(marker), "MAGTUI_TIME_SCALE": "600"}
    terminal.start(command, env)
    terminal.wait_for("Now: Green zone")
    before = len(Journal(data_dir).entries())

    terminal.keys("Enter", "l")
    terminal.wait_for("Any reaction?")
    marker.touch()
    terminal.keys("Enter")  # save, with "don't know"
    _refused(terminal)
    marker.unlink()
    terminal.keys("Escape")

    terminal.keys("c")
    terminal.wait_for("What would you like to do?")
    terminal.keys("1")
    terminal.wait_for("Which form?")
    terminal.keys("1")
    terminal.wait_for("How much?")
    terminal.keys("2")
    marker.touch()
    terminal.keys("Enter")
    _refused(terminal)
    marker.unlink()
    terminal.keys("Escape", "Escape")

    terminal.wait_for("z Change zone")
    terminal.keys("j")
    terminal.wait_for("Zone: Green")
    terminal.keys("Enter")  # the check-in, the one entry
    terminal.wait_for("Correct it")
    terminal.keys("c")
    terminal.wait_for("What needs correcting?")
    terminal.keys("z")
    terminal.wait_for("Which zone?")
    marker.touch()
    terminal.keys("y")
    _refused(terminal)
    marker.unlink()
    terminal.keys("Escape", "Escape", "Escape", "Escape")

    terminal.wait_for("z Change zone")
    terminal.keys("p")
    terminal.wait_for("Add a product")
    terminal.keys("a")
    terminal.wait_for("What is it called?")
    terminal.keys("Calm", "Enter")
    terminal.wait_for("What kind?")
    terminal.keys("1")
    terminal.wait_for("Unscented?")
    terminal.keys("d")
    terminal.wait_for("Ingredients")
    marker.touch()
    terminal.keys("Enter")
    _refused(terminal)
    marker.unlink()
    terminal.keys("Escape")

    terminal.wait_for("z Change zone")
    terminal.keys("3", "Enter")  # a foot soak, the first amount
    terminal.wait_for("Which product?")
    terminal.keys("u")  # unnamed
    terminal.wait_for("Does any of these apply now?")
    terminal.keys("n")
    terminal.wait_for("How long?")
    terminal.keys("Enter")
    terminal.wait_for("How did it go?", timeout=30)
    logged = len(Journal(data_dir).entries())
    assert logged == before + 1, "the session itself was logged before the folder refused"
    marker.touch()
    terminal.keys("n")
    shown = _refused(terminal)
    assert "How did it go?" in shown, "the question stays until an answer is saved"
    terminal.keys("q")
    assert len(Journal(data_dir).entries()) == logged
