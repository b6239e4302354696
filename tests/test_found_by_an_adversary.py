"""The cases a careful adversary found in classes no earlier test covered, one test each.

Each failed before the change it guards: a file that stopped the app starting, a temporary name
that crashed the tidy step, a timer value nothing could compute with, a link that had magtui
write outside its data folder, a sentence that named the wrong cause.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from magtui.assets import default_assets_dir
from magtui.commands.launch import load_services
from magtui.domain.guided import GuidedSession
from magtui.domain.ids import new_entry_id
from magtui.domain.shown import JOINING
from magtui.domain.timer import Timer
from magtui.storage.files import clear_stray_temps
from magtui.storage.first_look import read_first_look
from magtui.storage.guided_store import GuidedStore
from magtui.storage.journal import Journal
from magtui.ui.app import JOURNAL_CHECK_SECONDS
from magtui.ui.features.home.home import HomeScreen
from magtui.ui.features.journal.journal import OTHER_WRITERS_SECONDS, JournalScreen
from magtui.ui.features.products.products import ProductsScreen
from tests.commandline import magtui_in
from tests.conftest import FIXED_NOW, MakeApp, left_behind_session
from tests.journal_helpers import note, own_folder
from tests.screen_reader import screen_text, screen_words

STOPS = [
    (signal.SIGINT, 130, "Ctrl-C"),
    (signal.SIGTERM, 143, "a request to end"),
]
"""Each signal a person or a system sends to stop a command, its exit status, and its words."""
DEEP = b"[" * 200_000
"""Deeper than any reader recurses: the standard library's gave a RecursionError."""


def _journal_with_a_zone(data_dir: Path) -> Path:
    assert magtui_in(data_dir, "zone", "green").returncode == 0
    (part,) = own_folder(data_dir).glob("*.json")
    return part


def test_settings_nested_too_deep_are_kept_aside_and_the_app_still_starts(
    data_dir: Path,
) -> None:
    _journal_with_a_zone(data_dir)
    (data_dir / "settings.json").write_bytes(DEEP)
    assert read_first_look(default_assets_dir(), data_dir) is None  # the careful start, then
    services = load_services(data_dir)
    assert services.settings.theme.value  # defaults
    assert [p.read_bytes() for p in data_dir.glob("settings.json.damaged-*")] == [DEEP]


def test_a_journal_part_nested_too_deep_is_kept_aside_with_a_sentence(data_dir: Path) -> None:
    part = _journal_with_a_zone(data_dir)
    part.write_bytes(DEEP)
    assert read_first_look(default_assets_dir(), data_dir) is None
    shown = magtui_in(data_dir, "zone")
    assert shown.returncode == 0 and "Traceback" not in shown.stderr
    assert f"{part.name} was damaged and is kept aside" in shown.stderr
    assert [p.read_bytes() for p in part.parent.glob("*.damaged-*")] == [DEEP]


def test_a_part_whose_document_keys_are_not_numbers_is_read_and_left_as_it_is(
    data_dir: Path,
) -> None:
    part = _journal_with_a_zone(data_dir)
    tables = json.loads(part.read_bytes())
    tables["entries"] = {"abc": next(iter(tables["entries"].values()))}
    part.write_text(json.dumps(tables))
    before = part.read_bytes()
    logged = magtui_in(data_dir, "log", "note", "--note", "after the odd part")
    assert logged.returncode == 0, logged.stderr
    assert part.read_bytes() == before
    kinds = sorted(entry.kind for entry in Journal(data_dir).entries())
    assert kinds == ["note", "zone"]


@pytest.mark.parametrize(
    "name",
    [
        "settings.json.99999999999999999999.tmp",  # os.kill of it overflowed
        "settings.json.1.tmp",  # pid 1 is alive, and was taken for the writer
        "settings.json.-5.tmp",
        "settings.json..tmp",
    ],
)
def test_a_stray_temporary_file_of_any_name_is_cleared(data_dir: Path, name: str) -> None:
    data_dir.mkdir()
    stray = data_dir / name
    stray.write_bytes(b'{"theme": "old"}')
    assert clear_stray_temps(data_dir) == [stray]
    assert not stray.exists()


