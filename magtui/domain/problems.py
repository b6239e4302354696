"""Pydantic's first complaint about a value, said in plain words: one home for that phrasing.

Used for typed-in values, imported entries and the guidance files alike, so every message that
names a bad field reads the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError

_PLAIN_WORDS = {
    "less_than_equal": "must be at most {le}",
    "greater_than_equal": "must be at least {ge}",
    "greater_than": "must be more than {gt}",
    "less_than": "must be less than {lt}",
    "string_too_long": "is too long (at most {max_length} characters)",
    "string_too_short": "cannot be empty",
    "too_short": "cannot be empty",
    "string_pattern_mismatch": "has control characters or bytes that are not text",
    "string_unicode": "has bytes that are not text",
    "enum": "must be one of {expected}",
    "finite_number": "must be an ordinary number",
    "missing": "is missing",
    "extra_forbidden": "is not a field magtui knows",
}


def problem_location(error: ValidationError, *, skip: Sequence[str] = ()) -> list[str]:
    """Where the first problem is, as field names and list positions, leaving out `skip` names."""
    return [str(part) for part in error.errors()[0]["loc"] if str(part) not in skip]


def problem_phrase(error: ValidationError) -> str:
    """What is wrong with the first problem: 'must be at most 3', 'is missing'."""
    first = error.errors()[0]
    template = _PLAIN_WORDS.get(first["type"])
    if template is not None:
        context = {
            key: f"{value:g}" if isinstance(value, float) else value
            for key, value in first.get("ctx", {}).items()
        }
        return template.format(**context)
    message = str(first["msg"]).removeprefix("Value error, ").rstrip(".")
    return message[:1].lower() + message[1:]


def describe_problem(error: ValidationError, where: Sequence[str]) -> str:
    """'severity: must be at most 3', or the phrase alone when there is no field to name."""
    phrase = problem_phrase(error)
    return f"{' → '.join(where)}: {phrase}" if where else phrase
