"""The clinician report at 1,000, 10,000 and 100,000 entries: the time to write it and the peak
memory, each printed beside its target (issue: a report to hand to a clinician).

- `magtui export --format pdf --output FILE` (the last 30 days), a whole process from start to
  the file on disk: the median of wall and CPU time (user and system) over runs. Target: under
  1 s at 100,000 entries.
- The same process's peak memory (its largest resident set).
- Beside it, in the same runs, alternating: the Markdown summary of the same journal, which
  reads the same ledger and writes text; the ratio shows what the PDF adds.
- Inside one process: building the ledger, then the report's facts and its page alone, so the
  part the PDF costs is seen apart from the journal's read.

    python bench/report.py [SIZE ...]
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.journal import build_journal  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
TARGET_SECONDS = 1.0
RUNS = 7
MAGTUI = str(Path(sys.executable).parent / "magtui")


def _child_run(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory (MB) of one `magtui` process."""
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: exec, so its own peak memory is counted alone
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)  # "Exported N entries" once a run is not a figure
        os.execv(MAGTUI, [MAGTUI, *args])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"magtui {' '.join(args)} failed")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _in_process(folder: Path) -> tuple[float, float]:
    """CPU seconds to read the journal and build the period's ledger, and to make the report's
    facts and its page from it."""
    from magtui.assets import default_assets_dir
    from magtui.content import load_content
    from magtui.domain.clock import system_clock
    from magtui.domain.history import history_of
    from magtui.domain.report import last_days, period_ledger, report_of
    from magtui.exchange.pdf_report import SeedLines, fonts_in, write_report
    from magtui.storage.journal import Journal

    now = system_clock()
    seed = SeedLines.of(load_content())
    fonts = fonts_in(default_assets_dir())
    period = last_days(now.date(), 30)
    started = time.process_time()
    ledger = period_ledger(history_of(Journal(folder).entries()), period, now.tzinfo)
    built = time.process_time()
    report = report_of(ledger, period)
    write_report(report, seed, fonts, io.BytesIO(), now=now, zone=now.tzinfo)
    return built - started, time.process_time() - built


def measure(size: int) -> None:
    folder = build_journal(size)
    try:
        out = folder / "report.pdf"
        pdf = ["--data-dir", str(folder), "export", "--format", "pdf", "--output", str(out)]
        md = ["--data-dir", str(folder), "export", "--format", "summary", "--output", str(out)]
        _child_run(pdf)  # the first run pays for the byte-compiled files and the disk cache
        runs: dict[str, list[tuple[float, float, float]]] = {"pdf": [], "md": []}
        for _ in range(RUNS):
            runs["pdf"].append(_child_run(pdf))
            runs["md"].append(_child_run(md))
        wall = statistics.median(run[0] for run in runs["pdf"])
        cpu = statistics.median(run[1] for run in runs["pdf"])
        peak = max(run[2] for run in runs["pdf"])
        md_cpu = statistics.median(run[1] for run in runs["md"])
        ledger_cpu, page_cpu = min(_in_process(folder) for _ in range(3))
        verdict = "meets" if wall < TARGET_SECONDS else "MISSES"
        print(
            f"{size:>7} entries: report written in {wall:.2f} s wall, {cpu:.2f} s CPU "
            f"(target < {TARGET_SECONDS:.0f} s at 100,000: {verdict}); peak memory {peak:.0f} MB"
        )
        print(
            f"{'':>17}Markdown summary {md_cpu:.2f} s CPU (pdf/md {cpu / md_cpu:.2f}x); "
            f"in one process: read and ledger {ledger_cpu:.3f} s, the report's facts and "
            f"page {page_cpu:.3f} s"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or list(SIZES)
    print("The clinician report (magtui export --format pdf, the last 30 days)")
    for size in sizes:
        measure(size)


if __name__ == "__main__":
    main()
