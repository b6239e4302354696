"""Every screen one key from a screen in the table: what a person reaches by any key they see.

The table (`tests/screens.py`) names one state of each screen; the questions, stop pages and
notices that a key on it opens (the stop page of each avoid-if line, each filter's list, the
sentence a refused paste gets, the prompt before a session is thrown away) are reached here, so
the wording test reads every screen a person can reach, not only those the table names.

After a key that opened a screen over the one in the table, that screen is closed as going back
closes it (its errand ends, nothing saved) and the next key is tried; after any other key (one
that saved, or went home) the app is started afresh, in a new folder, for the next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual import events
from textual.widgets import Input

from magtui.ui.app import MagApp
from magtui.ui.features.capsules.choosing import CapsulePickScreen
from magtui.ui.features.guided.after import AfterScreen
from magtui.ui.features.settings.settings import OptionScreen
from magtui.ui.features.settings.themes import ThemeScreen
from magtui.ui.kit.base import CalmScreen
from magtui.ui.kit.choosing import ChoiceScreen
from magtui.ui.kit.help import HelpScreen
from magtui.ui.kit.pick import PickScreen
from magtui.ui.kit.reaction import ReactionKindScreen, SeverityScreen
from tests.screens import ScreenCase

NOT_TRIED = frozenset({"q", "ctrl+c", "escape", "l", "question_mark"})
"""Quit is the same on every screen, and help is tried first on each; Escape goes back to the
screen before, which is in the table; `l` is the quick log, a screen of the table."""

VALUE_LISTS: tuple[type[CalmScreen[Any]], ...] = (
    AfterScreen,
    CapsulePickScreen,
    OptionScreen,
    PickScreen,
    ReactionKindScreen,
    SeverityScreen,
    ThemeScreen,
)
"""Lists whose numbered rows are values of one kind (a theme, a strength, a form), each closing
the list the same way, so the first stands for the rest; elsewhere each digit is tried."""

OVER_ANY_LIMIT = "x" * 3000
"""Pasted into a typed field: longer than any field takes, so the refusal sentence shows."""


@dataclass
class Reached:
    """Each screen drawn, by the case and key that reached it."""

    screens: list[tuple[str, CalmScreen]] = field(default_factory=list)


def keys_on(screen: CalmScreen) -> list[str]:
    """The keys that work on the screen, as Textual names them, but quit, help and scrolling."""
    found: list[str] = []
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not active.enabled or key in NOT_TRIED or key in found:
            continue
        if (binding.id or "").startswith("scroll") or key in {"up", "down", "home", "end"}:
            continue
        if key in {"pageup", "pagedown"}:
            continue
        if key == "enter" and _highlighted_key(screen) in screen.active_bindings:
            continue  # Enter takes the highlighted row, whose own key is tried
        if key.isdigit() and isinstance(screen, VALUE_LISTS) and any(k.isdigit() for k in found):
            continue  # one value stands for the others: their words are on the screen
        found.append(key)
    return found


def _highlighted_key(screen: CalmScreen) -> str | None:
    listed = screen.choice_list if isinstance(screen, ChoiceScreen) else None
    chosen = listed.highlighted_choice if listed is not None else None
    return chosen.key if chosen is not None else None


async def crawl(
    case: ScreenCase,
    start: Callable[[int], MagApp],
    look: Callable[[str, MagApp], Any],
) -> int:
    """Reach `case`, `look` at it, then at what each of its keys opens; the number of starts.

    `start(n)` builds the n-th app for the case, each on a folder of its own."""
    starts = 0
    tried: list[str] = []
    keys: list[str] | None = None
    while keys is None or len(tried) < len(keys):
        app = start(starts)
        starts += 1
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press(*case.keys)
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CalmScreen)
            if keys is None:
                look(case.name, app)
                keys = keys_on(screen)
                if case.typing:
                    keys = ["paste", *keys]
                elif not isinstance(screen, HelpScreen):
                    keys = ["question_mark", *keys]  # the app's key, not the screen's
            depth = len(app.screen_stack)
            while len(tried) < len(keys):
                key = keys[len(tried)]
                tried.append(key)
                if key == "paste":
                    app.screen.query_one(Input).post_message(events.Paste(OVER_ANY_LIMIT))
                else:
                    await pilot.press(key)
                await pilot.pause()
                await pilot.pause()
                look(f"{case.name} {key}", app)
                on_top = len(app.screen_stack) == depth + 1 and app.screen_stack[-2] is screen
                if key == "paste" or app.screen is screen:
                    continue  # the same screen, maybe with a sentence on its notice line
                if not on_top or not isinstance(app.screen, CalmScreen):
                    break
                app.screen.dismiss(None)
                await pilot.pause()
                if app.screen is not screen:
                    break
    return starts


def folder_for(root: Path, case: ScreenCase, n: int) -> Path:
    return root / f"{case.name}-{n}"
