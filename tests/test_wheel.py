"""A wheel built from the repo carries the guidance and runs `magtui check` in a fresh venv."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.mark.long
def test_a_built_wheel_installs_and_checks_itself(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = dist.glob("magtui-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        # No byte-compiling of every dependency: the test is that the wheel installs and runs.
        [str(python), "-m", "pip", "install", "--quiet", "--no-compile", str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "MAGTUI_ASSETS_DIR"}}
    env["MAGTUI_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        [str(env_dir / "bin" / "magtui"), "check"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "guidance  ok" in result.stdout
    assert str(env_dir) in result.stdout, "the guidance came from inside the installed wheel"
