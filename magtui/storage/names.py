"""The names of magtui's files in the data folder, in one place.

Standard library only, so the quick first-screen read and the storage classes use the same names.
"""

from __future__ import annotations

from typing import Final

JOURNAL_DIR: Final = "journal"
LOCK_FILE: Final = "journal.lock"
SETTINGS_FILE: Final = "settings.json"
GUIDED_FILE: Final = "session.json"
"""Present only while a guided session runs or waits to be asked how it went."""
LEDGER_DIR: Final = "ledger"
"""Each journal file's ledger digest, this device's alone and disposable (see `ledger_cache`)."""
