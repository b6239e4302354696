"""Digests of part files add up to exactly what the ledger says of the whole journal.

The property: for any journal (uses, answers, product descriptions, corrections, deletions and
undos, naming entries anywhere) cut into parts anywhere, composing the parts' digests gives the
standings the ledger gives for all of it, reading in full only the parts that name one another.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from magtui.domain.documents import document_of, new_entry
from magtui.domain.entries import Entry
from magtui.domain.history import history_of
from magtui.domain.ledger import Ledger
from magtui.domain.ledger_digest import (
    PartDigest,
    Standings,
    compose,
    digest_of,
    entangled,
    standings_of,
)
from magtui.domain.ledger_facts import Said, Tolerance
from magtui.domain.vocabulary import CapsuleForm

START = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
NAMES = ("Calm", "calm ", "Night Balm", "night  balm", "Spray")
FORMS = ("glycinate", "taurate", "malate")
REACTIONS = ("none", "itch", "dont-know", "unsure", "flush")


def _entry(number: int, **fields: Any) -> Entry:
    at = START + timedelta(minutes=7 * number)
    entry_id = f"{int(at.timestamp() * 1000):012x}{number:010x}"
    return new_entry({"id": entry_id, "at": at, "logged_at": at, **fields})


@st.composite
def journals(draw: st.DrawFn) -> list[Entry]:
    """A journal written in order, each later entry free to name any earlier one."""
    entries: list[Entry] = []
    for number in range(draw(st.integers(0, 40))):
        kind = draw(st.sampled_from(["topical", "capsule", "reaction", "product", "change"]))
        earlier = [e for e in entries if e.kind in ("topical", "capsule")]
        if kind == "topical":
            fields: dict[str, Any] = {
                "kind": "topical",
                "method": "cream",
                "product": draw(st.sampled_from(NAMES)),
            }
        elif kind == "capsule":
            fields = {"kind": "capsule", "form": draw(st.sampled_from(FORMS)), "fraction": 0.5}
        elif kind == "reaction" and earlier:
            reaction = draw(st.sampled_from(REACTIONS))
            fields = {
                "kind": "reaction",
                "reaction": reaction,
                "severity": {"none": 0, "dont-know": None}.get(reaction, 2),
                "after": draw(st.sampled_from(earlier)).id,
            }
        elif kind == "product":
            fields = {
                "kind": "product",
                "name": draw(st.sampled_from(["Mag caps", "mag  CAPS", "Other"])),
                "product_type": "capsules",
                "mg_per_capsule": draw(st.sampled_from([100, 120])),
            }
        elif entries:
            target = draw(st.sampled_from(entries))
            change = draw(st.sampled_from(["correct", "delete", "undo"]))
            if change == "correct" and target.kind in ("topical", "capsule"):
                fields = {**_fields_of(target), "replaces": target.id}
                if target.kind == "topical":
                    fields["product"] = draw(st.sampled_from(NAMES))
            elif change == "undo" and target.kind in ("deletion", "undo"):
                fields = {"kind": "undo", "undoes": target.id}
            elif target.kind not in ("deletion", "undo"):
                fields = {"kind": "deletion", "deletes": target.id}
            else:
                continue
        else:
            continue
        entries.append(_entry(number, **fields))
    return entries


def _fields_of(entry: Entry) -> dict[str, Any]:
    skip = {"id", "at", "logged_at", "schema_version", "replaces"}
    return {k: v for k, v in document_of(entry).items() if k not in skip}


def _whole(entries: list[Entry]) -> Standings:
    return standings_of(Ledger(history_of(sorted(entries, key=lambda e: e.id)), UTC))


def _same(found: Standings, expected: Standings) -> None:
    assert dict(found.forms) == dict(expected.forms)
    assert list(found.forms) == list(expected.forms)  # first dosed first, as the ledger
    assert dict(found.products) == dict(expected.products)
    assert dict(found.capsules) == dict(expected.capsules)
    assert found.tolerated_forms() == expected.tolerated_forms()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals(), st.lists(st.integers(0, 40), max_size=6))
def test_digests_of_any_cut_add_up_to_the_whole_journal(
    entries: list[Entry], cuts: list[int]
) -> None:
    ordered = sorted(entries, key=lambda e: e.id)
    edges = sorted({0, len(ordered), *(c for c in cuts if c < len(ordered))})
    parts = [ordered[a:b] for a, b in zip(edges, edges[1:], strict=False)] or [[]]
    digests = [digest_of(part) for part in parts]
    asked: list[int] = []

    def read(n: int) -> list[Entry]:
        asked.append(n)
        return parts[n]

    found = compose(digests, read)
    _same(found, _whole(entries))
    assert sorted(asked) == entangled(digests)
    assert found.parts_read == len(asked)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    journals(),
    st.lists(st.integers(0, 40), max_size=6),
    st.lists(st.tuples(st.integers(0), st.integers(0)), max_size=8),
)
def test_digests_of_parts_holding_the_same_entries_count_each_entry_once(
    entries: list[Entry], cuts: list[int], copies: list[tuple[int, int]]
) -> None:
    """As a sync tool's conflict copy, or one import made on two devices, leaves them."""
    ordered = sorted(entries, key=lambda e: e.id)
    edges = sorted({0, len(ordered), *(c for c in cuts if c < len(ordered))})
    parts = [ordered[a:b] for a, b in zip(edges, edges[1:], strict=False)] or [[]]
    for entry_pick, part_pick in copies:
        if ordered:
            parts[part_pick % len(parts)].append(ordered[entry_pick % len(ordered)])
    digests = [digest_of(part) for part in parts]
    _same(compose(digests, lambda n: parts[n]), _whole(entries))


