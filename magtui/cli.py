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
from typing import TYPE_CHECKING, Any, NoReturn

from magtui import __version__
from magtui.cli_export import add_export
from magtui.domain.themes import ThemeName
from magtui.domain.vocabulary import TopicalMethod
from magtui.domain.zones import Zone

if TYPE_CHECKING:
    from magtui.domain.opening import Opening

TIME_SCALE_VARIABLE = "MAGTUI_TIME_SCALE"


class _Parser(argparse.ArgumentParser):
    """Bad arguments get one sentence and exit status 2, never a usage dump."""

    def error(self, message: str) -> NoReturn:
        sentence = message[0].upper() + message[1:]
        self.exit(2, f"magtui: {sentence.rstrip('.')}. Try 'magtui --help'.\n")


APP_OPTIONS = ("--data-dir", "--theme")
"""The options that open the app; on their own they need no subcommands parsed."""


def opens_the_app_only(argv: Sequence[str]) -> bool:
    """True when `argv` is only `--data-dir DIR` and `--theme NAME`, in either spelling.

    Then the app is opened with a parser that has no subcommands, which saves building them on
    every start; anything else (a command, --help, a mistake) gets the whole parser.
    """
    index = 0
    while index < len(argv):
        option, equals, _ = argv[index].partition("=")
        if option not in APP_OPTIONS:
            return False
        index += 1 if equals else 2
    return index == len(argv)


def _build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """Every command, option and help line. Without `with_commands` only the options that open the
    app are known, so a bare `magtui` does not build the subcommands it will not use."""
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
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    zone = commands.add_parser(
        "zone", parents=[common], help="show your zone, or set it: magtui zone red"
    )
    zone.add_argument(
        "zone", nargs="?", choices=[z.value for z in Zone], help="green, yellow or red"
    )
    zone.add_argument(
        "--at",
        metavar="WHEN",
        help="when it began, for a day you did not check in: 2d ago or 2026-11-22T08:00",
    )
    commands.add_parser(
        "check", parents=[common], help="check the guidance files and your data folder"
    )
    _add_log(commands, common)
    add_export(commands, common)
    session = commands.add_parser(
        "session", parents=[common], help="open the app straight into a guided session"
    )
    session.add_argument(
        "method",
        choices=[m.value for m in TopicalMethod],
        metavar="METHOD",
        help="soak, spray, cream or balm",
    )
    session.add_argument(
        "--minutes",
        type=int,
        metavar="N",
        help=(
            "minutes the timer runs (default: a soak's shortest time in the guidance; a cream,"
            " spray or balm, which the guidance gives no time, starts at the first number of its"
            " 'absorbs through skin within' window)"
        ),
    )
    merge = commands.add_parser(
        "import", parents=[common], help="merge a JSON export into your journal"
    )
    merge.add_argument("file", metavar="FILE", type=Path, help="a file made by magtui export")
    return parser


