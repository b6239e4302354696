"""Drives magtui in a real terminal (tmux): type keys, read the screen, record what it writes.

Each Terminal has its own tmux server, named for this process and a random part, so two test
runs at once (or two xdist workers) never touch each other's sessions, or a person's own tmux.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

ATTACH_SECONDS = 0.3
"""How long a started command waits, so recording can begin before its first byte."""
STARTS = 5
"""Tries at starting a session: one started as the last server is still exiting is lost."""


class Terminal:
    """One detached tmux session on a private socket."""

    def __init__(self, name: str, size: tuple[int, int] = (80, 24)) -> None:
        if shutil.which("tmux") is None:
            raise RuntimeError(
                "tmux is needed for the real-terminal tests; `make test` installs it"
            )
        # A Unix socket path is limited to about 100 bytes, so the name is cut short.
        self.socket = f"magtui-{os.getpid()}-{uuid.uuid4().hex[:8]}-{name}"[:60]
        self.size = size
        self.recording: Path | None = None

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False
        )
        return result.stdout

    def start(self, command: list[str], env: dict[str, str], record: Path | None = None) -> None:
        """Start `command`; with `record`, every byte it writes goes to that file as well."""
        self.stop()
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        wait = f"sleep {ATTACH_SECONDS}; " if record else ""
        # COLUMNS and LINES from the test process would override the pane's real size.
        line = (
            f"{wait}env -u COLUMNS -u LINES {exports} {shlex.join(command)}; "
            "echo '[exited '$?']'; sleep 600"
        )
        width, height = self.size
        for _ in range(STARTS):
            self._tmux("new-session", "-d", "-x", str(width), "-y", str(height), line)
            if self._has_session():
                break
            time.sleep(0.1)  # the server killed just before was still going away: start again
        self.recording = record
        if record is not None:
            record.write_bytes(b"")
            self._tmux("pipe-pane", "-o", f"cat >> {shlex.quote(str(record))}")

    def _has_session(self) -> bool:
        found = subprocess.run(["tmux", "-L", self.socket, "has-session"], capture_output=True)
        return found.returncode == 0

    def screen(self, *, colours: bool = False) -> str:
        return self._tmux("capture-pane", "-p", *(["-e"] if colours else []))

    def keys(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", key)
            time.sleep(0.15)

    def resize(self, width: int, height: int) -> None:
        self._tmux("resize-window", "-x", str(width), "-y", str(height))

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear; the screen is:\n{self.screen()}")

    def settle(self, quiet: float = 0.5, timeout: float = 10.0) -> str:
        """Wait until the screen has not changed for `quiet` seconds: the screen is 'settled'."""
        deadline = time.monotonic() + timeout
        last, since = self.screen(), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now = self.screen()
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return now
        raise AssertionError(f"the screen never settled; it is:\n{last}")

    def idle_bytes(self, seconds: float, log: Path) -> int:
        """Bytes the program writes to the terminal while nobody types."""
        if self.recording is not None:
            before = self.recording.stat().st_size
            time.sleep(seconds)
            return self.recording.stat().st_size - before
        log.write_bytes(b"")
        self._tmux("pipe-pane", "-o", f"cat >> {shlex.quote(str(log))}")
        time.sleep(seconds)
        self._tmux("pipe-pane")
        time.sleep(0.1)
        return log.stat().st_size

    def write_times(self, seconds: float, log: Path) -> list[tuple[float, int]]:
        """When the program wrote to the terminal, and how many bytes, for `seconds`.

        Each read of the pane's output is stamped as it arrives, so separate screen updates
        can be told apart by the quiet between them.
        """
        log.write_bytes(b"")
        stamper = (
            "import os,sys,time\n"
            "while (chunk := os.read(0, 65536)):\n"
            "    print(time.monotonic(), len(chunk), flush=True)"
        )
        command = (
            f"{shlex.quote(sys.executable)} -c {shlex.quote(stamper)} >> {shlex.quote(str(log))}"
        )
        self._tmux("pipe-pane", "-o", command)
        time.sleep(seconds)
        self._tmux("pipe-pane")
        time.sleep(0.2)
        stamps = [line.split() for line in log.read_text().splitlines()]
        return [(float(at), int(size)) for at, size in stamps]

    def stop(self) -> None:
        self._tmux("kill-server")


def updates(writes: list[tuple[float, int]], gap: float = 0.3) -> list[float]:
    """The moments the screen was updated: writes closer together than `gap` are one update.

    One update can reach the pane in several pieces on a busy machine; the timer's updates are
    a second apart, so a gap of 0.3 s still tells them apart."""
    moments: list[float] = []
    last = float("-inf")
    for at, _ in writes:
        if at - last > gap:
            moments.append(at)
        last = at
    return moments


TERMINAL_ENV = {"TERM": "xterm-256color", "COLORTERM": "truecolor"}


def magtui_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "magtui", "--data-dir", str(data_dir), *args]


def past_first_start(data_dir: Path, zone: str = "red", settings: str = "") -> None:
    """A data folder as on an ordinary day: a zone set, the disclaimer read, `settings` added."""
    subprocess.run(magtui_command(data_dir, "zone", zone), check=True, capture_output=True)
    extra = f", {settings}" if settings else ""
    (data_dir / "settings.json").write_text(f'{{"schema_version": 1, "disclaimer_seen": 1{extra}}}')
