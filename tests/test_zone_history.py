"""The zone of each day from the command line: entries' zones fill days without a check-in, and
`magtui zone red --at WHEN` back-dates a check-in without changing the zone in force now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.commandline import magtui_in


def _ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M+00:00")


def test_entries_logged_in_a_zone_give_their_days_that_zone(data_dir: Path) -> None:
    for days, zone in ((5, "red"), (4, "yellow"), (3, "green")):
        done = magtui_in(data_dir, "log", "soak", "--at", _ago(days), "--zone", zone)
        assert done.returncode == 0, done.stderr
    summary = magtui_in(data_dir, "export", "--format", "summary").stdout
    assert "Days in each zone: Green 4, Yellow 1, Red 1, not set 24." in summary
    assert "Of those set: 3 from entries, 3 carried on." in summary


def test_a_back_dated_check_in_joins_the_history_and_leaves_the_zone_now(data_dir: Path) -> None:
    assert magtui_in(data_dir, "zone", "green").returncode == 0
    back = magtui_in(data_dir, "zone", "red", "--at", _ago(3))
    assert back.returncode == 0, back.stderr
    assert back.stdout.startswith("Zone Red recorded from ")
    assert magtui_in(data_dir, "zone").stdout.startswith("Green, set today"), "still Green now"
    summary = magtui_in(data_dir, "export", "--format", "summary").stdout
    assert "Days in each zone: Green 1, Red 3, not set 26." in summary


def test_a_back_dated_check_in_needs_a_zone_and_a_time_that_happened(data_dir: Path) -> None:
    alone = magtui_in(data_dir, "zone", "--at", "2d ago")
    assert alone.returncode == 2 and "--at goes with a zone" in alone.stderr
    future = magtui_in(data_dir, "zone", "red", "--at", "2099-01-01T00:00")
    assert future.returncode == 2 and "in the future" in future.stderr
    assert "Traceback" not in alone.stderr + future.stderr
    assert magtui_in(data_dir, "export", "--format", "json").stdout.count('"kind":"zone"') == 0
