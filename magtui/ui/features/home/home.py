"""The zone home: what the seeds say for this zone, in their words and order, one key each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from magtui.domain.guidance import Method
from magtui.domain.vocabulary import CapsuleForm, TopicalMethod
from magtui.domain.zones import Zone, ZoneNow
from magtui.ui.keys import binding
from magtui.ui.kit.choosing import ChoiceScreen
from magtui.ui.pages.cautions import FIRST_TIME_ZONES, first_time_use
from magtui.ui.themes import zone_style
from magtui.ui.widgets.blocks import heading, labelled, labelled_dose
from magtui.ui.widgets.choice import Choice, name_width_for
from magtui.ui.widgets.text import assemble, plain

if TYPE_CHECKING:
    from magtui.session.journaling import FullRead


class HomeScreen(ChoiceScreen):
    """Redrawn when the zone changes; nothing else on it changes by itself."""

    TITLE = "Zone home"
    BINDINGS = [
        Binding("1", "choose('1')", "Start", key_display="1–4", id="method-1"),
        *(Binding(str(n), f"choose('{n}')", show=False, id=f"method-{n}") for n in (2, 3, 4)),
        binding("pick-start", "pick"),
        binding("zone", "check_in"),
        binding("capsules", "capsules"),
        binding("journal", "journal"),
        binding("products", "products"),
        binding("guide", "guide"),
        binding("settings", "settings"),
        binding("answer", "answer"),
    ]
    KEY_LINE_LEAVES_OUT = frozenset({"method-1", "pick-start", "settings"})
    """Listed by `?`: each method's number is beside it, and Settings is not for a bad hour."""

    def __init__(self) -> None:
        super().__init__()
        self._drawn_zone: Zone | None = None
        self._reader: Worker[FullRead] | None = None
        self._tolerated: tuple[int, list[CapsuleForm]] | None = None
        self._drawn_tolerated = ""
        """The journal version it was worked out at, and the tolerated forms."""
        self._drawn_waiting = False

    @property
    def zone(self) -> Zone:
        """The zone the page is for; Red until one is chosen, the seeds' most careful page."""
        return self.shell.session.zone or Zone.RED

    def methods(self) -> list[Method]:
        """The four topical methods, in the seed's order."""
        return list(self.shell.session.guidance.topical.methods)

    def choices(self) -> list[Choice]:
        return [
            Choice(str(number), method.name, " ".join(method.on_home), str(number))
            for number, method in enumerate(self.methods(), 1)
        ]

    def answer_waiting(self) -> bool:
        """Whether a session's answer is owed ('don't know yet'): asked when the person
        chooses, with `a`, never pushed over what they are doing."""
        current = self.shell.session.guiding.current
        return current is not None and current.is_logged

    def compose_body(self) -> ComposeResult:
        zone = self._drawn_zone = self.zone
        guidance = self.shell.session.guidance
        info = guidance.zones.zone(zone)
        yield Static(
            assemble((f"{zone.label} zone", zone_style(zone)), f" · {info.meaning}"),
            id="zone-line",
        )
        self._drawn_waiting = self.answer_waiting()
        if self._drawn_waiting:
            yield Static(plain("1 answer waiting — a to answer"), classes="question")
        yield heading(info.methods_heading)
        yield from self.compose_choices()
        best_form = ("Best form", f"{info.best_form}. {info.best_form_why}.")
        first_time = first_time_use(guidance.topical) if zone in FIRST_TIME_ZONES else None
        tolerated = self._drawn_tolerated = self._tolerated_forms() if zone is Zone.RED else ""
        dose_rows = [best_form, *([("Tolerated", tolerated)] if tolerated else [])]
        width = name_width_for(
            [*(r[0] for r in dose_rows), *(first_time[:1] if first_time else [])]
        )
        if first_time:
            yield labelled([first_time], name_width=width)
        yield labelled_dose(
            dose_rows, consult_line=guidance.disclaimer.consult_for(zone), name_width=width
        )

    def _tolerated_forms(self) -> str:
        """In Red the seed lists capsules only when already tolerated (the ledger's rule)."""
        journaling = self.shell.session.journaling
        stale = self._tolerated is None or self._tolerated[0] != journaling.version
        if stale and self._read_whole_journal():
            self._tolerated = (journaling.version, journaling.ledger_so_far().tolerated_forms())
        elif stale and (kept := journaling.tolerated_forms()) is not None:
            self._tolerated = (journaling.version, kept)  # from the digests, while it reads
        forms = self._tolerated[1] if self._tolerated else []
        return f"Capsules of {', '.join(f.value for f in forms)}: c to log a dose" if forms else ""

    def _read_whole_journal(self) -> bool:
        """Whether the whole journal is read and its ledger ready; if not, a worker reads it.

        The journal is read in a worker (never holding up the page) while the person reads
        this one, so products, capsules, pictures and the journal open on a ready ledger. In Red
        the capsule row comes from the ledger's digests meanwhile, so it is drawn once, right;
        only with no digests kept (a first start) is the page drawn again when the read finds a
        tolerated form.
        """
        journaling = self.shell.session.journaling
        if journaling.complete and not journaling.changed_elsewhere():
            return True
        if self._reader is None or self._reader.is_finished:
            self._reader = self.run_worker(journaling.read_all, thread=True, exit_on_error=False)
        return False

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        reader = self._reader
        if event.worker is not reader or event.state is not WorkerState.SUCCESS:
            return
        assert reader is not None and reader.result is not None
        journaling = self.shell.session.journaling
        journaling.adopt(reader.result)
        self._tolerated = (journaling.version, journaling.ledger_so_far().tolerated_forms())
        if self.zone is Zone.RED and self._tolerated_forms() != self._drawn_tolerated:
            self.call_later(self.recompose)

    def on_mount(self) -> None:
        self.watch(self.shell, "zone_now", self._zone_changed, init=False)
        if self.shell.session.loaded:
            self.call_after_refresh(self._read_whole_journal)
        opening = self.shell.opening
        if opening is not None:
            self.shell.opening = None
            self.call_later(self._begin, opening.method, opening.minutes)

    def on_screen_resume(self) -> None:
        """Drawn again only if the zone changed, or in Red if another form is now tolerated."""
        changed = self._drawn_zone is not self.zone or self._drawn_waiting != self.answer_waiting()
        if changed or (self.zone is Zone.RED and self._drawn_tolerated != self._tolerated_forms()):
            self.call_later(self.recompose)

    def _zone_changed(self, zone_now: ZoneNow | None) -> None:
        if self.is_current and self._drawn_zone is not self.zone:
            self.call_later(self.recompose)

    async def choose(self, value: str) -> None:
        await self._begin(self.methods()[int(value) - 1].id)

    async def _begin(self, method: TopicalMethod, minutes: int | None = None) -> None:
        routes = self.shell.routes
        await self.app.push_screen(
            routes.guided_session(self.shell.session, method, self.zone, minutes)
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`a` only while an answer is waiting."""
        if action == "answer":
            return self.answer_waiting()
        return super().check_action(action, parameters)

    def action_answer(self) -> None:
        if self.answer_waiting():
            self.app.push_screen(self.shell.routes.asked_later())

    def action_check_in(self) -> None:
        self.app.push_screen(self.shell.routes.check_in())

    async def action_capsules(self) -> None:
        """What the capsules screen shows rests on the whole journal: read in a thread first."""
        await self.shell.whole_ledger()
        self.app.push_screen(self.shell.routes.capsules())

    def action_journal(self) -> None:
        self.app.push_screen(self.shell.routes.journal())

    async def action_products(self) -> None:
        """Each product's standing rests on the whole journal: read in a thread first."""
        await self.shell.whole_ledger()
        self.app.push_screen(self.shell.routes.products())

    def action_guide(self) -> None:
        self.app.push_screen(self.shell.routes.guide())

    def action_settings(self) -> None:
        self.app.push_screen(self.shell.routes.settings())
