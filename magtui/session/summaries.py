"""The clinician summary, saved as a page in the data folder to hand over."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from magtui.session.outcome import NotSaved, Saved, saving

if TYPE_CHECKING:
    from magtui.domain.ledger import Ledger
    from magtui.session import Session


SUMMARY_FOLDER = "summaries"


def save_summary(session: Session, ledger: Ledger, days: int) -> Saved[Path] | NotSaved:
    """As `write_summary`, with its outcome."""
    return saving(session, lambda: write_summary(session, ledger, days))


def write_summary(session: Session, ledger: Ledger, days: int) -> Path:
    """The clinician summary of the last `days` days, saved privately in the data folder."""
    import io

    from magtui.exchange.summary_format import write_summary as write
    from magtui.storage.files import atomic_writer

    now = session.clock()
    folder = session.services.journal.data_dir / SUMMARY_FOLDER
    path = folder / f"summary-{now:%Y-%m-%d}.md"
    text = io.StringIO()
    write(ledger, now, days, session.guidance.disclaimer.consult_line, text)
    with atomic_writer(path, root=session.services.journal.data_dir) as file:
        file.write(text.getvalue().encode("utf-8"))
    return path
