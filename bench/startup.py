"""Time from launch to the first screen being readable in a real terminal (tmux).

magtui and a bare one-line Textual app are started alternately in the same run, so machine noise
hits both alike; the figure that matters is the ratio of their medians (target: at most 1.25).

magtui's modules are byte-compiled first, as `pip install` does: Textual's already are, and with
PYTHONDONTWRITEBYTECODE set (as on some machines) magtui would otherwise be compiled from source
on every start, which no installed copy ever is.
"""

from __future__ import annotations

import compileall
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.terminal import Terminal  # noqa: E402

ROUNDS = 20
RUNS = 5
TARGET = 1.25
ENV = {"TERM": "xterm-256color", "COLORTERM": "truecolor"}


def time_to_text(terminal: Terminal, command: list[str], text: str) -> float:
    """Seconds from starting `command` until `text` is on the terminal's screen."""
    started = time.perf_counter()
    terminal.start(command, ENV)
    while text not in terminal.screen():
        if time.perf_counter() - started > 30:
            raise RuntimeError(f"{text!r} never appeared:\n{terminal.screen()}")
        time.sleep(0.005)
    elapsed = time.perf_counter() - started
    terminal.stop()
    return elapsed


def prepared_data_dir() -> Path:
    """A data folder past first start: disclaimer read, zone set, as on an ordinary day."""
    folder = Path(tempfile.mkdtemp(prefix="magtui-bench-"))
    magtui = [sys.executable, "-m", "magtui", "--data-dir", str(folder)]
    subprocess.run([*magtui, "zone", "red"], check=True, capture_output=True)
    (folder / "settings.json").write_text('{"schema_version": 1, "disclaimer_seen": 1}')
    return folder


def one_run(terminal: Terminal, magtui: list[str], bare: list[str]) -> float:
    """One run of alternating rounds; prints its medians and returns the ratio of them."""
    magtui_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(ROUNDS):
        bare_times.append(time_to_text(terminal, bare, "bare app ready"))
        magtui_times.append(time_to_text(terminal, magtui, "How is your body right now?"))
    bare_median = statistics.median(bare_times)
    magtui_median = statistics.median(magtui_times)
    ratio = magtui_median / bare_median
    print(
        f"  bare {bare_median:.3f} s (min {min(bare_times):.3f})   "
        f"magtui {magtui_median:.3f} s (min {min(magtui_times):.3f})   ratio {ratio:.2f}x"
    )
    return ratio


def main() -> None:
    compileall.compile_dir(ROOT / "magtui", quiet=1)
    data_dir = prepared_data_dir()
    terminal = Terminal("bench")
    # Launched as people launch it: the console script installed beside this Python.
    magtui = [str(Path(sys.executable).parent / "magtui"), "--data-dir", str(data_dir)]
    bare = [sys.executable, str(ROOT / "bench" / "bare_app.py")]
    time_to_text(terminal, bare, "bare app ready")  # warm the disk cache for both
    time_to_text(terminal, magtui, "How is your body right now?")
    print(f"start-up to first readable screen: {RUNS} runs of {ROUNDS} alternating rounds, tmux")
    ratios = [one_run(terminal, magtui, bare) for _ in range(RUNS)]
    shutil.rmtree(data_dir)
    median = statistics.median(ratios)
    verdict = "meets" if median <= TARGET else "MISSES"
    print(f"  median ratio magtui/bare {median:.2f}x ({verdict} the {TARGET}x target)")


if __name__ == "__main__":
    main()
