"""`magtui log METHOD ...`: add an entry from the command line and print its id.

A session with `--reaction` is stored with its reaction in one atomic write.
"""

from __future__ import annotations

from pathlib import Path

from magtui.commands.log_request import ONLY_FOR, LogProblem, LogRequest, build_entries
from magtui.commands.output import complain, say
from magtui.domain.clock import system_clock
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal


def run_log(data_dir: Path, request: LogRequest) -> int:
    now = system_clock()
    try:
        journal = Journal(data_dir)
        needs_zone = request.zone is None and request.method in ONLY_FOR["zone"]
        latest = journal.latest_zone() if needs_zone else None
        entries = build_entries(request, now, latest.zone if latest else None)
    except LogProblem as problem:
        complain(str(problem))
        return 2
    except StorageError as error:
        complain(str(error))
        return 1
    try:
        journal.add(*entries)
    except StorageError as error:
        complain(str(error))
        return 1
    if journal.notice:
        complain(journal.notice)
    for entry in entries:
        say(entry.id)
    return 0
