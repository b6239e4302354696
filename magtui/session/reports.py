"""The clinician report, saved as a PDF in the data folder to hand over or print."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from magtui.session.outcome import NotSaved, Saved, saving

if TYPE_CHECKING:
    from magtui.domain.ledger import Ledger
    from magtui.domain.report import Period
    from magtui.session import Session


REPORT_FOLDER = "reports"


def save_report(session: Session, ledger: Ledger, period: Period) -> Saved[Path] | NotSaved:
    """As `write_report`, with its outcome."""
    return saving(session, lambda: write_report(session, ledger, period))


def write_report(session: Session, ledger: Ledger, period: Period) -> Path:
    """The report of `period`, written whole to the data folder's `reports` folder or not at
    all; one file per period, replaced when the same period is saved again."""
    import io

    from magtui.assets import default_assets_dir
    from magtui.domain.report import report_of
    from magtui.exchange.pdf_report import SeedLines, fonts_in
    from magtui.exchange.pdf_report import write_report as write
    from magtui.exchange.problems import FontsMissing
    from magtui.storage.files import StorageError, atomic_writer

    data_dir = session.services.journal.data_dir
    path = data_dir / REPORT_FOLDER / f"report-{period.first}-to-{period.last}.pdf"
    page = io.BytesIO()
    now = session.clock()
    try:
        fonts = fonts_in(default_assets_dir())
    except FontsMissing as error:
        raise StorageError(f"Nothing was saved: {error}") from None
    write(
        report_of(ledger, period),
        SeedLines.of(session.guidance),
        fonts,
        page,
        now=now,
        zone=ledger.zone,
    )
    with atomic_writer(path, root=data_dir) as file:
        file.write(page.getvalue())
    return path
