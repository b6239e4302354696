"""A data folder that is not a folder is an error for every command, `check` and the app
included: one sentence, exit 1, and the file in its place left as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.commandline import magtui_in

COMMANDS = [[], ["zone"], ["zone", "red"], ["check"], ["log", "cream"], ["export"], ["import", "x"]]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) or "app" for c in COMMANDS])
@pytest.mark.parametrize("under", [False, True], ids=["the-folder", "a-folder-inside"])
def test_a_file_where_the_data_folder_should_be(
    tmp_path: Path, command: list[str], under: bool
) -> None:
    blocker = tmp_path / "data"
    blocker.write_bytes(b"not a folder")
    data_dir = blocker / "inside" if under else blocker
    done = magtui_in(data_dir, *command)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "is not a folder" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert blocker.read_bytes() == b"not a folder"


def test_the_path_is_shown_with_control_characters_spelled_out(tmp_path: Path) -> None:
    blocker = tmp_path / "da\x1b[31mta"
    blocker.write_bytes(b"")
    done = magtui_in(blocker, "check")
    assert done.returncode == 1
    assert "\x1b" not in done.stderr and "da\\x1b[31mta" in done.stderr


def test_a_named_pipe_is_not_a_folder_either(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    done = magtui_in(pipe, "zone")
    assert done.returncode == 1 and "is not a folder" in done.stderr
