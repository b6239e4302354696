"""`magtui log METHOD ...`: add an entry from the command line and say what was saved.

A session with `--reaction` is stored with its reaction in one atomic write. The confirmation
is in words (what, when, in which zone); `--quiet` prints only the ids, for scripts.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from magtui.commands.log_request import ONLY_FOR, LogProblem, LogRequest, build_entries
from magtui.commands.output import complain, say
from magtui.domain.clock import system_clock
from magtui.domain.entries import Entry
from magtui.domain.shown import printable
from magtui.domain.when import describe_when
from magtui.domain.zones import Zone
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal


def confirmation(entry: Entry, now: datetime) -> str:
    """'Saved: Foot soak, Epsom salt, in Red — today at 14:02 (id 0193…).'"""
    from magtui.domain.entry_words import describe

    when = describe_when(entry.at, now)
    return f"Saved: {printable(describe(entry))} — {when} (id {entry.id})."


def run_log(data_dir: Path, request: LogRequest, *, quiet: bool = False) -> int:
    """`magtui log`: every option checked and the entries built before anything is written; then
    written at once, with the guide's caution for a capsule form not yet tolerated outside
    Green."""
    now = system_clock()
    try:
        journal = Journal(data_dir)
        needs_zone = request.zone is None and request.method in ONLY_FOR["zone"]
        latest = journal.latest_zone() if needs_zone else None
        zone = latest.zone if latest else None
        caution = None
        if request.method == "capsule":
            from magtui.commands.log_capsule import caution as gate
            from magtui.commands.log_capsule import read_once, with_label_mg

            ledger = read_once(journal)
            request = with_label_mg(request, ledger)
            given = Zone(request.zone.lower()) if request.zone else zone
            caution = gate(request.form or "", given, ledger)
        entries = build_entries(request, now, zone)
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
    if caution:
        complain(caution)
    for entry in entries:
        say(entry.id if quiet else confirmation(entry, now))
    return 0
