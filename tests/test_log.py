"""`magtui log`: times in plain words, every option checked before anything is written."""

from __future__ import annotations

import io
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from magtui.commands.log_request import LogProblem, LogRequest, build_entries, capsule_fraction
from magtui.domain.entries import CapsuleDose, Note, Reaction, TopicalSession
from magtui.domain.when import WhenError, parse_when
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal
from tests.commandline import magtui_in
from tests.damage import DAMAGE
from tests.journal_helpers import month_file, own_folder

NOW = datetime(2026, 11, 22, 14, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", NOW),
        ("NOW", NOW),
        ("15m ago", NOW - timedelta(minutes=15)),
        ("15 min ago", NOW - timedelta(minutes=15)),
        ("2h ago", NOW - timedelta(hours=2)),
        ("3 days ago", NOW - timedelta(days=3)),
        ("2026-11-22T09:30+00:00", datetime(2026, 11, 22, 9, 30, tzinfo=UTC)),
        ("2026-11-20", datetime(2026, 11, 20, tzinfo=UTC)),
    ],
)
def test_when_reads_plain_times(
    text: str, expected: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    assert parse_when(text, NOW) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("yesterday", "not a time magtui can read"),
        ("2h from now", "not a time magtui can read"),
        ("2026-11-23T09:00+00:00", "in the future"),
        ("1969-07-20T20:17+00:00", "too long ago"),
        ("999999d ago", "too long ago"),
        ("", "not a time magtui can read"),
    ],
)
def test_when_explains_what_it_cannot_read(text: str, phrase: str) -> None:
    with pytest.raises(WhenError, match=phrase):
        parse_when(text, NOW)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=())))
def test_when_gives_a_time_or_a_clear_error_for_any_text(text: str) -> None:
    try:
        at = parse_when(text, NOW)
    except WhenError as error:
        assert str(error).endswith(".")
        return
    assert at.tzinfo is not None and at <= NOW + timedelta(minutes=1)


@pytest.mark.parametrize(
    ("text", "share"), [("1/4", 0.25), ("½", 0.5), (" 1 / 2 ", 0.5), ("2", 2.0), ("0.75", 0.75)]
)
def test_capsule_shares(text: str, share: float) -> None:
    assert capsule_fraction(text) == share


def test_a_session_with_a_reaction_is_two_linked_entries() -> None:
    request = LogRequest(
        method="soak",
        minutes=20,
        product=" Epsom salt ",
        reaction="sting",
        severity=1,
        relief="pain, sensory",
    )
    session, reaction = build_entries(request, NOW, Zone.YELLOW)
    assert isinstance(session, TopicalSession) and isinstance(reaction, Reaction)
    assert session.product == "Epsom salt" and session.zone is Zone.YELLOW
    assert reaction.after == session.id and reaction.at == session.at
    assert [domain.value for domain in reaction.relief] == ["pain", "sensory"]


def test_a_session_may_give_its_length_to_the_second() -> None:
    (session,) = build_entries(LogRequest(method="spray", seconds=95), NOW, None)
    assert isinstance(session, TopicalSession) and session.duration_seconds == 95
    with pytest.raises(LogProblem, match="--seconds is only for topical entries"):
        build_entries(LogRequest(method="capsule", form="glycinate", seconds=5), NOW, None)
    with pytest.raises(LogProblem, match="--seconds must be at least 1"):
        build_entries(LogRequest(method="soak", seconds=0), NOW, None)


def test_a_note_may_say_where_relief_was_felt_without_words() -> None:
    (note,) = build_entries(LogRequest(method="note", relief="pain,mood"), NOW, None)
    assert isinstance(note, Note) and [d.value for d in note.relief] == ["pain", "mood"]
    with pytest.raises(LogProblem, match="--relief goes with --reaction"):
        build_entries(LogRequest(method="soak", relief="pain"), NOW, None)


def test_a_note_with_a_reaction_is_one_reaction_carrying_the_words() -> None:
    request = LogRequest(method="note", reaction="hives", severity=2, note="after dinner")
    (reaction,) = build_entries(request, NOW, None)
    assert isinstance(reaction, Reaction) and reaction.note == "after dinner"
    assert reaction.after is None


