"""The command line: fast commands never load Textual, bad input gets one sentence and exit 2."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from magtui import __version__
from magtui.content import default_assets_dir
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal
from tests.journal_helpers import own_folder


def magtui(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "magtui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


LOADS_TEXTUAL = """
import sys
from magtui.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
for heavy in ("textual", "reportlab"):
    loaded = sorted(name for name in sys.modules if name.split(".")[0] == heavy)
    print(heavy.upper() + ":" + ",".join(loaded), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["zone"],
        ["zone", "red"],
        ["check"],
        ["--version"],
        ["--help"],
        ["log", "soak", "--reaction", "none"],
        ["export", "--format", "csv"],
        ["import", "missing.json"],
    ],
)
def test_fast_commands_load_neither_textual_nor_the_pdf_library(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOADS_TEXTUAL, *args], capture_output=True, text=True, timeout=60
    )
    assert "TEXTUAL:\n" in result.stderr, result.stderr
    assert "REPORTLAB:\n" in result.stderr, result.stderr


def test_only_the_pdf_export_loads_the_pdf_library(tmp_path: Path) -> None:
    """The probe above can see reportlab: the one command that needs it loads it."""
    args = ["--data-dir", str(tmp_path), "export", "--format", "pdf", "--output", "r.pdf"]
    result = subprocess.run(
        [sys.executable, "-c", LOADS_TEXTUAL, *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert "REPORTLAB:reportlab" in result.stderr, result.stderr
    assert "TEXTUAL:\n" in result.stderr, result.stderr


def test_the_check_would_see_textual_if_it_were_loaded() -> None:
    """The probe above can fail: importing the app module is detected."""
    probe = LOADS_TEXTUAL.replace(
        "from magtui.cli import main", "import magtui.ui.app\nfrom magtui.cli import main"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "--version"], capture_output=True, text=True, timeout=60
    )
    assert "TEXTUAL:textual" in result.stderr


def test_version() -> None:
    result = magtui("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"magtui {__version__}"


def test_zone_shows_then_sets_then_keeps(data_dir: Path) -> None:
    assert magtui("zone").stdout.startswith("No zone set yet.")
    assert magtui("zone", "red").stdout.strip() == "Zone set to Red."
    assert magtui("zone").stdout.startswith("Red, set today at ")
    assert magtui("zone", "red").stdout.startswith("Still Red, set today at ")
    latest = Journal(data_dir).latest_zone()
    assert latest is not None and latest.zone is Zone.RED


def test_data_dir_flag_wins_over_the_environment(tmp_path: Path) -> None:
    flagged = tmp_path / "flagged"
    assert magtui("zone", "green", "--data-dir", str(flagged)).returncode == 0
    latest = Journal(flagged).latest_zone()
    assert latest is not None and latest.zone is Zone.GREEN


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["zone", "purple"], "invalid choice: 'purple'"),
        (["--theme", "neon"], "invalid choice: 'neon'"),
        (["fly"], "invalid choice: 'fly'"),
        (["zone", "red", "extra"], "unrecognized arguments: extra"),
        (["--data-dir"], "expected one argument"),
    ],
)
def test_bad_arguments_get_one_sentence_and_exit_2(args: list[str], phrase: str) -> None:
    result = magtui(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert phrase.lower() in lines[0].lower() and lines[0].endswith("Try 'magtui --help'.")


def test_check_passes_on_a_fresh_machine(data_dir: Path) -> None:
    result = magtui("check")
    assert result.returncode == 0, result.stdout
    assert "guidance  ok" in result.stdout and "data      ok" in result.stdout
    assert not data_dir.exists()


def test_check_fails_on_damaged_guidance(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(default_assets_dir(), assets)
    (assets / "capsules.toml").write_text("forms = 3\n")
    result = magtui("check", env={"MAGTUI_ASSETS_DIR": str(assets)})
    assert result.returncode == 1
    assert "guidance  PROBLEM" in result.stdout and "capsules.toml" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_check_reports_a_damaged_journal_and_keeps_it(data_dir: Path) -> None:
    """Found in the layout before devices: moved into this device's folder, then kept aside."""
    (data_dir / "journal").mkdir(parents=True)
    (data_dir / "journal" / "2026-11.json").write_bytes(b"\x00garbage")
    result = magtui("check")
    assert result.returncode == 1
    assert "kept aside" in result.stdout
    kept = list(own_folder(data_dir).glob("2026-11.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00garbage"


def test_the_app_refuses_damaged_guidance_in_one_sentence(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(default_assets_dir(), assets)
    (assets / "zones.toml").unlink()
    result = magtui(env={"MAGTUI_ASSETS_DIR": str(assets)})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "zones.toml is missing" in result.stderr


def test_an_unwritable_data_dir_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = magtui("zone", "red", "--data-dir", str(blocker / "data"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "is not a folder" in result.stderr


def test_the_app_refuses_an_unreadable_data_dir_in_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = magtui("--data-dir", str(blocker / "data"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "is not a folder" in result.stderr


@pytest.mark.parametrize(
    ("argv", "app_only"),
    [
        ([], True),
        (["--data-dir", "/tmp/x"], True),
        (["--data-dir=/tmp/x", "--theme", "soft"], True),
        (["--theme"], False),
        (["--data-dir", "/tmp/x", "zone"], False),
        (["--data"], False),
        (["--help"], False),
        (["zone"], False),
    ],
)
def test_only_app_options_skip_building_the_subcommands(argv: list[str], app_only: bool) -> None:
    from magtui.cli import _build_parser, opens_the_app_only

    assert opens_the_app_only(argv) is app_only
    if app_only:
        light = vars(_build_parser(with_commands=False).parse_args(argv))
        assert light == vars(_build_parser().parse_args(argv)), "both parsers read them alike"