def _add_log(commands: Any, common: argparse.ArgumentParser) -> None:
    """`magtui log METHOD ...`: each option a field of one entry, named as the journal names it;
    the values are checked later, by `LogRequest`."""
    from magtui.domain.vocabulary import CapsuleForm, ReactionKind

    log = commands.add_parser(
        "log",
        parents=[common],
        help="add a journal entry: magtui log soak --minutes 5 --reaction none",
    )
    log.add_argument("method", metavar="METHOD", help="soak, spray, cream, balm, capsule or note")
    log.add_argument("--at", default="now", metavar="WHEN", help="now, 15m ago, 2h ago or ISO")
    log.add_argument("--product", metavar="P", help="what you used (for capsules, its name)")
    log.add_argument(
        "--amount", metavar="X", help="how much; for capsules a fraction such as 1/4 or 1/2"
    )
    log.add_argument("--area", metavar="A", help="where on the body")
    log.add_argument("--dilution", metavar="D", help="for a spray, e.g. 1:1 with water")
    log.add_argument("--minutes", type=int, metavar="N", help="how long it lasted")
    log.add_argument("--seconds", type=int, metavar="N", help="how long it lasted, in seconds")
    log.add_argument("--form", metavar="F", help=f"capsule form: {', '.join(CapsuleForm)}")
    log.add_argument("--mg", type=float, metavar="N", help="milligrams of magnesium")
    log.add_argument("--food", metavar="with|without", help="for capsules: taken with food or not")
    log.add_argument("--zone", choices=[z.value for z in Zone], help="default: your current zone")
    log.add_argument(
        "--reaction",
        metavar="R",
        help=f"one of {', '.join(ReactionKind)}; unsure: a reaction you cannot name, "
        "dont-know: you do not know yet whether there was one",
    )
    log.add_argument("--severity", type=int, metavar="N", help="0 (none) to 3 (strong)")
    log.add_argument(
        "--relief", metavar="D,D", help="domains with relief, e.g. pain,sensory (reaction or note)"
    )
    log.add_argument("--note", metavar="TEXT", help="anything else, in your own words")
    log.add_argument("--quiet", action="store_true", help="print only the id of each entry saved")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for the console script and `python -m magtui`."""
    from magtui.commands.output import OutputFailed, output_failed
    from magtui.commands.stopping import Stopped, stop_on_signals, stopped

    try:
        with stop_on_signals():
            return _main(argv)
    except OutputFailed as error:
        return output_failed(error)
    except Stopped as stop:
        return stopped(stop.signum)


def _main(argv: Sequence[str] | None) -> int:
    """Read the arguments, check the data folder and the clock, then run the one command asked for;
    its exit status is returned (0 done, 1 the data folder failed, 2 the arguments will not do)."""
    given = sys.argv[1:] if argv is None else list(argv)
    arguments = _build_parser(with_commands=not opens_the_app_only(given)).parse_args(given)
    # magtui uses no pydantic plugins; skipping their discovery scan saves ~20 ms per start.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from magtui.storage.location import not_a_folder, resolve_data_dir

    data_dir = resolve_data_dir(getattr(arguments, "data_dir", None))
    problem = not_a_folder(data_dir) or _wrong_clock(arguments)
    if problem:
        from magtui.commands.output import complain

        complain(problem)
        return 1
    if arguments.command == "zone":
        from magtui.commands.zone import run_zone

        return run_zone(data_dir, arguments.zone, arguments.at)
    if arguments.command == "check":
        from magtui.commands.check import run_check

        return run_check(data_dir)
    if arguments.command == "log":
        from magtui.commands.log import run_log
        from magtui.commands.log_request import LogRequest

        fields = {name: getattr(arguments, name) for name in LogRequest.__dataclass_fields__}
        return run_log(data_dir, LogRequest(**fields), quiet=arguments.quiet)
    if arguments.command == "export":
        from magtui.commands.export import run_export
        from magtui.commands.report import ReportOptions

        return run_export(
            data_dir,
            arguments.format,
            arguments.output,
            arguments.since,
            history=arguments.history,
            report=ReportOptions(arguments.until, arguments.paper),
        )
    if arguments.command == "import":
        from magtui.commands.merge import run_import

        return run_import(data_dir, arguments.file)
    opening = None
    if arguments.command == "session":
        from magtui.domain.entries import MINUTES_LIMIT
        from magtui.domain.opening import Opening

        if arguments.minutes is not None and arguments.minutes < 1:
            return _refuse("--minutes must be a whole number more than 0.")
        if arguments.minutes is not None and arguments.minutes > MINUTES_LIMIT:
            return _refuse("--minutes is longer than magtui can log as one session.")
        opening = Opening(TopicalMethod(arguments.method), arguments.minutes)
    scale = _time_scale(os.environ.get(TIME_SCALE_VARIABLE, ""))
    if scale is None:
        return _refuse(
            f"{TIME_SCALE_VARIABLE} must be a number from 1 to 3600; "
            "unset it for timers in real time."
        )
    return _run_app(data_dir, arguments.theme, opening, scale)


def _wrong_clock(arguments: argparse.Namespace) -> str | None:
    """A command that writes stamps entries with this machine's clock: it must be in range."""
    from magtui.domain import clock
    from magtui.domain.time_range import RANGE_WORDS, in_range

    reads_only = arguments.command in ("check", "export") or (
        arguments.command == "zone" and arguments.zone is None
    )
    now = clock.system_clock()
    if reads_only or in_range(now):
        return None
    return (
        f"This machine's clock says {now:%Y-%m-%d}, which is not {RANGE_WORDS}; "
        "set the clock right, then try again."
    )


def _time_scale(text: str) -> float | None:
    """1 when unset; None when it is not a number the timer can count with."""
    from magtui.domain.time_scale import FASTEST_SCALE, SLOWEST_SCALE

    if not text.strip():
        return 1.0
    try:
        scale = float(text)
    except ValueError:
        return None
    return scale if SLOWEST_SCALE <= scale <= FASTEST_SCALE else None


def _refuse(sentence: str) -> int:
    from magtui.commands.output import complain

    complain(sentence)
    return 2


def _run_app(data_dir: Path, theme: str | None, opening: Opening | None, scale: float) -> int:
    from magtui.commands.launch import launch_app

    return launch_app(data_dir, ThemeName(theme) if theme else None, opening, scale)


if __name__ == "__main__":
    sys.exit(main())
