"""Pictures of one screen of each kind: in every theme at 80x24, and at the smallest size.

Review `snapshot_report.html` before accepting changes with `make snapshots`; `PICTURES` in
`tests/screens.py` says what each picture must show.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from magtui.domain.themes import DEFAULT_THEME, ThemeName
from tests.conftest import MakeApp
from tests.screens import (
    CAPSULE_PICTURES,
    CAPSULE_SCREENS,
    JOURNAL_PICTURES,
    JOURNAL_SCREENS,
    PICTURES,
    SNAPSHOT_SCREENS,
    STEP_PICTURES,
    STEP_SCREENS,
    ScreenCase,
)

SnapCompare = Callable[..., bool]
SIZES = [(80, 24), (40, 12)]


LOOKS = [(theme, (80, 24)) for theme in ThemeName] + [(DEFAULT_THEME, (40, 12))]
"""Every look at 80x24; the smallest size in the default look, as its layout is the same in
every look (the screen matrix measures every look's contrast at every size)."""


@pytest.mark.parametrize(
    ("theme", "size"), LOOKS, ids=[f"{t.value}-{w}x{h}" for t, (w, h) in LOOKS]
)
@pytest.mark.parametrize("case", SNAPSHOT_SCREENS, ids=[case.name for case in SNAPSHOT_SCREENS])
def test_each_kind_of_screen_looks_as_reviewed(
    make_app: MakeApp,
    snap_compare: SnapCompare,
    case: ScreenCase,
    theme: ThemeName,
    size: tuple[int, int],
) -> None:
    app = case.app(make_app, theme=theme)
    assert snap_compare(app, press=case.keys, terminal_size=size), PICTURES[case.name]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("case", STEP_SCREENS, ids=[case.name for case in STEP_SCREENS])
def test_each_step_of_a_guided_session_looks_as_reviewed(
    make_app: MakeApp, snap_compare: SnapCompare, case: ScreenCase, size: tuple[int, int]
) -> None:
    app = case.app(make_app)
    assert snap_compare(app, press=case.keys, terminal_size=size), STEP_PICTURES[case.name]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("case", JOURNAL_SCREENS, ids=[case.name for case in JOURNAL_SCREENS])
def test_each_journal_screen_looks_as_reviewed(
    make_app: MakeApp, snap_compare: SnapCompare, case: ScreenCase, size: tuple[int, int]
) -> None:
    app = case.app(make_app)
    assert snap_compare(app, press=case.keys, terminal_size=size), JOURNAL_PICTURES[case.name]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("case", CAPSULE_SCREENS, ids=[case.name for case in CAPSULE_SCREENS])
def test_each_capsule_screen_looks_as_reviewed(
    make_app: MakeApp, snap_compare: SnapCompare, case: ScreenCase, size: tuple[int, int]
) -> None:
    app = case.app(make_app)
    assert snap_compare(app, press=case.keys, terminal_size=size), CAPSULE_PICTURES[case.name]
