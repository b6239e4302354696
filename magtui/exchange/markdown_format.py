"""The Markdown export: the journal as a plain, dated list to print or show a clinician."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from magtui.domain.entries import (
    CapsuleDose,
    Entry,
    Note,
    Reaction,
    TopicalSession,
    ZoneCheckIn,
)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|])")


def escape(text: str) -> str:
    """Typed text shown as typed, never read as Markdown formatting or HTML."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", " / ")


def _amount(fraction: float) -> str:
    return f"{fraction:g} capsule" + ("" if fraction <= 1 else "s")


def _duration(seconds: int) -> str:
    """'5 min', '1 min 35 s' or '10 s'."""
    minutes, rest = divmod(seconds, 60)
    words = [f"{minutes} min"] if minutes else []
    if rest or not minutes:
        words.append(f"{rest} s")
    return " ".join(words)


def describe(entry: Entry) -> str:
    """One line saying what happened, in words, without the time."""
    parts: list[str]
    if isinstance(entry, ZoneCheckIn):
        parts = [f"Zone: {entry.zone.label}"]
    elif isinstance(entry, TopicalSession):
        parts = [entry.method.value.capitalize()]
        parts += [escape(text) for text in (entry.product, entry.amount, entry.area) if text]
        if entry.dilution:
            parts.append(f"dilution {escape(entry.dilution)}")
        if entry.duration_seconds:
            parts.append(_duration(entry.duration_seconds))
        elif entry.duration_minutes:
            parts.append(f"{entry.duration_minutes} min")
        if entry.zone:
            parts.append(f"in {entry.zone.label}")
    elif isinstance(entry, CapsuleDose):
        parts = [f"Capsule: {entry.form.value}", _amount(entry.fraction)]
        if entry.mg:
            parts.append(f"{entry.mg:g} mg")
        if entry.zone:
            parts.append(f"in {entry.zone.label}")
    elif isinstance(entry, Reaction):
        parts = [f"Reaction: {entry.reaction.value}"]
        if entry.severity is not None:
            parts.append(f"severity {entry.severity} of 3")
        if entry.relief:
            parts.append("relief in " + ", ".join(domain.value for domain in entry.relief))
    else:
        assert isinstance(entry, Note)
        parts = ["Note"]
        if entry.relief:
            parts.append("relief in " + ", ".join(domain.value for domain in entry.relief))
    line = ", ".join(parts)
    if entry.note:
        line += f" — {escape(entry.note)}"
    return line


def write_markdown(months: Iterable[list[Entry]], out: TextIO) -> int:
    """Write the export, a heading for each day; returns how many entries it holds."""
    out.write("# magtui journal\n")
    count = 0
    day_shown = None
    for month in months:
        for entry in month:
            day = entry.at.date()
            if day != day_shown:
                out.write(f"\n## {day.strftime('%A')} {day.day} {day.strftime('%B %Y')}\n\n")
                day_shown = day
            out.write(f"- {entry.at.strftime('%H:%M')} · {describe(entry)}\n")
            count += 1
    if count == 0:
        out.write("\nNo entries.\n")
    return count
