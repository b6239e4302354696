"""A list of choices: each has its own key, and arrows with Enter work as well.

One row per choice: `key  Name  meaning`, the meaning wrapping under itself. The highlighted row
is shown by the theme's cursor colours (reversed where colour is off) and is what Enter picks;
it starts on the screen's default, so Enter alone takes the default.
"""

from __future__ import annotations

from typing import NamedTuple

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive

from magtui.domain.shown import on_screen
from magtui.ui.widgets.layout import LinedWidget, Row, row_lines
from magtui.ui.widgets.text import Content, cell_len

LEAD_WIDTH = 4
MAX_NAME_WIDTH = 28


class Choice(NamedTuple):
    """What a row shows, and the value the screen acts on when it is picked."""

    key: str
    name: str
    detail: str
    value: str
    name_style: str = ""


class LabelledRow(LinedWidget):
    """`lead  name  detail` in columns that line up with the rows around it."""

    def __init__(
        self, row: Row, *, lead_width: int, name_width: int, classes: str | None = None
    ) -> None:
        super().__init__(classes=classes)
        self.row = row
        self.lead_width = lead_width
        self.name_width = name_width

    def lines(self, width: int) -> list[Content]:
        return row_lines(self.shown_row(), width, self.lead_width, self.name_width)

    def shown_row(self) -> Row:
        return self.row

    @property
    def words(self) -> str:
        """Everything the row says, for tests that check nothing is cut off."""
        return " ".join(f"{self.row.lead} {self.row.name} {self.row.detail}".split())


class ChoiceRow(LabelledRow):
    """A choice; when highlighted it drops its own colours for the cursor's."""

    def __init__(self, choice: Choice, *, name_width: int) -> None:
        row = Row(choice.key, choice.name, choice.detail, "$key bold", f"bold {choice.name_style}")
        super().__init__(row, lead_width=LEAD_WIDTH, name_width=name_width, classes="choice")

    def shown_row(self) -> Row:
        if self.has_class("-highlight"):
            return Row(self.row.lead, self.row.name, self.row.detail, "bold", "bold")
        return self.row


def name_width_for(names: list[str]) -> int:
    """Wide enough for the longest name and a gap, so every row's detail starts in one column."""
    return min(max((cell_len(on_screen(name)) for name in names), default=0) + 2, MAX_NAME_WIDTH)


class ChoiceList(Vertical, can_focus=False):
    """The rows of a decision, one highlighted. Never focused: the screen owns the keys, so
    no key is ever caught in the list, and the highlight is the only focus there is."""

    highlighted: reactive[int | None] = reactive(None, init=False)

    def __init__(self, choices: list[Choice], *, highlighted: int | None = 0) -> None:
        super().__init__(classes="choices")
        self.choices = choices
        self.set_reactive(ChoiceList.highlighted, highlighted)

    class HighlightChanged(Message):
        """The row Enter would pick has changed, so the key line may need to show Enter."""

    def compose(self) -> ComposeResult:
        width = name_width_for([choice.name for choice in self.choices])
        for index, choice in enumerate(self.choices):
            row = ChoiceRow(choice, name_width=width)
            row.set_class(index == self.highlighted, "-highlight")
            yield row

    @property
    def highlighted_choice(self) -> Choice | None:
        return None if self.highlighted is None else self.choices[self.highlighted]

    def move(self, step: int) -> bool:
        """Move the highlight by `step` rows; False at either end, where it stays."""
        if self.highlighted is None:
            self.highlighted = 0 if step > 0 else len(self.choices) - 1
            return True
        target = self.highlighted + step
        if not 0 <= target < len(self.choices):
            return False
        self.highlighted = target
        return True

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        """Only the two rows whose highlight changed are drawn again; the new one is scrolled into
        view at once."""
        rows = list(self.query(ChoiceRow))
        for index in (old, new):
            if index is not None:
                rows[index].set_class(index == new, "-highlight")
                rows[index].refresh()
        if new is not None:
            rows[new].scroll_visible(animate=False, immediate=True)
        self.post_message(self.HighlightChanged())
