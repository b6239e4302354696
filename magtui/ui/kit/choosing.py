"""A screen that asks for one decision: a key for each choice, or arrows and Enter."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding

from magtui.ui.keys import binding
from magtui.ui.kit.base import CalmScreen, ResultT, scroll_bindings
from magtui.ui.widgets.choice import Choice, ChoiceList


class ChoiceScreen(CalmScreen[ResultT]):
    """Up and Down move the highlight, and scroll on past either end of the list; PgUp, PgDn,
    Home and End scroll the body."""

    SCROLL_HELP = "PgUp PgDn Home End"
    BINDINGS = [
        *scroll_bindings(arrows=False),
        Binding("up", "move(-1)", show=False, id="choice-up"),
        Binding("down", "move(1)", show=False, id="choice-down"),
        binding("pick", "pick"),
    ]

    READ_BEFORE: frozenset[str] = frozenset()
    """Answers that let a session go on past a safety question (see `read_to_the_end`)."""

    def choices(self) -> list[Choice]:
        """The rows of the list, in order; each screen gives its own."""
        raise NotImplementedError

    def default_choice(self) -> int | None:
        """The row Enter picks before any arrow is pressed: the screen's default, if it has one."""
        return 0

    def __init__(self) -> None:
        super().__init__()
        self.choice_list: ChoiceList | None = None

    def compose_choices(self) -> ComposeResult:
        """The list, with its default row highlighted."""
        self.choice_list = ChoiceList(self.choices(), highlighted=self.default_choice())
        yield self.choice_list

    def action_move(self, step: int) -> None:
        """An arrow moves the highlight; past either end of the list it scrolls the page."""
        if self.choice_list is None or not self.choice_list.move(step):
            self.action_scroll_body("scroll_down" if step > 0 else "scroll_up")

    def on_choice_list_highlight_changed(self) -> None:
        """Enter's label follows the highlight (no Enter before there is one)."""
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick":
            return self._highlighted() is not None
        return super().check_action(action, parameters)

    def _highlighted(self) -> Choice | None:
        """The choice Enter picks; none before the list is built."""
        return self.choice_list.highlighted_choice if self.choice_list else None

    async def action_pick(self) -> None:
        """Enter: the highlighted choice."""
        choice = self._highlighted()
        if choice is not None:
            await self.take_choice(choice.value)

    async def action_choose(self, value: str) -> None:
        """A choice named by a binding (`choose('…')`), whatever is highlighted."""
        await self.take_choice(value)

    async def take_choice(self, value: str) -> None:
        """Every way of choosing comes here: an answer in `READ_BEFORE` waits until the whole
        question has been read (see there)."""
        if value in self.READ_BEFORE:
            key = next((c.key for c in self.choices() if c.value == value), "")
            if not self.read_to_the_end(key):
                return
        await self.choose(value)

    async def choose(self, value: str) -> None:
        """Act on a choice, picked by its own key or by Enter."""
        raise NotImplementedError
