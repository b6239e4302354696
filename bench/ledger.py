"""The ledger at 10, 1,000, 10,000 and 100,000 entries: views, the capsule caution, logging and
exports, each printed beside its target (issue: the journal tells the truth at any size).

- Views, in a real terminal (tmux, 80x24), from the key to the finished screen: `p` products,
  `c` capsules, `j` the journal and `j` again, `v` pictures, `s` `1` the report, and the guided
  product step. Each is the median of several tries, measured after the zone home has been idle
  (the home reads a long journal in a worker while the person reads it). Target: within
  +100 ms at 100,000 entries against 10.
- The journal's full read, cold, against the raw JSON parse of the same files (target 4x);
  the whole journal's standings read warm, from the ledger cache, against the same parse
  (target 2x), and the cache's size against the journal's (target at most 10%).
- `magtui log capsule` in Red at 100,000 against 10 entries (target 1.2x).
- `magtui log note` against jrnl adding an entry to a plain-text journal of the same size
  (target: no slower, at every size, 1 entry included).
- Exports at 100,000 entries (JSON, Markdown, CSV) against jrnl's JSON and Markdown export of
  the same number of entries (target: at most 0.5x).
- The app's memory with the journal open at 100,000 entries (target: under 200 MB).

Process times are medians of CPU time (user and system) of runs that alternate between the two
sides of a ratio, so machine noise hits both alike; wall time here varies by a third from one
run to the next. jrnl runs from its own virtualenv (`make bench` makes it).

    python bench/ledger.py [SIZE ...]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.journal import SPACING, build_journal, load_time  # noqa: E402
from tests.terminal import TERMINAL_ENV, Terminal  # noqa: E402

SIZES = (10, 1_000, 10_000, 100_000)
VIEW_TARGET = 0.100
CAPSULE_TARGET = 1.2
EXPORT_TARGET = 0.5
COLD_READ_TARGET = 4.0
WARM_READ_TARGET = 2.0
MEMORY_TARGET_MB = 200
TRIES = 5
PROCESS_RUNS = 11
MAGTUI = str(Path(sys.executable).parent / "magtui")
JRNL = ROOT / ".venv-jrnl" / "bin" / "jrnl"
HOME_MARKER = "z Change zone"


def _prepare(folder: Path) -> None:
    """The disclaimer read and the zone Red, as on an ordinary day."""
    (folder / "settings.json").write_text('{"schema_version": 1, "disclaimer_seen": 1}')
    subprocess.run(
        [MAGTUI, "zone", "red", "--data-dir", str(folder)], check=True, capture_output=True
    )


def _idle(pid: int, quiet: float = 0.6, timeout: float = 60.0) -> None:
    """Wait until the process has used no CPU for `quiet` seconds (its worker is done)."""
    stat = Path(f"/proc/{pid}/stat")
    end = time.monotonic() + timeout
    last = None
    since = time.monotonic()
    while time.monotonic() < end:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        used = int(fields[11]) + int(fields[12])
        if used != last:
            last, since = used, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.05)


def _app_pid(folder: Path) -> int:
    pattern = f"--data-dir {folder}"
    found = subprocess.run(["pgrep", "-f", "--", pattern], capture_output=True, text=True)
    for pid in found.stdout.split():
        if Path(f"/proc/{pid}/comm").read_text().startswith(("python", "magtui")):
            return int(pid)
    raise RuntimeError("the app's process was not found")


def _timed(terminal: Terminal, key: str, text: str, timeout: float = 30.0) -> float:
    """Seconds from typing `key` to `text` on the screen."""
    started = time.perf_counter()
    terminal._tmux("send-keys", key)  # without the pause `keys` makes after each key
    end = started + timeout
    while time.perf_counter() < end:
        if text in terminal.screen():
            return time.perf_counter() - started
        time.sleep(0.005)
    raise RuntimeError(f"{text!r} did not appear after {key!r}:\n{terminal.screen()}")


def _back_home(terminal: Terminal) -> None:
    for _ in range(4):
        if HOME_MARKER in terminal.screen():
            return
        terminal.keys("Escape")
        time.sleep(0.2)
    terminal.wait_for(HOME_MARKER)


VIEWS: tuple[tuple[str, tuple[tuple[str, str], ...], str, str], ...] = (
    ("p products", (), "p", "Your products"),
    ("c capsules", (), "c", "1–3 Choose"),
    ("j journal", (), "j", "Everything ·"),
    ("v pictures", (("j", "Everything ·"),), "v", "Zone of each day, last 30 days"),
    ("s report", (("j", "Everything ·"), ("s", "Which days")), "1", "Report of"),
    ("product step", (("1", "Start small"),), "Enter", "Which product?"),
)
"""Name, the keys from the zone home to get there (each with the words to wait for), the timed
key, and the words that say its screen is finished."""


def view_times(folder: Path) -> tuple[dict[str, float], float]:
    """Median seconds of each view, and the app's memory (MB) with the journal open."""
    terminal = Terminal("ledger-bench", (80, 24))
    times: dict[str, list[float]] = {name: [] for name, *_ in VIEWS}
    times["j again"] = []
    memory = 0.0
    try:
        terminal.start([MAGTUI, "--data-dir", str(folder)], TERMINAL_ENV)
        terminal.wait_for("How is your body right now?", timeout=60)
        terminal.keys("Enter")
        terminal.wait_for(HOME_MARKER, timeout=60)
        pid = _app_pid(folder)
        _idle(pid)
        for _ in range(TRIES):
            for name, route, key, text in VIEWS:
                for step, shown in route:
                    terminal.keys(step)
                    terminal.wait_for(shown)
                    _idle(pid, quiet=0.3)
                times[name].append(_timed(terminal, key, text))
                _idle(pid, quiet=0.3)
                if name == "j journal":
                    rss = Path(f"/proc/{pid}/status").read_text().split("VmRSS:")[1]
                    memory = max(memory, int(rss.split()[0]) / 1024)
                    terminal.keys("Escape")
                    terminal.wait_for(HOME_MARKER)
                    times["j again"].append(_timed(terminal, "j", "Everything ·"))
                    _idle(pid, quiet=0.3)
                _back_home(terminal)
                _idle(pid, quiet=0.3)
    finally:
        terminal.stop()
    return {name: statistics.median(found) for name, found in times.items()}, memory


