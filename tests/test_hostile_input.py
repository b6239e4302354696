"""Hostile input and a wrong clock (issue 11, first part): each case failed before its fix.

One sentence and exit 1 or 2, never a traceback, a hidden entry or a stuck zone.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from magtui.domain.entries import ZoneCheckIn
from magtui.domain.when import WhenError, parse_when
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal
from tests.commandline import magtui_in
from tests.conftest import MakeApp
from tests.journal_helpers import own_folder

NOW = datetime(2026, 11, 22, 14, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("0001-01-01T00:00", "too long ago"),
        ("0001-01-01T00:00+05:00", "too long ago"),
        ("1969-12-31T23:00", "too long ago"),
        ("9999-12-31T23:59", "in the future"),
        ("9999-12-31T23:59-05:00", "in the future"),
    ],
)
def test_times_out_of_range_are_one_sentence(text: str, phrase: str) -> None:
    with pytest.raises(WhenError, match=phrase):
        parse_when(text, NOW)


def test_at_in_the_year_one_is_refused_by_the_shell(tmp_path: Path) -> None:
    done = magtui_in(tmp_path, "log", "cream", "--at", "0001-01-01T00:00")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "between 1970 and 2100" in done.stderr
    assert not (tmp_path / "journal").exists()


def test_an_import_dated_in_the_year_one_is_refused_and_hides_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert magtui_in(data, "log", "cream").returncode == 0
    exported = json.loads(magtui_in(data, "export", "--format", "json").stdout)
    entry = exported["entries"][0]
    entry.update(at="0001-01-01T00:00:00+00:00", id="0" * 21 + "1")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(exported))
    before = {p.name: p.read_bytes() for p in own_folder(data).glob("*.json")}
    done = magtui_in(data, "import", str(bad))
    assert done.returncode == 2 and "must be at least 1970-01-02" in done.stderr
    assert {p.name: p.read_bytes() for p in own_folder(data).glob("*.json")} == before


def test_a_share_of_a_capsule_with_hundreds_of_digits_is_one_sentence(tmp_path: Path) -> None:
    for amount in ("9" * 400 + "/1", "1/" + "9" * 400, "9" * 400):
        done = magtui_in(tmp_path, "log", "capsule", "--form", "glycinate", "--amount", amount)
        assert done.returncode == 2 and "Traceback" not in done.stderr, amount
        assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("command", [["log", "cream"], ["zone", "red"]])
def test_a_clock_before_1970_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    from magtui import cli
    from magtui.domain import clock

    monkeypatch.setattr(clock, "system_clock", lambda: datetime(1969, 7, 20, tzinfo=UTC))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main([*command, "--data-dir", str(tmp_path)])
    assert code == 1 and "clock says 1969-07-20" in err.getvalue()
    assert not (tmp_path / "journal").exists()


def _check_in(zone: Zone, at: datetime, logged_at: datetime, number: int) -> ZoneCheckIn:
    entry_id = f"{int(at.timestamp() * 1000):012x}{number:010x}"
    return ZoneCheckIn(id=entry_id, at=at, logged_at=logged_at, zone=zone)


def test_the_zone_set_most_recently_wins_over_one_stamped_in_the_future() -> None:
    from magtui.domain.current_zone import current_check_in

    future = NOW + timedelta(days=400)
    wrong_clock = _check_in(Zone.RED, future, future, 1)
    set_now = _check_in(Zone.GREEN, NOW, NOW, 2)
    chosen = current_check_in([wrong_clock, set_now], NOW)
    assert chosen is not None and chosen.zone is Zone.GREEN
    alone = current_check_in([wrong_clock], NOW)
    assert alone is not None and alone.zone is Zone.RED, "with nothing else, it still counts"


def test_zone_green_after_a_future_check_in_shows_green(tmp_path: Path) -> None:
    future = datetime.now(UTC) + timedelta(days=400)
    Journal(tmp_path).add(_check_in(Zone.RED, future, future, 1))
    assert "Zone set to Green." in magtui_in(tmp_path, "zone", "green").stdout
    assert magtui_in(tmp_path, "zone").stdout.startswith("Green")
    latest = Journal(tmp_path).latest_zone()
    assert latest is not None and latest.zone is Zone.GREEN


def test_the_quick_first_look_leaves_a_journal_with_future_months_to_the_careful_read(
    tmp_path: Path,
) -> None:
    from magtui.content import default_assets_dir
    from magtui.storage.first_look import read_first_look

    Journal(tmp_path).add(_check_in(Zone.GREEN, NOW, NOW, 1))
    assert read_first_look(default_assets_dir(), tmp_path) is not None
    future = datetime.now(UTC) + timedelta(days=400)
    Journal(tmp_path).add(_check_in(Zone.RED, future, future, 2))
    assert read_first_look(default_assets_dir(), tmp_path) is None


@pytest.mark.parametrize(
    "command",
    [["export", "--format", "json"], ["export", "--format", "csv"], ["zone"], ["log", "cream"]],
    ids=["json", "csv", "zone", "log"],
)
@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_output_that_cannot_be_written_is_one_sentence_and_exit_1(
    tmp_path: Path, command: list[str], stdout: str
) -> None:
    import subprocess
    import sys

    assert magtui_in(tmp_path, "log", "cream").returncode == 0
    target = "> /dev/full" if stdout == "full" else ">&-"
    line = " ".join([sys.executable, "-m", "magtui", *command, "--data-dir", str(tmp_path)])
    done = subprocess.run(
        f"{line} {target}", shell=True, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert "The output could not be written" in done.stderr


def test_a_path_echoed_back_shows_control_characters_spelled_out(tmp_path: Path) -> None:
    assert magtui_in(tmp_path / "data", "log", "cream").returncode == 0
    target = tmp_path / "out\x1b[31m.md"
    done = magtui_in(tmp_path / "data", "export", "--format", "md", "--output", str(target))
    assert done.returncode == 0 and target.exists()
    assert "\x1b" not in done.stdout and "out\\x1b[31m.md" in done.stdout


def _exported(data: Path) -> dict[str, object]:
    assert magtui_in(data, "log", "soak", "--reaction", "itch", "--severity", "2").returncode == 0
    exported: dict[str, object] = json.loads(magtui_in(data, "export", "--format", "json").stdout)
    return exported


def _journal_bytes(data: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(own_folder(data).glob("*.json"))}


def test_import_is_strict_about_types(tmp_path: Path) -> None:
    exported = _exported(tmp_path / "from")
    entries = exported["entries"]
    assert isinstance(entries, list)
    next(e for e in entries if e["kind"] == "reaction")["severity"] = "2"
    source = tmp_path / "coerced.json"
    source.write_text(json.dumps(exported))
    done = magtui_in(tmp_path / "to", "import", str(source))
    assert done.returncode == 2 and "severity: input should be a valid integer" in done.stderr
    assert not (tmp_path / "to" / "journal").exists()


def test_an_id_naming_a_different_entry_is_reported_and_nothing_is_imported(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    exported = _exported(data)
    entries = exported["entries"]
    assert isinstance(entries, list)
    entries[0]["note"] = "changed by hand"
    entries.append({**entries[0], "id": "f" * 22, "note": "new"})
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(exported))
    before = _journal_bytes(data)
    done = magtui_in(data, "import", str(source))
    assert done.returncode == 2
    assert f"(first: {entries[0]['id']}); nothing was imported" in done.stderr
    assert _journal_bytes(data) == before


@pytest.mark.parametrize("kind", ["device", "pipe", "folder"])
def test_import_reads_only_regular_files(tmp_path: Path, kind: str) -> None:
    import os

    source = {"device": Path("/dev/zero"), "folder": tmp_path}.get(kind, tmp_path / "pipe")
    if kind == "pipe":
        os.mkfifo(source)
    done = magtui_in(tmp_path / "data", "import", str(source))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data" / "journal").exists()


@pytest.mark.parametrize("shape", ["pipe", "folder", "oversized"])
def test_a_journal_file_that_is_not_a_small_regular_file_is_kept_aside(
    tmp_path: Path, shape: str
) -> None:
    import os

    from magtui.storage.files import FILE_LIMIT

    assert magtui_in(tmp_path, "log", "cream").returncode == 0
    assert magtui_in(tmp_path, "log", "cream", "--at", "40d ago").returncode == 0
    older = sorted(own_folder(tmp_path).glob("*.json"))[0]
    older.unlink()
    if shape == "pipe":
        os.mkfifo(older)
    elif shape == "folder":
        older.mkdir()
    else:
        with older.open("wb") as file:
            file.truncate(FILE_LIMIT + 10)  # sparse: claims 64 MB without taking the disk
    done = magtui_in(tmp_path, "export", "--format", "json")  # times out rather than hangs
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert len(json.loads(done.stdout)["entries"]) == 1
    if shape != "folder":
        assert "kept aside" in done.stderr
        assert list(own_folder(tmp_path).glob(f"{older.name}.damaged-*"))


def test_settings_that_are_a_pipe_do_not_stall_the_first_screen(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    os.mkfifo(tmp_path / "settings.json")
    probe = (
        "import sys; from pathlib import Path; from magtui.content import default_assets_dir; "
        "from magtui.storage.first_look import read_first_look; "
        "print(read_first_look(default_assets_dir(), Path(sys.argv[1])))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0 and done.stdout.strip() == "None", done.stderr


def test_an_import_that_fails_part_way_is_undone_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    import magtui.storage.tinydb_storage as storage
    from magtui.domain.entries import Note
    from magtui.storage.files import StorageError

    journal = Journal(tmp_path)
    journal.add(_check_in(Zone.RED, NOW, NOW, 1))
    before = _journal_bytes(tmp_path)
    notes = [
        Note(id=f"{int(at.timestamp() * 1000):012x}{n:010x}", at=at, logged_at=at, note=f"n{n}")
        for n, at in enumerate((NOW - timedelta(days=31 * k) for k in range(1, 6)), 1)
    ]
    real_write, writes = vars(storage)["atomic_write"], []

    def failing_write(path: Path, data: bytes, **kwargs: object) -> None:
        writes.append(path.name)
        if len(writes) == 3:
            raise StorageError(f"{path.name} could not be saved (No space left on device)")
        real_write(path, data, **kwargs)

    monkeypatch.setattr(storage, "atomic_write", failing_write)
    with pytest.raises(StorageError):
        Journal(tmp_path).merge(notes)
    assert len(writes) == 3, "two months were written before the disk filled"
    assert _journal_bytes(tmp_path) == before, "and both were put back"
    assert [e.id for e in Journal(tmp_path).entries()] == [e.id for e in journal.entries()]


def test_a_notice_in_the_app_shows_control_characters_spelled_out(make_app: MakeApp) -> None:
    app = make_app()
    app.session.tell("/data/\x1b]0;title\x07journal cannot be read")
    assert app.session.notice == "/data/\\x1b]0;title\\x07journal cannot be read"
