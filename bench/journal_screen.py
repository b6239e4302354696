"""The journal screen at 10, 1,000, 10,000 and 100,000 entries.

Targets (issue: the journal in the app):
- first rows readable: under 300 ms more at 100,000 entries than at 10 (the newest months are
  read first; the rest in a worker);
- a key that moves the cursor, applies a filter or finds text: the screen updated within 50 ms
  at the 95th percentile at 100,000 entries, measured with Pilot and in a real terminal;
- loading everything in the worker: within 2x the raw JSON parse of the same files;
- memory of the app with the journal open and fully read: under 200 MB.

Each size runs in a fresh process (Pilot, 80x24, the default theme). The real-terminal figure
stamps every write the app makes to a tmux pane and times each key from just before tmux is
told to type it to the first byte of the answer.

    python bench/journal_screen.py [SIZE ...]
"""

from __future__ import annotations

import json
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.journal import build_journal, percentile  # noqa: E402
from tests.terminal import Terminal  # noqa: E402

SIZES = (10, 1_000, 10_000, 100_000)
FIRST_ROWS_TARGET = 0.300
KEY_TARGET = 0.050
LOAD_RATIO_TARGET = 2.0
MEMORY_TARGET_MB = 200
TERMINAL_KEYS = 60

PROBE = """
import asyncio, gc, json, resource, sys, time
from pathlib import Path
import orjson
from magtui.commands.launch import create_app
from magtui.content import load_content
from magtui.domain.clock import system_clock
from magtui.domain.settings import Settings
from magtui.storage.journal import Journal
from magtui.storage.settings_store import SettingsStore

folder = Path(sys.argv[1])
started = time.perf_counter()
store = SettingsStore(folder)
settings = Settings(disclaimer_seen=1)
app = create_app(settings=settings, settings_store=store, journal=Journal(folder),
                 guidance=load_content(), clock=system_clock)

async def go(pilot, *keys):
    before = time.perf_counter()
    await pilot.press(*keys)
    await pilot.pause()
    return time.perf_counter() - before

async def main():
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        pressed = time.perf_counter()
        await pilot.press("j")
        screen = app.screen
        while not screen.entry_list.rows:
            await asyncio.sleep(0.001)
        await pilot.pause()
        first_rows = time.perf_counter() - pressed
        from_launch = time.perf_counter() - started
        await app.workers.wait_for_complete()
        await pilot.pause()
        moves = [await go(pilot, "down") for _ in range(150)]
        moves += [await go(pilot, "pagedown") for _ in range(30)]
        filters = []
        for number in range(12):
            await pilot.press("f", "k")
            filters.append(await go(pilot, str(1 + number % 9)))
            filters.append(await go(pilot, "a"))
        finds = []
        for word in ("calm", "slept", "spray", "zzz", "3am", "warm", "lights", "feet") * 2:
            await pilot.press("slash", *word)
            finds.append(await go(pilot, "enter"))
            await pilot.press("a")
        memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        count = len(screen.entry_list.rows)
    gc.disable()
    parse_started = time.perf_counter()
    for part in Path(folder, "journal").glob("*.json"):
        orjson.loads(part.read_bytes())
    parse = time.perf_counter() - parse_started
    journal = Journal(folder)
    load_started = time.perf_counter()
    from magtui.domain.history import history_of
    history_of(journal.entries())
    load = time.perf_counter() - load_started
    print(json.dumps(dict(first_rows=first_rows, from_launch=from_launch, moves=moves,
                          filters=filters, finds=finds, memory=memory, count=count,
                          parse=parse, load=load)))

asyncio.run(main())
"""


