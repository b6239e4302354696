"""Every user path that writes, with each storage call made to fail in turn, four ways.

For each path (from the app's session, as its screens call it, and from the shell) a run with
no fault counts the storage calls the path makes; then, for every N and each of EIO, ENOSPC,
EROFS and EACCES, the Nth call fails. After each run:

- either the path claimed success and the journal's current view is exactly the one the run
  without a fault left, or it said one true sentence naming the cause, claimed nothing, and
  the view is exactly as before;
- the next start is clean: nothing damaged, no temporary file left, nothing to undo.
"""

from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from magtui.commands.launch import load_services
from magtui.commands.log import run_log
from magtui.commands.log_request import LogRequest
from magtui.commands.merge import run_import
from magtui.commands.zone import run_zone
from magtui.domain.documents import document_of
from magtui.domain.entries import Note
from magtui.domain.history import current_view
from magtui.domain.themes import ThemeName
from magtui.domain.vocabulary import CapsuleForm, ReactionKind, TopicalMethod
from magtui.domain.zones import Zone
from magtui.session import Services, Session, first_look_of
from magtui.session.dosing import DoseAsked, Dosing
from magtui.session.outcome import NotSaved, Saved
from magtui.session.quick_log import QuickLog
from magtui.storage.causes import cause
from magtui.storage.guided_store import GuidedStore
from magtui.storage.journal import Journal
from magtui.storage.settings_store import SettingsStore
from tests.conftest import FIXED_NOW, fixed_clock, leave_behind
from tests.faults import ERRORS, Faults, repeatable_ids
from tests.sample_journal import sample_entries


@dataclass
class Ran:
    """What a path said: a confirmation, or a sentence (on the notice line, or standard error)."""

    claimed: bool
    sentence: str | None


Path_ = Callable[[Path], Callable[[], Ran]]
"""Given the data folder, it gets ready (the app started, as a person finds it) and returns the
act itself, which is what runs with the faults injected."""


def _session(data_dir: Path) -> Session:
    from magtui.content import load_content

    guidance = _GUIDANCE.get("g") or _GUIDANCE.setdefault("g", load_content())
    store = SettingsStore(data_dir)
    journal = Journal(data_dir)
    services = Services(guidance, store.load(), store, journal, GuidedStore(data_dir))
    session = Session(first_look_of(services), fixed_clock, services)
    session.guiding.load()  # as the app does at start
    return session


_GUIDANCE: dict[str, Any] = {}


def _outcome(session: Session, outcome: Saved[Any] | NotSaved) -> Ran:
    if isinstance(outcome, Saved):
        return Ran(True, session.notice)
    return Ran(False, outcome.sentence)


def _told(session: Session, act: Callable[[], object]) -> Ran:
    """Paths that tell a failure on the notice line and return nothing (the zone, settings)."""
    act()
    return Ran(session.notice is None, session.notice)


def _a_note(data_dir: Path) -> Note:
    return next(e for e in current_view(Journal(data_dir).entries()) if isinstance(e, Note))


Act = Callable[[], Ran]


def _app_paths() -> dict[str, Callable[[Session, Path], Act]]:
    """Each path as its screen takes it: anything before the write done first, outside the
    faults (a session left running is loaded at start; an undo follows its deletion)."""

    def quick_log(s: Session, _: Path) -> Act:
        asked = QuickLog(method=TopicalMethod.SOAK, reaction=ReactionKind.NONE)
        return lambda: _outcome(s, s.journaling.quick_log(asked))

    def guided_end(s: Session, _: Path) -> Act:
        return lambda: _outcome(s, s.guiding.finish())

    def guided_answer(s: Session, _: Path) -> Act:
        return lambda: _outcome(s, s.guiding.answer(ReactionKind.NONE, None))

    def dose(s: Session, _: Path) -> Act:
        asked = DoseAsked(form=CapsuleForm.GLYCINATE, fraction=1.0, mg=100.0, with_food=True)
        return lambda: _outcome(s, Dosing(s).log(asked))

    def correction(s: Session, d: Path) -> Act:
        entry = _a_note(d)
        return lambda: _outcome(s, s.journaling.correct(entry, note="said better"))

    def deletion(s: Session, d: Path) -> Act:
        entry = _a_note(d)
        return lambda: _outcome(s, s.journaling.delete(entry))

    def undo(s: Session, d: Path) -> Act:
        done = s.journaling.delete(_a_note(d))
        assert isinstance(done, Saved)
        return lambda: _outcome(s, s.journaling.undo(done.what))

    def product(s: Session, _: Path) -> Act:
        return lambda: _outcome(s, s.journaling.save_product("Quiet cream", None, True, ""))

    def settings(s: Session, _: Path) -> Act:
        return lambda: _told(s, lambda: s.choose_theme(ThemeName.SOFT))

    def zone(s: Session, _: Path) -> Act:
        return lambda: _told(s, lambda: s.set_zone(Zone.GREEN))

    return {
        "app: quick log": quick_log,
        "app: guided session's end": guided_end,
        "app: guided session's answer": guided_answer,
        "app: capsule dose": dose,
        "app: correction": correction,
        "app: deletion": deletion,
        "app: undo": undo,
        "app: product": product,
        "app: settings": settings,
        "app: zone": zone,
    }


