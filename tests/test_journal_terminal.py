"""The journal in a real terminal (tmux): a quick log in three keys from the zone home, and a
correction, a deletion and its undo, each checked in the export afterwards."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from rich.cells import cell_len

from tests.terminal import TERMINAL_ENV, Terminal, magtui_command, past_first_start


def _export(data_dir: Path, *options: str) -> list[dict[str, Any]]:
    exported = subprocess.run(
        magtui_command(data_dir, "export", "--format", "json", *options),
        capture_output=True,
        check=True,
    )
    entries: list[dict[str, Any]] = json.loads(exported.stdout)["entries"]
    return entries


def _log(data_dir: Path, *arguments: str) -> None:
    subprocess.run(magtui_command(data_dir, "log", *arguments), check=True, capture_output=True)


def test_no_reaction_is_logged_in_two_keys_from_the_zone_home(
    terminal: Terminal, data_dir: Path
) -> None:
    past_first_start(data_dir)
    _log(data_dir, "spray", "--product", "Quiet oil", "--area", "calves", "--at", "1h ago")
    terminal.start(magtui_command(data_dir), TERMINAL_ENV)
    terminal.wait_for("Now: Red zone")
    terminal.keys("Enter")
    terminal.wait_for("Best Ways to Use in Red Zone")
    terminal.keys("l", "n")  # the two keys
    screen = terminal.wait_for("Saved: Spray, Quiet oil, calves, in Red — no reaction")
    assert "Best Ways to Use in Red Zone" in screen, "back on the zone home"
    terminal.keys("q")
    terminal.wait_for("[exited 0]")
    entries = _export(data_dir)
    uses = [e for e in entries if e["kind"] == "topical"]
    [answer] = [e for e in entries if e["kind"] == "reaction"]
    assert len(uses) == 2 and uses[-1]["product"] == "Quiet oil" and uses[-1]["zone"] == "red"
    assert answer["reaction"] == "none" and answer["after"] == uses[-1]["id"]


def test_correct_delete_and_undo_show_in_the_current_view_and_the_full_history(
    terminal: Terminal, data_dir: Path
) -> None:
    past_first_start(data_dir)
    _log(data_dir, "note", "--note", "first note", "--at", "3h ago")
    _log(data_dir, "note", "--note", "secnd note", "--at", "2h ago")
    _log(data_dir, "note", "--note", "third note", "--at", "1h ago")
    terminal.start(magtui_command(data_dir), TERMINAL_ENV)
    terminal.wait_for("Now: Red zone")
    terminal.keys("Enter")
    terminal.wait_for("Best Ways to Use in Red Zone")
    terminal.keys("j")
    terminal.wait_for("Everything · 4 entries")
    # Newest first: the zone, the third, the second, the first note.
    terminal.keys("Down", "Down", "Enter")
    terminal.wait_for("secnd note")
    terminal.keys("c", "w")
    terminal.wait_for("The note:")
    terminal.keys("C-u", "second note", "Enter")
    terminal.wait_for("Corrected the note: Note — second note")
    terminal.keys("Down", "Enter")
    terminal.wait_for("first note")
    terminal.keys("x")
    terminal.wait_for("Deleted: Note — first note")
    terminal.keys("Up", "Enter")
    terminal.wait_for("third note")
    terminal.keys("x")
    terminal.wait_for("Deleted: Note — third note")
    terminal.keys("u")
    terminal.wait_for("Put back: Note — third note.")
    terminal.keys("q")
    terminal.wait_for("[exited 0]")

    current = [e["note"] for e in _export(data_dir) if e["kind"] == "note"]
    assert current == ["second note", "third note"]
    history = _export(data_dir, "--history")
    notes = [e["note"] for e in history if e["kind"] == "note"]
    assert sorted(notes) == ["first note", "secnd note", "second note", "third note"]
    kinds = [e["kind"] for e in history]
    assert kinds.count("deletion") == 2 and kinds.count("undo") == 1
    [correction] = [e for e in history if e.get("note") == "second note"]
    [original] = [e for e in history if e.get("note") == "secnd note"]
    assert correction["replaces"] == original["id"]


GRAPHEME_CORPUS = [
    "wide 中文字 and 한국어 text",
    "emoji 😀 🙂 🌿 ✅ in a row",
    "joined 👨\u200d👩\u200d👧 family and 🏳\ufe0f\u200d🌈 flag",
    "modified 👋🏽 wave, ❤\ufe0f heart, 1\ufe0f\u20e3 keycap",
    "flags 🇫🇷 🇯🇵 side by side",
    "combining e\u0301 n\u0303 a\u0308 marks",
    "bidi \u202eoverride\u202c and \u2067isolate\u2069 marks",
    "thai ภาษาไทย and hebrew עברית words",
    "long " + "中文 😀 " * 20,
    "longer " + "한국어😀" * 30,
]
"""Notes a person might type or paste: wide, joined, combining and bidirectional text."""


def test_wide_and_joined_characters_leave_no_stale_cells_at_80x24(
    terminal: Terminal, data_dir: Path
) -> None:
    """The zone home after the journal is cell for cell the zone home before it."""
    past_first_start(data_dir)
    for number, text in enumerate(GRAPHEME_CORPUS):
        _log(data_dir, "note", "--note", text, "--at", f"{number + 1}h ago")
    terminal.start(magtui_command(data_dir), TERMINAL_ENV)
    terminal.wait_for("Now: Red zone")
    terminal.keys("Enter")
    terminal.wait_for("Best Ways to Use in Red Zone")
    before = terminal.settle()
    terminal.keys("j")
    journal = terminal.wait_for(f"{len(GRAPHEME_CORPUS) + 1} entries")
    assert "\\u202eoverride\\u202c" in journal and "\\u200d" in journal
    rows = journal.split("\n")
    assert all(cell_len(row) <= 80 for row in rows), "a row ran past the edge"
    long_rows = [row.rstrip() for row in rows if "Note — long" in row]
    assert len(long_rows) == 2 and all(row.endswith("…") for row in long_rows), long_rows
    terminal.keys("Escape")
    terminal.wait_for("Best Ways to Use in Red Zone")
    assert terminal.settle() == before
