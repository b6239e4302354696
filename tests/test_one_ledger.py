"""One journal, every view agrees: the facts of one journal, written through the command line
and the app, read back from each screen, export and command that reports them.

The journal (all in Red, all before the tests' fixed now):
- Calm cream, 3 uses: 2 answered no reaction, 1 answered itch, moderate: reacted.
- Silent balm, 2 uses nobody answered: new, "2 not answered" (silence is not a no).
- An unnamed soak answered "don't know": neither a reaction nor a no.
- Two glycinate doses a minute apart, never answered: new, and the Red gate still asks.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from magtui.domain.history import history_of
from magtui.domain.ledger import Ledger
from magtui.domain.ledger_facts import Tolerance
from magtui.storage.journal import Journal
from magtui.ui.features.home.home import HomeScreen
from tests.commandline import magtui_in
from tests.conftest import FIXED_NOW, MakeApp
from tests.screen_reader import screen_words

LOGS = [
    ("cream", "2026-11-18T09:00", "--product", "Calm", "--reaction", "none"),
    ("cream", "2026-11-19T09:00", "--product", "calm ", "--reaction", "none"),
    ("cream", "2026-11-20T09:00", "--product", "Calm", "--reaction", "itch", "--severity", "2"),
    ("balm", "2026-11-20T10:00", "--product", "Silent"),
    ("balm", "2026-11-21T10:00", "--product", "Silent"),
    ("soak", "2026-11-21T11:00", "--reaction", "dont-know"),
    ("capsule", "2026-11-21T12:00", "--form", "glycinate", "--amount", "1/2"),
]
CALM = "reacted: itch, moderate (2 no reaction, 1 with a reaction)"
SILENT = "new (2 not answered)"
GLYCINATE = "new (2 not answered)"


def _log(data_dir: Path, method: str, at: str, *options: str) -> str:
    done = magtui_in(data_dir, "log", method, "--at", f"{at}+00:00", "--zone", "red", *options)
    assert done.returncode == 0, done.stderr
    return done.stderr


@pytest.fixture
def known_journal(data_dir: Path) -> Path:
    for method, at, *options in LOGS:
        _log(data_dir, method, at, *options)
    caution = _log(data_dir, "capsule", "2026-11-21T12:01", "--form", "glycinate", "--mg", "50")
    assert "does not show glycinate as tolerated (none answered no reaction" in caution
    return data_dir


def test_the_ledger_holds_the_known_facts(known_journal: Path) -> None:
    ledger = Ledger(history_of(Journal(known_journal).entries()), FIXED_NOW.tzinfo)
    calm, silent = ledger.product("Calm"), ledger.product("Silent")
    assert calm is not None and calm.tolerance is Tolerance.REACTED
    assert silent is not None and silent.tolerance is Tolerance.NEW
    assert ledger.tolerated_forms() == []


def test_the_command_line_caution_rests_on_the_same_answers(known_journal: Path) -> None:
    said = _log(known_journal, "capsule", "2026-11-21T13:00", "--form", "glycinate", "--mg", "50")
    assert "(none answered no reaction, none with a reaction, 2 not answered)" in said


@pytest.mark.long
async def test_every_screen_says_the_same(known_journal: Path, make_app: MakeApp) -> None:
    app = make_app(zone=None)
    async with app.run_test(size=(120, 80)) as pilot:
        await pilot.press("r")  # the check-in: Red
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        home = screen_words(app)
        assert "Tolerated" not in home, "unanswered doses never make a form tolerated"
        await pilot.press("p")
        await pilot.pause()
        products = screen_words(app)
        assert CALM in products and SILENT in products
        await pilot.press("escape", "c")
        await pilot.pause()
        capsules = screen_words(app)
        assert f"Your journal: {GLYCINATE}." in capsules
        assert "How did the last dose go?" in capsules
        await pilot.press("escape", "j", "f", "p")
        await pilot.pause()
        names = screen_words(app)
        assert "1 Calm 2 Silent" in names
        await pilot.press("1")
        await pilot.pause()
        listed = screen_words(app)
        assert "Calm · 6 entries" in listed, "the product's three uses and their three answers"
        assert "Reaction: itch, moderate, after Cream, Calm" in listed
        await pilot.press("a", "v")
        await pilot.pause()
        pictures = screen_words(app)
        assert "Calm" in pictures and "used 3: 1 with a reaction, 2 no reaction" in pictures
        assert "used 2: 0 with a reaction, 0 no reaction, 2 not answered or don't know" in pictures


def test_every_export_says_the_same(known_journal: Path) -> None:
    summary = magtui_in(
        known_journal, "export", "--format", "summary", "--since", "2026-11-01"
    ).stdout
    assert "- Calm: used 3 (2 no reaction, 1 with a reaction); over all time reacted" in summary
    assert "- Silent: used 2 (0 no reaction, 0 with a reaction, 2 not answered)" in summary
    assert "- Foot soak: 1 (0 no reaction, 0 with a reaction, 1 don't know)" in summary
    assert "- Balm: 2 (0 no reaction, 0 with a reaction, 2 not answered)" in summary
    assert "- glycinate: used 2 (0 no reaction, 0 with a reaction, 2 not answered)" in summary
    assert "itch, moderate, after Cream, Calm (Fri 20 Nov 2026, 09:00)" in summary
    assert "\\:" not in summary and "today" not in summary
    markdown = magtui_in(known_journal, "export", "--format", "md").stdout
    assert markdown.count("Reaction: itch, moderate") == 1
    assert markdown.count("Reaction: no reaction") == 2
    assert markdown.count("Reaction: don't know yet") == 1
    rows = list(
        csv.DictReader(io.StringIO(magtui_in(known_journal, "export", "--format", "csv").stdout))
    )
    reactions = [row["reaction"] for row in rows if row["kind"] == "reaction"]
    assert sorted(reactions) == ["dont-know", "itch", "none", "none"]
    exported = json.loads(magtui_in(known_journal, "export", "--format", "json").stdout)
    assert len(exported["entries"]) == len(rows) == 12


async def test_another_magtuis_write_shows_the_next_time_a_view_is_drawn(
    data_dir: Path, make_app: MakeApp
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("enter", "p")
        await pilot.pause()
        assert "Elsewhere" not in screen_words(app)
        await pilot.press("escape", "j")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Everything · 30 entries" in screen_words(app)
        await pilot.press("enter")  # an entry, read whole
        await pilot.pause()
        at = FIXED_NOW.isoformat()
        written = magtui_in(data_dir, "log", "cream", "--product", "Elsewhere", "--at", at)
        assert written.returncode == 0, written.stderr
        await pilot.press("escape")  # back to the journal: read again, in its worker
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Everything · 31 entries" in screen_words(app)
        assert "Cream, Elsewhere" in screen_words(app)
        await pilot.press("escape", "p")
        await pilot.pause()
        assert "Elsewhere new (1 not answered)" in screen_words(app)
