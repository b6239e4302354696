"""The key table: one letter, one meaning, or the table says why; and the README lists it."""

from __future__ import annotations

from pathlib import Path

from magtui.ui.keys import KEYS, SHARED, key_list, labels_by_letter

README = Path(__file__).parent.parent / "README.md"


def test_no_letter_has_two_labels_unless_the_table_says_why() -> None:
    letters = labels_by_letter()
    unexplained = {k: v for k, v in letters.items() if len(v) > 1 and k not in SHARED}
    assert unexplained == {}
    stale = [letter for letter in SHARED if len(letters.get(letter, [])) < 2]
    assert stale == [], "a reason for a letter that now has one label"


def test_the_keys_the_issue_named_now_mean_one_thing() -> None:
    """l is only the quick log; d is only Don't know; s is never Stop or Save."""
    assert labels_by_letter()["l"] == ["Log"]
    assert {KEYS[n].label for n in KEYS if KEYS[n].press == "d"} == {"Don't know", "Don't know yet"}
    assert labels_by_letter()["s"] == ["Settings", "Report"]


def test_the_readme_lists_the_key_table() -> None:
    """Regenerate with `make keys` when the table changes."""
    assert key_list() in README.read_text(encoding="utf-8")
