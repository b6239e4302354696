"""Schema versions of what magtui stores, as plain constants.

Standard library only: the quick first-screen read checks them before pydantic is imported, and
the models check the same numbers, so the two can never disagree.
"""

from __future__ import annotations

from typing import Final

ENTRY_SCHEMA_VERSION: Final = 6
"""Version 2 added `logged_at` (when an entry was written, as opposed to when it happened);
version 3 added a session's `duration_seconds` and a note's `relief` and `after`; version 4
added corrections (`replaces`), deletions, undos, products and a note's `important`; version 5
added capsule products (`form`, `mg_per_capsule`) and a dose's `product` and `with_food`;
version 6 renamed the reaction 'unknown' (a reaction, not sure what) to 'unsure' and added
'dont-know' (not known yet whether there was one)."""

ENTRY_SCHEMA_VERSIONS_READ: Final = frozenset(range(1, ENTRY_SCHEMA_VERSION + 1))
"""Every version this magtui reads; older ones are migrated as they are read."""

SETTINGS_SCHEMA_VERSION: Final = 1
DISCLAIMER_NOT_SEEN: Final = 0
"""The disclaimer version a new data folder has read: none yet."""
