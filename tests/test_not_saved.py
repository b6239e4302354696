"""A write that fails says so in one sentence and nothing else claims it was saved.

Every save below meets a data folder that stopped taking writes just before it (every flush to
disk fails as on a read-only or full disk: root, who runs CI, can write to read-only folders).
Each screen must then show the sentence that nothing was saved, never "Saved" or "is in the
journal"; the journal's files stay as they were; an answer still owed is asked again at the next
start.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from magtui.domain.zones import Zone
from tests.conftest import MakeApp
from tests.journal_helpers import own_folder
from tests.screen_reader import screen_words
from tests.screens import CAPSULES, ENDED, JOURNAL

FLOWS = {
    # name: (keys to the save, the keys that save)
    "guided answer": (ENDED, ("n",)),
    "guided reaction": ((*ENDED, "r", "2"), ("2",)),
    "quick log": (("enter", "l"), ("enter",)),
    "dose": ((*CAPSULES, "1", "1"), ("enter",)),
    "dose reaction": ((*CAPSULES, "3", "2"), ("1",)),
    "capsule": ((*CAPSULES, "2", "M", "a", "g", "enter", "1"), ("1", "2", "0", "enter")),
    "correction": ((*JOURNAL, "down", "enter", "c", "z"), ("r",)),
    "deletion": ((*JOURNAL, "down", "enter"), ("x", "x")),
    "product": (("enter", "p", "a", "C", "a", "l", "m", "enter", "1", "d"), ("enter",)),
    "report": ((*JOURNAL, "s"), ("1",)),
}
NOTHING_SAVED = "could not be saved"


def _journal_files(data_dir: Path) -> dict[str, bytes]:
    """The journal's month files (its backups and ledger cache aside) and the session file."""
    files = sorted(own_folder(data_dir).glob("*.json")) + [data_dir / "session.json"]
    return {path.name: path.read_bytes() for path in files if path.exists()}


def _writes_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(descriptor: int) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "fsync", refused)


@pytest.mark.parametrize("flow", list(FLOWS))
async def test_a_failed_save_says_nothing_was_saved_and_nothing_claims_it_was(
    make_app: MakeApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, flow: str
) -> None:
    before_keys, save_keys = FLOWS[flow]
    app = make_app(zone=Zone.GREEN, sample=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press(*before_keys)
        await pilot.pause()
        before = _journal_files(data_dir)
        _writes_fail(monkeypatch)
        await pilot.press(*save_keys)
        await pilot.pause()
        shown = screen_words(app)
        # Shown once the notice is dealt with: it must not claim the save either.
        waiting = app.confirmation or ""
        monkeypatch.undo()
    assert "Saved" not in waiting and "is in the journal" not in waiting, waiting
    assert NOTHING_SAVED in shown and "earlier data is unchanged" in shown, shown
    assert "Saved" not in shown and "is in the journal" not in shown, shown
    assert _journal_files(data_dir) == before


async def test_an_answer_not_saved_is_asked_again_at_the_next_start(
    make_app: MakeApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(zone=Zone.GREEN)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press(*ENDED)
        await pilot.pause()
        _writes_fail(monkeypatch)
        await pilot.press("n")
        await pilot.pause()
        monkeypatch.undo()
    again = make_app(zone=None)
    async with again.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        shown = screen_words(again)
    assert "How did your foot soak from" in shown and "go?" in shown, shown


async def test_a_session_whose_end_cannot_be_logged_is_kept_for_the_next_start(
    make_app: MakeApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The timer is stopped with the folder refusing writes: nothing says it was logged."""
    from tests.screens import TIMER

    app = make_app(zone=Zone.GREEN)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press(*TIMER, "escape")
        await pilot.pause()
        session_file = (data_dir / "session.json").read_bytes()
        _writes_fail(monkeypatch)
        await pilot.press("e")
        await pilot.pause()
        shown = screen_words(app)
        monkeypatch.undo()
    assert NOTHING_SAVED in shown and "Logged" not in shown and "How did it go?" not in shown
    assert (data_dir / "session.json").read_bytes() == session_file
    again = make_app(zone=None)
    async with again.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert "was still running" in screen_words(again)
