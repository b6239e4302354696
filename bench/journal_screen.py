"""The journal screen at 10, 1,000, 10,000 and 100,000 entries.

Screen updates are timed where the app hands a finished frame to its driver, so Pilot's own
waiting is left out: "first rows" is from `j` to the first frame showing rows, and a key's time
is to the first frame showing what it did (the key line may be redrawn a frame later; that
figure is printed too).

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
TERMINAL_QUESTIONS = 30
"""Filters and finds in the real terminal, each; the slowest is printed beside the p95."""

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

displayed = []
displayed_rows = []
shown = app._display
def spy(screen, renderable):
    from magtui.ui.features.journal.journal import JournalScreen
    on_journal = isinstance(app.screen, JournalScreen)
    state = (app.screen.filter, app.screen.entry_list.cursor) if on_journal else None
    rows_shown = on_journal and bool(app.screen.entry_list.rows)
    displayed_rows.append(rows_shown)
    displayed.append((time.perf_counter(), state))
    return shown(screen, renderable)
app._display = spy

async def go(pilot, key):
    # From the key sent to (a) the first screen update showing the journal as the key left it
    # (its rows readable), and (b) the last update it caused (a key line redrawn after).
    before, seen = time.perf_counter(), len(displayed)
    await pilot.press(key)
    await pilot.pause()
    updates = displayed[seen:]
    if not updates:
        return None
    final = (app.screen.filter, app.screen.entry_list.cursor)
    rows = next(at for at, state in updates if state == final)
    return rows - before, updates[-1][0] - before

async def main():
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        seen = len(displayed)
        pressed = time.perf_counter()
        await pilot.press("j")  # returns once the app is idle: the worker's read done too
        screen = app.screen
        # The first screen update that showed the journal's rows.
        drawn = next(at for (at, _), rows in zip(displayed[seen:], displayed_rows[seen:]) if rows)
        first_rows = drawn - pressed
        from_launch = drawn - started
        await app.workers.wait_for_complete()
        await pilot.pause()
        moves = [await go(pilot, "down") for _ in range(150)]
        moves += [await go(pilot, "pagedown") for _ in range(30)]
        moves = [m for m in moves if m is not None]  # at the end nothing moves, nothing is drawn
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
    for part in Path(folder, "journal").glob("*/*.json"):
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


def terminal_key_times(folder: Path) -> dict[str, list[float]]:
    """Keys pressed in a real terminal: from the moment tmux is told to the first byte back."""
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

        def answered(*keys: str) -> float:
            """Type `keys`; the time from telling tmux the last one to the first byte back."""
            for key in keys[:-1]:
                terminal._tmux("send-keys", key)
            time.sleep(0.3)
            seen = len(log.read_text().splitlines())
            sent = time.monotonic()
            terminal._tmux("send-keys", keys[-1])
            while time.monotonic() - sent < 2:
                lines = log.read_text().splitlines()[seen:]
                later = [float(line.split()[0]) for line in lines if line.strip()]
                later = [stamp for stamp in later if stamp >= sent]
                if later:
                    time.sleep(0.1)
                    return min(later) - sent
                time.sleep(0.002)
            return 2.0

        times = {"Down": [answered("Down") for _ in range(TERMINAL_KEYS)]}
        times["filter"] = []
        times["find"] = []
        for number in range(TERMINAL_QUESTIONS):
            times["filter"].append(answered("f", "k", str(1 + number % 9)))
            answered("a")
            times["find"].append(answered("/", "calm" if number % 2 else "zzz", "Enter"))
            answered("a")
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
        f"rows shown after a key, p95 by kind of key\n"
        f"{'entries':>8} {'first rows':>10} {'launch':>8} {'move p95':>9} {'filter p95':>10} "
        f"{'find p95':>9} {'load all':>9} {'json':>7} {'ratio':>6} {'peak MB':>8}"
    )
    first_rows_at: dict[int, float] = {}
    keys_at_largest: list[float] = []
    settled_at_largest: list[float] = []
    ratio = memory = 0.0
    folders = []
    for size in sizes:
        folder = build_journal(size)
        # As on an ordinary day: the disclaimer already read.
        (folder / "settings.json").write_text('{"schema_version": 1, "disclaimer_seen": 1}')
        folders.append(folder)
        figures = pilot_figures(folder)
        moves, filters, finds = (
            [float(x[0]) for x in figures[key]]  # type: ignore[attr-defined]
            for key in ("moves", "filters", "finds")
        )
        settled = [
            float(x[1])
            for key in ("moves", "filters", "finds")
            for x in figures[key]  # type: ignore[attr-defined]
        ]
        first_rows_at[size] = float(figures["first_rows"])  # type: ignore[arg-type]
        parse, load = float(figures["parse"]), float(figures["load"])  # type: ignore[arg-type]
        ratio = load / parse
        memory = int(figures["memory"]) / 1e6  # type: ignore[call-overload]
        keys_at_largest = moves + filters + finds
        settled_at_largest = settled
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
        f"keys at {largest:,} (Pilot, rows shown): p95 {p95 * 1e3:.1f} ms "
        f"(target {KEY_TARGET * 1e3:.0f} ms): {verdict(p95 <= KEY_TARGET)}; every update "
        f"done, key line included: p95 {percentile(settled_at_largest, 0.95) * 1e3:.1f} ms"
    )
    for kind, times in terminal_key_times(folders[-1]).items():
        p95 = percentile(times, 0.95)
        print(
            f"{kind} at {largest:,} in a real terminal ({len(times)}): median "
            f"{statistics.median(times) * 1e3:.1f} ms, p95 {p95 * 1e3:.1f} ms, slowest "
            f"{max(times) * 1e3:.0f} ms (target {KEY_TARGET * 1e3:.0f} ms): "
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
