"""The one way magtui reads JSON from its data folder, whatever the bytes are.

orjson refuses nesting deeper than 1,024 and numbers beyond a double, with a ValueError, where
the standard library's reader recurses until Python gives up with a RecursionError that no
caller expected. Everything read from disk goes through here (or through pydantic, which sets
its own bounds), so any bytes are either a value or a ValueError.
"""

from __future__ import annotations

from typing import Any

import orjson

DOCUMENT_KEY_DIGITS = 18
"""TinyDB turns each document key into an int to number the next one; longer keys are refused."""


def load_json(raw: bytes) -> Any:
    """The value `raw` holds, or ValueError (orjson.JSONDecodeError is one)."""
    return orjson.loads(raw)


def is_document_key(key: str) -> bool:
    """A key TinyDB can number from: a few ASCII digits ('abc' or '٣' would stop the next write)."""
    return 0 < len(key) <= DOCUMENT_KEY_DIGITS and key.isascii() and key.isdigit()
