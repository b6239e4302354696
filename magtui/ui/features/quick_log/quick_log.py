"""Quick log, `l` from anywhere: a use of magnesium on the skin and how it went, in a key or two.

Everything but the answer is filled in from the last session and shown in words, first; a key
changes any of it. The answer comes last and saves at once, as on "How did it go?": from the
zone home, `l` `n` logs 'no reaction' to the same thing as last time, now. 'Don't know' is
highlighted, so Enter alone never claims an answer.
"""

from __future__ import annotations

from datetime import datetime

from textual.widget import Widget

from magtui.domain.entries import Entry, Reaction
from magtui.domain.entry_words import METHOD_NAMES, describe, reaction_words
from magtui.domain.vocabulary import ReactionKind, TopicalMethod
from magtui.domain.when import describe_when
from magtui.session.outcome import Saved
from magtui.session.quick_log import QuickLog
from magtui.ui.keys import binding, choice
from magtui.ui.kit.askers import minutes_words, note_asker, time_picker
from magtui.ui.kit.pick import AskScreen, PickScreen
from magtui.ui.kit.product_picker import product_picker
from magtui.ui.kit.reaction import Reacted, ReactionKindScreen
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.blocks import heading, labelled
from magtui.ui.widgets.choice import Choice

NO_REACTION = "none"
A_REACTION = "reaction"
DONT_KNOW = "unanswered"
ANSWERS = (NO_REACTION, A_REACTION, DONT_KNOW)


class QuickLogScreen(StepScreen):
    TITLE = "Quick log"
    QUICK_LOG = False
    question = "Any reaction?"
    BINDINGS = [binding("pick-save", "pick")]
    CHANGES: tuple[tuple[str, str], ...] = (
        ("change-method", "method"),
        ("change-product", "product"),
        ("change-area", "area"),
        ("change-time", "time"),
        ("change-note", "note"),
    )
    """Keys that change what is pre-filled; on the key line after the answers."""

    def __init__(self, asked: QuickLog) -> None:
        """`asked`: what to save, pre-filled from the last session."""
        self.asked = asked
        super().__init__()
        keys = self._bindings.key_to_bindings
        answers = {choice.key: keys.pop(choice.key) for choice in self.options()}
        for name, action in self.CHANGES:
            change = binding(name, action)
            keys.setdefault(change.key, []).append(change)
        keys.update(answers)  # the changes come first on the key line, as they are pressed first

    def options(self) -> list[Choice]:
        return [
            choice("no-reaction", "saved at once", NO_REACTION),
            choice("a-reaction", "then which one and how strong", A_REACTION),
            choice("dont-know", "saved as not answered, never as a no", DONT_KNOW),
        ]

    def default_choice(self) -> int | None:
        return ANSWERS.index(DONT_KNOW)

    def before(self) -> list[Widget]:
        """What will be saved with the answer, above it: changed first, then answered."""
        asked = self.asked
        rows = [
            ("Method", METHOD_NAMES[asked.method.value]),
            ("Product", asked.product or "unnamed"),
            ("Area", asked.area or "not given"),
            ("When", minutes_words(asked.minutes_ago)),
        ]
        if asked.note:
            rows.append(("Note", asked.note))
        return [heading("What you used"), labelled(rows)]

    def _redraw(self) -> None:
        self.refresh_options()
        self.call_later(self.recompose)

    async def choose(self, value: str) -> None:
        """The answer saves at once; a reaction first asks which one and how strong."""
        if value == A_REACTION:
            await self.app.push_screen(ReactionKindScreen(), self._reacted)
            return
        reaction = ReactionKind.NONE if value == NO_REACTION else None
        self.asked = self.asked.change(reaction=reaction, severity=None)
        self.save()

    def _reacted(self, reacted: Reacted | None) -> None:
        """Which reaction and how strong, both chosen: saved; back from them saves nothing."""
        if reacted is not None:
            self.asked = self.asked.change(reaction=reacted.kind, severity=reacted.severity)
            self.save()

    def save(self) -> None:
        """Back, saying what was saved, once it is on disk; else the notice line says why not."""
        session = self.shell.session
        saved = session.journaling.quick_log(self.asked)
        if isinstance(saved, Saved):
            self.dismiss()
            self.shell.confirm(_saved_words(saved.what, session.clock()))

    # Changing what is pre-filled

    def action_method(self) -> None:
        """The guide's methods, one key each, the one in the log highlighted."""
        methods = self.shell.session.guidance.topical.methods
        choices = [Choice(str(n), m.name, "", m.id.value) for n, m in enumerate(methods, 1)]
        current = [m.id for m in methods].index(self.asked.method)
        self.app.push_screen(
            PickScreen("Method", "Which way?", choices, default=current), self._method
        )

    def _method(self, value: str | None) -> None:
        if value is not None:
            self.asked = self.asked.change(method=TopicalMethod(value))
            self._redraw()

    async def action_product(self) -> None:
        """The person's products with their standing: the whole journal's, read in a thread."""
        ledger = await self.shell.whole_ledger()
        picker = product_picker(ledger, self.shell.session.zone)
        await self.app.push_screen(picker, self._product)

    def _product(self, name: str | None) -> None:
        if name is not None:
            self.asked = self.asked.change(product=name)
            self._redraw()

    def action_area(self) -> None:
        self.app.push_screen(
            AskScreen("Area", "Where on the body?", value=self.asked.area), self._area
        )

    def _area(self, area: str | None) -> None:
        if area is not None:
            self.asked = self.asked.change(area=area)
            self._redraw()

    def action_time(self) -> None:
        self.app.push_screen(time_picker(self.asked.minutes_ago, self._time))

    def _time(self, minutes_ago: int) -> None:
        self.asked = self.asked.change(minutes_ago=minutes_ago)
        self._redraw()

    def action_note(self) -> None:
        self.app.push_screen(note_asker(self.asked.note, self._note))

    def _note(self, note: str) -> None:
        self.asked = self.asked.change(note=note)
        self._redraw()


def _saved_words(saved: list[Entry], now: datetime) -> str:
    """'Saved: Foot soak, Epsom salt, in Red — no reaction — today at 14:02.'"""
    use = saved[0]
    answer = "not answered"
    if len(saved) > 1 and isinstance(saved[1], Reaction):
        answer = reaction_words(saved[1])
    return f"Saved: {describe(use)} — {answer} — {describe_when(use.at, now)}."
