"""The journal: every entry newest first, one line each; filter, find, open, correct, undo.

The newest months are shown at once; older ones are read in a worker and join the list when
they are ready, without moving the cursor. Corrections and deletions made here can be undone
until the screen is left; each is an entry of its own, so nothing is ever rewritten.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from magtui.domain.entries import Content as EntryContent
from magtui.domain.entries import Entry
from magtui.domain.journal_filter import JournalFilter
from magtui.domain.report import Period, day_words
from magtui.session.journaling import FullRead, Journaling
from magtui.session.outcome import NotSaved, Saved
from magtui.session.reports import save_report
from magtui.ui.features.journal.changes import Changed
from magtui.ui.features.journal.entry import EntryScreen
from magtui.ui.features.journal.filters import FilterScreen, FindScreen
from magtui.ui.features.journal.pictures import PicturesScreen
from magtui.ui.features.journal.report import ReportScreen
from magtui.ui.keys import binding
from magtui.ui.kit.base import CalmScreen
from magtui.ui.widgets.bars import KeyBar, MoreHint, NoticeBar, TitleBar
from magtui.ui.widgets.entry_list import EntryList
from magtui.ui.widgets.text import plain

OTHER_WRITERS_SECONDS = 2.0
"""How often the open journal looks for entries another magtui wrote (one `stat`)."""


def keep_out_of_collections() -> None:
    """Move what is alive now out of the garbage collector's way.

    A full collection walks every object the app holds; with a journal read it took 50 to 100 ms
    at random moments, long enough to delay the key that triggered it. Young garbage is
    collected first; what is frozen stays, as the journal and the app do until they close.
    """
    gc.collect(1)
    gc.freeze()


@dataclass(frozen=True)
class Done:
    """A change made here, and what to say when it is undone."""

    change: Entry
    undone: str
    """What to say when it is undone: 'Put back: Reaction: itch, moderate.'"""


class JournalScreen(CalmScreen):
    TITLE = "Journal"
    BINDINGS = [
        binding("open", "open"),
        Binding("up", "move(-1)", show=False, id="entry-up"),
        Binding("down", "move(1)", show=False, id="entry-down"),
        binding("entry-page", "page(-1)"),
        Binding("pagedown", "page(1)", show=False, id="entry-page-down"),
        Binding("home", "ends(-1)", show=False, id="entry-home"),
        Binding("end", "ends(1)", show=False, id="entry-end"),
        binding("filter", "filter"),
        binding("find", "find"),
        binding("show-all", "show_all"),
        binding("undo", "undo"),
        binding("pictures", "pictures"),
        binding("report", "report"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filter = JournalFilter()
        self.done: list[Done] = []
        self.entry_list = EntryList(self.shell.session.clock(), self._follows)
        self.status = Static(id="journal-status")
        self._reader: Worker[FullRead] | None = None
        self._shown_version = -1

    @property
    def journaling(self) -> Journaling:
        return self.shell.session.journaling

    def _follows(self, entry_id: str) -> EntryContent | None:
        return self.journaling.history.current(entry_id)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield NoticeBar()
        with Vertical(id="journal"):
            yield self.status
            yield self.entry_list
        yield MoreHint()
        yield KeyBar()
        yield Static(plain("This window is too small for magtui."), id="too-small")

    def on_mount(self) -> None:
        """Rows at once: all of them if the journal is already read and unchanged (kept from the
        zone home's read or an earlier visit), else the newest months, the rest in a worker."""
        self.set_interval(OTHER_WRITERS_SECONDS, self._notice_other_writers)
        if self.journaling.complete and not self.journaling.changed_elsewhere():
            self.show_rows()
            keep_out_of_collections()
            return
        self.journaling.read_newest()
        self.show_rows()
        if self.journaling.complete:
            keep_out_of_collections()
        else:
            # Once the first rows are on screen: the reading thread shares the interpreter.
            self.call_after_refresh(self._read_the_rest)

    def on_screen_resume(self) -> None:
        """Back from a quick log or an entry: show what was written meanwhile, if anything,
        here or by another magtui (read again in the worker, as at the start)."""
        if self.journaling.changed_elsewhere() and not self._reading():
            self._read_the_rest()
        if self.entry_list.is_attached and self._shown_version != self.journaling.version:
            self.show_rows()

    def _notice_other_writers(self) -> None:
        """Entries another magtui wrote join the list within seconds, as the zone does; one
        `stat` each time, and nothing redrawn unless something was written."""
        if self.is_current:
            self.on_screen_resume()

    def _reading(self) -> bool:
        return self._reader is not None and not self._reader.is_finished

    def _read_the_rest(self) -> None:
        self._reader = self.run_worker(
            self.journaling.read_all, thread=True, exit_on_error=False, name="journal"
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker is not self._reader or event.state is not WorkerState.SUCCESS:
            if worker is self._reader and event.state is WorkerState.ERROR:
                self.shell.session.tell(f"Older entries could not be read: {worker.error}")
            return
        assert isinstance(worker.result, FullRead)
        self.journaling.adopt(worker.result)
        self.show_rows()
        keep_out_of_collections()

    # What is shown

    def rows(self) -> Sequence[EntryContent]:
        return self.journaling.index.newest_first(self.filter, self.shell.session.clock())

    def show_rows(self, keep: EntryContent | None = None) -> None:
        self._shown_version = self.journaling.version
        rows = self.rows()
        self.entry_list.show(rows, keep=keep or self.entry_list.current)
        self._show_status(len(rows))
        self.refresh_bindings()

    def _show_status(self, count: int) -> None:
        """The line above the list: the filter, how many entries it shows, and whether older months
        are still being read."""
        words = f"{self.filter.words()} · {count:,} entr{'y' if count == 1 else 'ies'}"
        if not self.journaling.complete:
            words += " · reading older months…"
        elif count == 0:
            words += " · none to show" if self.filter.is_set else " · nothing logged yet"
        self.status.update(plain(words))

    def more_below(self) -> bool:
        return self.entry_list.is_attached and self.entry_list.more_below

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open":
            return self.entry_list.current is not None
        if action == "show_all":
            return self.filter.is_set
        if action == "undo":
            return bool(self.done)
        return super().check_action(action, parameters)

    # Keys

    def action_move(self, step: int) -> None:
        self.entry_list.move(step)

    def action_page(self, direction: int) -> None:
        self.entry_list.move(direction * self.entry_list.page)

    def action_ends(self, direction: int) -> None:
        self.entry_list.move(direction * len(self.entry_list.rows))

    def action_open(self) -> None:
        entry = self.entry_list.current
        if entry is not None:
            self.app.push_screen(EntryScreen(entry), self.changed)

    def action_filter(self) -> None:
        self.app.push_screen(FilterScreen(self))

    def action_find(self) -> None:
        self.app.push_screen(FindScreen(self))

    def action_show_all(self) -> None:
        self.apply(JournalFilter())

    def apply(self, chosen: JournalFilter) -> None:
        self.filter = chosen
        self.entry_list.cursor = 0
        self.show_rows(keep=None)
        self.entry_list.scroll_to(y=0, animate=False, immediate=True)

    def action_pictures(self) -> None:
        journaling = self.journaling
        self.app.push_screen(PicturesScreen(journaling.ledger_so_far(), journaling.complete))

    async def action_report(self) -> None:
        """The report rests on the whole journal: any read it still needs runs in a thread
        before the question is asked."""
        if not self.journaling.complete:
            self.shell.confirm("Older months are still being read; press s again in a moment.")
            return
        ledger = await self.shell.whole_ledger()

        def save(period: Period) -> bool:
            saved = save_report(self.shell.session, ledger, period)
            if isinstance(saved, Saved):  # else the notice line says nothing was saved
                first, last = day_words(period.first), day_words(period.last)
                self.shell.confirm(f"Report of {first} to {last} saved to {saved.what}")
            return isinstance(saved, Saved)

        self.app.push_screen(ReportScreen(save))

    # Changes, and taking them back

    def changed(self, changed: Changed | None) -> None:
        """What the entry screen wrote, if anything: the list shows it, `u` can take it back."""
        if changed is None:
            return
        self.done.append(Done(changed.change, changed.undone))
        self.show_rows(keep=changed.shown)
        self.shell.confirm(f"{changed.words} — u undoes it.")

    def action_undo(self) -> None:
        """Takes back the last correction or deletion made here, as a new entry; the list and the
        notice line say what came back."""
        if not self.done:
            return
        last = self.done[-1]
        if isinstance(self.journaling.undo(last.change), NotSaved):
            return  # the notice line says nothing was saved
        self.done.pop()
        self.show_rows()
        self.shell.confirm(last.undone)
