"""The ledger's digests on disk: disposable, private, small, never trusted over a changed part,
and never hiding damage."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from magtui.domain.history import history_of
from magtui.domain.ledger import Ledger
from magtui.domain.ledger_digest import Standings, entangled, standings_of
from magtui.domain.vocabulary import CapsuleForm
from magtui.domain.zones import Zone
from magtui.storage import journal as journal_module
from magtui.storage.journal import Journal
from magtui.storage.ledger_cache import SHARING_FILE, LedgerCache
from magtui.storage.names import LEDGER_DIR
from tests.conftest import FIXED_NOW, MakeApp
from tests.journal_helpers import file_mode, note
from tests.sample_journal import sample_entries
from tests.screen_reader import screen_words

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
SMALL_PARTS = 4
"""Parts of four entries, so a small journal has many parts and uses split from answers."""


@pytest.fixture
def journal(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Journal:
    monkeypatch.setattr(journal_module, "PART_LIMIT", SMALL_PARTS)
    journal = Journal(data_dir)
    for entry in sample_entries(NOW):  # one write each, as a person makes them
        journal.add(entry)
    return journal


def _whole(journal: Journal) -> Standings:
    return standings_of(Ledger(history_of(Journal(journal.data_dir).entries()), UTC))


def _same(found: Standings, expected: Standings) -> None:
    assert dict(found.forms) == dict(expected.forms)
    assert dict(found.products) == dict(expected.products)
    assert dict(found.capsules) == dict(expected.capsules)
    assert found.tolerated_forms() == expected.tolerated_forms()


def _cache_files(journal: Journal) -> list[Path]:
    """The parts' digests (the kept verdict on which parts share entries apart)."""
    folder = journal.data_dir / LEDGER_DIR
    return sorted(p for p in folder.glob("*.json") if p.name != SHARING_FILE)


def test_a_second_reader_reads_digests_not_parts(journal: Journal) -> None:
    parts = journal.part_files()
    assert len(parts) > 5
    first = LedgerCache(Journal(journal.data_dir))
    _same(first.standings(), _whole(journal))
    assert first.parts_digested == len(parts)
    assert [p.name for p in _cache_files(journal)] == sorted(
        f"{journal.device}.{p.name}" for p in parts
    )
    again = LedgerCache(Journal(journal.data_dir))
    found = again.standings()
    _same(found, _whole(journal))
    assert again.parts_digested == 0
    assert found.parts_read < len(parts), "only parts that name one another are read in full"
    assert found.tolerated_forms() == [CapsuleForm.GLYCINATE]


def test_deleting_the_cache_changes_nothing_but_speed(journal: Journal) -> None:
    kept = LedgerCache(Journal(journal.data_dir)).standings()
    shutil.rmtree(journal.data_dir / LEDGER_DIR)
    fresh = LedgerCache(Journal(journal.data_dir))
    _same(fresh.standings(), kept)
    assert fresh.parts_digested == len(journal.part_files())


def test_the_cache_is_private_and_at_most_a_tenth_of_the_journal() -> None:
    """At the usual part size, on the benchmark's journal of 3,000 entries."""
    from bench.journal import build_journal

    folder = build_journal(3000)
    try:
        big = Journal(folder)
        LedgerCache(big).standings()
        cache = _cache_files(big)
        assert cache and all(file_mode(path) == 0o600 for path in cache)
        assert file_mode(big.data_dir / LEDGER_DIR) == 0o700
        parts = sum(path.stat().st_size for path in big.part_files())
        assert sum(path.stat().st_size for path in cache) <= parts / 10
    finally:
        shutil.rmtree(folder)


