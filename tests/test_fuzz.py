"""Generated hostile input: command-line values, `--at` strings, import documents of any shape,
and journal parts and every other file magtui reads, of any content. Every run ends with exit
0, 1 or 2, no traceback, no control character in what is printed, and a refused change leaves
the journal's files as they were.

400 cases a test by default (2,000 in all); `MAGTUI_FUZZ_EXAMPLES` sets another number. The
commands run in this process (they never open the app), so thousands of runs take seconds.
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from magtui import cli
from tests.journal_helpers import own_folder

EXAMPLES = int(os.environ.get("MAGTUI_FUZZ_EXAMPLES", "400"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""What a terminal could take as a command; new lines and tabs are the only ones printed."""

ANY_TEXT = st.text(max_size=40)
HUGE = st.integers(min_value=0, max_value=10**450).map(str)
TYPED = st.one_of(
    ANY_TEXT,
    st.sampled_from(["", "now", "15m ago", "1/2", "½", "0", "-1", "1e309", "nan", "2"]),
    st.tuples(HUGE, HUGE).map("/".join),
    HUGE,
)
OFFSETS = st.sampled_from(["", "Z", "+05:00", "-05:00", "+14:00", "-12:00"])
WHEN = st.one_of(
    ANY_TEXT,
    st.tuples(st.datetimes(), OFFSETS).map(lambda pair: pair[0].isoformat() + pair[1]),
    st.from_regex(
        r"-?\d{1,5}-\d{1,2}-\d{1,2}(T\d{1,2}:\d{2}([+-]\d{2}:\d{2}|Z)?)?", fullmatch=True
    ),
    st.from_regex(r"\d{1,9}\s*(m|h|d|min|hours?) ago", fullmatch=True),
)
OPTIONS = ["--product", "--amount", "--area", "--form", "--reaction", "--zone", "--note", "--food"]
NUMBER_OPTIONS = ["--minutes", "--seconds", "--severity", "--mg"]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)


def run(*argv: str) -> tuple[int, str, str]:
    """`magtui ARGV` in this process: its exit code, standard output and standard error."""
    raw = io.BytesIO()
    out, err = io.TextIOWrapper(raw, encoding="utf-8", write_through=True), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main(list(argv))
        except SystemExit as leaving:  # argparse's own refusal of an option
            code = leaving.code if isinstance(leaving.code, int) else 2
    out.flush()
    return code, raw.getvalue().decode("utf-8"), err.getvalue()


def journal_files(data_dir: Path) -> dict[str, bytes]:
    folder = data_dir / "journal"
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json*"))}


def check_ran_calmly(code: int, out: str, err: str) -> None:
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err and "Traceback" not in out
    assert not CONTROL.search(out) and not CONTROL.search(err), (out, err)


