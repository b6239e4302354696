"""What every writer does once, holding the write lock, before its first write.

The journal's folders are made (private, and never a link: see `ensure_private_dir`),
temporary files left by a killed writer are cleared, and an import that stopped part way is
undone, so each write starts from a whole journal.
"""

from __future__ import annotations

from pathlib import Path

from magtui.storage.causes import advice, cause
from magtui.storage.files import StorageError, clear_stray_temps, ensure_private_dir
from magtui.storage.names import LEDGER_DIR
from magtui.storage.transaction import roll_back


def tidy_data_folder(data_dir: Path, journal: Path, backups: Path) -> str | None:
    """Call it holding the write lock. Returns the sentence to tell, if an import was undone."""
    ensure_private_dir(journal, root=data_dir)
    # The ledger's folder is made by a writer: see `ledger_cache`.
    ensure_private_dir(journal / LEDGER_DIR, root=data_dir)
    clear_stray_temps(journal, writers_locked_out=True)
    clear_stray_temps(backups, writers_locked_out=True)
    clear_stray_temps(data_dir)
    clear_stray_temps(journal / LEDGER_DIR)  # written without the lock, by readers
    try:
        return roll_back(journal)
    except OSError as error:
        raise StorageError(
            f"An unfinished import could not be undone: {cause(error)}; nothing "
            f"was changed — {advice(error)}."
        ) from None
