"""Local time by the zone's rules, not today's offset: shown, grouped and typed, in Europe/London
and America/New_York, across summer time, its gap and its repeated hour."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from magtui.domain.when import WhenError, describe_when, parse_when

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
DECEMBER = datetime(2026, 12, 1, 9, 0, tzinfo=LONDON)


def magtui_at(data_dir: Path, zone: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "magtui", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TZ": zone},
    )


def test_a_summer_time_read_in_winter_is_shown_at_the_hour_it_happened() -> None:
    summer = datetime(2026, 7, 1, 11, 0, tzinfo=UTC)  # 12:00 in London (BST)
    assert describe_when(summer, DECEMBER) == "1 Jul at 12:00"
    assert describe_when(summer, datetime(2026, 12, 1, 9, tzinfo=NEW_YORK)) == "1 Jul at 07:00"


@pytest.mark.parametrize(
    ("zone", "typed", "offset"),
    [
        (LONDON, "2026-07-01T12:00", 1),
        (LONDON, "2026-01-10T12:00", 0),
        (NEW_YORK, "2026-07-01T12:00", -4),
    ],
)
def test_a_typed_local_time_takes_the_offset_of_its_own_date(
    zone: ZoneInfo, typed: str, offset: int
) -> None:
    at = parse_when(typed, datetime(2026, 12, 1, 9, tzinfo=zone))
    utc_offset = at.utcoffset()
    assert utc_offset is not None and utc_offset.total_seconds() == offset * 3600
    assert f"{at:%H:%M}" == "12:00"


@pytest.mark.parametrize(
    ("zone", "gap", "twice"),
    [
        (LONDON, "2026-03-29T01:30", "2026-10-25T01:30"),
        (NEW_YORK, "2026-03-08T02:30", "2026-11-01T01:30"),
    ],
)
def test_a_time_the_clocks_skipped_or_showed_twice_is_refused_with_a_sentence(
    zone: ZoneInfo, gap: str, twice: str
) -> None:
    now = datetime(2026, 12, 1, 9, tzinfo=zone)
    with pytest.raises(WhenError, match="did not happen here: the clocks went forward"):
        parse_when(gap, now)
    with pytest.raises(WhenError, match="happened twice here") as refused:
        parse_when(twice, now)
    first, second = str(refused.value).split("like ")[1].rstrip(".").split(" or ")
    assert parse_when(first, now) != parse_when(second, now), "each offset names one time"


def test_the_command_line_and_the_markdown_export_keep_the_hour(tmp_path: Path) -> None:
    done = magtui_at(
        tmp_path, "Europe/London", "log", "note", "--at", "2026-07-01T12:00", "--note", "x"
    )
    assert done.returncode == 0, done.stderr
    assert "1 Jul at 12:00" in done.stdout
    exported = magtui_at(tmp_path, "Europe/London", "export", "--format", "md").stdout
    assert "## Wednesday 1 July 2026" in exported and "- 12:00 · Note — x" in exported
    refused = magtui_at(
        tmp_path, "Europe/London", "log", "note", "--at", "2026-03-29T01:30", "--note", "y"
    )
    assert refused.returncode == 2 and "clocks went forward" in refused.stderr
    assert "Traceback" not in refused.stderr
