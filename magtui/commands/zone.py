"""`magtui zone [green|yellow|red]`: show or set the zone, in the same journal as the app."""

from __future__ import annotations

from pathlib import Path

from magtui.commands.output import complain, say
from magtui.domain.clock import system_clock
from magtui.domain.when import describe_when
from magtui.domain.zones import Zone
from magtui.storage.check_ins import record_zone
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal


def run_zone(data_dir: Path, zone_name: str | None) -> int:
    now = system_clock()
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
        if record_zone(journal, zone, now) is None and latest is not None:
            say(f"Still {zone.label}, set {describe_when(latest.at, now)}.")
            return 0
    except StorageError as error:
        complain(str(error))
        return 1
    say(f"Zone set to {zone.label}.")
    return 0
