"""`magtui zone [green|yellow|red] [--at WHEN]`: show or set the zone, in the app's journal.

`--at` back-dates a check-in for a day the person did not check in on; it joins the zone of
each day, and is the current zone only if no check-in came after it.
"""

from __future__ import annotations

from pathlib import Path

from magtui.commands.output import complain, say
from magtui.domain.clock import system_clock
from magtui.domain.when import WhenError, describe_when, parse_when
from magtui.domain.zones import Zone
from magtui.storage.check_ins import record_zone
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal


def run_zone(data_dir: Path, zone_name: str | None, at_text: str | None = None) -> int:
    """`magtui zone`: without a zone, the one in force; with one, a check-in now (or `--at`
    earlier), unless that zone is already the one in force."""
    now = system_clock()
    if at_text is not None and zone_name is None:
        complain("--at goes with a zone, for example: magtui zone red --at '2d ago'.")
        return 2
    try:
        at = parse_when(at_text, now) if at_text is not None else now
    except WhenError as error:
        complain(f"--at {error}")
        return 2
    try:
        journal = Journal(data_dir)
        latest = journal.latest_zone()
        if journal.notice:
            complain(journal.notice)
        if zone_name is None:
            if latest is None:
                say("No zone set yet. Set one with: magtui zone green, yellow or red.")
            else:
                say(f"{latest.zone.label}, set {describe_when(latest.at, now)}.")
            return 0
        zone = Zone(zone_name)
        recorded = record_zone(journal, zone, now, at=at)
        if recorded is None and latest is not None:
            say(f"Still {zone.label}, set {describe_when(latest.at, now)}.")
            return 0
    except StorageError as error:
        complain(str(error))
        return 1
    if at_text is None:
        say(f"Zone set to {zone.label}.")
    else:
        say(f"Zone {zone.label} recorded from {describe_when(at, now)}.")
    return 0
