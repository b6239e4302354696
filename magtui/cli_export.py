"""The arguments of `magtui export`, kept apart from the rest of the command line.

Standard library only, like `cli.py`: parsing the command line loads nothing it does not use.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_export(commands: Any, common: argparse.ArgumentParser) -> None:
    """`magtui export`: its format, where it goes, and the days it covers."""
    export = commands.add_parser(
        "export",
        parents=[common],
        help=(
            "write your journal as JSON, CSV or Markdown, or a one-page summary (Markdown) or"
            " report (PDF) for a clinician"
        ),
    )
    export.add_argument(
        "--format",
        choices=("json", "csv", "md", "summary", "pdf"),
        default="json",
        help="json to move or back up; csv or md to read; summary (Markdown) or pdf: a page for"
        " a clinician",
    )
    export.add_argument(
        "--output", metavar="FILE", type=Path, help="file to write (default: print)"
    )
    export.add_argument(
        "--since",
        metavar="DATE",
        help="only entries from this time on (summary and pdf: the last 30 days)",
    )
    export.add_argument(
        "--until", metavar="DATE", help="pdf only: the report's last day (default: today)"
    )
    export.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="pdf only: the sheet size"
    )
    export.add_argument(
        "--history",
        action="store_true",
        help="every entry ever written, corrections and deletions included",
    )
