"""The current view: corrections, deletions and undos are entries of their own, and a merge of
two journals in either order shows the same view."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from magtui.domain.documents import new_entry
from magtui.domain.entries import Entry, Note
from magtui.domain.history import current_view, history_of
from magtui.storage.journal import Journal

START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
_count = itertools.count(1)


def _entry(minutes: int, written: int | None = None, **fields: Any) -> Entry:
    at = START + timedelta(minutes=minutes)
    logged = START + timedelta(minutes=written if written is not None else minutes)
    entry_id = f"{int(at.timestamp() * 1000):012x}{next(_count):010x}"
    return new_entry({"id": entry_id, "at": at, "logged_at": logged, **fields})


def note(minutes: int, text: str) -> Entry:
    return _entry(minutes, kind="note", note=text)


def correction(of: Entry, text: str, written: int) -> Entry:
    minutes = int((of.at - START).total_seconds() // 60)
    return _entry(minutes, written, kind="note", note=text, replaces=of.id)


def deletion(of: Entry, written: int) -> Entry:
    return _entry(written, kind="deletion", deletes=of.id)


def undo(of: Entry, written: int) -> Entry:
    return _entry(written, kind="undo", undoes=of.id)


def notes_of(entries: list[Entry]) -> list[str]:
    return [entry.note for entry in current_view(entries) if isinstance(entry, Note)]


def test_a_journal_without_changes_is_its_own_view_oldest_first() -> None:
    first, second = note(1, "one"), note(2, "two")
    assert current_view([second, first]) == [first, second]


def test_a_correction_stands_in_for_the_entry_and_keeps_its_place() -> None:
    first, second = note(1, "one"), note(2, "twoo")
    fixed = correction(second, "two", written=10)
    assert notes_of([first, second, fixed]) == ["one", "two"]
    history = history_of([first, second, fixed])
    assert history.current(second.id) is fixed and history.current(fixed.id) is fixed


def test_a_correction_of_a_correction_wins_and_the_latest_written_wins_among_siblings() -> None:
    original = note(1, "a")
    fixed = correction(original, "b", written=5)
    fixed_again = correction(fixed, "c", written=6)
    assert notes_of([original, fixed, fixed_again]) == ["c"]
    sibling_early = correction(original, "early", written=7)
    sibling_late = correction(original, "late", written=8)
    assert notes_of([original, sibling_late, sibling_early]) == ["late"]


def test_a_deletion_hides_the_entry_and_every_version_of_it() -> None:
    kept, gone = note(1, "kept"), note(2, "gone")
    fixed = correction(gone, "gone, corrected", written=5)
    assert notes_of([kept, gone, deletion(gone, 6)]) == ["kept"]
    assert notes_of([kept, gone, fixed, deletion(fixed, 6)]) == ["kept"]


def test_an_undo_puts_a_deleted_entry_back_and_an_undo_of_that_deletes_it_again() -> None:
    entry = note(1, "here")
    deleted = deletion(entry, 5)
    undone = undo(deleted, 6)
    assert notes_of([entry, deleted]) == []
    assert notes_of([entry, deleted, undone]) == ["here"]
    assert notes_of([entry, deleted, undone, undo(undone, 7)]) == []


def test_undoing_a_correction_shows_the_version_before_it() -> None:
    entry = note(1, "first")
    fixed = correction(entry, "second", written=5)
    assert notes_of([entry, fixed, undo(fixed, 6)]) == ["first"]


def test_changes_naming_entries_this_journal_does_not_hold_change_nothing() -> None:
    entry = note(1, "here")
    stranger = note(2, "elsewhere")
    assert notes_of([entry, deletion(stranger, 5), undo(stranger, 6)]) == ["here"]


def test_undos_that_name_each_other_in_a_loop_end_and_leave_the_deletion_standing() -> None:
    """Only a crafted import can make such a loop; it must neither hang nor undo the deletion."""
    entry = note(1, "here")
    deleted = deletion(entry, 5)
    first = _entry(6, kind="undo", undoes="0" * 22)
    second = _entry(7, kind="undo", undoes=first.id)
    looped = new_entry({**vars_of(first), "undoes": second.id})
    assert notes_of([entry, deleted, looped, second]) == []
    assert notes_of([entry, deleted, second, looped]) == []


def vars_of(entry: Entry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in entry.__dataclass_fields__}


def _two_journals() -> tuple[list[Entry], list[Entry]]:
    """A phone and a laptop that shared the first two entries and then changed things apart."""
    shared_a, shared_b = note(1, "shared a"), note(2, "shared b")
    phone = [shared_a, shared_b, note(3, "phone only")]
    phone.append(correction(shared_a, "shared a, fixed on the phone", written=10))
    phone.append(deletion(shared_b, 11))
    laptop = [shared_a, shared_b, note(4, "laptop only")]
    laptop.append(correction(shared_a, "shared a, fixed on the laptop later", written=12))
    gone = deletion(laptop[2], 13)
    laptop += [gone, undo(gone, 14)]
    return phone, laptop


def test_two_journals_merged_in_either_order_show_the_same_view(tmp_path: Path) -> None:
    phone, laptop = _two_journals()
    views = []
    for order, first, second in (("pl", phone, laptop), ("lp", laptop, phone)):
        journal = Journal(tmp_path / order)
        journal.merge(first)
        journal.merge(second)
        views.append(notes_of(journal.entries()))
    assert (
        views[0]
        == views[1]
        == [
            "shared a, fixed on the laptop later",
            "phone only",
            "laptop only",
        ]
    )


def test_merging_the_same_journal_twice_adds_nothing(tmp_path: Path) -> None:
    phone, laptop = _two_journals()
    journal = Journal(tmp_path / "data")
    journal.merge(phone)
    first = journal.merge(laptop)
    again = journal.merge(laptop)
    assert again.added == 0 and again.already_there == len(laptop)
    assert first.added == len({e.id for e in laptop} - {e.id for e in phone})


def test_the_view_does_not_depend_on_the_order_entries_are_read_in() -> None:
    phone, laptop = _two_journals()
    everything = list({entry.id: entry for entry in phone + laptop}.values())
    expected = current_view(everything)
    for seed in range(20):
        shuffled = everything[:]
        random.Random(seed).shuffle(shuffled)
        assert current_view(shuffled) == expected
