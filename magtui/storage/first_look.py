"""Reads the first screen's data with the standard library alone, for a fast start.

Importing pydantic and validating every guidance file takes about as long as Textual's whole
start-up, so the launcher draws the check-in from this quick read and validates everything in
the background. If anything here looks unusual it returns None, and the launcher falls back to
validating first; the quick read is an optimisation, never a second source of truth.
"""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from magtui.domain.first_look import FirstLook
from magtui.domain.schema import DISCLAIMER_NOT_SEEN, ENTRY_SCHEMA_VERSIONS_READ
from magtui.domain.themes import DEFAULT_THEME, ThemeName
from magtui.domain.zones import Zone, ZoneNow
from magtui.storage.files import StorageError, read_bytes_or_none
from magtui.storage.json_reading import load_json
from magtui.storage.layout import listing
from magtui.storage.names import GUIDED_FILE, JOURNAL_DIR, SETTINGS_FILE
from magtui.storage.transaction import RECORD


def _read_json(path: Path) -> Any:
    raw = read_bytes_or_none(path)  # a regular file only: a pipe here must not stall the start
    return {} if raw is None else load_json(raw)


def _zone_now(data_dir: Path) -> ZoneNow | None:
    """The newest zone check-in from any device, from the newest month that has one."""
    this_month = datetime.now(UTC).strftime("%Y-%m")
    for month, sources in listing(data_dir / JOURNAL_DIR).months.items():
        parts = [source.path for source in sources]
        if month > this_month:
            raise ValueError("entries dated after now: the careful read decides the zone")
        documents = [
            doc
            for part in parts
            for doc in _read_json(part)["entries"].values()
            if doc["kind"] == "zone"
        ]
        if documents:
            newest = max(documents, key=lambda doc: str(doc["id"]))
            if newest["schema_version"] not in ENTRY_SCHEMA_VERSIONS_READ:
                raise ValueError("an entry magtui cannot read quickly")
            at = datetime.fromisoformat(newest["at"])
            if at.tzinfo is None:
                raise ValueError("naive time")
            return ZoneNow(Zone(newest["zone"]), at)
    return None


def _import_unfinished(root: Path) -> bool:
    """Any device's, or the older layout's: the careful read decides what is shown then."""
    return any((folder / RECORD).exists() for folder in (root, *root.glob("*/")))


def read_first_look(assets_dir: Path, data_dir: Path) -> FirstLook | None:
    """The check-in's data, or None when anything is missing or odd (then validate first).

    A guided session left running is unusual too: the careful path loads it before the first
    screen, so the offer to resume is the first thing shown.
    """
    try:
        if (data_dir / GUIDED_FILE).exists() or _import_unfinished(data_dir / JOURNAL_DIR):
            return None  # a session to resume, or an unfinished import to undo first
        zones = tomllib.loads((assets_dir / "zones.toml").read_text(encoding="utf-8"))
        disclaimer = tomllib.loads((assets_dir / "disclaimer.toml").read_text(encoding="utf-8"))
        settings = _read_json(data_dir / SETTINGS_FILE)
        meanings = {Zone(z["id"]): str(z["meaning"]) for z in zones["zones"]}
        if set(meanings) != set(Zone) or not all(meanings.values()):
            return None
        return FirstLook(
            zone_meanings=meanings,
            zone_now=_zone_now(data_dir),
            theme=ThemeName(settings.get("theme", DEFAULT_THEME.value)),
            needs_disclaimer=int(settings.get("disclaimer_seen", DISCLAIMER_NOT_SEEN))
            < int(disclaimer["version"]),
        )
    except (
        OSError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        StorageError,
        tomllib.TOMLDecodeError,
    ):
        return None
