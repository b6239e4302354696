"""A small journal of six weeks with every kind of entry, the same on every run.

Ids are made from the time and a counter, never at random, so screens, summaries and
snapshots drawn from it never change.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from magtui.domain.documents import new_entry
from magtui.domain.entries import Entry

_COUNTER = itertools.count(1)


def fixed_id(at: datetime) -> str:
    return f"{int(at.timestamp() * 1000):012x}{next(_COUNTER):010x}"


def _entry(at: datetime, **fields: Any) -> Entry:
    return new_entry({"id": fixed_id(at), "at": at, "logged_at": at, **fields})


def _restart_ids() -> None:
    global _COUNTER  # noqa: PLW0603 - one counter per journal, so every journal is the same
    _COUNTER = itertools.count(1)


def sample_entries(now: datetime) -> list[Entry]:
    """Zones changing over six weeks; soaks with Epsom salt (tolerated), a cream that once
    itched (reacted), a balm used once (new, not answered); glycinate doses answered no
    reaction twice and "don't know" once (tolerated), a malate dose answered with nausea
    (reacted); an unnamed spray in Red, not answered; notes, one marked important; one product
    record; one corrected entry and one deleted."""
    _restart_ids()
    day = timedelta(days=1)
    entries: list[Entry] = []
    add = entries.append
    for days_ago, zone in ((40, "green"), (20, "yellow"), (9, "red"), (4, "yellow")):
        add(_entry(now - days_ago * day, kind="zone", zone=zone))
    for days_ago in (18, 12, 6, 2):
        at = now - days_ago * day - timedelta(hours=3)
        soak = _entry(at, kind="topical", method="soak", product="Epsom salt", amount="¼ cup")
        add(soak)
        add(
            _entry(
                at + timedelta(minutes=30),
                kind="reaction",
                reaction="none",
                severity=0,
                relief=["pain"] if days_ago < 10 else [],
                after=soak.id,
            )
        )
    for days_ago, reaction in ((15, "none"), (8, "itch")):
        at = now - days_ago * day - timedelta(hours=5)
        cream = _entry(at, kind="topical", method="cream", product="Calm Cream", area="calves")
        add(cream)
        severity = 0 if reaction == "none" else 2
        add(
            _entry(
                at + timedelta(minutes=20),
                kind="reaction",
                reaction=reaction,
                severity=severity,
                after=cream.id,
            )
        )
    add(_entry(now - 1 * day, kind="topical", method="balm", product="Soft balm", area="hands"))
    add(
        _entry(
            now - 25 * day,
            kind="product",
            name="Epsom salt",
            product_type="soak salts",
            unscented=True,
            ingredients="magnesium sulfate",
        )
    )
    for days_ago in (10, 5, 1):
        at = now - days_ago * day - timedelta(hours=8)
        capsule = _entry(at, kind="capsule", form="glycinate", mg=100, fraction=0.5, zone="green")
        add(capsule)
        answer = "dont-know" if days_ago == 5 else "none"
        add(
            _entry(
                at + timedelta(hours=2),
                kind="reaction",
                reaction=answer,
                severity=0 if answer == "none" else None,
                after=capsule.id,
            )
        )
    malate = _entry(now - 12 * day, kind="capsule", form="malate", fraction=0.25, zone="green")
    add(malate)
    add(
        _entry(
            malate.at + timedelta(hours=3),
            kind="reaction",
            reaction="nausea",
            severity=1,
            after=malate.id,
        )
    )
    # A spray in Red with no product named and nobody asked how it went.
    spray_at = now - 9 * day + timedelta(hours=1)
    add(_entry(spray_at, kind="topical", method="spray", dilution="1:1", zone="red"))
    add(_entry(now - 3 * day, kind="note", note="Slept badly; <b>sore</b> knees.", important=True))
    mistaken = _entry(now - 7 * day, kind="note", note="Spray on calfs")
    add(mistaken)
    fixed_at = now - 7 * day + timedelta(minutes=5)
    add(
        new_entry(
            {
                "id": fixed_id(mistaken.at),
                "at": mistaken.at,
                "logged_at": fixed_at,
                "kind": "note",
                "note": "Spray on calves",
                "replaces": mistaken.id,
            }
        )
    )
    wrong = _entry(now - 11 * day, kind="note", note="Logged by mistake")
    add(wrong)
    add(_entry(now - 11 * day + timedelta(minutes=1), kind="deletion", deletes=wrong.id))
    return sorted(entries, key=lambda entry: entry.id)
