"""Questions several features ask the same way: when it was, and a note."""

from __future__ import annotations

from collections.abc import Callable

from magtui.session.quick_log import TIME_PRESETS
from magtui.ui.kit.pick import AskScreen, PickScreen
from magtui.ui.widgets.choice import Choice


def minutes_words(minutes_ago: int) -> str:
    return "now" if minutes_ago == 0 else f"{minutes_ago} minutes ago"


def time_picker(minutes_ago: int, changed: Callable[[int], None]) -> PickScreen:
    """Now, 15, 30 or 60 minutes ago; the screen below is changed before this one closes."""
    choices = [
        Choice(str(n), minutes_words(minutes).capitalize(), "", str(minutes))
        for n, minutes in enumerate(TIME_PRESETS, 1)
    ]
    return PickScreen(
        "When",
        "When was it?",
        choices,
        default=TIME_PRESETS.index(minutes_ago),
        changes=lambda value: changed(int(value)),
    )


def note_asker(note: str, changed: Callable[[str], None]) -> AskScreen:
    """The note as typed so far, to change; the screen below is changed before this closes."""
    return AskScreen("Note", "Your note:", value=note, max_length=320, changes=changed)