def _shell(command: Callable[[], int]) -> Ran:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = command()
    said = err.getvalue().strip().removeprefix("magtui: ") or None
    claimed = status == 0 and ("Saved" in out.getvalue() or "set to" in out.getvalue())
    claimed = claimed or (status == 0 and "Imported" in out.getvalue())
    return Ran(claimed, said)


def _shell_paths(export: Path) -> dict[str, Path_]:
    return {
        "shell: log": lambda d: lambda: _shell(lambda: run_log(d, LogRequest("note", note="x"))),
        "shell: zone": lambda d: lambda: _shell(lambda: run_zone(d, "green")),
        "shell: import": lambda d: lambda: _shell(lambda: run_import(d, export)),
        "shell: log, first on the older layout": lambda d: (
            lambda: _shell(lambda: run_log(d, LogRequest("note", note="x")))
        ),
    }


def _view(data_dir: Path) -> list[dict[str, Any]]:
    journal = Journal(data_dir)
    return [document_of(entry) for entry in current_view(journal.entries())]


def _state(data_dir: Path) -> tuple[object, ...]:
    """The journal's current view, the settings, and what the next start offers of a guided
    session (to log it, to ask how it went, or nothing): what a person would see."""
    settings = data_dir / "settings.json"
    return (
        _view(data_dir),
        settings.read_bytes() if settings.exists() else None,
        _offered(data_dir),
    )


def _offered(data_dir: Path) -> str | None:
    kept = data_dir / "session.json"
    if not kept.exists():
        return None
    copy = data_dir.parent / "offered"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(data_dir, copy)  # the next start may settle the file: not this one's
    found = _session(copy).guiding.current
    if found is None:
        return None
    return f"ask after {found.logged_as}" if found.is_logged else "log it"


def _next_start_is_clean(data_dir: Path) -> None:
    services = load_services(data_dir)  # raises StartupFailed with a sentence if it is not
    assert services.journal.notice is None, services.journal.notice
    left = [p.name for p in data_dir.rglob("*") if p.name.endswith(".tmp") or ".damaged-" in p.name]
    assert left == []


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal as on an ordinary day, with a guided session left running."""
    folder = tmp_path_factory.mktemp("template") / "data"
    journal = Journal(folder)
    journal.merge(sample_entries(FIXED_NOW))
    SettingsStore(folder).save(load_services(folder).settings)
    return folder


def _export_file(folder: Path) -> Path:
    """Entries of two months not yet in the journal: an import that is a transaction."""
    from magtui.exchange.json_format import write_json
    from tests.journal_helpers import note

    entries = [note("imported one", FIXED_NOW.replace(month=9)), note("imported two")]
    path = folder / "export.json"
    with path.open("wb") as out:
        write_json([entries[:1], entries[1:]], out)
    return path


def _from_the_app(act: Callable[[Session, Path], Act]) -> Path_:
    return lambda data_dir: act(_session(data_dir), data_dir)


def _all_paths(template: Path) -> dict[str, Path_]:
    paths: dict[str, Path_] = {}
    for name, act in _app_paths().items():
        paths[name] = _from_the_app(act)
    paths.update(_shell_paths(_export_file(template.parent)))
    return paths


def _prepared(template: Path, where: Path, name: str) -> Path:
    data_dir = where / "data"
    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    shutil.copytree(template, data_dir)
    if "guided" in name:
        leave_behind(data_dir, "running" if "end" in name else "asking")
    if "older layout" in name:
        _as_the_older_layout(data_dir)
    return data_dir


def _as_the_older_layout(data_dir: Path) -> None:
    """Every device folder's files in the journal folder itself, no identity: magtui before
    devices, whose first start moves them into this device's folder."""
    root = data_dir / "journal"
    for folder in [p for p in root.iterdir() if p.is_dir()]:
        for path in folder.iterdir():
            path.rename(root / path.name)
        folder.rmdir()
    for identity in data_dir.glob("device.*.json"):
        identity.unlink()


def _run(path: Path_, data_dir: Path, faults: Faults) -> tuple[tuple[object, ...], Ran]:
    """The state just before the act (once the path is ready), and what the act said."""
    with repeatable_ids():
        act = path(data_dir)
        before = _state(data_dir)
        with faults.injected():
            return before, act()


FAULT_COUNTS: dict[str, int] = {}


