"""At 80x24 nothing is cut off or overlapping: every key is shown, every line fits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widget import Widget
from textual.widgets import Static

from magtui.ui.app import MagApp
from magtui.ui.screens.base import CalmScreen
from magtui.ui.widgets.choice import ChoiceRow
from tests.screen_reader import screen_text, screen_words
from tests.screens import SCREENS, ScreenCase

MakeApp = Callable[..., MagApp]


def _inside_reading(widget: Widget) -> bool:
    return any(ancestor.id == "reading" for ancestor in widget.ancestors)


@pytest.mark.parametrize("case", SCREENS, ids=[case.name for case in SCREENS])
async def test_nothing_is_cut_off_or_overlapping_at_80x24(
    make_app: MakeApp, case: ScreenCase
) -> None:
    app = make_app(zone=case.zone, disclaimer_seen=case.disclaimer_seen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*case.keys)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CalmScreen)
        words = screen_words(app)
        for key, label in screen.shown_keys():
            assert f"{key} {label}" in words, f"key {key} is cut off"
        title = screen_text(app).splitlines()[0]
        assert screen.TITLE_TEXT in title and app.zone_status() in title
        body = screen.query_one("#body")
        if not case.reading:
            assert body.max_scroll_y == 0, "the body needs scrolling that nobody can do by key"
        fixed: list[Widget] = [
            w
            for w in screen.query(Static)
            if w.display and not _inside_reading(w) and w.region.area > 0
        ]
        for widget in fixed:
            assert screen.region.contains_region(widget.region), f"{widget} is off screen"
            assert isinstance(widget, Static)
            shown = " ".join(str(widget.content).split())
            assert shown in words, f"{widget} is cut off: {shown!r}"
        for row in screen.query(ChoiceRow):
            assert " ".join(row.plain.split()) in words, f"{row.plain!r} is cut off"
            fixed.append(row)
        for index, first in enumerate(fixed):
            for second in fixed[index + 1 :]:
                if first in second.ancestors or second in first.ancestors:
                    continue
                assert not first.region.overlaps(second.region), f"{first} overlaps {second}"