def test_a_capsule_dose_takes_form_mg_and_share() -> None:
    request = LogRequest(method="capsule", form="Glycinate", mg=100, amount="1/2", at="2h ago")
    (dose,) = build_entries(request, NOW, Zone.GREEN)
    assert isinstance(dose, CapsuleDose)
    assert (dose.form.value, dose.mg, dose.fraction, dose.zone) == (
        "glycinate",
        100,
        0.5,
        Zone.GREEN,
    )
    assert dose.at == NOW - timedelta(hours=2) and dose.logged_at == NOW


@pytest.mark.parametrize(
    ("request_", "phrase"),
    [
        (LogRequest(method="bath"), "'bath' is not a method"),
        (LogRequest(method="note"), "A note needs words"),
        (LogRequest(method="capsule"), "needs --form"),
        (LogRequest(method="soak", form="oxide"), "--form is only for capsule"),
        (LogRequest(method="capsule", form="oxide", dilution="1:1"), "--dilution is only for"),
        (LogRequest(method="soak", severity=2), "--severity goes with --reaction"),
        (LogRequest(method="soak", reaction="itch", severity=9), "--severity must be at most 3."),
        (LogRequest(method="soak", at="tomorrow"), "--at 'tomorrow' is not a time"),
        (LogRequest(method="capsule", form="oxide", amount="lots"), "not a share of a capsule"),
        (LogRequest(method="capsule", form="oxide", amount="1/0"), "cannot divide by zero"),
        (LogRequest(method="spray", product="x" * 81), "--product is too long"),
    ],
)
def test_bad_requests_are_one_sentence(request_: LogRequest, phrase: str) -> None:
    with pytest.raises(LogProblem, match=phrase.replace("(", r"\(")) as caught:
        build_entries(request_, NOW, None)
    sentence = str(caught.value)
    assert sentence.endswith(".") and "\n" not in sentence


OPTIONAL_TEXT = st.one_of(st.none(), st.text(st.characters(exclude_categories=()), max_size=90))


@settings(max_examples=400, deadline=None)
@given(
    method=st.sampled_from(["soak", "spray", "cream", "balm", "capsule", "note", "bath"]),
    at=st.one_of(st.just("now"), st.text(max_size=30)),
    product=OPTIONAL_TEXT,
    amount=OPTIONAL_TEXT,
    form=st.one_of(st.none(), st.sampled_from(["glycinate", "oxide", "gummy"]), st.text()),
    mg=st.one_of(st.none(), st.floats()),
    minutes=st.one_of(st.none(), st.integers()),
    reaction=st.one_of(st.none(), st.sampled_from(["none", "itch", "zap"])),
    severity=st.one_of(st.none(), st.integers(-5, 9)),
    relief=OPTIONAL_TEXT,
    note=OPTIONAL_TEXT,
    zone=st.one_of(st.none(), st.sampled_from(["green", "red"])),
)
def test_any_arguments_make_entries_or_one_clear_sentence(**values: object) -> None:
    request = LogRequest(**values)  # type: ignore[arg-type]
    try:
        entries = build_entries(request, NOW, Zone.RED)
    except LogProblem as problem:
        assert str(problem).endswith(".") and len(str(problem)) < 300
        return
    assert entries and all(entry.logged_at == NOW for entry in entries)


def test_log_request_mirrors_the_command_line_options() -> None:
    from magtui.cli import _build_parser

    log = _build_parser().parse_args(["log", "soak"])
    assert {f.name for f in fields(LogRequest)} <= set(vars(log))


def test_log_quiet_prints_only_the_new_ids_and_they_are_in_the_journal(data_dir: Path) -> None:
    magtui_in(data_dir, "zone", "yellow")
    result = magtui_in(
        data_dir,
        "log",
        "--quiet",
        "soak",
        "--minutes",
        "20",
        "--reaction",
        "none",
        "--relief",
        "pain",
        "--at",
        "15m ago",
    )
    assert result.returncode == 0, result.stderr
    ids = result.stdout.split()
    assert len(ids) == 2 and result.stderr == ""
    entries = {entry.id: entry for entry in Journal(data_dir).entries()}
    session, reaction = entries[ids[0]], entries[ids[1]]
    assert isinstance(session, TopicalSession) and session.zone is Zone.YELLOW
    assert isinstance(reaction, Reaction) and reaction.after == session.id


