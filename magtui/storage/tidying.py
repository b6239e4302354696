"""What every writer does once, holding the write lock, before its first write.

This device's folders are made (private, and never a link: see `ensure_private_dir`),
temporary files left by a killed writer are cleared, an import that stopped part way is
undone, and a journal of the layout before devices is moved into this device's folder, so each
write starts from a whole journal.
"""

from __future__ import annotations

from pathlib import Path

from magtui.storage.backups import BACKUP_DIR
from magtui.storage.causes import advice, cause
from magtui.storage.device import make_device
from magtui.storage.files import StorageError, clear_stray_temps, ensure_private_dir
from magtui.storage.last_whole import LAST_WHOLE_DIR
from magtui.storage.names import LEDGER_DIR
from magtui.storage.older_layout import move_into_device_folder
from magtui.storage.transaction import roll_back


def tidy_data_folder(data_dir: Path, root: Path) -> tuple[str, str | None]:
    """Call it holding the write lock, with `root` the journal folder. Returns this device (made
    now if need be) and the sentence to tell, if an import was undone."""
    try:
        device = make_device(data_dir)
    except OSError as error:
        raise StorageError(
            f"The data folder {data_dir} cannot be written: {cause(error)}; "
            f"nothing was saved — {advice(error)}."
        ) from None
    own = root / device
    undone = _tidy(data_dir, root, own)
    try:
        move_into_device_folder(root, own)
    except OSError as error:
        raise StorageError(
            f"The journal could not be moved into {own}: {cause(error)}; every entry "
            f"is still read where it is — {advice(error)}."
        ) from None
    return device, undone


def _tidy(data_dir: Path, root: Path, own: Path) -> str | None:
    """This device's folders made private, stray temporary files cleared, and any unfinished
    import undone: the older layout's first, so its files are moved in whole."""
    ensure_private_dir(root, root=data_dir)
    ensure_private_dir(own, root=data_dir)
    # The ledger's folder is made by a writer: see `ledger_cache`.
    ensure_private_dir(data_dir / LEDGER_DIR, root=data_dir)
    for folder in (own, own / BACKUP_DIR, root, root / BACKUP_DIR):
        clear_stray_temps(folder, writers_locked_out=True)
    clear_stray_temps(data_dir)
    clear_stray_temps(data_dir / LEDGER_DIR)  # written without the lock, by readers
    clear_stray_temps(data_dir / LAST_WHOLE_DIR)
    try:
        undone = [roll_back(root), roll_back(own)]
    except OSError as error:
        raise StorageError(
            f"An unfinished import could not be undone: {cause(error)}; nothing "
            f"was changed — {advice(error)}."
        ) from None
    return next((sentence for sentence in undone if sentence), None)