def test_every_storage_call_of_every_user_path_failing_four_ways_ends_truthfully(
    template: Path,
    tmp_path: Path,
    record_property: Callable[[str, object], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for command in ("log", "zone"):  # the shell's clock, fixed: each run writes the same entry
        monkeypatch.setattr(f"magtui.commands.{command}.system_clock", fixed_clock)
    problems: list[str] = []
    pairs = 0
    for name, path in _all_paths(template).items():
        data_dir = _prepared(template, tmp_path / "clean", name)
        counting = Faults()
        before, clean = _run(path, data_dir, counting)
        assert clean.claimed and clean.sentence is None, (name, clean)
        after = _state(data_dir)
        assert after != before, f"{name} wrote nothing"
        pairs += len(counting.calls)
        for fail_at, error in ((n, e) for n in range(1, len(counting.calls) + 1) for e in ERRORS):
            data_dir = _prepared(template, tmp_path / "faulty", name)
            faults = Faults(fail_at, error)
            _, ran = _run(path, data_dir, faults)
            where = f"{name}: call {fail_at} ({faults.failed}) failing with {error}"
            problems += _judged(where, ran, _state(data_dir), before, after, error)
            try:
                _next_start_is_clean(data_dir)
            except Exception as failure:  # noqa: BLE001 - reported with the rest
                problems.append(f"{where}: next start not clean: {failure}")
    FAULT_COUNTS["pairs"] = pairs
    record_property("fault_pairs", pairs)
    print(f"\nfault injection: {pairs} (path, call) pairs, each failing {len(ERRORS)} ways")
    assert problems == [], "\n".join(problems)


def _judged(
    where: str,
    ran: Ran,
    state: tuple[object, ...],
    before: tuple[object, ...],
    after: tuple[object, ...],
    error: int,
) -> list[str]:
    """What is wrong with one run's ending, if anything."""
    if ran.claimed:
        if state != after:
            return [
                f"{where}: claimed, but {_differs(state, after)} is not as the clean run left it"
            ]
        return []
    if ran.sentence is None:
        return [f"{where}: neither claimed nor said"]
    sentence = ran.sentence
    problems = []
    if state != before:
        problems.append(f"{where}: said {sentence!r}, but {_differs(state, before)} changed")
    if "\n" in sentence or not sentence.endswith(".") or "Saved" in sentence:
        problems.append(f"{where}: not one plain sentence: {sentence!r}")
    if cause(OSError(error, "")) not in sentence:
        problems.append(f"{where}: the cause is not named: {sentence!r}")
    return problems


def _differs(state: tuple[object, ...], expected: tuple[object, ...]) -> str:
    parts = ("the journal's current view", "the settings", "what the next start offers")
    return (
        ", ".join(
            f"{part} ({mine!r:.300} instead of {theirs!r:.300})"
            for part, mine, theirs in zip(parts, state, expected, strict=True)
            if mine != theirs and part != parts[0]
        )
        or parts[0]
    )


def test_an_import_that_fails_part_way_is_undone_in_the_process_that_ran_it(
    template: Path, tmp_path: Path
) -> None:
    """Not only at a later start: the journal object that ran the import reads the journal as
    it was, at once, whichever call failed."""
    from magtui.exchange.json_format import from_json
    from magtui.storage.files import StorageError

    entries = from_json(_export_file(tmp_path).read_bytes(), "export.json")
    counting = Faults()
    data_dir = _prepared(template, tmp_path / "clean", "import")
    with counting.injected():
        Journal(data_dir).merge(entries)
    failed_part_way = 0
    for fail_at in range(1, len(counting.calls) + 1):
        data_dir = _prepared(template, tmp_path / "faulty", "import")
        journal = Journal(data_dir)
        before = [document_of(e) for e in current_view(journal.entries())]
        try:
            with Faults(fail_at, ERRORS[fail_at % len(ERRORS)]).injected():
                journal.merge(entries)
        except StorageError:
            failed_part_way += 1
            assert [document_of(e) for e in current_view(journal.entries())] == before
            assert _view(data_dir) == before
    assert failed_part_way > 10


async def test_by_keys_the_quick_log_never_says_saved_when_a_storage_call_fails(
    make_app: Callable[..., Any], tmp_path: Path
) -> None:
    """The same rule seen on the screen, as a person pressing `l` `n` on the zone home would
    see it: for every storage call of the save, failing in turn (the four errors taken in turn
    too), either "Saved:" and the entry is there, or the notice names the cause and it is not."""
    from tests.screen_reader import screen_words

    async def press_l_n(folder: Path, faults: Faults) -> tuple[str, int]:
        app = make_app(sample=True, folder=folder)
        before = len(Journal(folder).entries())
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter", "l")
            while app.screen.title != "Quick log":  # the last session is read in a thread first
                await pilot.pause(0.05)
            with repeatable_ids(), faults.injected():
                await pilot.press("n")
                await pilot.pause()
            shown = screen_words(app)
        return shown, len(Journal(folder).entries()) - before

    counting = Faults()
    shown, added = await press_l_n(tmp_path / "clean", counting)
    assert "Saved:" in shown and added == 2 and counting.calls
    problems = []
    for fail_at in range(1, len(counting.calls) + 1):
        error = ERRORS[fail_at % len(ERRORS)]
        faults = Faults(fail_at, error)
        shown, added = await press_l_n(tmp_path / f"fails-at-{fail_at}", faults)
        saved = "Saved:" in shown
        if (saved, added) not in ((True, 2), (False, 0)):
            problems.append(f"call {fail_at} ({faults.failed}): saved said {saved}, added {added}")
        if not saved and cause(OSError(error, "")) not in shown:
            problems.append(f"call {fail_at} ({faults.failed}): the cause is not on screen")
    assert problems == []
