"""Runs `magtui` as a person would from a shell: its own process, one data folder, UTC."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def magtui_in(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "magtui", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TZ": "UTC"},
    )
