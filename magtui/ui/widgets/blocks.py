"""Text blocks for reading: headings, paragraphs, lists, and labelled rows that line up.

Built from plain strings with `Content`, never parsed as markup, so a bracket in the guidance
(or later in a note) is shown as the character it is. Wrapped lines keep a hanging indent so a
list reads as a list.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from magtui.ui.widgets.choice import LabelledRow, name_width_for
from magtui.ui.widgets.layout import Row
from magtui.ui.widgets.text import plain


def heading(text: str) -> Static:
    return Static(plain(text), classes="heading")


def paragraph(text: str) -> Static:
    return Static(plain(text), classes="paragraph")


def quote(text: str) -> Static:
    return Static(plain(f"“{text.strip('“”')}”"), classes="quote")


def _marked(marker: str, text: str) -> Horizontal:
    return Horizontal(
        Static(plain(marker), classes="marker"),
        Static(plain(text), classes="marked-text"),
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
        rows.append(Static(plain(term), classes="term"))
        rows.append(Static(plain(explanation), classes="explanation"))
    return Vertical(*rows, classes="list")


def labelled(
    pairs: list[tuple[str, str]], *, name_width: int | None = None, classes: str = "labelled"
) -> Widget:
    """`Label   value` rows whose values all start in one column, stacked when narrow."""
    width = name_width or name_width_for([label for label, _ in pairs])
    rows = [
        LabelledRow(Row("", label, value, name_style="bold"), lead_width=0, name_width=width)
        for label, value in pairs
    ]
    return Vertical(*rows, classes=classes)


CONSULT = "consult"
"""The class of every consult sentence: a screen shows the first and hides the others
(`CalmScreen.show_each_consult_line_once`), so the seed's line is read once, not four times."""


def dose_section(*blocks: Widget, consult_line: str) -> Widget:
    """Blocks that speak of capsules or doses, always followed by the seed's consult line."""
    consult = paragraph(consult_line)
    consult.add_class(CONSULT)
    return Vertical(*blocks, consult, classes="dose")


def labelled_dose(
    pairs: list[tuple[str, str]], *, consult_line: str, name_width: int | None = None
) -> Widget:
    """Labelled dose or capsule lines with the consult line beside them, in the value column."""
    width = name_width or name_width_for([label for label, _ in pairs])
    consult = labelled([("", consult_line)], name_width=width, classes=f"labelled {CONSULT}")
    return Vertical(labelled(pairs, name_width=width), consult, classes="dose")
