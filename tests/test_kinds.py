"""Each kind of entry has one home (`magtui.domain.kinds`): every entry class has a kind, every
field a kind offers to correct is one the correct screen can change, and the filter's keys do
not run out when a kind is added."""

from __future__ import annotations

import dataclasses

import pytest

from magtui.domain import kinds
from magtui.domain.entries import ENTRY_CLASS_OF_KIND, Note
from magtui.domain.kinds import CHANGES, FILTER_KEYS, KINDS, Kind, filter_keys
from magtui.domain.vocabulary import TopicalMethod
from magtui.ui.features.journal.correct import CORRECTION_CHOICES
from tests.conftest import MakeApp
from tests.screen_reader import screen_words

FIELD_OF_CORRECTION = {"length": "duration_minutes"}
"""A correction that sets a field by another name: how long, typed in minutes."""


def test_every_entry_class_is_a_kind_or_a_change_to_other_entries() -> None:
    classes = set(ENTRY_CLASS_OF_KIND.values())
    assert {kind.entry for kind in KINDS} | set(CHANGES) == classes
    assert not {kind.entry for kind in KINDS} & set(CHANGES)


def test_every_topical_method_is_a_kind_of_its_own() -> None:
    assert {method.value for method in TopicalMethod} <= {kind.name for kind in KINDS}


@pytest.mark.parametrize("kind", KINDS, ids=[kind.name for kind in KINDS])
def test_each_kind_corrects_only_fields_it_has_and_the_correct_screen_knows(kind: Kind) -> None:
    fields = {field.name for field in dataclasses.fields(kind.entry)}
    for name in kind.corrects:
        assert name in CORRECTION_CHOICES, f"the correct screen cannot change {name}"
        assert FIELD_OF_CORRECTION.get(name, name) in fields, f"{kind.name} has no {name}"
    assert kind.corrects[-2:] == ("at", "note"), "every kind ends with its time and note"


def test_the_correct_screen_gives_each_field_of_a_kind_its_own_key() -> None:
    for kind in KINDS:
        keys = [CORRECTION_CHOICES[name][0] for name in kind.corrects]
        assert len(keys) == len(set(keys)), kind.name


def test_the_filter_keys_are_distinct_and_leave_the_screen_keys_alone() -> None:
    assert len(set(FILTER_KEYS)) == len(FILTER_KEYS)
    assert not set(FILTER_KEYS) & {"q", "l", "?"}, "quit, the quick log and help keep theirs"
    assert list(filter_keys())[:9] == list("123456789"), "today's nine keep their digits"


def test_more_kinds_than_digits_still_get_a_key_each(monkeypatch: pytest.MonkeyPatch) -> None:
    many = tuple(Kind(f"k{n}", Note, f"Kind {n}", ("at", "note")) for n in range(len(FILTER_KEYS)))
    monkeypatch.setattr(kinds, "KINDS", many)
    assert list(filter_keys().values()) == list(many)
    monkeypatch.setattr(kinds, "KINDS", (*many, many[0]))
    with pytest.raises(ValueError, match="filter keys"):
        filter_keys()


async def test_a_tenth_kind_is_offered_by_the_filter_under_its_own_key(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenth = Kind("hydration", Note, "Glasses of water", ("at", "note"))
    monkeypatch.setattr(kinds, "KINDS", (*KINDS, tenth))
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "j", "f", "k")
        await pilot.pause()
        words = screen_words(app)
        assert "Which kind?" in words and "a Glasses of water" in words
        await pilot.press("a")
        await pilot.pause()
        assert "Glasses of water" in screen_words(app), "the journal shows the filter chosen"
