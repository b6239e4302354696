"""A screen that asks for a few typed words: a product name, a note, a bottle size.

The only screens where a widget takes focus, so capitals and spaces stay as typed. Enter saves,
Escape goes back without saving; a value that will not do gets one sentence under the box.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.expand_tabs import expand_tabs_inline
from textual.message import Message
from textual.widgets import Input, Static

from magtui.domain.shown import is_hidden
from magtui.ui.keys import binding
from magtui.ui.kit.base import CalmScreen, ResultT
from magtui.ui.widgets.text import Text, cell_len, plain

CONTROL_CHARACTERS = {*range(0x20), *range(0x7F, 0xA0)}
"""Characters a typed line refuses: they would move the cursor or change the terminal."""


class Field(Input):
    """A typed line that says why it refused something: a paste or a key that would take the
    line past its limit leaves what is there as it was, and the screen says so in one sentence
    (instead of the bell, which Textual rings by default)."""

    class Refused(Message):
        """The line is full; nothing was added to it."""

    def restricted(self) -> None:
        self.post_message(self.Refused())

    @property
    def _value(self) -> Text:
        """The line as drawn: what would control the terminal (a right-to-left override, a
        joiner) is drawn as �, one for one, so the cursor stays where the text is."""
        return Text(shown_while_typed(self.value), no_wrap=True, overflow="ignore", end="")

    def _position_to_cell(self, position: int) -> int:
        return cell_len(expand_tabs_inline(shown_while_typed(self.value[:position]), 4))


def shown_while_typed(text: str) -> str:
    """One cell for each character that `on_screen` would spell out once saved."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(NOT_SHOWN if is_hidden(character) else character for character in text)


NOT_SHOWN = "\ufffd"
"""The replacement character: one cell wide everywhere, and plainly not a letter."""


class TypedScreen(CalmScreen[ResultT]):
    """Subclasses give `prompt` and `accept(text)`, which returns a problem sentence or None
    and, when the text will do, answers with what it means (`dismiss`)."""

    QUICK_LOG = False

    prompt = ""
    MAX_LENGTH = 80
    SCROLL_HELP = "PgUp PgDn"
    BINDINGS = [
        binding("save", "save", priority=True),
        binding("back", "back"),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static(plain(self.prompt), classes="question")
        box = Field(max_length=self.MAX_LENGTH, id="typed")
        box.cursor_blink = False
        yield box
        yield Static(id="problem", classes="paragraph")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self) -> None:
        """Enter in the field saves, like the key line's Enter."""
        self.action_save()

    def on_field_refused(self) -> None:
        """Say why the paste or key did nothing, and that what was typed is kept."""
        self.show_problem(
            f"That would make it longer than {self.MAX_LENGTH} characters, so it was not added;"
            " what you typed is kept."
        )

    def action_save(self) -> None:
        """Save what is typed, or show under the field, in one sentence, why it cannot be."""
        self.show_problem(self.accept(self.query_one(Input).value))

    def show_problem(self, problem: str | None) -> None:
        """One sentence under the field, or none."""
        shown = self.query_one("#problem", Static)
        shown.update(plain(problem or ""))
        shown.display = problem is not None

    def accept(self, text: str) -> str | None:
        """Take `text`; None when it is taken, else the sentence saying what is wrong with it."""
        raise NotImplementedError
