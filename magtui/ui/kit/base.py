"""What every screen shares: a title line, a notice, a scrolling body, and a key line.

Every key that works is on the key line and no other is: Escape only where there is somewhere
to go back to, the scroll keys only while there is more to see. Below the smallest usable window
one sentence asks for a bigger one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events, getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static
from typing_extensions import TypeVar

from magtui.ui.keys import binding, scroll_key
from magtui.ui.shell import Shell
from magtui.ui.widgets.bars import KeyBar, MoreHint, NoticeBar, TitleBar, every_key
from magtui.ui.widgets.blocks import CONSULT
from magtui.ui.widgets.body import Body
from magtui.ui.widgets.text import plain

SMALLEST = (40, 12)
TOO_SMALL = "This window is too small for magtui: make it at least 40 columns by 12 rows."
SCROLL_ACTIONS = {
    "up": "scroll_up",
    "down": "scroll_down",
    "pageup": "scroll_page_up",
    "pagedown": "scroll_page_down",
    "home": "scroll_home",
    "end": "scroll_end",
}


def scroll_bindings(*, arrows: bool = True) -> list[Binding]:
    """Scroll keys for the body; one of them stands for all in the help (`KEYS["scroll"]`).

    Without `arrows`, Up and Down are left to the screen (a list of choices moves with them).
    """
    shown = scroll_key(arrows)
    return [
        Binding(
            key,
            f"scroll_body('{action}')",
            shown.label if key == shown.press else "",
            key_display=shown.display,
            show=key == shown.press,
            id=f"scroll-{key}",
        )
        for key, action in SCROLL_ACTIONS.items()
        if arrows or key not in ("up", "down")
    ]


ResultT = TypeVar("ResultT", default=None)
"""What a screen that asks answers with (`dismiss`); a screen that only shows answers None."""


if TYPE_CHECKING:
    from magtui.domain.ledger import Ledger


class CalmScreen(Screen[ResultT]):
    """A full screen (never a see-through overlay); Escape goes back where there is a back."""

    shell = getters.app(Shell)

    AUTO_FOCUS = ""
    """Nothing takes focus: every key acts on the screen, so none can be caught anywhere."""
    QUICK_LOG = True
    """Whether `l` opens the quick log here: not where typing, answering or reading first."""
    SAFETY_QUESTION = False
    """A question whose answer lets a session or a dose go on: Enter alone never answers it,
    and its go-on key is taken only once the whole page has been read (`read_to_the_end`)."""
    SCROLL_HELP = "↑ ↓ PgUp PgDn Home End"
    """The keys that scroll this kind of screen, spelled out on the help page."""
    FOLLOWS_THE_JOURNAL = False
    """Whether it shows what the ledger says: then entries another magtui writes are taken in
    while it is open (`journal_changed`), as the zone is."""
    BINDINGS = [
        binding("back", "back"),
        *scroll_bindings(),
    ]

    def journal_changed(self, ledger: Ledger) -> None:
        """Another magtui wrote to the journal and it has been read again: show it anew."""
        self.refresh(recompose=True)

    def __init__(self) -> None:
        super().__init__()
        # Kept at hand rather than queried: the key line asks whether it scrolls many times a
        # second. Replaced by the one `compose` mounts (again on every recompose).
        self.body = Body()
        self._read_to_the_end = False

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield NoticeBar()
        self.body = Body()
        with self.body, Vertical(id="page"):
            yield from self.compose_body()
        yield MoreHint()
        yield KeyBar()
        yield Static(plain(TOO_SMALL), id="too-small")

    def compose_body(self) -> ComposeResult:
        """What the screen shows between its title and its key line; nothing by default."""
        yield from ()

    def on_mount(self) -> None:
        """Runs for every screen, before a screen's own `on_mount` (Textual calls each class's)."""
        self.show_each_consult_line_once()

    async def recompose(self) -> None:
        await super().recompose()
        self.show_each_consult_line_once()

    def show_each_consult_line_once(self) -> None:
        """The first consult sentence on the page stands for the rest, which are hidden: the
        seed says it once, and a reader in a flare should not read it four times. The first
        is the most the screen needs to say (in Red it includes the Red Zone's own item)."""
        for repeated in list(self.query(f".{CONSULT}"))[1:]:
            repeated.display = False

    def on_resize(self, event: events.Resize) -> None:
        """Below 40x12 the screen shows only the sentence asking for a bigger window."""
        width, height = SMALLEST
        self.set_class(event.size.width < width or event.size.height < height, "-too-small")

    def can_go_back(self) -> bool:
        """The first screen under everything has nowhere to go back to."""
        return len(self.app.screen_stack) > 2

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that cannot act here are neither shown nor bound: back, the quick log, scrolling."""
        if action == "back":
            return self.can_go_back()
        if action == "quick_log":
            return self.QUICK_LOG
        if action == "scroll_body":
            return self.body.is_attached and self.body.can_scroll
        return True

    def more_below(self) -> bool:
        """Whether there is more to read below the view; a screen with its own list says so."""
        return self.body.is_attached and self.body.more_below

    def on_more_below(self) -> None:
        """Shows or hides "PgDn more" when the view or the page changed."""
        self.query_one(MoreHint).show(self.more_below())

    def action_scroll_body(self, action: str) -> None:
        """Scroll the reading part at once: nothing on screen ever slides."""
        getattr(self.body, action)(animate=False)

    def read_to_the_end(self, key: str) -> bool:
        """Whether the end of the page has been on screen (it has if the page fits). If not,
        the next page is shown and the notice line says so: a tired key pressed from habit
        never answers for lines nobody read."""
        body = self.body
        if not self._read_to_the_end and body.is_attached:
            self._read_to_the_end = body.scroll_y >= body.max_scroll_y
        if not self._read_to_the_end:
            self.action_scroll_body("scroll_page_down")
            self.shell.confirm(f"Read the rest first, then press {key}.")
        return self._read_to_the_end

    def action_back(self) -> None:
        """Back without an answer: a caller waiting on this screen is told None."""
        if self.can_go_back():
            self.dismiss(None)

    def help_keys(self) -> list[tuple[str, str]]:
        """The key line's keys spelled out, and every scroll key, for the help page."""
        keys = [item for item in every_key(self) if item[1] != "Scroll"]
        if self.body.can_scroll:
            keys.append((self.SCROLL_HELP, "Scroll"))
        return keys