def test_a_part_edited_in_place_with_its_old_times_is_read_again(journal: Journal) -> None:
    """The change time cannot be set back, so a digest never stands in for an edited part."""
    LedgerCache(Journal(journal.data_dir)).standings()
    part = journal.part_files()[0]
    status = part.stat()
    text = part.read_bytes()
    part.write_bytes(text.replace(b'"glycinate"', b'"taurate"  '))  # the same size
    os.utime(part, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert part.stat().st_size == status.st_size and part.stat().st_mtime_ns == status.st_mtime_ns
    again = LedgerCache(Journal(journal.data_dir))
    _same(again.standings(), _whole(journal))
    assert again.parts_digested == 1


def test_a_damaged_part_with_a_digest_beside_it_is_still_found_and_kept_aside(
    journal: Journal,
) -> None:
    cache = LedgerCache(Journal(journal.data_dir))
    cache.standings()
    parts = journal.part_files()
    read_anyway = entangled([cache.digest(part) for part in parts])
    part = next(p for n, p in enumerate(parts) if n not in read_anyway)  # else read regardless
    damage = b'{"entries": {"1": {"kind": "topi'
    part.write_bytes(damage)
    reader = Journal(journal.data_dir)
    LedgerCache(reader).standings()
    kept = list(part.parent.glob(f"{part.name}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damage
    assert reader.notice is not None and "backup from" in reader.notice


@pytest.mark.parametrize(
    "content",
    [b"", b"[" * 200_000, b'{"version": 1}', b"\xff\xfe", b'{"version": 999, "state": [1]}'],
    ids=["empty", "deep", "partial", "not-text", "other-version"],
)
def test_an_unreadable_digest_is_worked_out_again(journal: Journal, content: bytes) -> None:
    LedgerCache(Journal(journal.data_dir)).standings()
    for path in _cache_files(journal):
        path.write_bytes(content)
    again = LedgerCache(Journal(journal.data_dir))
    _same(again.standings(), _whole(journal))
    assert again.parts_digested == len(journal.part_files())
    assert all(path.read_bytes() != content for path in _cache_files(journal))


def test_a_cache_that_cannot_be_written_changes_nothing(journal: Journal) -> None:
    shutil.rmtree(journal.data_dir / LEDGER_DIR, ignore_errors=True)
    (journal.data_dir / LEDGER_DIR).write_text("a file where the folder goes")
    found = LedgerCache(Journal(journal.data_dir)).standings()
    _same(found, _whole(journal))
    assert (journal.data_dir / LEDGER_DIR).read_text() == "a file where the folder goes"


def test_another_process_s_write_is_seen_by_a_running_reader(journal: Journal) -> None:
    reader = LedgerCache(Journal(journal.data_dir))
    assert CapsuleForm.TAURATE not in reader.standings().forms
    for _ in range(2):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "magtui",
                "log",
                "capsule",
                "--form",
                "taurate",
                "--amount",
                "1/4",
                "--reaction",
                "none",
                "--data-dir",
                str(journal.data_dir),
            ],
            check=True,
            capture_output=True,
        )
    found = reader.standings()
    assert found.forms[CapsuleForm.TAURATE].times_used == 2
    assert CapsuleForm.TAURATE in found.tolerated_forms()
    _same(found, _whole(journal))


def test_a_few_missing_digests_are_worked_out_at_once_and_many_are_left_to_a_full_read(
    journal: Journal,
) -> None:
    parts = journal.part_files()
    cache = LedgerCache(Journal(journal.data_dir))
    assert cache.standings_if_kept(2) is None and cache.parts_digested == 0
    cache.standings()
    os.unlink(journal.data_dir / LEDGER_DIR / f"{journal.device}.{parts[-1].name}")
    quick = LedgerCache(Journal(journal.data_dir))
    found = quick.standings_if_kept(2)
    assert found is not None and quick.parts_digested == 1
    _same(found, _whole(journal))


async def test_the_red_home_draws_its_capsule_row_from_the_digests_and_the_same_without(
    make_app: MakeApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row is right at the first draw while the whole journal is still being read; with no
    digests kept the page only gets it from the read, and ends the same."""
    from magtui.session.journaling import Journaling

    journal = Journal(data_dir)
    journal.add(*sample_entries(FIXED_NOW))
    journal.add(note("half a year ago", FIXED_NOW - timedelta(days=180)))
    LedgerCache(journal).standings()
    finished = Journaling.read_all

    def never_done(self: Journaling) -> object:
        raise RuntimeError("the whole journal's read has not finished")

    screens = []
    for cache_kept, read in ((True, never_done), (False, never_done), (False, finished)):
        if not cache_kept:
            shutil.rmtree(data_dir / LEDGER_DIR, ignore_errors=True)
        monkeypatch.setattr(Journaling, "read_all", read)
        app = make_app(zone=Zone.RED)
        async with app.run_test(size=(80, 40)) as pilot:
            await pilot.press("enter")  # Red, as checked in
            await pilot.pause()
            screens.append(screen_words(app))
    assert "Capsules of glycinate" in screens[0]
    assert "Capsules of glycinate" not in screens[1], "only the read can say, with no digests"
    assert screens[2] == screens[0]


@pytest.mark.parametrize("folder_made", [True, False], ids=["folder-made", "older-journal"])
def test_a_reader_keeping_digests_never_changes_the_journal_folder(
    journal: Journal, folder_made: bool
) -> None:
    """Every open magtui takes a change of the journal folder for a new entry and reads it all
    again, so digests go only into a folder a writer made."""
    shutil.rmtree(journal.data_dir / LEDGER_DIR)
    if folder_made:
        (journal.data_dir / LEDGER_DIR).mkdir(mode=0o700)
    seen = journal.signature()
    LedgerCache(Journal(journal.data_dir)).standings()
    assert journal.signature() == seen
    assert bool(_cache_files(journal)) is folder_made


@pytest.mark.parametrize("keys", ["xyz", "0123456", "0123456789abcdeg"], ids=str)
def test_a_digest_whose_keys_are_not_keys_is_worked_out_again(journal: Journal, keys: str) -> None:
    """Its part's state still matches, so only the keys' own check can catch it."""
    import json

    LedgerCache(Journal(journal.data_dir)).standings()
    for path in _cache_files(journal):
        kept = json.loads(path.read_text())
        kept["digest"]["keys"] = keys
        path.write_text(json.dumps(kept))
    again = LedgerCache(Journal(journal.data_dir))
    _same(again.standings(), _whole(journal))
    assert again.parts_digested == len(journal.part_files())


def test_the_kept_verdict_on_shared_entries_is_never_trusted_over_a_changed_part(
    tmp_path: Path,
) -> None:
    """Two devices holding the same import: counted once, whether the verdict is kept, stale,
    unreadable or gone."""
    from tests.journal_helpers import note

    devices = [tmp_path / name / "data" for name in ("a", "b")]
    shared = sample_entries(NOW)
    for data_dir in devices:
        Journal(data_dir).merge(shared)
    theirs = Journal(devices[1]).folder
    shutil.copytree(theirs, devices[0] / "journal" / theirs.name)
    reader = devices[0]
    verdict = reader / LEDGER_DIR / SHARING_FILE

    def counted() -> Standings:
        return LedgerCache(Journal(reader)).standings()

    expected = standings_of(Ledger(history_of(Journal(reader).entries()), UTC))
    _same(counted(), expected)
    assert expected.forms and verdict.exists()
    _same(counted(), expected)  # from the kept verdict
    verdict.write_text('{"version": 2, "key": "stale", "parts": []}')
    _same(counted(), expected)
    verdict.write_bytes(b"\xff")
    _same(counted(), expected)
    Journal(reader).add(note("one more"))
    expected = standings_of(Ledger(history_of(Journal(reader).entries()), UTC))
    _same(counted(), expected)
