"""Text blocks for reading: headings, paragraphs, bullets and definition lists.

Built from plain strings with `Content`, never parsed as markup, so a bracket in the guidance
(or later in a note) is shown as the character it is. Wrapped lines keep a hanging indent so a
list reads as a list.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static


def heading(text: str) -> Static:
    return Static(Content(text), classes="heading")


def paragraph(text: str) -> Static:
    return Static(Content(text), classes="paragraph")


def quote(text: str) -> Static:
    return Static(Content(f"“{text.strip('“”')}”"), classes="quote")


def _marked(marker: str, text: str) -> Horizontal:
    return Horizontal(
        Static(Content(marker), classes="marker"),
        Static(Content(text), classes="marked-text"),
        classes="marked",
    )


def bullets(items: Iterable[str]) -> Widget:
    return Vertical(*(_marked("•", item) for item in items), classes="list")


def numbered(items: Iterable[str]) -> Widget:
    return Vertical(*(_marked(f"{n}.", item) for n, item in enumerate(items, 1)), classes="list")


def definitions(pairs: Iterable[tuple[str, str]]) -> Widget:
    """A term in bold, its explanation indented below: reads better than a table when narrow."""
    rows: list[Widget] = []
    for term, explanation in pairs:
        rows.append(Static(Content(term), classes="term"))
        rows.append(Static(Content(explanation), classes="explanation"))
    return Vertical(*rows, classes="list")
