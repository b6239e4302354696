"""Entry models: every kind, its limits, its migration, and arbitrary input never a traceback."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from magtui.domain.documents import (
    EntryProblem,
    NewerEntry,
    describe_validation,
    document_of,
    documents_of,
    entries_from_documents,
    entry_from_document,
    new_entry,
    stored_json_of,
    upgrade,
)
from magtui.domain.entries import (
    LINE_LIMIT,
    NOTE_LIMIT,
    SCHEMA_VERSION,
    SHORT_LIMIT,
    AlpimsDomain,
    CapsuleDose,
    CapsuleForm,
    Note,
    Reaction,
    TopicalSession,
    ZoneCheckIn,
)
from magtui.domain.ids import new_entry_id
from magtui.domain.zones import Zone
from magtui.storage.part_reading import current_entries

AT = datetime(2026, 11, 22, 14, 2, tzinfo=UTC)
STAMP: dict[str, Any] = {"id": new_entry_id(AT), "at": AT, "logged_at": AT}

ONE_OF_EACH: list[dict[str, Any]] = [
    {"kind": "zone", "zone": "red"},
    {
        "kind": "topical",
        "method": "spray",
        "product": "Magnesium oil",
        "amount": "4 sprays",
        "area": "calves",
        "dilution": "1:1 with water",
        "duration_minutes": 20,
        "zone": "yellow",
    },
    {"kind": "capsule", "form": "glycinate", "mg": 100, "fraction": 0.25, "zone": "green"},
    {"kind": "reaction", "reaction": "itch", "severity": 1, "relief": ["pain", "sensory"]},
    {"kind": "note", "note": "Slept better.\nLess twitching."},
]


@pytest.mark.parametrize("fields", ONE_OF_EACH, ids=[f["kind"] for f in ONE_OF_EACH])
def test_every_kind_round_trips_through_its_stored_document(fields: dict[str, Any]) -> None:
    entry = new_entry({**STAMP, **fields})
    document = document_of(entry)
    assert document["schema_version"] == SCHEMA_VERSION and document["kind"] == fields["kind"]
    assert entry_from_document(orjson.loads(orjson.dumps(document))) == entry


def test_the_kinds_are_the_classes_the_app_uses() -> None:
    entries = [new_entry({**STAMP, **fields}) for fields in ONE_OF_EACH]
    kinds = [ZoneCheckIn, TopicalSession, CapsuleDose, Reaction, Note]
    assert [type(entry) for entry in entries] == kinds


def test_capsule_forms_cover_every_form_the_guidance_names(guidance: Any) -> None:
    assert {form.id for form in guidance.capsules.forms} <= {form.value for form in CapsuleForm}


@pytest.mark.parametrize(
    ("fields", "phrase"),
    [
        ({"kind": "zone", "zone": "purple"}, "zone: must be one of"),
        ({"kind": "topical", "method": "bath"}, "method: must be one of"),
        ({"kind": "topical", "method": "soak", "product": "x" * 81}, "at most 80 characters"),
        ({"kind": "topical", "method": "soak", "amount": "x" * 41}, "at most 40 characters"),
        ({"kind": "topical", "method": "soak", "area": "feet\x07"}, "control characters"),
        ({"kind": "topical", "method": "soak", "duration_minutes": 0}, "at least 1"),
        ({"kind": "topical", "method": "soak", "duration_minutes": 241}, "at most 240"),
        ({"kind": "capsule", "form": "glycinate", "mg": 0}, "more than 0"),
        ({"kind": "capsule", "form": "glycinate", "mg": 2001}, "at most 2000"),
        ({"kind": "capsule", "form": "glycinate", "mg": math.nan}, "ordinary number"),
        ({"kind": "capsule", "form": "glycinate", "fraction": 0}, "more than 0"),
        ({"kind": "capsule", "form": "gummy"}, "form: must be one of"),
        ({"kind": "reaction", "reaction": "itch", "severity": 4}, "at most 3"),
        ({"kind": "reaction", "reaction": "itch", "severity": -1}, "at least 0"),
        ({"kind": "reaction", "reaction": "none", "severity": 2}, "'none' cannot have"),
        ({"kind": "reaction", "reaction": "itch", "relief": ["pain", "pain"]}, "named once"),
        ({"kind": "reaction", "reaction": "itch", "relief": ["toes"]}, "must be one of"),
        ({"kind": "reaction", "reaction": "itch", "after": "not-an-id"}, "after"),
        ({"kind": "note", "note": ""}, "note: cannot be empty"),
        ({"kind": "note", "note": "x" * (NOTE_LIMIT + 1)}, "at most 2000 characters"),
        ({"kind": "note", "note": "ok", "mood": "good"}, "mood"),
        ({"kind": "diary", "note": "ok"}, "kind"),
    ],
)
def test_bad_values_are_refused_with_a_plain_phrase(fields: dict[str, Any], phrase: str) -> None:
    with pytest.raises(ValidationError) as caught:
        new_entry({**STAMP, **fields})
    assert phrase in describe_validation(caught.value)


def test_a_note_keeps_its_line_breaks_but_a_product_may_not_have_one() -> None:
    assert new_entry({**STAMP, "kind": "note", "note": "one\ntwo\tthree"}).note == "one\ntwo\tthree"
    with pytest.raises(ValidationError):
        new_entry({**STAMP, "kind": "topical", "method": "soak", "product": "one\ntwo"})


def test_times_must_carry_their_zone() -> None:
    with pytest.raises(ValidationError):
        new_entry({**STAMP, "at": datetime(2026, 1, 1), "kind": "zone", "zone": "red"})  # noqa: DTZ001


def test_ids_are_22_hex_digits_that_sort_by_time() -> None:
    earlier = new_entry_id(AT)
    later = new_entry_id(AT + timedelta(milliseconds=1))
    assert len(earlier) == 22 and int(earlier, 16) >= 0 and earlier < later
    with pytest.raises(ValidationError):
        new_entry({**STAMP, "id": "ABC", "kind": "zone", "zone": "red"})


def test_a_version_1_check_in_is_migrated() -> None:
    """magtui 0.1 stored check-ins without `logged_at`; they were written when they happened."""
    old = {
        "kind": "zone",
        "schema_version": 1,
        "id": STAMP["id"],
        "at": AT.isoformat(),
        "zone": "red",
    }
    entry = entry_from_document(old)
    assert isinstance(entry, ZoneCheckIn) and entry.zone is Zone.RED
    assert entry.logged_at == entry.at == AT
    assert old == {
        "kind": "zone",
        "schema_version": 1,
        "id": STAMP["id"],
        "at": AT.isoformat(),
        "zone": "red",
    }


def test_a_version_2_session_reads_as_before() -> None:
    """Version 3 only added optional fields: a version 2 session means what it meant."""
    old = {
        "kind": "topical",
        "schema_version": 2,
        "id": STAMP["id"],
        "at": AT.isoformat(),
        "logged_at": AT.isoformat(),
        "note": "",
        "method": "soak",
        "product": "Calm",
        "amount": "",
        "area": "",
        "dilution": "",
        "duration_minutes": 10,
        "zone": "red",
    }
    entry = entry_from_document(old)
    assert isinstance(entry, TopicalSession)
    assert (entry.product, entry.duration_minutes, entry.duration_seconds) == ("Calm", 10, None)
    assert entry.at == entry.logged_at == AT
    stamps = ("at", "logged_at")
    kept = {key: value for key, value in document_of(entry).items() if key not in stamps}
    expected = {key: value for key, value in old.items() if key not in stamps}
    migrated = {"schema_version": SCHEMA_VERSION, "duration_seconds": None, "replaces": None}
    assert kept == {**expected, **migrated}


def test_a_note_may_carry_relief_alone_and_link_to_a_session() -> None:
    note = new_entry(
        {**STAMP, "kind": "note", "note": "", "relief": ["pain"], "after": STAMP["id"]}
    )
    assert isinstance(note, Note) and note.relief == (AlpimsDomain.PAIN,)
    with pytest.raises(ValidationError, match="named once"):
        new_entry({**STAMP, "kind": "note", "note": "x", "relief": ["pain", "pain"]})


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 99])
def test_a_newer_document_is_refused_not_damaged(version: int) -> None:
    newer = {"kind": "zone", "schema_version": version, "id": STAMP["id"], "colour": "teal"}
    before = dict(newer)
    with pytest.raises(NewerEntry, match="newer magtui"):
        entry_from_document(newer)
    assert newer == before


@pytest.mark.parametrize("version", [None, 0, "2", 2.0, True])
def test_a_document_without_a_sound_version_is_refused(version: object) -> None:
    with pytest.raises(EntryProblem, match="schema version"):
        upgrade({"kind": "zone", "schema_version": version})


def test_a_bad_document_among_good_ones_is_named_and_the_rest_kept() -> None:
    good = [document_of(new_entry({**STAMP, **fields})) for fields in ONE_OF_EACH]
    bad = {**good[0], "zone": "purple"}
    entries, problems = entries_from_documents([good[0], bad, "text", *good[1:]])
    assert len(entries) == len(ONE_OF_EACH)
    assert [str(problem) for _, problem in problems] == [
        "zone: must be one of 'green', 'yellow' or 'red'",
        "it is not a JSON object",
    ]


def test_the_one_pass_read_equals_the_one_by_one_read() -> None:
    documents = [document_of(new_entry({**STAMP, **fields})) for fields in ONE_OF_EACH]
    part = orjson.dumps({"entries": {str(n): doc for n, doc in enumerate(documents)}})
    fast = current_entries(part)
    assert fast is not None
    one_by_one = [entry_from_document(document) for document in documents]
    assert fast == one_by_one
    assert documents_of(fast) == documents


TEXT_FIELDS = {"product": LINE_LIMIT, "area": LINE_LIMIT, "amount": SHORT_LIMIT}


# Any code point at all, lone surrogates included (undecodable bytes in arguments become those).
ANY_CHARACTER = st.characters(exclude_categories=())


@settings(max_examples=300, deadline=None)
@given(
    product=st.text(ANY_CHARACTER),
    area=st.text(max_size=100),
    amount=st.text(max_size=50),
    note=st.text(max_size=2100),
    minutes=st.one_of(st.none(), st.integers()),
)
def test_any_text_makes_an_entry_or_a_clear_error(
    product: str, area: str, amount: str, note: str, minutes: int | None
) -> None:
    fields = {
        **STAMP,
        "kind": "topical",
        "method": "soak",
        "product": product,
        "area": area,
        "amount": amount,
        "note": note,
        "duration_minutes": minutes,
    }
    try:
        entry = new_entry(fields)
    except ValidationError as error:
        assert describe_validation(error)
        return
    # Whatever was accepted can be stored and read back exactly, and exported as stored.
    assert entry_from_document(orjson.loads(orjson.dumps(document_of(entry)))) == entry
    assert stored_json_of([entry]) == [orjson.dumps(document_of(entry))]
    for name, limit in TEXT_FIELDS.items():
        assert len(getattr(entry, name)) <= limit


@settings(max_examples=300, deadline=None)
@given(
    mg=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    fraction=st.floats(allow_nan=True, allow_infinity=True),
    severity=st.one_of(st.none(), st.integers()),
    reaction=st.sampled_from(["none", "itch", "hives", "unknown", "shiver"]),
)
def test_any_numbers_make_an_entry_or_a_clear_error(
    mg: float | None, fraction: float, severity: int | None, reaction: str
) -> None:
    capsule = {**STAMP, "kind": "capsule", "form": "citrate", "mg": mg, "fraction": fraction}
    reacted = {**STAMP, "kind": "reaction", "reaction": reaction, "severity": severity}
    for fields in (capsule, reacted):
        try:
            entry = new_entry(fields)
        except ValidationError as error:
            assert describe_validation(error)
            continue
        assert entry_from_document(orjson.loads(orjson.dumps(document_of(entry)))) == entry
        assert stored_json_of([entry]) == [orjson.dumps(document_of(entry))]
