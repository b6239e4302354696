"""The ways a journal file can be found damaged: each must be kept aside byte for byte."""

from __future__ import annotations

DAMAGE = {
    "empty": b"",
    "truncated": b'{"entries": {"1": {"schema_version": 2, "id": "01a2',
    "garbage": b"\x89PNG\r\n\x1a\n not a journal",
    "wrong shape": b'{"entries": [1, 2, 3]}',
    "nul bytes": b"\x00" * 64,
}
