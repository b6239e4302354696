"""Exports people can read and a JSON export that moves a journal exactly; imports merge by id."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from magtui.domain.documents import new_entry
from magtui.domain.entries import Entry
from magtui.domain.ids import new_entry_id
from magtui.exchange.csv_format import COLUMNS, safe_cell, write_csv
from magtui.exchange.json_format import FORMAT_NAME, FORMAT_VERSION
from magtui.exchange.markdown_format import escape, write_markdown
from magtui.storage.journal import Journal
from tests.commandline import magtui_in

START = datetime(2026, 10, 30, 21, 15, tzinfo=UTC)


def varied_entries() -> list[Entry]:
    """Every kind, two months, awkward text: commas, quotes, new lines, formulas, emoji."""
    values: list[dict[str, object]] = [
        {"kind": "zone", "zone": "yellow"},
        {
            "kind": "topical",
            "method": "spray",
            "product": '=HYPERLINK("http://x")',
            "amount": "4 sprays, diluted",
            "area": "calves",
            "dilution": "1:1",
            "duration_minutes": 10,
            "zone": "yellow",
            "note": 'Stung a bit, "then fine".\nWill dilute more.',
        },
        {"kind": "capsule", "form": "glycinate", "mg": 100, "fraction": 0.5},
        {"kind": "reaction", "reaction": "itch", "severity": 1, "relief": ["pain"]},
        {"kind": "note", "note": "+1 for the soak 🛁 | *bold* # not a heading"},
    ]
    entries = []
    for number, fields in enumerate(values):
        at = START + timedelta(hours=number * 20)
        entries.append(new_entry({**fields, "id": new_entry_id(at), "at": at, "logged_at": at}))
    return entries


@pytest.fixture
def filled(data_dir: Path) -> Path:
    Journal(data_dir).add(*varied_entries())
    return data_dir


def test_json_export_round_trips_identically(filled: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    again = tmp_path / "again.json"
    assert magtui_in(filled, "export", "--output", str(first)).returncode == 0
    fresh = tmp_path / "fresh"
    imported = magtui_in(fresh, "import", str(first))
    assert imported.stdout.strip() == "Imported 5 entries; 0 were already in your journal."
    assert magtui_in(fresh, "export", "--output", str(again)).returncode == 0
    assert again.read_bytes() == first.read_bytes()
    document = orjson.loads(first.read_bytes())
    assert (document["format"], document["format_version"]) == (FORMAT_NAME, FORMAT_VERSION)
    assert len(document["entries"]) == 5
    assert stat_mode(first) == 0o600


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_importing_twice_adds_nothing(filled: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    magtui_in(filled, "export", "--output", str(export))
    again = magtui_in(filled, "import", str(export))
    assert again.stdout.strip() == "Imported 0 entries; 5 were already in your journal."
    assert len(Journal(filled).entries()) == 5


def test_export_prints_to_standard_output_without_a_file(filled: Path) -> None:
    result = magtui_in(filled, "export", "--format", "json")
    assert result.returncode == 0 and result.stderr == ""
    assert len(orjson.loads(result.stdout)["entries"]) == 5


def test_since_limits_the_export(filled: Path) -> None:
    result = magtui_in(filled, "export", "--since", "2026-11-01T00:00+00:00")
    entries = orjson.loads(result.stdout)["entries"]
    assert [entry["kind"] for entry in entries] == ["capsule", "reaction", "note"]


def test_csv_is_one_row_per_entry_and_never_a_formula(filled: Path) -> None:
    result = magtui_in(filled, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(COLUMNS) and len(rows) == 5
    spray = rows[1]
    assert spray["product"] == '\'=HYPERLINK("http://x")'
    assert spray["note"] == 'Stung a bit, "then fine".\nWill dilute more.'
    assert rows[4]["note"].startswith("'+1 for the soak")
    assert rows[3]["relief"] == "pain" and rows[2]["mg"] == "100.0"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_start_is_defused(text: str) -> None:
    assert safe_cell(text) == f"'{text}"
    assert safe_cell("plain") == "plain" and safe_cell(None) == ""


def test_markdown_reads_as_a_dated_list_and_shows_typed_text_as_typed() -> None:
    out = io.StringIO()
    count = write_markdown([varied_entries()], out)
    text = out.getvalue()
    assert count == 5
    assert "## Friday 30 October 2026" in text and "## Sunday 1 November 2026" in text
    assert "- 21:15 · Zone: Yellow" in text
    assert "Capsule: glycinate, ½ capsule, 100 mg" in text
    assert "0\\.5 capsule" not in text, "a half is written ½, with nothing to escape"
    assert "\\*bold\\* # not a heading" in text, "only what could become markup is escaped"
    assert escape("[link](x)") == "\\[link\\](x)"
    assert escape("dilution 1:1, #3 = 50% + more!") == "dilution 1:1, #3 = 50% + more!"


def test_an_empty_journal_exports_cleanly(data_dir: Path) -> None:
    for format_name in ("json", "csv", "md"):
        result = magtui_in(data_dir, "export", "--format", format_name)
        assert result.returncode == 0 and result.stderr == ""
    out = io.StringIO()
    assert write_csv([], out) == 0 and out.getvalue().startswith("id,kind,at")


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (b"not json", "is not a JSON file"),
        (b'{"entries": []}', "is not a magtui journal export"),
        (b'{"format": "magtui-journal", "format_version": 9, "entries": []}', "newer magtui"),
        (b'{"format": "magtui-journal", "format_version": 1}', "has no list of entries"),
        (
            b'{"format": "magtui-journal", "format_version": 1, "entries": [{"kind": "zone"}]}',
            "Entry 1 of bad.json cannot be imported",
        ),
    ],
)
def test_a_bad_import_is_one_sentence_and_imports_nothing(
    filled: Path, tmp_path: Path, content: bytes, phrase: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = magtui_in(filled, "import", str(bad))
    assert result.returncode == 2 and phrase in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert len(Journal(filled).entries()) == 5


def test_a_half_good_import_imports_nothing(filled: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    magtui_in(filled, "export", "--output", str(export))
    document = orjson.loads(export.read_bytes())
    document["entries"][3]["severity"] = 7
    export.write_bytes(orjson.dumps(document))
    fresh = tmp_path / "fresh"
    result = magtui_in(fresh, "import", str(export))
    assert result.returncode == 2 and "Entry 4" in result.stderr and "at most 3" in result.stderr
    assert Journal(fresh).entries() == []


def test_a_missing_import_file_is_one_sentence(data_dir: Path, tmp_path: Path) -> None:
    result = magtui_in(data_dir, "import", str(tmp_path / "nowhere.json"))
    assert result.returncode == 2
    assert result.stderr.strip().endswith("check the name and try again.")


def test_an_export_to_an_unwritable_place_is_one_sentence(filled: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = magtui_in(filled, "export", "--output", str(blocker / "out.csv"))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "could not be saved" in result.stderr


def test_a_bad_since_is_one_sentence(filled: Path) -> None:
    result = magtui_in(filled, "export", "--since", "last winter")
    assert result.returncode == 2 and result.stderr.startswith("magtui: --since 'last winter'")


@pytest.mark.parametrize(
    ("seconds", "shown"), [(10, "10 s"), (60, "1 min"), (95, "1 min 35 s"), (300, "5 min")]
)
def test_a_guided_session_and_its_note_read_plainly_in_every_format(
    seconds: int, shown: str
) -> None:
    session = new_entry(
        {
            "kind": "topical",
            "method": "soak",
            "amount": "¼ cup",
            "duration_seconds": seconds,
            "zone": "red",
            "id": new_entry_id(START),
            "at": START,
            "logged_at": START,
        }
    )
    note = new_entry(
        {
            "kind": "note",
            "relief": ["pain", "sensory"],
            "after": session.id,
            "id": new_entry_id(START),
            "at": START,
            "logged_at": START,
        }
    )
    markdown = io.StringIO()
    write_markdown([[session, note]], markdown)
    assert f"Foot soak, ¼ cup, {shown}, in Red" in markdown.getvalue()
    assert "Note, relief in pain, sensory" in markdown.getvalue()
    table = io.StringIO()
    write_csv([[session, note]], table)
    rows = list(csv.DictReader(io.StringIO(table.getvalue())))
    assert rows[0]["duration_seconds"] == str(seconds)
    assert (rows[1]["relief"], rows[1]["after"]) == ("pain;sensory", session.id)


def test_csv_has_a_column_for_every_field_of_every_kind_of_entry() -> None:
    from dataclasses import fields

    from magtui.domain import entries
    from magtui.exchange.csv_format import COLUMNS

    kinds = [
        entries.ZoneCheckIn,
        entries.TopicalSession,
        entries.CapsuleDose,
        entries.Reaction,
        entries.Note,
        entries.Product,
        entries.Deletion,
        entries.Undo,
    ]
    named = {field.name for kind in kinds for field in fields(kind)} - {"schema_version"}
    assert named <= set(COLUMNS), named - set(COLUMNS)


NASTY_NOTES = [
    "~~struck~~ &amp; &lt;b&gt; <b>bold</b> <!-- hidden -->",
    "[link](http://x.example) ![img](y) <http://auto.example> www.example.com",
    "**strong** __strong__ *em* _em_ `code` ``code``",
    "# heading\n## another\n- item\n+ item\n1. item\n> quote\n    code\n---\n===",
    "| a | b |\n|---|---|\n\\ backslash \\\\ and \\n",
    "line\u2028separated\u2029paragraph\ttabbed",
]


@pytest.mark.parametrize("note", NASTY_NOTES)
def test_markdown_shows_every_typed_character_as_typed_and_on_its_line(note: str) -> None:
    from markdown_it import MarkdownIt

    from magtui.domain.documents import new_entry
    from magtui.exchange.markdown_format import write_markdown

    at = datetime(2026, 11, 22, 14, 2, tzinfo=UTC)
    entry = new_entry({"id": "0" * 22, "at": at, "logged_at": at, "kind": "note", "note": note})
    out = io.StringIO()
    write_markdown([[entry]], out, UTC)
    text = out.getvalue()
    entry_lines = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(entry_lines) == 1 and text.count("\n") == 5, "the note never makes a line"
    renderer = MarkdownIt("commonmark").enable(["strikethrough", "table"])
    html = renderer.render(text)
    body = html.split("<li>", 1)[1].split("</li>", 1)[0]
    for tag in ("<a ", "<em>", "<strong>", "<code>", "<s>", "<del>", "<img", "<h", "<b>", "<!--"):
        assert tag not in body, (tag, body)
    import html as html_module

    shown = html_module.unescape(body)
    for line in note.splitlines():
        assert line in shown, (line, shown)


def test_markdown_groups_days_in_the_readers_zone_in_order() -> None:
    from datetime import timezone

    from magtui.domain.documents import new_entry
    from magtui.exchange.markdown_format import write_markdown

    tokyo, new_york = timezone(timedelta(hours=9)), timezone(timedelta(hours=-5))
    # In time order: 22 Nov 23:30 UTC written in Tokyo (23 Nov there), 23 Nov 01:00 UTC written
    # in New York (22 Nov there), 23 Nov 10:00 UTC. Each entry's own date would give the
    # headings 23, 22, 23; a reader in UTC sees 22 Nov, then 23 Nov twice.
    first = datetime(2026, 11, 23, 8, 30, tzinfo=tokyo)
    second = datetime(2026, 11, 22, 20, 0, tzinfo=new_york)
    third = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    entries = [
        new_entry({"id": f"{n:022x}", "at": at, "logged_at": at, "kind": "note", "note": f"n{n}"})
        for n, at in enumerate((first, second, third), 1)
    ]
    out = io.StringIO()
    write_markdown([entries], out, UTC)
    headings = [line for line in out.getvalue().splitlines() if line.startswith("## ")]
    assert headings == ["## Sunday 22 November 2026", "## Monday 23 November 2026"]
    assert "- 23:30 · Note — n1" in out.getvalue() and "- 01:00 · Note — n2" in out.getvalue()


def test_every_field_a_person_types_is_made_safe_in_the_csv() -> None:
    """The CSV checks typed fields only; a new typed field must be among them."""
    from magtui.domain.entries import typed_text_fields

    assert set(typed_text_fields()) == {
        "product",
        "amount",
        "area",
        "dilution",
        "name",
        "ingredients",
        "note",
    }
