"""The title line at the top, a notice when something needs saying, and the key line at the bottom.

Each follows its own source the way Textual's Footer does: the title follows the screen's title
and the session's zone, the notice follows the session, and the key line follows the screen's
active bindings. None of them is refreshed from outside, and none redraws unless its words changed.
"""

from __future__ import annotations

from typing import Any

from textual import getters
from textual.screen import Screen
from textual.widgets import Static

from magtui.domain.zones import ZoneNow
from magtui.ui.shell import Shell
from magtui.ui.widgets.layout import LinedWidget, packed_lines, wrap
from magtui.ui.widgets.text import Content, assemble, plain, styled

SHARED_KEY_IDS = frozenset({"back", "log", "help", "quit"})
"""Keys every screen has; shown after the screen's own."""
BEHIND_HELP = frozenset({"log", "quit", "quit-asking"})
"""Keys that work on every screen and are listed by `?` rather than on each key line, so the
line is short enough to read at a glance; `?` itself and Escape (back) stay on it."""
MORE = "PgDn more"


class TitleBar(LinedWidget):
    """Where you are on the left, your zone in words on the right; stacked when narrow."""

    shell = getters.app(Shell)

    def __init__(self) -> None:
        super().__init__(id="title-bar")
        self._zone_text = self.shell.session.zone_status()

    def on_mount(self) -> None:
        """The first words are set before the first layout; later changes ask for another."""
        self.watch(self.shell, "zone_now", self._zone_changed, init=False)
        self.watch(self.screen, "title", self._title_changed, init=False)

    def _zone_changed(self, zone_now: ZoneNow | None) -> None:
        text = self.shell.session.zone_status()
        if text != self._zone_text:
            self._zone_text = text
            self.call_after_refresh(self.refresh, layout=True)

    def _title_changed(self, title: str) -> None:
        self.call_after_refresh(self.refresh, layout=True)

    @property
    def words(self) -> tuple[str, str]:
        return self.screen.title or "", self._zone_text

    def lines(self, width: int) -> list[Content]:
        """The title at the left and the zone at the right on one line; wrapped onto lines of their
        own when both do not fit."""
        title, zone = self.words
        if len(title) + 3 + len(zone) <= width:
            gap = " " * (width - len(title) - len(zone))
            return [assemble((title, "bold"), gap, zone)]
        lines = [styled(line, "bold") for line in wrap(title, width)]
        return lines + [plain(line) for line in wrap(zone, width)]


class NoticeBar(Static):
    """A problem the person should know about, in one sentence, or what was just saved;
    hidden when there is neither. A problem comes first."""

    shell = getters.app(Shell)

    def __init__(self) -> None:
        super().__init__(id="notice")
        self._shown: str | None = None

    def on_mount(self) -> None:
        self.watch(self.shell, "notice", self._show)
        self.watch(self.shell, "confirmation", self._show)

    def _show(self, _: str | None) -> None:
        """Shows the notice, else the confirmation; redrawn only when the words change."""
        words = self.shell.notice or self.shell.confirmation
        if words == self._shown and (words is not None or not self.display):
            return
        self._shown = words
        self.update(plain(words or ""))
        self.display = words is not None


class KeyBar(LinedWidget):
    """Every key that works here, with what it does; wraps between keys, never inside one."""

    def __init__(self) -> None:
        super().__init__(id="key-bar")
        self.keys: list[tuple[str, str]] = []
        self._update_due = False

    def on_mount(self) -> None:
        self.keys = shown_keys(self.screen)
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[Any]) -> None:
        """Several changes in a row (focus, a new highlight, scrolling) make one update."""
        if not self._update_due:
            self._update_due = True
            self.call_after_refresh(self._update)

    def _update(self) -> None:
        """After the current refresh: a layout asked for while the screen is being laid out can
        be lost, which would leave the bar a line short."""
        self._update_due = False
        if not self.is_attached:
            return
        keys = shown_keys(self.screen)
        if keys != self.keys:
            self.keys = keys
            self.refresh(layout=True)

    def lines(self, width: int) -> list[Content]:
        items = [assemble((key, "$key bold"), " ", label) for key, label in self.keys]
        return packed_lines(items, width)


class MoreHint(Static):
    """ "PgDn more", in words, on its own row above the key line while there is more below the
    view: it never sits beside the words of the page, and there is one however many parts of
    the screen scroll."""

    def __init__(self) -> None:
        super().__init__(assemble(("PgDn", "$key bold"), " more"), id="more")
        self.display = False

    def show(self, more: bool) -> None:
        """Shown or hidden; a layout only when that changed."""
        if self.display != more:
            self.display = more


def shown_keys(screen: Screen[Any]) -> list[tuple[str, str]]:
    """The keys on the key line: all that work, except those `?` lists for every screen
    (`BEHIND_HELP`), scrolling (the "PgDn more" hint says when there is more), Enter where it
    only picks the highlighted row (which is marked), and any the screen leaves to `?`."""
    return every_key(screen, key_line=True)


def every_key(screen: Screen[Any], *, key_line: bool = False) -> list[tuple[str, str]]:
    """Every key that works on `screen`: its own first, then Enter for the highlighted
    choice, then scrolling, then the keys every screen has. With `key_line`, only those the
    key line shows (see `shown_keys`)."""
    left_to_help = BEHIND_HELP | getattr(screen, "KEY_LINE_LEAVES_OUT", frozenset())
    own: list[tuple[str, str]] = []
    pick: list[tuple[str, str]] = []
    scroll: list[tuple[str, str]] = []
    shared: list[tuple[str, str]] = []
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.show or not binding.description or not active.enabled:
            continue
        if key_line and (
            binding.id in left_to_help
            or (binding.id or "").startswith("scroll-")
            or ((binding.id or "").startswith("pick") and binding.description == "Choose")
        ):
            continue
        item = (screen.app.get_key_display(binding), binding.description)
        if binding.id in SHARED_KEY_IDS:
            group = shared
        elif (binding.id or "").startswith("pick"):
            group = pick
        elif (binding.id or "").startswith("scroll-"):
            group = scroll
        else:
            group = own
        if item not in own + pick + scroll + shared:
            group.append(item)
    return own + pick + scroll + shared
