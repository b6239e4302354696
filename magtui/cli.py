"""The `magtui` command. Only the bare command opens the app; only it imports Textual.

Everything else (`zone`, `check`, `--version`) must start fast, so imports are kept inside the
functions that need them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from magtui import __version__
from magtui.domain.themes import ThemeName
from magtui.domain.zones import Zone


class _Parser(argparse.ArgumentParser):
    """Bad arguments get one sentence and exit status 2, never a usage dump."""

    def error(self, message: str) -> NoReturn:
        sentence = message[0].upper() + message[1:]
        self.exit(2, f"magtui: {sentence.rstrip('.')}. Try 'magtui --help'.\n")


def _build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder for your journal and settings (or set MAGTUI_DATA_DIR)",
    )
    parser = _Parser(
        prog="magtui",
        description="A calm companion for topical and capsule magnesium, zone by zone.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"magtui {__version__}")
    parser.add_argument(
        "--theme",
        choices=[theme.value for theme in ThemeName],
        help="how the app looks; remembered for next time",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    zone = commands.add_parser(
        "zone", parents=[common], help="show your zone, or set it: magtui zone red"
    )
    zone.add_argument(
        "zone", nargs="?", choices=[z.value for z in Zone], help="green, yellow or red"
    )
    commands.add_parser(
        "check", parents=[common], help="check the guidance files and your data folder"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for the console script and `python -m magtui`."""
    arguments = _build_parser().parse_args(argv)
    # magtui uses no pydantic plugins; skipping their discovery scan saves ~20 ms per start.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from magtui.storage.location import resolve_data_dir

    data_dir = resolve_data_dir(getattr(arguments, "data_dir", None))
    if arguments.command == "zone":
        from magtui.commands.zone import run_zone

        return run_zone(data_dir, arguments.zone)
    if arguments.command == "check":
        from magtui.commands.check import run_check

        return run_check(data_dir)
    return _run_app(data_dir, arguments.theme)


def _run_app(data_dir: Path, theme: str | None) -> int:
    from magtui.commands.launch import launch_app

    return launch_app(data_dir, ThemeName(theme) if theme else None)


if __name__ == "__main__":
    sys.exit(main())