def test_a_folder_named_like_a_temporary_file_is_left_alone(data_dir: Path) -> None:
    (data_dir / "settings.json.1.tmp").mkdir(parents=True)
    assert clear_stray_temps(data_dir, writers_locked_out=True) == []
    Journal(data_dir).add(note("saved beside it"))


@pytest.mark.parametrize("scale", ["1e-9", "1e-300", "5e-324", "0.5", "inf", "nan"])
def test_a_time_scale_the_timer_cannot_count_with_is_one_sentence(
    data_dir: Path, scale: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "magtui", "--data-dir", str(data_dir), "session", "soak"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "MAGTUI_TIME_SCALE": scale},
    )
    assert result.returncode == 2
    assert result.stderr == (
        "magtui: MAGTUI_TIME_SCALE must be a number from 1 to 3600; "
        "unset it for timers in real time.\n"
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("started", "0001-01-01T00:00:00Z"),
        ("started", "9999-12-31T23:59:59Z"),
        ("scale", 1e-300),
        ("scale", 0.001),
    ],
)
def test_a_saved_session_the_timer_cannot_count_with_is_kept_aside(
    data_dir: Path, field: str, value: object
) -> None:
    store = GuidedStore(data_dir)
    store.save(left_behind_session("running"))
    saved = json.loads(store.path.read_text())
    saved["timer"][field] = value
    store.path.write_text(json.dumps(saved))
    assert store.load() is None
    assert store.notice is not None and "could not be read and was kept" in store.notice
    assert not store.path.exists()


def test_the_timer_refuses_times_and_scales_it_cannot_sum() -> None:
    session = left_behind_session("running")
    for update in ({"scale": 1e-9}, {"scale": 0.0}):
        with pytest.raises(ValueError, match="greater than or equal to 1"):
            Timer.model_validate({**session.timer.model_dump(), **update})
    with pytest.raises(ValueError, match="between 1970 and 2100"):
        GuidedSession.model_validate(
            {**session.model_dump(), "ask_at": "0001-01-01T00:00:00+00:00"}
        )


def _a_link_elsewhere(data_dir: Path, folder: str, tmp_path: Path) -> Path:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    elsewhere.chmod(0o755)
    (data_dir / folder).parent.mkdir(parents=True, exist_ok=True)
    (data_dir / folder).symlink_to(elsewhere, target_is_directory=True)
    return elsewhere


@pytest.mark.parametrize(
    "folder", ["journal/DEVICE/backups", "journal", "journal/DEVICE", "ledger"]
)
def test_a_link_in_place_of_a_journal_folder_is_refused_and_nothing_is_written_through_it(
    data_dir: Path, tmp_path: Path, folder: str
) -> None:
    _journal_with_a_zone(data_dir)
    folder = folder.replace("DEVICE", own_folder(data_dir).name)
    if folder != "journal":
        import shutil

        shutil.rmtree(data_dir / folder, ignore_errors=True)
    else:
        (data_dir / "journal").rename(data_dir / "journal-before")
    elsewhere = _a_link_elsewhere(data_dir, folder, tmp_path)
    logged = magtui_in(data_dir, "log", "note", "--note", "through a link?")
    assert logged.returncode == 1 and "Saved" not in logged.stdout
    assert "a link is in the way" in logged.stderr and "Traceback" not in logged.stderr
    assert logged.stderr.count("\n") == 1
    assert list(elsewhere.iterdir()) == []
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o755


