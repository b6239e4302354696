"""Durability under the worst conditions: writers killed mid-write, and writers racing.

    python bench/durability.py kill ROUNDS      # a writer is SIGKILLed at a random moment
    python bench/durability.py kill-in-place N  # the same with writes in place, as a control
    python bench/durability.py writers EACH     # two writers add EACH entries at the same time
    python bench/durability.py kill-import N    # an import of many months killed at random
    python bench/durability.py kill-import-plain N  # the same without its transaction, a control
    python bench/durability.py kill-move N      # the move of the older layout killed at random
    python bench/durability.py kill-move-plain N  # the same, a file removed before it is written

Each prints one JSON object of what it saw; `tests/test_durability.py` runs both with the
numbers the issue asks of `make test`, and `make bench` runs the kill loop 1,000 times.
Writers are forked from this process, so a round costs milliseconds rather than a Python start.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from magtui.domain.documents import new_entry  # noqa: E402
from magtui.domain.entries import Entry  # noqa: E402
from magtui.domain.ids import new_entry_id  # noqa: E402
from magtui.storage.journal import Journal  # noqa: E402

LONGEST_WAIT_SECONDS = 0.02


def _note(text: str) -> Entry:
    now = datetime.now().astimezone()
    fields = {"kind": "note", "id": new_entry_id(now), "at": now, "logged_at": now, "note": text}
    return new_entry(fields)


def _write_in_place(path: Path, data: bytes, *, root: Path | None = None) -> None:
    """What TinyDB's own storage does: truncate the file and write over it, no temporary file."""
    with path.open("wb") as file:
        for start in range(0, len(data), 4096):
            file.write(data[start : start + 4096])
            file.flush()


def _write_forever(data_dir: Path, label: str, acknowledgements: int, in_place: bool) -> None:
    """In a forked child: add entries one by one, reporting each id once `add` has returned."""
    try:
        if in_place:  # the control: proves this loop catches a storage that is not atomic
            import magtui.storage.tinydb_storage as storage

            vars(storage)["atomic_write"] = _write_in_place
        journal = Journal(data_dir)
        number = 0
        while True:
            entry = _note(f"{label} entry {number}")
            journal.add(entry)
            os.write(acknowledgements, f"{entry.id}\n".encode())
            number += 1
    except BaseException:
        traceback.print_exc()  # shown on the harness's standard error
    finally:
        os._exit(1)


def _write_count(data_dir: Path, label: str, count: int) -> None:
    try:
        journal = Journal(data_dir)
        for number in range(count):
            journal.add(_note(f"{label} entry {number}"))
    finally:
        os._exit(0)