@FUZZ
@given(
    method=st.one_of(st.sampled_from(["soak", "spray", "cream", "balm", "capsule", "note"]), TYPED),
    options=st.lists(st.tuples(st.sampled_from(OPTIONS), TYPED), max_size=4),
    numbers=st.lists(st.tuples(st.sampled_from(NUMBER_OPTIONS), TYPED), max_size=2),
)
def test_log_with_any_values(
    method: str, options: list[tuple[str, str]], numbers: list[tuple[str, str]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        argv = ["log", method, *(part for pair in options + numbers for part in pair)]
        code, out, err = run(*argv, "--data-dir", folder)
        check_ran_calmly(code, out, err)
        if code != 0:
            assert journal_files(Path(folder)) == {}, "a refused entry writes nothing"


@FUZZ
@given(
    form=st.one_of(st.sampled_from(["glycinate", "threonate", "other"]), TYPED),
    amount=TYPED,
    mg=st.one_of(st.none(), TYPED),
    at=WHEN,
)
def test_capsule_doses_with_any_amount(form: str, amount: str, mg: str | None, at: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        argv = ["log", "capsule", "--form", form, "--amount", amount, "--at", at]
        argv += ["--mg", mg] if mg is not None else []
        code, out, err = run(*argv, "--data-dir", folder)
        check_ran_calmly(code, out, err)
        if code != 0:
            assert journal_files(Path(folder)) == {}


@pytest.mark.long
@FUZZ
@given(at=WHEN, since=WHEN)
def test_any_at_and_since(at: str, since: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        code, out, err = run("log", "cream", "--at", at, "--data-dir", folder)
        check_ran_calmly(code, out, err)
        if code != 0:
            assert journal_files(Path(folder)) == {}
        check_ran_calmly(*run("export", "--since", since, "--data-dir", folder))


@pytest.mark.long
@FUZZ
@given(
    document=st.one_of(
        JSON,
        st.fixed_dictionaries(
            {
                "format": st.just("magtui-journal"),
                "format_version": st.one_of(st.just(1), JSON),
                "entries": st.lists(JSON, max_size=3),
            }
        ),
    )
)
def test_import_of_any_document(document: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        assert run("zone", "red", "--data-dir", str(data))[0] == 0
        before = journal_files(data)
        source = Path(folder) / "in.json"
        source.write_text(json.dumps(document))
        code, out, err = run("import", str(source), "--data-dir", str(data))
        check_ran_calmly(code, out, err)
        if code != 0:
            assert journal_files(data) == before, "a refused import changes nothing"


@pytest.mark.long
@FUZZ
@given(content=st.one_of(st.binary(max_size=200), JSON.map(lambda d: json.dumps(d).encode())))
def test_journal_files_of_any_content(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        assert run("log", "cream", "--data-dir", folder)[0] == 0
        month = next(own_folder(data).glob("*.json"))
        month.write_bytes(content)
        for command in (["export", "--format", "json"], ["zone"], ["check"]):
            check_ran_calmly(*run(*command, "--data-dir", folder))
        kept = [p.read_bytes() for p in own_folder(data).glob("*.json*")]
        assert content in kept, "what was in the file is never lost: understood or kept aside"


TABLES = st.dictionaries(
    st.sampled_from(["entries", "_default", "x"]),
    st.dictionaries(
        st.one_of(st.from_regex(r"\d{1,25}", fullmatch=True), st.text(max_size=4)), JSON
    ),
    max_size=2,
).map(lambda d: json.dumps(d).encode())
NESTED = st.integers(min_value=1, max_value=3000).map(lambda depth: b"[" * depth + b"]" * depth)
ANY_BYTES = st.one_of(
    st.binary(max_size=200), JSON.map(lambda d: json.dumps(d).encode()), TABLES, NESTED
)
"""Anything a file could hold: noise, any JSON, database-shaped JSON with odd keys, deep nesting."""

READ_FILES = {
    "settings": "settings.json",
    "session": "session.json",
    "import record": "journal/pending.json",
    "ledger digest": "journal/ledger/{part}",
    "backup": "journal/backups/{part}.1",
    "part": "journal/{part}",
}
"""Every file magtui reads from its data folder, by what it is."""


def _with_a_journal(folder: str) -> tuple[Path, str]:
    data = Path(folder) / "data"
    assert run("log", "cream", "--data-dir", str(data))[0] == 0
    assert run("log", "note", "--note", "second", "--data-dir", str(data))[0] == 0
    part = next(own_folder(data).glob("*.json")).name
    return data, part


@pytest.mark.long
@FUZZ
@given(which=st.sampled_from(sorted(READ_FILES)), content=ANY_BYTES)
def test_every_file_magtui_reads_of_any_content_lets_it_start(which: str, content: bytes) -> None:
    """The first screen's quick read, the careful start, and a write after it: no exception but
    `StartupFailed` (one sentence), and the bytes understood or kept aside, never lost."""
    from magtui.assets import default_assets_dir
    from magtui.commands.launch import load_services
    from magtui.session import StartupFailed
    from magtui.storage.first_look import read_first_look

    with tempfile.TemporaryDirectory() as folder:
        data, part = _with_a_journal(folder)
        target = data / READ_FILES[which].format(part=part)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        read_first_look(default_assets_dir(), data)
        try:
            load_services(data)
        except StartupFailed as failed:
            assert "\n" not in str(failed) and str(failed).endswith(".")
        check_ran_calmly(*run("log", "note", "--note", "after", "--data-dir", str(data)))
        for command in (["export"], ["zone"], ["check"]):
            check_ran_calmly(*run(*command, "--data-dir", str(data)))
        everything = [p.read_bytes() for p in data.rglob("*") if p.is_file()]
        if which not in ("ledger digest", "import record"):  # a cache, and a record undone
            assert content in everything, "understood, or kept aside: never lost"
