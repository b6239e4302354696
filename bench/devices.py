"""A journal spread over three devices against the same entries on one (issue: two devices, one
journal). Target: reading 100,000 entries over 3 devices costs at most 1.1x one device, and
`magtui log` stays flat.

The three-device journal is made as a sync tool leaves it: each device's data folder holds a
third of the entries (every third one, so each month has files from all three), and the other
two devices' folders are copied into the first one's journal folder. Figures, each a ratio of
medians of process CPU time (user and system) of fresh processes alternating between the two
journals, so machine noise hits both alike:

- the whole journal read (every entry validated), after a first read has kept other devices'
  last whole versions (`last_whole`) as any read does;
- the whole journal's standings from the ledger's kept digests;
- `magtui log note` (one entry saved) on each, and on an empty journal.

    python bench/devices.py [SIZE]
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.journal import SPACING, sample_entry  # noqa: E402
from magtui.storage.journal import Journal  # noqa: E402

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
DEVICES = 3
READ_TARGET = 1.1
LOG_TARGET = 1.1
RUNS = 11
LOG_RUNS = 21
MAGTUI = str(Path(sys.executable).parent / "magtui")

READ_PROBE = """
import sys
from pathlib import Path
from magtui.storage.journal import Journal
print(len(Journal(Path(sys.argv[1])).entries()))
"""
STANDINGS_PROBE = """
import sys
from pathlib import Path
from magtui.storage.journal import Journal
from magtui.storage.ledger_cache import LedgerCache
print(len(LedgerCache(Journal(Path(sys.argv[1]))).standings().forms))
"""


def _cpu(command: list[str]) -> tuple[float, str]:
    """CPU seconds (user and system) of one whole process, and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return spent, done.stdout.strip()


def build(size: int) -> tuple[Path, Path]:
    """The same entries on one device, and spread over three as a sync tool leaves them."""
    now = datetime.now().astimezone()
    entries = [sample_entry(n, now - SPACING * (size - n)) for n in range(size)]
    base = Path(tempfile.mkdtemp(prefix="magtui-bench-devices-"))
    one = base / "one"
    Journal(one).merge(entries)
    spread = [base / f"device-{n}" for n in range(DEVICES)]
    for number, data_dir in enumerate(spread):
        Journal(data_dir).merge(entries[number::DEVICES])
    for data_dir in spread[1:]:
        journal = Journal(data_dir)
        shutil.copytree(journal.folder, spread[0] / "journal" / journal.folder.name)
    return one, spread[0]


def _alternating(commands: tuple[list[str], list[str]]) -> tuple[float, float, str, str]:
    found: tuple[list[float], list[float]] = ([], [])
    said = ["", ""]
    for _ in range(RUNS):
        for n, command in enumerate(commands):
            spent, said[n] = _cpu(command)
            found[n].append(spent)
    return statistics.median(found[0]), statistics.median(found[1]), said[0], said[1]


def main() -> None:
    one, three = build(SIZE)
    empty = Path(tempfile.mkdtemp(prefix="magtui-bench-empty-")) / "data"
    try:
        for folder in (one, three):  # as after any earlier read: digests and copies kept
            _cpu([sys.executable, "-c", STANDINGS_PROBE, str(folder)])
            _cpu([sys.executable, "-c", READ_PROBE, str(folder)])
        print(f"journal over {DEVICES} devices against one, {SIZE:,} entries")
        single, spread, n1, n3 = _alternating(
            (
                [sys.executable, "-c", READ_PROBE, str(one)],
                [sys.executable, "-c", READ_PROBE, str(three)],
            )
        )
        ratio = spread / single
        verdict = "meets" if ratio <= READ_TARGET and n1 == n3 else "MISS"
        print(
            f"  whole read: one {single:.2f} s, three {spread:.2f} s CPU ({n1} and {n3} entries) "
            f"= {ratio:.2f}x (target {READ_TARGET}x)  {verdict}"
        )
        single, spread, _, _ = _alternating(
            (
                [sys.executable, "-c", STANDINGS_PROBE, str(one)],
                [sys.executable, "-c", STANDINGS_PROBE, str(three)],
            )
        )
        ratio = spread / single
        print(
            f"  standings from digests: one {single:.3f} s, three {spread:.3f} s CPU "
            f"= {ratio:.2f}x (target {READ_TARGET}x)  {'meets' if ratio <= READ_TARGET else 'MISS'}"
        )
        log = [MAGTUI, "log", "note", "--note", "a line", "--data-dir"]
        times: dict[Path, list[float]] = {empty: [], one: [], three: []}
        for _ in range(LOG_RUNS):  # the three in turn, so noise hits each alike
            for folder, spent in times.items():
                spent.append(_cpu([*log, str(folder)])[0])
        base, single, spread = (statistics.median(times[f]) for f in (empty, one, three))
        ratio = spread / single
        print(
            f"  magtui log: empty {base:.3f} s, one device {single:.3f} s, three devices "
            f"{spread:.3f} s CPU = {ratio:.2f}x one device (target {LOG_TARGET}x)  "
            f"{'meets' if ratio <= LOG_TARGET else 'MISS'}"
        )
    finally:
        shutil.rmtree(one.parent, ignore_errors=True)
        shutil.rmtree(empty.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