def test_parts_that_name_nothing_elsewhere_are_never_read() -> None:
    first = [_entry(1, kind="capsule", form="taurate", fraction=0.5)]
    first.append(_entry(2, kind="reaction", reaction="none", severity=0, after=first[0].id))
    second = [_entry(3, kind="capsule", form="taurate", fraction=0.5)]
    second.append(_entry(4, kind="reaction", reaction="none", severity=0, after=second[0].id))

    def read(n: int) -> list[Entry]:
        raise AssertionError(f"part {n} was read")

    found = compose([digest_of(first), digest_of(second)], read)
    taurate = found.forms[CapsuleForm.TAURATE]
    assert taurate.count(Said.NO_REACTION) == 2
    assert taurate.tolerance is Tolerance.TOLERATED
    assert found.tolerated_forms() == [CapsuleForm.TAURATE]


def test_an_answer_in_another_part_reads_both_parts_and_counts_once() -> None:
    dose = _entry(1, kind="capsule", form="taurate", fraction=0.5)
    other = _entry(2, kind="capsule", form="malate", fraction=0.5)
    answer = _entry(3, kind="reaction", reaction="itch", severity=2, after=dose.id)
    parts = [[dose], [other], [answer]]
    digests = [digest_of(part) for part in parts]
    assert digests[2].refs == [dose.id]
    assert entangled(digests) == [0, 2]
    found = compose(digests, lambda n: parts[n])
    assert found.forms[CapsuleForm.TAURATE].count(Said.REACTION) == 1
    assert found.forms[CapsuleForm.TAURATE].rests_on() == (
        "none answered no reaction, 1 with a reaction"
    )
    assert found.forms[CapsuleForm.MALATE].count(Said.NOT_ANSWERED) == 1


def test_a_digest_survives_its_document_form() -> None:
    dose = _entry(1, kind="capsule", form="taurate", fraction=0.5)
    label = _entry(2, kind="product", name="Mag caps", product_type="capsules", mg_per_capsule=120)
    digest = digest_of([dose, label])
    again = PartDigest.model_validate_json(digest.model_dump_json())
    assert again == digest
    assert compose([again], lambda n: []).capsule("mag caps") == label
