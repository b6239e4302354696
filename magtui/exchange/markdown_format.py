"""The Markdown export: the journal as a plain, dated list to print or show a clinician."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from magtui.domain import entry_words
from magtui.domain.entries import Entry

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|])")


def escape(text: str) -> str:
    """Typed text shown as typed, never read as Markdown formatting or HTML."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", " / ")


def describe(entry: Entry) -> str:
    """One line saying what happened, in words, without the time; typed text escaped."""
    return entry_words.describe(entry, escape)


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