STANDINGS_PROBE = """
import sys, time
from pathlib import Path
import orjson
from magtui.storage.journal import Journal
from magtui.storage.ledger_cache import LedgerCache
folder = Path(sys.argv[1])
LedgerCache(Journal(folder)).standings()  # digests of every part kept, as after any read
started = time.perf_counter()
LedgerCache(Journal(folder)).standings()
warm = time.perf_counter() - started
started = time.perf_counter()
for part in Path(folder, "journal").glob("*/*.json"):
    orjson.loads(part.read_bytes())
print(warm, time.perf_counter() - started)
"""


def warm_standings_time(folder: Path) -> tuple[float, float, float]:
    """The whole journal's standings read from kept digests (median of a few processes), the
    raw JSON parse of the same journal in the same processes, and the cache's share of the
    journal's size."""
    found = [
        [
            float(x)
            for x in subprocess.run(
                [sys.executable, "-c", STANDINGS_PROBE, str(folder)],
                capture_output=True,
                check=True,
                text=True,
            ).stdout.split()
        ]
        for _ in range(5)
    ]
    cache = sum(p.stat().st_size for p in (folder / "ledger").glob("*.json"))
    parts = sum(p.stat().st_size for p in (folder / "journal").glob("*/*.json"))
    return (
        statistics.median(f[0] for f in found),
        statistics.median(f[1] for f in found),
        cache / parts,
    )


def capsule_log_times(small: Path, large: Path) -> tuple[float, float]:
    """Median CPU seconds of `magtui log capsule` in Red on each journal, alternating."""
    command = [MAGTUI, "log", "capsule", "--form", "taurate", "--amount", "1/4"]
    found: tuple[list[float], list[float]] = ([], [])
    for _ in range(PROCESS_RUNS):
        for times, folder in zip(found, (small, large), strict=True):
            times.append(_run([*command, "--data-dir", str(folder)]))
    return statistics.median(found[0]), statistics.median(found[1])


def _jrnl_journal(size: int) -> tuple[Path, dict[str, str]]:
    """A plain-text jrnl journal of `size` entries, and the environment that points jrnl at it."""
    home = Path(tempfile.mkdtemp(prefix=f"jrnl-bench-{size}-"))
    journal = home / "journal.txt"
    start = datetime(2026, 11, 30, 12, 0) - SPACING * size
    with journal.open("w", encoding="utf-8") as out:
        for number in range(size):
            at = start + SPACING * number
            out.write(f"[{at:%Y-%m-%d %H:%M}] Slept badly; tried the spray on my calves.\n\n")
    config = home / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals: {{default: {{journal: {journal}}}}}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\n"
        "version: v4.6\n"
    )
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home)}
    _run([str(JRNL), "--config-file", str(config), "-n", "1"], env)  # jrnl updates its config once
    return config, env


def _run(command: list[str], env: dict[str, str] | None = None) -> float:
    """CPU seconds (user and system) of one whole process: steadier than wall time here."""
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} failed")
    return usage.ru_utime + usage.ru_stime