def test_a_link_in_place_of_the_reports_folder_is_refused(data_dir: Path, tmp_path: Path) -> None:
    from magtui.session.reports import REPORT_FOLDER
    from magtui.storage.files import StorageError, atomic_write

    elsewhere = _a_link_elsewhere(data_dir, REPORT_FOLDER, tmp_path)
    with pytest.raises(StorageError, match="a link is in the way"):
        atomic_write(data_dir / REPORT_FOLDER / "report.pdf", b"x", root=data_dir)
    assert (list(elsewhere.iterdir()), stat.S_IMODE(elsewhere.stat().st_mode)) == ([], 0o755)


def test_an_export_into_a_folder_that_does_not_exist_says_so(
    data_dir: Path, tmp_path: Path
) -> None:
    _journal_with_a_zone(data_dir)
    target = tmp_path / "no such folder" / "journal.json"
    result = magtui_in(data_dir, "export", "--output", str(target))
    assert result.returncode == 1
    assert "the folder is not there" in result.stderr and "free some space" not in result.stderr
    assert not target.parent.exists()


def test_output_in_an_encoding_without_the_words_letters_says_so(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "magtui", "--data-dir", str(data_dir), "log", "note"]
        + ["--note", "café"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 1
    assert "its encoding, ascii, cannot show some of the characters" in result.stderr
    assert "is closed" not in result.stderr
    assert [entry.note for entry in Journal(data_dir).entries()] == ["café"]


def _started(data_dir: Path, *args: str, stdout: int = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "magtui", "--data-dir", str(data_dir), *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TZ": "UTC"},
    )


def _wait_until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


@pytest.mark.parametrize(("signum", "status", "words"), STOPS)
def test_a_stop_while_waiting_for_another_writers_lock_is_one_sentence(
    data_dir: Path, signum: int, status: int, words: str
) -> None:
    from filelock import FileLock

    _journal_with_a_zone(data_dir)
    before = Journal(data_dir).entries()
    with FileLock(data_dir / "journal.lock"):
        waiting = _started(data_dir, "log", "note", "--note", "never saved")
        time.sleep(1.5)  # long past its start: it is waiting for the lock
        waiting.send_signal(signum)
        out, err = waiting.communicate(timeout=20)
    assert (waiting.returncode, out) == (status, "")
    assert err.startswith(f"magtui: Stopped by {words}; nothing was left half-written")
    assert err.count("\n") == 1, err
    assert Journal(data_dir).entries() == before
    assert not list(data_dir.rglob("*.tmp"))


@pytest.mark.parametrize(("signum", "status", "words"), STOPS)
def test_a_stop_during_an_export_into_a_pipe_nobody_reads_is_one_sentence(
    data_dir: Path, signum: int, status: int, words: str
) -> None:
    Journal(data_dir).add(*(note(f"entry {n} " + "x" * 200) for n in range(400)))
    reading, writing = os.pipe()  # never read: the export fills it and waits
    try:
        exporting = _started(data_dir, "export", stdout=writing)
        os.close(writing)
        _wait_until(lambda: _pipe_is_full(reading))
        exporting.send_signal(signum)
        _, err = exporting.communicate(timeout=20)
    finally:
        os.close(reading)
    assert exporting.returncode == status
    assert err.startswith(f"magtui: Stopped by {words};") and "Traceback" not in err
    assert err.count("\n") == 1, err


def _pipe_is_full(descriptor: int) -> bool:
    import fcntl
    import termios

    waiting = bytearray(4)
    fcntl.ioctl(descriptor, termios.FIONREAD, waiting)
    return int.from_bytes(waiting, sys.byteorder) >= 60_000


async def test_a_data_folder_moved_away_under_the_app_is_said_and_nothing_is_claimed(
    make_app: MakeApp, data_dir: Path, tmp_path: Path
) -> None:
    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # the zone home
        assert isinstance(app.screen, HomeScreen)
        data_dir.rename(tmp_path / "moved")
        await pilot.pause(JOURNAL_CHECK_SECONDS + 0.5)
        said = f"The folder {data_dir} was moved or deleted while magtui was open"
        assert said in screen_words(app), "the folder the person moved is the one named"
        await pilot.press("l", "n")
        await pilot.pause()
        shown = screen_words(app)
        assert "Saved:" not in shown and "nothing more is saved until it is back" in shown
        assert app.screen.title == "Quick log", "the quick log stays: nothing was logged"
    assert not data_dir.exists(), "no new, empty data folder was made"


async def test_entries_another_magtui_writes_join_the_open_journal_within_seconds(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(zone=None)
    Journal(data_dir).add(*(note(f"here {n}") for n in range(3)))
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(JournalScreen())
        await pilot.pause()
        assert "3 entries" in screen_words(app)
        Journal(data_dir).add(*(note(f"elsewhere {n}") for n in range(1_500)))
        await pilot.pause(OTHER_WRITERS_SECONDS + 1.0)
        assert "1,503 entries" in screen_words(app)


BIDI_AND_JOINERS = {
    "right-to-left override": ("note \u202eevil", "note \\u202eevil"),
    "isolate": ("note \u2066x\u2069", "\\u2066x\\u2069"),
    "zero-width joiner": ("family \U0001f468\u200d\U0001f469", "\\u200d"),
    "variation selector": ("heart \u2764\ufe0f", "\\ufe0f"),
    "skin tone": ("wave \U0001f44b\U0001f3fd", "\\U0001f3fd"),
    "flag letters": ("flag \U0001f1eb\U0001f1f7", "\\U0001f1eb\\U0001f1f7"),
}
"""Typed or imported words, and how each screen shows them: a terminal acts on them or draws
them at a width Textual cannot know, so they are spelled out as the shell's output does."""


@pytest.mark.parametrize("case", sorted(BIDI_AND_JOINERS))
async def test_a_note_and_a_product_name_are_shown_with_controls_and_joiners_spelled_out(
    make_app: MakeApp, data_dir: Path, case: str
) -> None:
    from magtui.domain.entries import Product

    typed, spelled = BIDI_AND_JOINERS[case]
    entry = note(typed)
    product = Product(id=new_entry_id(entry.at), at=entry.at, logged_at=entry.at, name=typed)
    Journal(data_dir).add(entry, product)
    app = make_app(zone=None)
    async with app.run_test(size=(100, 30)) as pilot:
        for screen in (JournalScreen(), ProductsScreen()):
            app.push_screen(screen)
            await pilot.pause()
            shown = screen_text(app)
            hidden = {hex(ord(ch)) for ch in shown if _hidden(ch)}
            assert (hidden, spelled in shown) == (set(), True), type(screen).__name__


def _hidden(character: str) -> bool:
    return character != "\n" and (not character.isprintable() or ord(character) in JOINING)


@pytest.mark.parametrize(
    "line", ["中文字" * 40, "wide 中文 😀 " * 12, "ascii words " * 12, "한국어😀" * 30]
)
def test_a_journal_row_is_cut_to_the_width_in_cells_not_characters(line: str) -> None:
    from rich.cells import cell_len

    from magtui.ui.widgets.entry_list import fitted

    for width in (10, 40, 80):
        shown = fitted(line, width)
        assert cell_len(shown) <= width and shown.endswith("…"), (width, shown)
        assert cell_len(shown) >= width - 6, "no more room left than a short word and its space"


HOSTILE_FILES = {
    "settings nested deep": ("settings.json", DEEP),
    "session nested deep": ("session.json", DEEP),
    "part nested deep": ("journal/{part}", DEEP),
    "part with odd keys": ("journal/{part}", b'{"entries": {"abc": {"kind": "note"}}}'),
    "settings of NUL bytes": ("settings.json", b"\x00" * 64),
    "import record of noise": ("journal/pending.json", b"\xff\xfe{"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
async def test_the_app_starts_as_the_command_line_starts_it_whatever_a_file_holds(
    data_dir: Path, case: str
) -> None:
    """The first screen is drawn (the check-in, or the resume question), never a traceback."""
    from magtui.commands.launch import create_fast_app
    from magtui.domain.clock import system_clock
    from magtui.session import Session, first_look_of
    from magtui.ui.app import MagApp

    part = _journal_with_a_zone(data_dir)
    name, content = HOSTILE_FILES[case]
    (data_dir / name.format(part=part.name)).write_bytes(content)
    first_look = read_first_look(default_assets_dir(), data_dir)
    if first_look is not None and not first_look.needs_disclaimer:  # as `launch_app` decides
        app = create_fast_app(first_look, system_clock, lambda: load_services(data_dir))
    else:
        services = load_services(data_dir)
        app = MagApp(Session(first_look_of(services), system_clock, services))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = screen_words(app)
        assert app.startup_error is None
        assert "How is your body right now?" in shown or "Disclaimer" in shown, shown


def test_a_file_past_the_read_bound_is_kept_aside_even_when_it_would_parse(
    data_dir: Path,
) -> None:
    """Valid JSON, a byte over 64 MB: only the bound stops it being read whole into memory."""
    from magtui.domain.themes import ThemeName
    from magtui.storage.files import FILE_LIMIT
    from magtui.storage.settings_store import SettingsStore

    data_dir.mkdir()
    store = SettingsStore(data_dir)
    store.path.write_bytes(b'{"theme": "soft"' + b" " * FILE_LIMIT + b"}")
    assert store.load().theme is not ThemeName.SOFT
    (kept,) = data_dir.glob("settings.json.damaged-*")
    assert kept.stat().st_size == FILE_LIMIT + len(b'{"theme": "soft"}')


@pytest.mark.parametrize(
    "text",
    ["wide 中文字 😀 " + "中文 😀 " * 15, "한국어😀" * 30, "bidi \u202eoverride\u202c " * 6],
)
def test_wrapped_text_fits_in_cells_and_loses_no_word(text: str) -> None:
    from rich.cells import cell_len

    from magtui.domain.shown import on_screen
    from magtui.ui.widgets.layout import wrap

    for width in (12, 30, 66):
        lines = wrap(text, width)
        assert all(cell_len(line) <= width for line in lines), (width, lines)
        assert "".join(lines).replace(" ", "") == on_screen(text).replace(" ", "")


async def test_a_product_another_magtui_logs_joins_the_open_products_screen(
    make_app: MakeApp, data_dir: Path
) -> None:
    from magtui.domain.entries import TopicalSession
    from magtui.domain.vocabulary import TopicalMethod

    app = make_app(sample=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "p")
        await pilot.pause()
        assert app.screen.title == "Products" and "Quiet elsewhere" not in screen_words(app)
        at = FIXED_NOW - timedelta(minutes=5)
        use = TopicalSession(
            id=new_entry_id(at),
            at=at,
            logged_at=at,
            method=TopicalMethod.CREAM,
            product="Quiet elsewhere",
        )
        Journal(data_dir).add(use)
        await pilot.pause(JOURNAL_CHECK_SECONDS + 1.0)
        assert "Quiet elsewhere" in screen_words(app)


async def test_a_control_pasted_into_a_typed_field_is_drawn_as_a_replacement_character(
    make_app: MakeApp,
) -> None:
    """While typing, one cell for each: the cursor stays after the last letter typed."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "l")
        while app.screen.title != "Quick log":
            await pilot.pause(0.05)
        await pilot.press("w")
        await pilot.pause()
        app.screen.query_one("Input").insert_text_at_cursor("ab\u202ecd\u200de")  # type: ignore[attr-defined]
        await pilot.pause()
        shown = screen_text(app)
        field = app.screen.query_one("Input")
    assert "\u202e" not in shown and "\u200d" not in shown
    assert "ab\ufffdcd\ufffde" in shown
    assert field.value == "ab\u202ecd\u200de", "kept as typed"  # type: ignore[attr-defined]
    assert field._cursor_offset == 7 + 1  # type: ignore[attr-defined]  # seven cells, then the cursor
