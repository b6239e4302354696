"""The Markdown export: the journal as a plain, dated list to print or show a clinician."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import tzinfo
from typing import TextIO

from magtui.domain import entry_words
from magtui.domain.clock import local_zone
from magtui.domain.entries import Entry

_MARKUP = re.compile(r"([\\`*_~\[\]<]|&(?=#?[0-9A-Za-z]+;))")
"""The characters that can begin Markdown or HTML in the middle of a line: a backslash, code,
emphasis and strikethrough, a link or image, a tag or autolink, and an `&` that would make an
entity. Typed text never starts a line (lines are folded and come after a bullet and a time), so
a heading, list or quote marker cannot take effect; everything else, '1:1' or '#3' included, is
left as typed, so the file reads as plain text too."""


def escape(text: str) -> str:
    """Typed text shown as typed, on one line: never Markdown, HTML, or a line of its own."""
    if text.isprintable():  # one line (every line break is unprintable): the common case
        return _MARKUP.sub(r"\\\1", text) if _MARKUP.search(text) else text
    return " / ".join(_MARKUP.sub(r"\\\1", line) for line in text.splitlines())


def describe(entry: Entry) -> str:
    """One line saying what happened, in words, without the time; typed text escaped."""
    return entry_words.describe(entry, escape)


def write_markdown(
    months: Iterable[list[Entry]], out: TextIO, reader_zone: tzinfo | None = None
) -> int:
    """Write the export, a heading for each day; returns how many entries it holds.

    Days and times are the reader's (this machine's zone, by its rules, unless `reader_zone` is
    given), so entries written in other time zones or seasons fall under one heading a day, in
    order, each at the hour it happened there.
    """
    zone = reader_zone or local_zone()
    out.write("# magtui journal\n")
    count = 0
    day_shown = None
    for month in months:
        for entry in month:
            at = entry.at.astimezone(zone)
            day = at.date()
            if day != day_shown:
                out.write(f"\n## {day.strftime('%A')} {day.day} {day.strftime('%B %Y')}\n\n")
                day_shown = day
            out.write(f"- {at.hour:02}:{at.minute:02} · {describe(entry)}\n")
            count += 1
    if count == 0:
        out.write("\nNo entries.\n")
    return count