def note_times(folder: Path, size: int) -> tuple[float, float]:
    """Median seconds of `magtui log note` and of jrnl adding one entry, alternating."""
    config, env = _jrnl_journal(size)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(PROCESS_RUNS):
        ours.append(_run([MAGTUI, "log", "note", "--note", "bench", "--data-dir", str(folder)]))
        theirs.append(_run([str(JRNL), "--config-file", str(config), "bench entry"], env))
    return statistics.median(ours), statistics.median(theirs)


def export_times(folder: Path, size: int) -> dict[str, tuple[float, float]]:
    """Each magtui export beside jrnl's nearest one (JSON beside JSON, the rest beside
    Markdown), medians of alternating runs."""
    config, env = _jrnl_journal(size)
    found: dict[str, tuple[float, float]] = {}
    for ours, theirs in (("json", "json"), ("md", "markdown"), ("csv", "markdown")):
        mine: list[float] = []
        jrnl: list[float] = []
        for _ in range(3):
            mine.append(_run([MAGTUI, "export", "--format", ours, "--data-dir", str(folder)]))
            jrnl.append(_run([str(JRNL), "--config-file", str(config), "--export", theirs], env))
        found[ours] = (statistics.median(mine), statistics.median(jrnl))
    return found


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISS"


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or list(SIZES)
    if not JRNL.exists():
        raise SystemExit(f"jrnl is not installed at {JRNL.relative_to(ROOT)}; run make bench")
    print("ledger benchmark (views: tmux 80x24, median of", TRIES, "tries after the home is idle)")
    views: dict[int, dict[str, float]] = {}
    memory: dict[int, float] = {}
    folders: dict[int, Path] = {}
    for size in sizes:
        folders[size] = build_journal(size)
        _prepare(folders[size])
        views[size], memory[size] = view_times(folders[size])
    names = list(views[sizes[0]])
    print(f"{'entries':>8} " + " ".join(f"{name:>13}" for name in names) + f" {'RSS MB':>7}")
    for size in sizes:
        row = " ".join(f"{views[size][name] * 1e3:>11.0f}ms" for name in names)
        print(f"{size:>8} {row} {memory[size]:>7.0f}")
    smallest, largest = sizes[0], sizes[-1]
    for name in names:
        extra = views[largest][name] - views[smallest][name]
        print(
            f"  {name}: +{extra * 1e3:.0f} ms at {largest:,} against {smallest:,} "
            f"(target +{VIEW_TARGET * 1e3:.0f} ms) {_mark(extra <= VIEW_TARGET)}"
        )
    print(
        f"  memory with the journal open at {largest:,}: {memory[largest]:.0f} MB "
        f"(target {MEMORY_TARGET_MB} MB) {_mark(memory[largest] < MEMORY_TARGET_MB)}"
    )
    load, _, _, parse = load_time(folders[largest])
    print(
        f"  full read, cold, at {largest:,}: {load * 1e3:.0f} ms, {load / parse:.2f}x the raw "
        f"JSON parse (target {COLD_READ_TARGET}x) {_mark(load / parse <= COLD_READ_TARGET)}"
    )
    warm, warm_parse, share = warm_standings_time(folders[largest])
    print(
        f"  standings from the kept ledger cache at {largest:,}: {warm * 1e3:.0f} ms, "
        f"{warm / warm_parse:.2f}x the raw JSON parse (target {WARM_READ_TARGET}x) "
        f"{_mark(warm / warm_parse <= WARM_READ_TARGET)}; cache {share:.1%} of the journal's "
        f"size (target at most 10%) {_mark(share <= 0.10)}"
    )
    small, large = capsule_log_times(folders[smallest], folders[largest])
    print(
        f"  magtui log capsule in Red: {small:.3f} s at {smallest:,}, {large:.3f} s at "
        f"{largest:,}: {large / small:.2f}x (target {CAPSULE_TARGET}x) "
        f"{_mark(large / small <= CAPSULE_TARGET)}"
    )
    for size in (1, *sizes):
        folder = folders.get(size) or build_journal(size)
        ours, theirs = note_times(folder, size)
        print(
            f"  magtui log note at {size:,}: {ours:.3f} s, jrnl {theirs:.3f} s: "
            f"{ours / theirs:.2f}x (target 1.00x) {_mark(ours <= theirs)}"
        )
    for kind, (ours, theirs) in export_times(folders[largest], largest).items():
        print(
            f"  export {kind} at {largest:,}: {ours:.2f} s, jrnl {theirs:.2f} s: "
            f"{ours / theirs:.2f}x (target {EXPORT_TARGET}x) "
            f"{_mark(ours / theirs <= EXPORT_TARGET)}"
        )
    for folder in folders.values():
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
