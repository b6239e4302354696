"""Journal speed and memory at 1,000, 10,000 and 100,000 entries.

Each journal holds a realistic mix (zone check-ins, soaks and sprays, capsule doses, reactions
and notes), one entry every 73 minutes, about 20 a day, ending now: 100,000 entries span about
fourteen years. Targets at 100,000: insert p95 under 15 ms, load under 300 ms, `magtui log`
under 0.3 s and at most 1.5x its time on an empty journal, CSV export under 2 s, peak memory
under 200 MB. `magtui log` on the empty and the full journal run alternately, so machine noise
hits both alike.

    python bench/journal.py [SIZE ...]
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from magtui.domain.documents import new_entry  # noqa: E402
from magtui.domain.entries import Entry  # noqa: E402
from magtui.domain.ids import new_entry_id  # noqa: E402
from magtui.storage.journal import Journal  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
SPACING = timedelta(minutes=73)
INSERTS = 200
LOADS = 9
PROCESS_RUNS = 10
MAGTUI = str(Path(sys.executable).parent / "magtui")


SAMPLES: tuple[dict[str, object], ...] = (
    {"kind": "zone", "zone": "yellow"},
    {
        "kind": "topical",
        "method": "soak",
        "product": "Epsom salt",
        "amount": "1 cup",
        "area": "feet",
        "duration_minutes": 20,
        "zone": "yellow",
        "note": "Warm water, lights low; calmer afterwards.",
    },
    {"kind": "capsule", "form": "glycinate", "mg": 100, "fraction": 0.5, "zone": "green"},
    {"kind": "reaction", "reaction": "itch", "severity": 1, "relief": ["pain", "sensory"]},
    {"kind": "note", "note": "Slept badly; tried the spray on my calves at 3am."},
)


def sample_entry(number: int, at: datetime) -> Entry:
    """A realistic mix: every fifth entry of each kind, with typical words in it."""
    fields = SAMPLES[number % len(SAMPLES)]
    return new_entry({**fields, "id": new_entry_id(at), "at": at, "logged_at": at})


def build_journal(size: int) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=f"magtui-bench-{size}-"))
    now = datetime.now().astimezone()
    entries = [sample_entry(n, now - SPACING * (size - n)) for n in range(size)]
    Journal(folder).merge(entries)
    return folder


def percentile(values: list[float], fraction: float) -> float:
    """Nearest rank: the smallest value at least `fraction` of the values are at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def insert_times(folder: Path) -> list[float]:
    """Adding one entry at a time through one open journal, as the app does."""
    journal = Journal(folder)
    journal.tidy()
    times = []
    for number in range(INSERTS):
        now = datetime.now().astimezone()
        entry = sample_entry(number, now)
        started = time.perf_counter()
        journal.add(entry)
        times.append(time.perf_counter() - started)
    return times


LOAD_PROBE = """
import gc, resource, sys, time
from pathlib import Path
import orjson
from magtui.storage.journal import Journal
started = time.perf_counter()
count = len(Journal(Path(sys.argv[1])).entries())
loaded = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
gc.disable()
started = time.perf_counter()
for part in Path(sys.argv[1], "journal").glob("*/*.json"):
    orjson.loads(part.read_bytes())
print(loaded, count, time.perf_counter() - started, peak)
"""


def load_time(folder: Path) -> tuple[float, int, int, float]:
    """All entries read and validated, each time in a fresh process as when magtui starts.

    Timed inside the process, after its imports. Returns the median time, the entry count, the
    largest peak memory of those processes, and the median time the same process then takes
    merely to read and parse the same files as JSON: a yardstick for how fast the machine is
    running at that moment (it varies by half again here from one minute to the next).
    """
    times = []
    yardsticks = []
    count = peak = 0
    for _ in range(LOADS):
        output = subprocess.run(
            [sys.executable, "-c", LOAD_PROBE, str(folder)],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        elapsed, entries, parse_only, memory = output.split()
        times.append(float(elapsed))
        yardsticks.append(float(parse_only))
        count = int(entries)
        peak = max(peak, int(memory))
    return statistics.median(times), count, peak, statistics.median(yardsticks)


def run_process(command: list[str]) -> tuple[float, int]:
    """Wall time and peak memory (bytes) of one whole process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        assert process.stderr is not None
        raise RuntimeError(f"{command} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss * 1024


def log_times(folder: Path, empty: Path) -> tuple[float, float]:
    """Median wall time of `magtui log` on this journal and on an empty one, alternating."""
    full_times: list[float] = []
    empty_times: list[float] = []
    for _ in range(PROCESS_RUNS):
        for target, times in ((empty, empty_times), (folder, full_times)):
            command = [MAGTUI, "log", "note", "--note", "bench", "--data-dir", str(target)]
            times.append(run_process(command)[0])
    return statistics.median(full_times), statistics.median(empty_times)


def export_time(folder: Path) -> tuple[float, int]:
    output = folder.parent / f"{folder.name}.csv"
    runs = [
        run_process(
            [
                MAGTUI,
                "export",
                "--format",
                "csv",
                "--output",
                str(output),
                "--data-dir",
                str(folder),
            ]
        )
        for _ in range(3)
    ]
    return statistics.median(run[0] for run in runs), max(run[1] for run in runs)


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or list(SIZES)
    empty = Path(tempfile.mkdtemp(prefix="magtui-bench-empty-"))
    print(
        f"journal benchmark ({INSERTS} inserts; load: median of {LOADS} fresh processes, timed "
        f"after imports; log: median of {PROCESS_RUNS} alternating with an empty journal; "
        "peak: largest of the load and export processes)"
    )
    header = (
        f"{'entries':>8} {'insert med':>10} {'insert p95':>10} {'load all':>9} {'(json)':>7} "
        f"{'log':>7} {'log empty':>9} {'ratio':>6} {'csv export':>10} {'peak MB':>8}"
    )
    print(header)
    for size in sizes:
        folder = build_journal(size)
        inserts = insert_times(folder)
        load, count, load_memory, parse_only = load_time(folder)
        log_full, log_empty = log_times(folder, empty)
        export, export_memory = export_time(folder)
        peak = max(export_memory, load_memory) / 1e6
        print(
            f"{count:>8} {statistics.median(inserts) * 1e3:>8.1f}ms "
            f"{percentile(inserts, 0.95) * 1e3:>8.1f}ms {load * 1e3:>7.0f}ms "
            f"{parse_only * 1e3:>5.0f}ms "
            f"{log_full:>6.3f}s {log_empty:>8.3f}s {log_full / log_empty:>5.2f}x "
            f"{export:>9.2f}s {peak:>8.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