@pytest.mark.parametrize(
    "args",
    [
        ["log", "bath"],
        ["log", "soak", "--severity", "two"],
        ["log", "soak", "--reaction", "itch", "--severity", "7"],
        ["log", "capsule", "--mg", "100"],
        ["log", "note"],
        ["log", "spray", "--at", "next week"],
        ["log", "cream", "--product", "bad\udcffbytes"],
    ],
)
def test_bad_log_input_is_one_sentence_exit_2_and_nothing_written(
    args: list[str], data_dir: Path
) -> None:
    magtui_in(data_dir, "log", "note", "--note", "before")
    before = sorted((p.name, p.read_bytes()) for p in own_folder(data_dir).glob("*.json"))
    result = magtui_in(data_dir, *args)
    assert result.returncode == 2
    assert result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    after = sorted((p.name, p.read_bytes()) for p in own_folder(data_dir).glob("*.json"))
    assert after == before


ARGUMENT_TEXT = st.text(
    st.characters(exclude_categories=(), exclude_characters="\x00"), max_size=60
)


@settings(max_examples=150, deadline=None)
@given(
    method=st.sampled_from(["soak", "spray", "capsule", "note", "bath", ""]),
    option=st.sampled_from(
        [
            "--product",
            "--amount",
            "--area",
            "--minutes",
            "--mg",
            "--severity",
            "--at",
            "--note",
            "--form",
            "--reaction",
            "--relief",
            "--zone",
            "--dilution",
        ]
    ),
    value=st.one_of(ARGUMENT_TEXT, st.integers().map(str), st.floats().map(str)),
)
def test_any_log_arguments_end_in_an_entry_or_one_sentence_and_exit_2(
    method: str, option: str, value: str
) -> None:
    """Straight through the argument parser, in process, with a fresh data folder each time."""
    from magtui.cli import main

    with tempfile.TemporaryDirectory() as folder:
        errors = io.StringIO()
        output = io.StringIO()
        with redirect_stderr(errors), redirect_stdout(output):
            try:
                code = main(["log", method, option, value, "--data-dir", folder])
            except SystemExit as leaving:
                code = leaving.code if isinstance(leaving.code, int) else 1
        written = list(Path(folder).glob("journal/*/*.json"))
        if code == 0:
            assert output.getvalue().split() and written
        else:
            assert code == 2, errors.getvalue()
            assert errors.getvalue().count("\n") == 1 and "Traceback" not in errors.getvalue()
            assert not written


def test_log_says_in_words_what_it_saved_when_and_in_which_zone(data_dir: Path) -> None:
    magtui_in(data_dir, "zone", "red")
    result = magtui_in(
        data_dir, "log", "soak", "--product", "Epsom salt", "--reaction", "itch", "--severity", "2"
    )
    assert result.returncode == 0, result.stderr
    session_line, reaction_line = result.stdout.splitlines()
    session, reaction = sorted(Journal(data_dir).entries()[1:], key=lambda e: e.kind, reverse=True)
    assert session_line.startswith("Saved: Foot soak, Epsom salt, in Red — today at ")
    assert session_line.endswith(f"(id {session.id}).")
    assert reaction_line.startswith("Saved: Reaction: itch, moderate — today at ")
    assert reaction_line.endswith(f"(id {reaction.id}).")


@pytest.mark.parametrize("damage", list(DAMAGE.values()), ids=list(DAMAGE))
def test_log_still_works_beside_a_damaged_file(data_dir: Path, damage: bytes) -> None:
    month = month_file(data_dir, f"{datetime.now(UTC):%Y-%m}.json")
    month.write_bytes(damage)
    result = magtui_in(data_dir, "log", "note", "--note", "still here")
    assert result.returncode == 0 and result.stdout.startswith("Saved: Note — still here — ")
    assert result.stderr.count("\n") == 1 and "is kept aside as" in result.stderr
    kept = list(month.parent.glob(f"{month.name}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damage
    assert [entry.note for entry in Journal(data_dir).entries()] == ["still here"]
