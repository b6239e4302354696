"""Pure rules: how times are described, how ids sort, how zones are named."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from magtui.domain.documents import new_entry
from magtui.domain.entries import ZoneCheckIn
from magtui.domain.ids import new_entry_id
from magtui.domain.settings import Settings
from magtui.domain.when import describe_when
from magtui.domain.zones import Zone

NOW = datetime(2026, 11, 22, 14, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (NOW - timedelta(minutes=5), "today at 13:57"),
        (NOW - timedelta(days=1), "yesterday at 14:02"),
        (NOW - timedelta(days=19), "3 Nov at 14:02"),
        (NOW - timedelta(days=400), "18 Oct 2025 at 14:02"),
    ],
)
def test_describe_when(at: datetime, expected: str) -> None:
    assert describe_when(at, NOW) == expected


def test_describe_when_uses_the_readers_timezone() -> None:
    local_now = NOW.astimezone(timezone(timedelta(hours=-5)))
    assert describe_when(NOW, local_now) == "today at 09:02"


def test_ids_sort_by_time_and_do_not_collide() -> None:
    earlier = [new_entry_id(NOW) for _ in range(200)]
    later = new_entry_id(NOW + timedelta(milliseconds=1))
    assert len(set(earlier)) == 200
    assert all(entry_id < later for entry_id in earlier)


def test_zone_words_are_capitalised() -> None:
    assert [zone.label for zone in Zone] == ["Green", "Yellow", "Red"]


def test_a_check_in_needs_an_aware_time() -> None:
    with pytest.raises(ValidationError):
        ZoneCheckIn(id="0" * 22, at=datetime(2026, 1, 1), logged_at=NOW, zone=Zone.RED)  # noqa: DTZ001


def test_a_check_in_refuses_an_unknown_zone() -> None:
    with pytest.raises(ValidationError):
        new_entry({"kind": "zone", "id": "0" * 22, "at": NOW, "logged_at": NOW, "zone": "purple"})


def test_settings_ignore_unknown_keys_from_newer_versions() -> None:
    settings = Settings.model_validate({"theme": "soft", "from_the_future": True})
    assert settings.theme.value == "soft"
