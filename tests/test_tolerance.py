"""Tolerance from the journal: new, tolerated (two uses, no reaction), reacted (the last one)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from magtui.domain.documents import new_entry
from magtui.domain.entries import Entry
from magtui.domain.history import history_of
from magtui.domain.tolerance import (
    Tolerance,
    product_key,
    standings,
    tolerance_of,
    tolerated_first,
)

START = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
_count = itertools.count(1)


def _entry(hours: float, **fields: Any) -> Entry:
    at = START + timedelta(hours=hours)
    entry_id = f"{int(at.timestamp() * 1000):012x}{next(_count):010x}"
    return new_entry({"id": entry_id, "at": at, "logged_at": at, **fields})


def use(hours: float, product: str, method: str = "cream") -> Entry:
    return _entry(hours, kind="topical", method=method, product=product)


def answer(after: Entry, reaction: str = "none", severity: int = 0) -> Entry:
    return _entry(
        (after.at - START).total_seconds() / 3600 + 0.5,
        kind="reaction",
        reaction=reaction,
        severity=severity,
        after=after.id,
    )


def tolerance(entries: list[Entry], name: str = "Calm") -> Tolerance:
    return tolerance_of(history_of(entries), name)


def test_a_product_never_used_is_new() -> None:
    assert tolerance([], "Calm") is Tolerance.NEW


def test_one_use_without_a_reaction_is_still_new() -> None:
    first = use(1, "Calm")
    assert tolerance([first, answer(first)]) is Tolerance.NEW


def test_two_uses_without_a_reaction_are_tolerated() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    assert tolerance([first, answer(first), second]) is Tolerance.TOLERATED


def test_a_reaction_after_a_use_is_reacted_with_the_last_reaction_kept() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    itch, rash = answer(first, "itch", 1), answer(second, "rash", 2)
    found = standings(history_of([first, itch, second, rash]))[product_key("Calm")]
    assert found.tolerance is Tolerance.REACTED and found.last_reaction == rash


def test_a_reaction_after_many_tolerated_uses_makes_it_reacted() -> None:
    uses = [use(hours * 24, "Calm") for hours in range(10)]
    entries = [*uses, *(answer(u) for u in uses[:-1]), answer(uses[-1], "sting", 1)]
    assert tolerance(entries) is Tolerance.REACTED


def test_a_loose_reaction_that_names_no_use_is_not_blamed_on_a_product() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    loose = _entry(31, kind="reaction", reaction="hives", severity=2)
    assert tolerance([first, second, loose]) is Tolerance.TOLERATED


def test_a_deleted_reaction_no_longer_counts() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    itch = answer(second, "itch", 1)
    deleted = _entry(40, kind="deletion", deletes=itch.id)
    assert tolerance([first, second, itch]) is Tolerance.REACTED
    assert tolerance([first, second, itch, deleted]) is Tolerance.TOLERATED


def test_a_deleted_use_no_longer_counts() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    deleted = _entry(40, kind="deletion", deletes=second.id)
    assert tolerance([first, second, deleted]) is Tolerance.NEW


def test_a_corrected_reaction_counts_as_corrected() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    itch = answer(second, "itch", 1)
    fixed = new_entry(
        {
            "id": f"{itch.id[:12]}{'f' * 10}",
            "at": itch.at,
            "logged_at": itch.at + timedelta(hours=1),
            "kind": "reaction",
            "reaction": "none",
            "severity": 0,
            "after": second.id,
            "replaces": itch.id,
        }
    )
    assert tolerance([first, second, itch, fixed]) is Tolerance.TOLERATED


def test_a_reaction_to_a_use_whose_product_was_corrected_follows_the_correction() -> None:
    first = use(1, "Calm")
    renamed = new_entry(
        {
            "id": f"{first.id[:12]}{'e' * 10}",
            "at": first.at,
            "logged_at": first.at + timedelta(hours=2),
            "kind": "topical",
            "method": "cream",
            "product": "Other cream",
            "replaces": first.id,
        }
    )
    itch = answer(first, "itch", 1)
    history = history_of([first, renamed, itch])
    assert tolerance_of(history, "Other cream") is Tolerance.REACTED
    assert product_key("Calm") not in standings(history)


@pytest.mark.parametrize("written", ["calm", "CALM", "  Calm ", "Calm\u00a0", "calm"])
def test_names_match_whatever_their_letter_case_or_spacing(written: str) -> None:
    first, second = use(1, "Calm"), use(30, written)
    assert tolerance([first, second], "calm") is Tolerance.TOLERATED


def test_names_with_different_inner_spacing_are_one_product() -> None:
    first, second = use(1, "Calm  Cream"), use(30, "calm cream")
    found = standings(history_of([first, second]))
    assert list(found) == ["calm cream"] and found["calm cream"].uses == 2


def test_red_lists_put_tolerated_products_first_keeping_their_order() -> None:
    a1, a2, b1 = use(1, "A"), use(2, "A"), use(3, "B")
    c1, c2 = use(4, "C"), use(5, "C")
    known = standings(history_of([a1, a2, b1, c1, c2, answer(c2, "itch", 1)]))
    assert tolerated_first(["C", "B", "A"], known) == ["A", "C", "B"]
