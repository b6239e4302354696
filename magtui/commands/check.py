"""`magtui check`: is the guidance intact and is the data folder usable? Exit 0 or 1."""

from __future__ import annotations

import os
from pathlib import Path

from magtui.commands.output import say
from magtui.content import CONTENT_FILES, ContentError, default_assets_dir, load_content
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal


def _check_content() -> tuple[bool, str]:
    """Whether the guidance files in `assets/` load whole, and one line saying so."""
    folder = default_assets_dir()
    try:
        load_content(folder)
    except ContentError as error:
        return False, str(error)
    return True, f"all {len(CONTENT_FILES)} guidance files are complete ({folder})"


def _check_data(data_dir: Path) -> tuple[bool, str]:
    """Whether the journal can be read and written, and one line saying what it holds; a folder not
    made yet is fine (it is made at the first save)."""
    if not data_dir.exists():
        return True, f"{data_dir} will be created, private to you, when you first save something"
    if not os.access(data_dir, os.R_OK | os.W_OK | os.X_OK):
        return False, f"{data_dir} cannot be read and written by you; fix its permissions"
    try:
        journal = Journal(data_dir)
        journal.tidy()
        count = len(journal.entries())
        latest = journal.latest_zone()
    except StorageError as error:
        return False, str(error)
    problems = [notice for notice in journal.notices if notice not in journal.arriving]
    if problems:
        return False, problems[0]
    zone = latest.zone.label if latest else "none yet"
    detail = f"{data_dir} is readable and writable ({count} entries; current zone: {zone})"
    kept = sorted(journal.folder.glob("*.damaged-*"))
    if kept:
        detail += f"; {len(kept)} damaged file(s) kept aside, newest {kept[-1].name}"
    return True, detail + _devices(journal) + "".join(f"; {n[:-1]}" for n in journal.arriving)


def _devices(journal: Journal) -> str:
    """What a shared journal folder holds besides this device's files, when it does."""
    others = [device for device in journal.listed.devices if device != journal.device]
    copies = len(journal.listed.conflict_copies)
    if not others and not copies:
        return ""
    said = f"; this device is {journal.device}"
    if others:
        said += f", and entries from {len(others)} other device(s) are read in: {', '.join(others)}"
    said += (
        f"; {copies} conflict cop{'y' if copies == 1 else 'ies'} made by a sync tool "
        f"{'was' if copies == 1 else 'were'} found and read in (entries in them are shown once)"
    )
    return said


def run_check(data_dir: Path) -> int:
    results = {"guidance": _check_content(), "data": _check_data(data_dir)}
    for name, (ok, detail) in results.items():
        say(f"{name:<9} {'ok' if ok else 'PROBLEM'}  {detail}")
    return 0 if all(ok for ok, _ in results.values()) else 1
