"""Correcting an entry: what to change (the fields its kind has), then the new value.

The correction is answered to the entry screen below, which saves it as a new entry that
stands in for the first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from magtui.domain.entries import CapsuleDose, Content, Reaction, TopicalSession, ZoneCheckIn
from magtui.domain.entry_words import capsule_amount, duration, reaction_words
from magtui.domain.kinds import EVERY_ENTRY_CORRECTS, kind_of
from magtui.domain.when import describe_when
from magtui.domain.zones import Zone
from magtui.ui.features.journal.changes import Correction
from magtui.ui.keys import choice
from magtui.ui.kit.pick import AskScreen, PickScreen
from magtui.ui.kit.reaction import Reacted, ReactionKindScreen
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.choice import Choice


class CorrectScreen(StepScreen[Correction]):
    """What to change; the choices fit the kind of entry. Answers with the `Correction` once its
    new value is chosen; the entry screen below saves it."""

    TITLE = "Correct"
    question = "What needs correcting?"

    def __init__(self, entry: Content) -> None:
        self.entry = entry
        super().__init__()

    def options(self) -> list[Choice]:
        """The fields this kind of entry has that a person can correct (see `domain.kinds`)."""
        kind = kind_of(self.entry)
        fields = kind.corrects if kind else EVERY_ENTRY_CORRECTS
        now = self.shell.session.clock()
        choices = []
        for field in fields:
            name, shown = CORRECTION_CHOICES[field]
            choices.append(choice(name, shown(self.entry, now), field))
        return choices

    async def choose(self, value: str) -> None:
        """The new value is asked for in the way its field needs; each answer corrects it."""
        if value == "note":
            ask = AskScreen("Correct", "The note:", value=self.entry.note, max_length=2000)
            await self.app.push_screen(ask, self._note)
        elif value in TYPED_FIELDS:
            current = getattr(self.entry, value)
            prompt = TYPED_FIELDS[value]

            def typed(words: str | None) -> None:
                if words is not None:
                    self._corrected(f"Corrected the {value}", **{value: words})

            await self.app.push_screen(AskScreen("Correct", prompt, value=current), typed)
        elif value in CHECKED_FIELDS:
            await self._ask_checked(value)
        elif value == "fraction":
            from magtui.session.dosing import AMOUNTS

            shares = [
                Choice(str(n), capsule_amount(share), "", str(share))
                for n, share in enumerate(AMOUNTS, 1)
            ]
            picker = PickScreen("Correct", "How much of a capsule?", shares, default=None)
            await self.app.push_screen(picker, self._fraction)
        elif value == "zone":
            zones = [choice(z.value, "", z.value) for z in Zone]
            await self.app.push_screen(PickScreen("Correct", "Which zone?", zones), self._zone)
        else:
            await self.app.push_screen(ReactionKindScreen(), self._reaction)

    def _corrected(self, words: str, **changes: object) -> None:
        """This screen answers with the correction. A question gone back from (None) comes
        back here instead, to choose another field or go back."""
        self.dismiss(Correction(words, changes))

    async def _ask_checked(self, field: str) -> None:
        """A typed time, length or milligrams: checked before the question closes."""
        now = self.shell.session.clock()
        prompt, read, current = CHECKED_FIELDS[field]
        changes: dict[str, object] = {}

        def check(words: str) -> str | None:
            try:
                changes.update(read(words, now))
            except ValueError as problem:
                return str(problem)
            return None

        def typed(words: str | None) -> None:
            if words is not None:
                self._corrected(f"Corrected {CHECKED_WORDS[field]}", **changes)

        ask = AskScreen("Correct", prompt, value=current(self.entry), check=check)
        await self.app.push_screen(ask, typed)

    def _fraction(self, value: str | None) -> None:
        if value is not None:
            self._corrected("Corrected the amount", fraction=float(value))

    def _note(self, words: str | None) -> None:
        if words is not None:
            self._corrected("Corrected the note", note=words)

    def _zone(self, value: str | None) -> None:
        if value is not None:
            self._corrected("Corrected the zone", zone=Zone(value))

    def _reaction(self, reacted: Reacted | None) -> None:
        if reacted is not None:
            self._corrected(
                "Corrected the reaction", reaction=reacted.kind, severity=reacted.severity
            )


TYPED_FIELDS = {
    "product": "The product:",
    "area": "Where on the body?",
    "amount": "How much:",
    "dilution": "The dilution:",
}
"""Fields a correction takes as typed, in the person's own words."""


