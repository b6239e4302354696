"""`magtui import FILE`: merge a JSON export into the journal by id; twice adds nothing."""

from __future__ import annotations

from pathlib import Path

from magtui.commands.output import complain, say
from magtui.exchange.json_format import ImportProblem, from_json
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal
from magtui.storage.merging import ConflictingIds

IMPORT_LIMIT = 512 * 1024 * 1024
"""Far above an export of a lifetime's journal (100,000 entries make about 30 MB)."""


def read_export(source: Path) -> bytes:
    """The file's bytes, if it is a regular file of a size an export can have.

    A device, a pipe or a folder is refused before it is read, so nothing can hang or fill the
    memory; the limit holds even if the file grows while it is read.
    """
    import os
    import stat

    # Opened without waiting: opening a named pipe would otherwise wait for a writer forever.
    descriptor = os.open(source, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    with open(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise ImportProblem(
                f"{source} is not a regular file; give the path of a file made by magtui export."
            )
        raw = file.read(IMPORT_LIMIT + 1)
    if len(raw) > IMPORT_LIMIT:
        raise ImportProblem(
            f"{source} is larger than {IMPORT_LIMIT // 2**20} MB, more than any journal export; "
            "nothing was imported."
        )
    return raw


def run_import(data_dir: Path, source: Path) -> int:
    """`magtui import FILE`: an export merged into the journal, each entry once; nothing is written
    when the file will not do or an id names a different entry."""
    try:
        raw = read_export(source)
    except OSError as error:
        complain(f"{source} cannot be read ({error.strerror}); check the name and try again.")
        return 2
    except ImportProblem as problem:
        complain(str(problem))
        return 2
    try:
        entries = from_json(raw, source.name)
    except ImportProblem as problem:
        complain(str(problem))
        return 2
    try:
        journal = Journal(data_dir)
        result = journal.merge(entries)
    except ConflictingIds as conflict:
        count = len(conflict.ids)
        which = "an entry" if count == 1 else f"{count} entries"
        complain(
            f"{source.name} has {which} whose id names a different entry in your journal "
            f"(first: {conflict.ids[0]}); nothing was imported. Import only unedited exports."
        )
        return 2
    except StorageError as error:
        complain(str(error))
        return 1
    if journal.notice:
        complain(journal.notice)
    say(f"Imported {result.added} entries; {result.already_there} were already in your journal.")
    return 0
