"""Turning stored documents into entries and back, migrating older schema versions on the way.

A document written by a newer magtui is refused, never rewritten: this version cannot know what
its fields mean, so it leaves the document exactly as it found it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import suppress
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError

from magtui.domain.entries import ENTRY_CLASS_OF_KIND, ENTRY_KINDS, SCHEMA_VERSION, Entry
from magtui.domain.problems import describe_problem, problem_location


class EntryProblem(ValueError):
    """A document that is not a valid entry; the message says which field and why."""


class NewerEntry(EntryProblem):
    """A document from a newer magtui, left untouched."""


@cache
def _entry_adapter() -> TypeAdapter[Entry]:
    return TypeAdapter(Entry)


@cache
def _entries_adapter() -> TypeAdapter[list[Entry]]:
    return TypeAdapter(list[Entry])


def _from_version_1(document: dict[str, Any]) -> dict[str, Any]:
    """Version 1 had no `logged_at`; the best knowledge is that it was written when it happened."""
    document.setdefault("logged_at", document.get("at"))
    return document


def _from_version_2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 3 only added optional fields; a version 2 document means the same."""
    return document


def _from_version_3(document: dict[str, Any]) -> dict[str, Any]:
    """Version 4 only added fields and kinds; a version 3 document means the same."""
    return document


def _from_version_4(document: dict[str, Any]) -> dict[str, Any]:
    """Version 5 only added capsule fields; a version 4 document means the same."""
    return document


def _from_version_5(document: dict[str, Any]) -> dict[str, Any]:
    """Version 6 calls a reaction the person could not name 'unsure'; it was 'unknown', which
    read like "don't know" (now its own answer, 'dont-know'). The meaning is kept: a reaction."""
    if document.get("kind") == "reaction" and document.get("reaction") == "unknown":
        document["reaction"] = "unsure"
    return document


MIGRATIONS = {
    1: _from_version_1,
    2: _from_version_2,
    3: _from_version_3,
    4: _from_version_4,
    5: _from_version_5,
}
"""Each step takes a document of version N (the key) to version N + 1."""


def upgrade(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the document at the current schema version, or `EntryProblem`."""
    version = document.get("schema_version")
    if type(version) is not int or version < 1:
        raise EntryProblem("it has no schema version magtui knows")
    if version > SCHEMA_VERSION:
        raise NewerEntry(
            f"it was written by a newer magtui (schema {version}); update magtui to read it"
        )
    upgraded = dict(document)
    while version < SCHEMA_VERSION:
        upgraded = MIGRATIONS[version](upgraded)
        version += 1
        upgraded["schema_version"] = version
    return upgraded


@cache
def _kind_adapter(kind: str) -> TypeAdapter[Entry]:
    return TypeAdapter(ENTRY_CLASS_OF_KIND[kind])


def new_entry(fields: Mapping[str, Any]) -> Entry:
    """An entry from typed-in or imported values; pydantic's `ValidationError` if they are wrong.

    Unlike `entry_from_document`, the schema version is the current one unless given. A known
    kind is checked by its own class alone: `magtui log note` then builds one validator, not
    the whole union's (a third of its time). What is refused is checked again by the union, so
    every problem is told in one shape, with the kind first in its location.
    """
    kind = fields.get("kind")
    if isinstance(kind, str) and kind in ENTRY_CLASS_OF_KIND:
        with suppress(ValidationError):
            return _kind_adapter(kind).validate_python(fields)
    return _entry_adapter().validate_python(fields)


def field_path(error: ValidationError) -> list[str]:
    """Where the first problem is, without list positions or the entry kind pydantic puts first."""
    parts = [part for part in problem_location(error) if not part.isdigit()]
    return parts[1:] if parts and parts[0] in ENTRY_KINDS else parts


def describe_validation(error: ValidationError) -> str:
    """The first problem pydantic found, as a phrase: 'severity: must be at most 3'."""
    return describe_problem(error, field_path(error))


def entry_from_document(document: object, *, strict: bool = False) -> Entry:
    """One stored or imported document as an entry, migrated if it is older.

    `strict` (for imports) takes each value only as the JSON type it is documented as: a
    severity of "2" or a flag of 1 is refused rather than turned into something else.
    """
    if not isinstance(document, Mapping):
        raise EntryProblem("it is not a JSON object")
    try:
        upgraded = upgrade(document)
        if strict:
            import orjson

            return _entry_adapter().validate_json(orjson.dumps(upgraded), strict=True)
        return _entry_adapter().validate_python(upgraded)
    except ValidationError as error:
        raise EntryProblem(describe_validation(error)) from None
    except TypeError:  # orjson's error for a value JSON cannot carry is a TypeError
        raise EntryProblem("it holds a value JSON cannot carry") from None


def entries_from_documents(
    documents: Iterable[object],
) -> tuple[list[Entry], list[tuple[object, EntryProblem]]]:
    """Every valid entry, and each document that is not one with its problem.

    One by one, so each culprit is found; sound parts take the one-pass path in storage first.
    """
    entries: list[Entry] = []
    problems: list[tuple[object, EntryProblem]] = []
    for document in documents:
        try:
            entries.append(entry_from_document(document))
        except EntryProblem as problem:
            problems.append((document, problem))
    return entries, problems


def document_of(entry: Entry) -> dict[str, Any]:
    """The entry as plain JSON data, exactly as stored and exported."""
    return _entry_adapter().dump_python(entry, mode="json")  # type: ignore[no-any-return]


def stored_json_of(entries: list[Entry]) -> list[bytes]:
    """Each entry as compact JSON, the bytes of `orjson.dumps(document_of(entry))`, made by
    pydantic in one step instead of two (the JSON export's time, halved)."""
    dump = _entry_adapter().serializer.to_json
    return [dump(entry) for entry in entries]


def documents_of(entries: list[Entry]) -> list[dict[str, Any]]:
    """Many entries as plain JSON data in one pass, much faster than one by one."""
    return _entries_adapter().dump_python(entries, mode="json")  # type: ignore[no-any-return]