def _read_all(descriptor: int) -> str:
    chunks = []
    while chunk := os.read(descriptor, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode()


def kill_rounds(rounds: int, seed: int, *, in_place: bool = False) -> dict[str, object]:
    """Kill a writer at a random moment, `rounds` times; check every acknowledged entry survived."""
    chance = random.Random(seed)
    data_dir = Path(tempfile.mkdtemp(prefix="magtui-kill-")) / "data"
    acknowledged: set[str] = set()
    lost: set[str] = set()
    mid_write = 0
    failed_writers = 0
    notices: list[str] = []
    for round_number in range(rounds):
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(reader)
            _write_forever(data_dir, f"round {round_number}", writer, in_place)
        os.close(writer)
        first = b""
        while not first.endswith(b"\n"):  # wait until the writer is in its loop
            byte = os.read(reader, 1)
            if not byte:
                failed_writers += 1
                break
            first += byte
        time.sleep(chance.uniform(0, LONGEST_WAIT_SECONDS))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acknowledged.update((first.decode() + _read_all(reader)).split())
        os.close(reader)
        if any(data_dir.glob("journal/**/*.tmp")):
            mid_write += 1
        journal = Journal(data_dir)
        journal.tidy()
        present = {entry.id for entry in journal.entries()}
        lost |= acknowledged - present
        notices += journal.notices
    leftover = [path.name for path in data_dir.glob("journal/**/*.tmp")]
    return {
        "rounds": rounds,
        "acknowledged": len(acknowledged),
        "lost": sorted(lost),
        "killed_mid_write": mid_write,
        "writers_that_failed": failed_writers,
        "notices": notices,
        "temporary_files_left": leftover,
    }


IMPORT_MONTHS = 36
IMPORT_PER_MONTH = 100


def _import_entries() -> list[Entry]:
    """Three years of notes, a hundred a month: an import that writes 36 month files."""
    entries = []
    for month in range(IMPORT_MONTHS):
        for number in range(IMPORT_PER_MONTH):
            at = datetime(2020 + month // 12, month % 12 + 1, 1 + number % 27, 12).astimezone()
            fields = {"kind": "note", "at": at, "logged_at": at, "note": f"imported {number}"}
            entry_id = f"{int(at.timestamp() * 1000):012x}{month * 1000 + number:010x}"
            entries.append(new_entry({**fields, "id": entry_id}))
    return entries


class _NoTransaction:
    """The control: month files written one after another with nothing to undo them."""

    def __init__(self, *_: object) -> None:
        pass

    def keep(self, _: Path) -> None:
        pass

    def commit(self) -> None:
        pass


def _import_once(data_dir: Path, entries: list[Entry], control: bool) -> None:
    try:
        if control:
            import magtui.storage.journal as journal_module

            vars(journal_module)["Transaction"] = _NoTransaction
        Journal(data_dir).merge(entries)
    finally:
        os._exit(0)


def import_rounds(rounds: int, seed: int, *, control: bool = False) -> dict[str, object]:
    """Kill an import of many months at a random moment; after each kill, every reader (before
    the next start and after it) sees all of the import or none of it."""
    chance = random.Random(seed)
    entries = _import_entries()
    timing = Path(tempfile.mkdtemp(prefix="magtui-import-")) / "data"
    started = time.perf_counter()
    Journal(timing).merge(entries)
    whole = time.perf_counter() - started
    counts = {"none": 0, "all": 0}
    partial: list[int] = []
    rolled_back = 0
    for _ in range(rounds):
        data_dir = Path(tempfile.mkdtemp(prefix="magtui-import-")) / "data"
        Journal(data_dir).add(_note("there before"))
        pid = os.fork()
        if pid == 0:
            _import_once(data_dir, entries, control)
        time.sleep(chance.uniform(0, whole * 1.2))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        seen_before_start = len(Journal(data_dir).entries()) - 1
        journal = Journal(data_dir)
        journal.tidy()
        seen_after_start = len(journal.entries()) - 1
        rolled_back += any("has been undone" in notice for notice in journal.notices)
        for seen in (seen_before_start, seen_after_start):
            if seen not in (0, len(entries)):
                partial.append(seen)
        counts["all" if seen_after_start == len(entries) else "none"] += 1
    return {
        "rounds": rounds,
        "import_entries": len(entries),
        "import_months": IMPORT_MONTHS,
        "whole_import_seconds": round(whole, 2),
        "all_after_kill": counts["all"],
        "none_after_kill": counts["none"],
        "rolled_back_at_start": rolled_back,
        "partial_views": partial,
    }


def two_writers(each: int) -> dict[str, object]:
    """Two processes add `each` entries at the same time to one journal."""
    data_dir = Path(tempfile.mkdtemp(prefix="magtui-writers-")) / "data"
    children = []
    for label in ("first", "second"):
        pid = os.fork()
        if pid == 0:
            _write_count(data_dir, label, each)
        children.append(pid)
    statuses = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children]
    journal = Journal(data_dir)
    entries = journal.entries()
    return {
        "writer_exit_codes": statuses,
        "entries": len(entries),
        "distinct_ids": len({entry.id for entry in entries}),
        "notices": journal.notices,
    }


def _older_layout(entries: list[Entry]) -> Path:
    """A data folder as magtui left it before devices: parts and backups in the journal folder
    itself, no identity file."""
    import shutil

    data_dir = Path(tempfile.mkdtemp(prefix="magtui-move-")) / "data"
    journal = Journal(data_dir)
    journal.merge(entries)
    journal.add(_note("one more, so there are backups"))
    own, root = journal.folder, data_dir / "journal"
    for path in own.iterdir():
        path.rename(root / path.name)
    own.rmdir()
    for identity in data_dir.glob("device.*.json"):
        identity.unlink()
    shutil.rmtree(data_dir / "ledger", ignore_errors=True)
    return data_dir


def _move_without_care(source: Path, target: Path) -> None:
    """The control: the file is removed, then written again under its new name."""
    content = source.read_bytes()
    source.unlink()
    time.sleep(0.001)
    target.write_bytes(content)


def _move_once(data_dir: Path, control: bool) -> None:
    try:
        if control:
            import magtui.storage.older_layout as older_layout

            vars(older_layout)["_move"] = _move_without_care
        Journal(data_dir).tidy()
    finally:
        os._exit(0)


def move_rounds(rounds: int, seed: int, *, control: bool = False) -> dict[str, object]:
    """Kill the first start's move of an older-layout journal at a random moment; every reader,
    before the next start and after it, sees every entry once."""
    import shutil

    chance = random.Random(seed)
    template = _older_layout(_import_entries())
    expected = sorted(entry.id for entry in Journal(template).entries())
    timing = template.parent / "timing"
    shutil.copytree(template, timing)
    started = time.perf_counter()
    Journal(timing).tidy()
    whole = time.perf_counter() - started
    wrong: list[str] = []
    part_way = 0
    for number in range(rounds):
        data_dir = template.parent / f"round-{number}"
        shutil.copytree(template, data_dir)
        pid = os.fork()
        if pid == 0:
            _move_once(data_dir, control)
        time.sleep(chance.uniform(0, whole * 1.2))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        root_files = list((data_dir / "journal").glob("*.json"))
        moved = list((data_dir / "journal").glob("*/*.json"))
        part_way += bool(root_files and moved)
        for when in ("before the next start", "after it"):
            journal = Journal(data_dir)
            if when == "after it":
                journal.tidy()
            seen = sorted(entry.id for entry in journal.entries())
            if seen != expected:
                wrong.append(f"round {number} {when}: {len(seen)} of {len(expected)} entries")
        shutil.rmtree(data_dir)
    shutil.rmtree(template.parent)
    return {
        "rounds": rounds,
        "entries": len(expected),
        "whole_move_seconds": round(whole, 3),
        "killed_part_way": part_way,
        "wrong_views": wrong,
    }


def main() -> None:
    mode, number = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else int(time.time())
    started = time.perf_counter()
    if mode == "writers":
        result = two_writers(number)
    elif mode.startswith("kill-move"):
        result = move_rounds(number, seed, control=mode == "kill-move-plain")
    elif mode.startswith("kill-import"):
        result = import_rounds(number, seed, control=mode == "kill-import-plain")
    else:
        result = kill_rounds(number, seed, in_place=mode == "kill-in-place")
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["seed"] = seed
    print(json.dumps(result))


if __name__ == "__main__":
    main()