def _when(words: str, now: datetime) -> dict[str, object]:
    from magtui.domain.when import parse_when

    return {"at": parse_when(words, now)}


def _length(words: str, now: datetime) -> dict[str, object]:
    """Whole minutes; a length no session has is refused without naming a number, which a
    person could read as a length to aim for."""
    from magtui.domain.entries import MINUTES_LIMIT

    cleaned = words.removesuffix("min").strip()
    if not cleaned.isdigit() or int(cleaned) < 1:
        raise ValueError("Type the minutes in digits.")
    if int(cleaned) > MINUTES_LIMIT:
        raise ValueError("That is longer than magtui can log as one session; type the minutes.")
    return {"duration_minutes": int(cleaned), "duration_seconds": None}


def _mg(words: str, now: datetime) -> dict[str, object]:
    from magtui.domain.capsules import parse_mg

    return {"mg": parse_mg(words)}


def _current_minutes(entry: Content) -> str:
    """The session's length in whole minutes, as the field to correct starts: timed seconds
    rounded, at least 1."""
    if isinstance(entry, TopicalSession):
        if entry.duration_seconds:
            return str(max(1, round(entry.duration_seconds / 60)))
        if entry.duration_minutes:
            return str(entry.duration_minutes)
    return ""


def _current_at(entry: Content) -> str:
    return f"{entry.at:%Y-%m-%dT%H:%M}"


def _current_mg(entry: Content) -> str:
    return f"{entry.mg:g}" if isinstance(entry, CapsuleDose) and entry.mg else ""


Read = Callable[[str, datetime], dict[str, object]]
CHECKED_FIELDS: dict[str, tuple[str, Read, Callable[[Content], str]]] = {
    "at": ("When did it happen? now, 2h ago, or a time like 2026-11-22T14:30:", _when, _current_at),
    "length": ("How many minutes?", _length, _current_minutes),
    "mg": ("Milligrams of magnesium:", _mg, _current_mg),
}
"""Fields typed and checked: the question, how the words are read, and the value shown first."""
CHECKED_WORDS = {"at": "when it happened", "length": "how long", "mg": "the milligrams"}


def _given(text: str | None, empty: str = "not given") -> str:
    return text or empty


def _length_words(entry: Content, now: datetime) -> str:
    if not isinstance(entry, TopicalSession):
        return "not given"
    if entry.duration_seconds:
        return duration(entry.duration_seconds)
    return f"{entry.duration_minutes} min" if entry.duration_minutes else "not given"


def _zone_words(entry: Content) -> str:
    zone = entry.zone if isinstance(entry, ZoneCheckIn | TopicalSession | CapsuleDose) else None
    return zone.label if zone else "not given"


def _field(name: str, empty: str = "not given") -> Callable[[Content, datetime], str]:
    return lambda entry, now: _given(getattr(entry, name, None), empty)


Shown = Callable[[Content, datetime], str]
CORRECTION_CHOICES: dict[str, tuple[str, Shown]] = {
    "reaction": (
        "fix-reaction",
        lambda entry, now: reaction_words(entry) if isinstance(entry, Reaction) else "",
    ),
    "zone": ("fix-zone", lambda entry, now: _zone_words(entry)),
    "product": ("fix-product", _field("product", "unnamed")),
    "area": ("fix-area", _field("area")),
    "amount": ("fix-amount", _field("amount")),
    "dilution": ("fix-dilution", _field("dilution")),
    "length": ("fix-length", _length_words),
    "fraction": (
        "fix-amount",
        lambda entry, now: (
            capsule_amount(entry.fraction)
            if isinstance(entry, CapsuleDose) and entry.fraction
            else "not given"
        ),
    ),
    "mg": (
        "fix-mg",
        lambda entry, now: (
            f"{entry.mg:g} mg" if isinstance(entry, CapsuleDose) and entry.mg else "not given"
        ),
    ),
    "at": ("fix-at", lambda entry, now: describe_when(entry.at, now)),
    "note": ("fix-note", _field("note", "empty")),
}
"""Each field a correction can change: its key in the key table, and how its value is shown."""