def pilot_figures(folder: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True,
        text=True,
        check=False,
        env={"TERM": "xterm-256color", "COLORTERM": "truecolor", "PATH": "/usr/bin:/bin"},
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    figures: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


STAMPER = (
    "import os,sys,time\n"
    "while (chunk := os.read(0, 65536)):\n"
    "    print(time.monotonic(), len(chunk), flush=True)"
)


def terminal_key_times(folder: Path) -> list[float]:
    """Down pressed in a real terminal: from the moment tmux is told to the first byte back."""
    terminal = Terminal("bench-journal")
    log = folder.parent / f"{folder.name}-writes.log"
    env = {"TERM": "xterm-256color", "COLORTERM": "truecolor"}
    try:
        magtui = [sys.executable, "-m", "magtui", "--data-dir", str(folder)]
        terminal.start(magtui, env)
        terminal.wait_for("Now:", timeout=30)
        terminal.keys("Enter")
        terminal.wait_for("Zone home", timeout=30)
        terminal.keys("j")
        terminal.wait_for("entries", timeout=30)
        deadline = time.monotonic() + 60
        while "reading older" in terminal.screen() and time.monotonic() < deadline:
            time.sleep(0.2)
        log.write_bytes(b"")
        command = (
            f"{shlex.quote(sys.executable)} -c {shlex.quote(STAMPER)} >> {shlex.quote(str(log))}"
        )
        terminal._tmux("pipe-pane", "-o", command)
        time.sleep(0.5)
        times = []
        for _ in range(TERMINAL_KEYS):
            seen = len(log.read_text().splitlines())
            sent = time.monotonic()
            terminal._tmux("send-keys", "Down")
            answered = None
            while answered is None and time.monotonic() - sent < 2:
                lines = log.read_text().splitlines()[seen:]
                stamps = [float(line.split()[0]) for line in lines if line.strip()]
                later = [stamp for stamp in stamps if stamp >= sent]
                answered = min(later) if later else None
                time.sleep(0.002)
            times.append((answered or sent + 2) - sent)
            time.sleep(0.05)
        return times
    finally:
        terminal.stop()
        log.unlink(missing_ok=True)


def verdict(ok: bool) -> str:
    return "meets" if ok else "MISSES"


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or list(SIZES)
    print(
        "journal screen benchmark (Pilot at 80x24 in a fresh process per size; keys: "
        "150 Down, 30 PgDn, 24 filters, 16 finds; memory: peak of that process)"
    )
    print(
        f"{'entries':>8} {'first rows':>10} {'launch':>8} {'move p95':>9} {'filter p95':>10} "
        f"{'find p95':>9} {'load all':>9} {'json':>7} {'ratio':>6} {'peak MB':>8}"
    )
    first_rows_at: dict[int, float] = {}
    keys_at_largest: list[float] = []
    ratio = memory = 0.0
    folders = []
    for size in sizes:
        folder = build_journal(size)
        folders.append(folder)
        figures = pilot_figures(folder)
        moves, filters, finds = (
            [float(x) for x in figures[key]]  # type: ignore[attr-defined]
            for key in ("moves", "filters", "finds")
        )
        first_rows_at[size] = float(figures["first_rows"])  # type: ignore[arg-type]
        parse, load = float(figures["parse"]), float(figures["load"])  # type: ignore[arg-type]
        ratio = load / parse
        memory = int(figures["memory"]) / 1e6  # type: ignore[call-overload]
        keys_at_largest = moves + filters + finds
        print(
            f"{size:>8} {first_rows_at[size] * 1e3:>8.0f}ms "
            f"{float(figures['from_launch']):>7.2f}s "  # type: ignore[arg-type]
            f"{percentile(moves, 0.95) * 1e3:>7.1f}ms {percentile(filters, 0.95) * 1e3:>8.1f}ms "
            f"{percentile(finds, 0.95) * 1e3:>7.1f}ms {load * 1e3:>7.0f}ms {parse * 1e3:>5.0f}ms "
            f"{ratio:>5.2f}x {memory:>8.0f}",
            flush=True,
        )
    largest = max(sizes)
    extra = first_rows_at[largest] - first_rows_at[min(sizes)]
    print(
        f"first rows at {largest:,}: {extra * 1e3:+.0f} ms against {min(sizes):,} entries "
        f"(target under +{FIRST_ROWS_TARGET * 1e3:.0f} ms): {verdict(extra < FIRST_ROWS_TARGET)}"
    )
    p95 = percentile(keys_at_largest, 0.95)
    print(
        f"keys at {largest:,} (Pilot): p95 {p95 * 1e3:.1f} ms "
        f"(target {KEY_TARGET * 1e3:.0f} ms): {verdict(p95 <= KEY_TARGET)}"
    )
    terminal = terminal_key_times(folders[-1])
    p95 = percentile(terminal, 0.95)
    print(
        f"Down at {largest:,} in a real terminal: median {statistics.median(terminal) * 1e3:.1f}"
        f" ms, p95 {p95 * 1e3:.1f} ms (target {KEY_TARGET * 1e3:.0f} ms): "
        f"{verdict(p95 <= KEY_TARGET)}"
    )
    print(
        f"load everything at {largest:,}: {ratio:.2f}x the raw JSON parse "
        f"(target {LOAD_RATIO_TARGET:.0f}x): {verdict(ratio <= LOAD_RATIO_TARGET)}"
    )
    print(
        f"memory with the journal open at {largest:,}: {memory:.0f} MB "
        f"(target under {MEMORY_TARGET_MB} MB): {verdict(memory < MEMORY_TARGET_MB)}"
    )
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
