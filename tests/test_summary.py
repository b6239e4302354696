"""The clinician summary, and exports of the current view or the full history."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

from magtui.content import load_content
from magtui.domain.history import history_of
from magtui.domain.ledger import Ledger
from magtui.exchange.summary_format import write_summary
from magtui.storage.journal import Journal
from tests.commandline import magtui_in
from tests.conftest import FIXED_NOW
from tests.sample_journal import sample_entries

EXPECTED = Path(__file__).parent / "expected" / "summary.md"


def test_the_summary_of_the_sample_journal_is_the_expected_page() -> None:
    written = io.StringIO()
    consult_line = load_content().disclaimer.consult_line
    ledger = Ledger(history_of(sample_entries(FIXED_NOW)), FIXED_NOW.tzinfo)
    count = write_summary(ledger, FIXED_NOW, 30, consult_line, written)
    assert written.getvalue() == EXPECTED.read_text(encoding="utf-8")
    assert count == 28


def test_the_summary_fits_on_one_page_and_escapes_typed_text() -> None:
    page = EXPECTED.read_text(encoding="utf-8")
    assert len(page.splitlines()) <= 60, "one printed page"
    assert re.search(r"(?<!\\)<", page) is None, "every < typed is escaped"
    assert r"\<b>sore\</b> knees." in page
    assert "Logged by mistake" not in page, "a deleted note is not in the summary"


def _filled(data_dir: Path) -> list[str]:
    now = datetime.now(UTC)
    entries = sample_entries(now)
    Journal(data_dir).add(*entries)
    return [entry.id for entry in entries]


def test_export_shows_the_current_view_unless_the_full_history_is_asked_for(
    data_dir: Path,
) -> None:
    ids = _filled(data_dir)
    current = json.loads(magtui_in(data_dir, "export").stdout)["entries"]
    history = json.loads(magtui_in(data_dir, "export", "--history").stdout)["entries"]
    assert sorted(entry["id"] for entry in history) == sorted(ids)
    current_notes = [entry["note"] for entry in current if entry["kind"] == "note"]
    history_notes = [entry["note"] for entry in history if entry["kind"] == "note"]
    assert "Spray on calves" in current_notes and "Spray on calfs" not in current_notes
    assert {"Spray on calfs", "Spray on calves", "Logged by mistake"} <= set(history_notes)
    assert "Logged by mistake" not in current_notes
    assert not any(entry["kind"] in ("deletion", "undo") for entry in current)


def test_summary_from_the_command_line_names_its_period(data_dir: Path) -> None:
    _filled(data_dir)
    result = magtui_in(data_dir, "export", "--format", "summary", "--since", "7d ago")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# magtui summary: ") and "(8 days)" in result.stdout
    assert "## Notes marked important" in result.stdout


def test_importing_a_current_view_export_twice_adds_nothing(data_dir: Path, tmp_path: Path) -> None:
    _filled(data_dir)
    exported = tmp_path / "export.json"
    assert magtui_in(data_dir, "export", "--output", str(exported)).returncode == 0
    other = tmp_path / "other"
    first = magtui_in(other, "import", str(exported))
    second = magtui_in(other, "import", str(exported))
    assert first.returncode == second.returncode == 0
    assert len(Journal(other).entries()) == len(json.loads(exported.read_text())["entries"])


HOSTILE = "# not a heading [link](http://x.example) <b>tag</b> *em* `code` ~~s~~ &amp; 1:1 =1+1"


def test_the_summary_reads_as_plain_text_and_renders_safely_as_commonmark() -> None:
    from markdown_it import MarkdownIt

    from magtui.domain.documents import new_entry

    at = FIXED_NOW.replace(hour=9)
    entries = [
        *sample_entries(FIXED_NOW),
        new_entry(
            {
                "id": "f" * 22,
                "at": at,
                "logged_at": at,
                "kind": "note",
                "note": HOSTILE,
                "important": True,
            }
        ),
    ]
    written = io.StringIO()
    ledger = Ledger(history_of(sorted(entries, key=lambda e: e.id)), FIXED_NOW.tzinfo)
    write_summary(ledger, FIXED_NOW, 30, "Consult.", written)
    page = written.getvalue()
    assert "dilution 1\\:1" not in page and "1:1 =1+1" in page, "no backslash before plain text"
    assert "today" not in page and "yesterday" not in page, "dates are absolute"
    assert "Sun 22 Nov 2026, 09:02" in page
    html = MarkdownIt("commonmark").enable(["strikethrough", "table"]).render(page)
    note_html = html.split("Sun 22 Nov 2026, 09:02", 1)[1].split("</li>", 1)[0]
    for tag in ("<a ", "<em>", "<code>", "<s>", "<del>", "<b>", "<h"):
        assert tag not in note_html, (tag, note_html)
    import html as html_module

    assert HOSTILE in html_module.unescape(note_html)
