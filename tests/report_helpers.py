"""The clinician report of a journal, rendered and read back as a clinician's reader would.

pypdf reads the text and the drawing operations; poppler's `pdftotext` is a second reader, so a
page only one of them can read fails.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from pypdf import PdfReader
from pypdf.generic import ContentStream, TextStringObject

from magtui.assets import default_assets_dir
from magtui.content import load_content
from magtui.domain.entries import Entry
from magtui.domain.history import history_of
from magtui.domain.ledger import Ledger
from magtui.domain.report import Report, last_days, report_of
from magtui.exchange.pdf_fonts import Fonts
from magtui.exchange.pdf_report import SeedLines, write_report
from tests.conftest import FIXED_NOW
from tests.sample_journal import fixed_id, sample_entries

HOSTILE_NOTES = (
    "# Not a heading",
    "*not bold* and _not italic_",
    "<b>not bold</b> &amp; <i>",
    "=1+1",
    "back\\slash \\n and a %s",
    "Café naïve, Grüße, Ελλάδα, Привет",
)
"""Notes marked important whose words a markup reader would act on: each must print as typed."""


def report_journal(now: datetime = FIXED_NOW) -> list[Entry]:
    """The sample journal, with the hostile notes marked important on its last days, and a soak
    with relief before the last 30 days, which a report of them does not count."""
    from magtui.domain.documents import new_entry

    entries = sample_entries(now)
    long_ago = now - timedelta(days=45)
    fields = {"id": fixed_id(long_ago), "at": long_ago, "logged_at": long_ago}
    soak = new_entry({**fields, "kind": "topical", "method": "soak", "product": "Epsom salt"})
    later = long_ago + timedelta(minutes=30)
    fields = {"id": fixed_id(later), "at": later, "logged_at": later, "after": soak.id}
    relief = {"kind": "reaction", "reaction": "none", "relief": ["anxiety"]}
    entries += [soak, new_entry({**fields, **relief})]
    entries += [
        important_note(now - timedelta(hours=n), words) for n, words in enumerate(HOSTILE_NOTES, 1)
    ]
    return entries


def important_note(at: datetime, words: str) -> Entry:
    """A note marked important: what the report prints in the person's words."""
    from magtui.domain.documents import new_entry

    fields = {"id": fixed_id(at), "at": at, "logged_at": at, "kind": "note", "note": words}
    return new_entry({**fields, "important": True})


@dataclass(frozen=True)
class Rendered:
    report: Report
    ledger: Ledger
    pdf: bytes
    fonts: Fonts

    @property
    def reader(self) -> PdfReader:
        return PdfReader(io.BytesIO(self.pdf))

    def text(self) -> str:
        """Every page's text, as pypdf reads it."""
        return "\n".join(page.extract_text() for page in self.reader.pages)

    def flat(self) -> str:
        """The text with every run of white space one space: a wrapped line reads whole."""
        return " ".join(self.text().split())

    def operations(self) -> list[str]:
        """Each page's drawing operations, one a line, numbers to two places."""
        reader = self.reader
        lines: list[str] = []
        for number, page in enumerate(reader.pages, 1):
            lines.append(f"page {number} {page.mediabox.width:.2f}x{page.mediabox.height:.2f}")
            contents = page.get_contents()
            assert contents is not None
            for operands, operator in ContentStream(contents, reader).operations:
                lines.append(" ".join([*map(_operand, operands), operator.decode()]))
        return lines


def _operand(value: object) -> str:
    """A number to two places; text as the hex of its bytes (a subset font's codes are bytes
    that would read as control characters); a name as it is."""
    if isinstance(value, float | Decimal | int):
        return f"{float(value):.2f}"
    if isinstance(value, TextStringObject):
        return value.original_bytes.hex()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def render(
    entries: Sequence[Entry] | None = None,
    days: int = 30,
    *,
    now: datetime = FIXED_NOW,
    paper: str = "a4",
    fonts: Fonts | None = None,
) -> Rendered:
    """The report of the last `days` days of `entries` (the report journal unless given)."""
    ledger = Ledger(history_of(list(entries or report_journal(now))), now.tzinfo)
    report = report_of(ledger, last_days(ledger.local_day(now), days))
    out = io.BytesIO()
    fonts = fonts or Fonts(default_assets_dir() / "fonts")
    seed = SeedLines.of(load_content())
    write_report(report, seed, fonts, out, now=now, zone=now.tzinfo, paper=paper)
    return Rendered(report, ledger, out.getvalue(), fonts)
