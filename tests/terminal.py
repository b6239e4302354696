"""Drives magtui in a real terminal (tmux): type keys, read the screen, count idle output."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import time
from pathlib import Path


class Terminal:
    """One detached tmux session on a private socket, so tests never touch a user's tmux."""

    def __init__(self, name: str, size: tuple[int, int] = (80, 24)) -> None:
        if shutil.which("tmux") is None:
            raise RuntimeError(
                "tmux is needed for the real-terminal tests; `make test` installs it"
            )
        self.socket = f"magtui-test-{name}"
        self.size = size

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False
        )
        return result.stdout

    def start(self, command: list[str], env: dict[str, str]) -> None:
        self.stop()
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        line = f"env {exports} {shlex.join(command)}; echo '[exited '$?']'; sleep 600"
        width, height = self.size
        self._tmux("new-session", "-d", "-x", str(width), "-y", str(height), line)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", key)
            time.sleep(0.15)

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
        log.write_bytes(b"")
        self._tmux("pipe-pane", "-o", f"cat >> {shlex.quote(str(log))}")
        time.sleep(seconds)
        self._tmux("pipe-pane")
        time.sleep(0.1)
        return log.stat().st_size

    def stop(self) -> None:
        self._tmux("kill-server")
