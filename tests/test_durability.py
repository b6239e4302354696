"""Writers killed at random moments lose nothing acknowledged; racing writers lose nothing.

The loops live in bench/durability.py (also run 1,000 times by `make bench`); they fork their
writers, so 200 kills take seconds. A control run with in-place writes, as TinyDB's own storage
does them, shows the same loop does catch lost entries.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parent.parent / "bench" / "durability.py"


def run_harness(*args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, str(HARNESS), *args], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.long
def test_200_random_kills_lose_no_acknowledged_entry() -> None:
    result = run_harness("kill", "200")
    replay = f"replay with: python bench/durability.py kill 200 {result['seed']}"
    assert result["rounds"] == 200 and result["writers_that_failed"] == 0, replay
    assert result["lost"] == [] and result["notices"] == [], replay
    assert result["temporary_files_left"] == [], replay
    assert isinstance(result["acknowledged"], int) and result["acknowledged"] >= 200
    # The kills really did land mid-write, with a temporary file half written.
    assert isinstance(result["killed_mid_write"], int) and result["killed_mid_write"] >= 5


@pytest.mark.long
def test_the_kill_loop_catches_a_storage_that_writes_in_place() -> None:
    result = run_harness("kill-in-place", "60", "1")
    assert result["lost"] or result["notices"], result


@pytest.mark.long
def test_two_writers_of_500_entries_each_end_with_1000() -> None:
    result = run_harness("writers", "500")
    assert result["writer_exit_codes"] == [0, 0]
    assert result["entries"] == 1000 and result["distinct_ids"] == 1000
    assert result["notices"] == []


@pytest.mark.long
def test_an_import_of_many_months_killed_at_random_is_all_or_nothing() -> None:
    result = run_harness("kill-import", "40")
    replay = f"replay with: python bench/durability.py kill-import 40 {result['seed']}"
    assert result["partial_views"] == [], replay
    assert result["rolled_back_at_start"], "some kills landed mid-import: " + replay


@pytest.mark.long
def test_the_import_loop_catches_an_import_without_its_transaction() -> None:
    result = run_harness("kill-import-plain", "20", "7")
    assert result["partial_views"], result


@pytest.mark.long
def test_the_move_of_the_older_layout_killed_at_random_shows_every_entry_once() -> None:
    result = run_harness("kill-move", "60")
    replay = f"replay with: python bench/durability.py kill-move 60 {result['seed']}"
    assert result["wrong_views"] == [], replay
    assert result["killed_part_way"], "some kills landed part way through the move: " + replay


@pytest.mark.long
def test_the_move_loop_catches_a_move_that_removes_a_file_before_writing_it() -> None:
    result = run_harness("kill-move-plain", "40", "1")
    assert result["wrong_views"], result
