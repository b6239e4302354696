"""Pick how the app looks; remembered for next time."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from magtui.domain.themes import ThemeName
from magtui.ui.keys import binding
from magtui.ui.kit.choosing import ChoiceScreen
from magtui.ui.themes import colour_is_off
from magtui.ui.widgets.choice import Choice
from magtui.ui.widgets.text import plain

THEME_ORDER = list(ThemeName)
COLOUR_OFF = (
    "Colours are off here (NO_COLOR is set, or the terminal shows 16 colours or fewer), so "
    "every look uses your terminal's own colours; the one you pick is kept for a terminal "
    "with more."
)


class ThemeScreen(ChoiceScreen):
    """Four choices, a number each; the change shows at once. Enter keeps the current look."""

    TITLE = "Theme"
    BINDINGS = [
        Binding("1", "choose('1')", "Choose", key_display="1–4", id="theme-1"),
        *(Binding(str(n), f"choose('{n}')", show=False, id=f"theme-{n}") for n in (2, 3, 4)),
        binding("pick", "pick"),
    ]

    def choices(self) -> list[Choice]:
        current = self.shell.session.settings.theme
        return [
            Choice(
                str(number),
                theme.value,
                f"{theme.description}{'. In use now.' if theme is current else ''}",
                str(number),
            )
            for number, theme in enumerate(THEME_ORDER, 1)
        ]

    def default_choice(self) -> int | None:
        return THEME_ORDER.index(self.shell.session.settings.theme)

    def compose_body(self) -> ComposeResult:
        yield Static(plain("How should magtui look?"), classes="question")
        yield from self.compose_choices()
        if colour_is_off(self.app):
            yield Static(plain(COLOUR_OFF), classes="paragraph")

    async def choose(self, value: str) -> None:
        self.shell.choose_theme(THEME_ORDER[int(value) - 1])
        self.dismiss()
