"""What `magtui log` was asked, turned into entries or one sentence saying what to change.

Everything is checked here, before anything is written, so a typo never leaves half an entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from pydantic import ValidationError

from magtui.domain.documents import describe_validation, field_path, new_entry
from magtui.domain.entries import Entry, TopicalMethod
from magtui.domain.ids import answer_id, new_entry_id
from magtui.domain.shown import shown
from magtui.domain.when import WhenError, parse_when
from magtui.domain.zones import Zone

OPTION_OF_FIELD = {
    "product": "--product",
    "amount": "--amount",
    "area": "--area",
    "dilution": "--dilution",
    "duration_minutes": "--minutes",
    "duration_seconds": "--seconds",
    "note": "--note",
    "form": "--form",
    "mg": "--mg",
    "fraction": "--amount",
    "reaction": "--reaction",
    "severity": "--severity",
    "relief": "--relief",
    "zone": "--zone",
    "with_food": "--food",
}
TOPICAL = tuple(method.value for method in TopicalMethod)
METHODS = (*TOPICAL, "capsule", "note")
ONLY_FOR = {
    "product": (*TOPICAL, "capsule"),
    "food": ("capsule",),
    "area": TOPICAL,
    "dilution": TOPICAL,
    "minutes": TOPICAL,
    "seconds": TOPICAL,
    "form": ("capsule",),
    "mg": ("capsule",),
    "amount": (*TOPICAL, "capsule"),
    "zone": (*TOPICAL, "capsule"),
}
_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_VULGAR = {"¼": 0.25, "½": 0.5, "¾": 0.75}


class LogProblem(ValueError):
    """The arguments do not make an entry; the message is one sentence saying what to change."""


@dataclass(frozen=True)
class LogRequest:
    """The `log` arguments as typed, before they are checked."""

    method: str
    at: str = "now"
    product: str | None = None
    amount: str | None = None
    area: str | None = None
    dilution: str | None = None
    minutes: int | None = None
    seconds: int | None = None
    form: str | None = None
    mg: float | None = None
    food: str | None = None
    zone: str | None = None
    reaction: str | None = None
    severity: int | None = None
    relief: str | None = None
    note: str | None = None


def capsule_fraction(text: str) -> float:
    """'1/2', '½', '0.5' or '2' as a number of capsules."""
    cleaned = text.strip()
    if cleaned in _VULGAR:
        return _VULGAR[cleaned]
    if match := _FRACTION.match(cleaned):
        top, bottom = int(match.group(1)), int(match.group(2))
        if bottom == 0:
            raise LogProblem("--amount cannot divide by zero; give a share like 1/2 or 0.5.")
        try:
            return top / bottom
        except OverflowError:  # hundreds of digits: no share of a capsule
            raise LogProblem(
                f"--amount {shown(text)} is far too large; give a share like 1/4, 1/2, 1 or 2."
            ) from None
    try:
        return float(cleaned)
    except ValueError:
        raise LogProblem(
            f"--amount {shown(text)} is not a share of a capsule; give one like 1/4, 1/2, 1 or 2."
        ) from None


def dose_fraction(request: LogRequest) -> float | None:
    """The share of a capsule given, or None when only milligrams were; magtui never assumes an
    amount the person did not give, so a dose with neither is refused."""
    if request.amount:
        return capsule_fraction(request.amount)
    if request.mg is None:
        raise LogProblem(
            "A capsule dose needs how much was taken: --amount (a share of a capsule, "
            "like 1/2) or --mg; magtui does not fill one in."
        )
    return None


def _food(text: str | None) -> bool | None:
    """'with' or 'without' as True or False; not given is None, never a guess."""
    if text is None:
        return None
    answer = FOOD.get(text.lower())
    if answer is None:
        raise LogProblem(f"--food {shown(text)} is not an answer; give with or without.")
    return answer


FOOD = {"with": True, "without": False}


def _check_options_fit(request: LogRequest) -> None:
    """Refuse an option given to an entry that has no such field (`--form` on a soak), and a
    strength or relief given without a reaction."""
    for option, methods in ONLY_FOR.items():
        if getattr(request, option) is not None and request.method not in methods:
            allowed = " and ".join(sorted({"topical" if m != "capsule" else m for m in methods}))
            raise LogProblem(f"--{option} is only for {allowed} entries, not {request.method}.")
    if request.reaction is None:
        # A note may say where relief was felt on its own; elsewhere relief is part of a reaction.
        options = ("severity",) if request.method == "note" else ("severity", "relief")
        for option in options:
            if getattr(request, option) is not None:
                raise LogProblem(f"--{option} goes with --reaction (use --reaction none if so).")


def _relief(text: str | None) -> list[str]:
    if text is None:
        return []
    return [part.strip().lower() for part in text.split(",") if part.strip()]


def _stripped(request: LogRequest) -> LogRequest:
    """Spaces around typed words are never meant; the stored entry keeps what is inside."""
    changes = {
        name: value.strip()
        for name, value in vars(request).items()
        if isinstance(value, str) and name != "at"
    }
    return replace(request, **cast("dict[str, Any]", changes))


def _main_fields(request: LogRequest, zone: str | None) -> dict[str, object] | None:
    """The fields of the entry METHOD names, or None for a note that is only a reaction."""
    if request.method == "note":
        if request.reaction is not None:
            return None
        relief = _relief(request.relief)
        if not (request.note or "").strip() and not relief:
            raise LogProblem("A note needs words, for example: --note 'slept badly'.")
        return {"kind": "note", "relief": relief}
    if request.method == "capsule":
        if request.form is None:
            raise LogProblem("A capsule dose needs --form, for example --form glycinate.")
        return {
            "kind": "capsule",
            "form": request.form.lower(),
            "mg": request.mg,
            "fraction": dose_fraction(request),
            "zone": zone,
            "product": request.product or "",
            "with_food": _food(request.food),
        }
    return {
        "kind": "topical",
        "method": request.method,
        "product": request.product or "",
        "amount": request.amount or "",
        "area": request.area or "",
        "dilution": request.dilution or "",
        "duration_minutes": request.minutes,
        "duration_seconds": request.seconds,
        "zone": zone,
    }


def build_entries(request: LogRequest, now: datetime, current_zone: Zone | None) -> list[Entry]:
    """The entry (and its reaction, if one was given), or `LogProblem`; writes nothing."""
    request = _stripped(request)
    if request.method not in METHODS:
        raise LogProblem(
            f"{shown(request.method)} is not a method; use one of {', '.join(METHODS)}."
        )
    _check_options_fit(request)
    if request.reaction is not None and request.reaction.lower() == "unknown":
        raise LogProblem(
            "--reaction unknown could mean two things: use unsure for a reaction you cannot "
            "name, or dont-know if you do not know yet whether there was one."
        )
    try:
        at = parse_when(request.at, now)
    except WhenError as error:
        raise LogProblem(f"--at {error}") from None
    zone = request.zone if request.zone is not None else current_zone
    main_fields = _main_fields(request, zone.value if isinstance(zone, Zone) else zone)
    stamp: dict[str, object] = {"at": at, "logged_at": now}
    documents = []
    if main_fields is not None:
        documents.append(
            {**stamp, **main_fields, "id": new_entry_id(at), "note": request.note or ""}
        )
    if request.reaction is not None:
        documents.append(
            {
                **stamp,
                "kind": "reaction",
                "id": answer_id(at) if documents else new_entry_id(at),
                "note": "" if documents else request.note or "",
                "reaction": request.reaction.lower(),
                "severity": request.severity,
                "relief": _relief(request.relief),
                "after": documents[0]["id"] if documents else None,
            }
        )
    try:
        return [new_entry(document) for document in documents]
    except ValidationError as error:
        raise LogProblem(_as_sentence(error)) from None


def _as_sentence(error: ValidationError) -> str:
    """'--severity must be at most 3.' from pydantic's first problem, named by its option."""
    path = field_path(error)
    detail = describe_validation(error)
    option = OPTION_OF_FIELD.get(path[0]) if path else None
    if option is not None:
        detail = f"{option} {detail.split(': ', 1)[-1]}"
    return f"{detail[:1].upper()}{detail[1:].rstrip('.')}."
