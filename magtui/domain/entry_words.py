"""An entry in plain words: one line for lists and exports, labelled rows to read it whole.

`typed` turns what the person typed into what the reader shows: the journal screen folds new
lines, the Markdown export escapes; the words magtui itself writes need neither.
"""

from __future__ import annotations

from collections.abc import Callable

from magtui.domain.entries import (
    CapsuleDose,
    Deletion,
    Entry,
    Note,
    Product,
    Reaction,
    TopicalSession,
    Undo,
    ZoneCheckIn,
)
from magtui.domain.vocabulary import AlpimsDomain, ReactionKind

Typed = Callable[[str], str]

METHOD_NAMES = {"soak": "Foot soak", "spray": "Spray", "cream": "Cream", "balm": "Balm"}
REACTION_WORDS = {
    ReactionKind.NONE: "no reaction",
    ReactionKind.UNSURE: "a reaction, not sure what",
    ReactionKind.DONT_KNOW: "don't know yet",
}
SEVERITY_WORDS = {0: "none", 1: "mild", 2: "moderate", 3: "strong"}


def one_line(text: str) -> str:
    """A note's new lines folded, so one entry is one line."""
    return " / ".join(part for part in text.splitlines() if part.strip()) if text else ""


def duration(seconds: int) -> str:
    """'5 min', '1 min 35 s' or '10 s'."""
    minutes, rest = divmod(seconds, 60)
    words = [f"{minutes} min"] if minutes else []
    if rest or not minutes:
        words.append(f"{rest} s")
    return " ".join(words)


def reaction_words(entry: Reaction) -> str:
    """'no reaction', or 'itch, moderate'."""
    words = REACTION_WORDS.get(entry.reaction, entry.reaction.value)
    if entry.reaction is not ReactionKind.NONE and entry.severity:
        words += f", {SEVERITY_WORDS[entry.severity]}"
    return words


def relief_words(relief: tuple[AlpimsDomain, ...]) -> str:
    return "relief in " + ", ".join(domain.value for domain in relief)


FRACTIONS = {0.25: "¼", 0.5: "½", 0.75: "¾"}


def capsule_amount(fraction: float) -> str:
    """'¼ capsule', '1 capsule', '1½ capsules', '0.3 capsule'."""
    whole, part = divmod(fraction, 1)
    if part in FRACTIONS:
        number = (f"{whole:g}" if whole else "") + FRACTIONS[part]
    else:
        number = f"{fraction:g}"
    return f"{number} capsule" + ("" if fraction <= 1 else "s")


def food_words(with_food: bool | None) -> str:
    return {True: "with food", False: "without food", None: "food not said"}[with_food]


def use_words(use: TopicalSession | CapsuleDose, typed: Typed = one_line) -> str:
    """'Cream, Calm Cream' or 'glycinate capsule, My glycinate': which use an answer follows."""
    if isinstance(use, CapsuleDose):
        words = [f"{use.form.value} capsule"]
    else:
        words = [METHOD_NAMES[use.method.value]]
    if use.product:
        words.append(typed(use.product))
    return ", ".join(words)


def describe(entry: Entry, typed: Typed = one_line, after: str = "") -> str:
    """One line saying what happened, without the time; `after` names the use it answers."""
    parts: list[str]
    if isinstance(entry, ZoneCheckIn):
        parts = [f"Zone: {entry.zone.label}"]
    elif isinstance(entry, TopicalSession):
        parts = [METHOD_NAMES[entry.method.value]]
        parts += [typed(text) for text in (entry.product, entry.amount, entry.area) if text]
        if entry.dilution:
            parts.append(f"dilution {typed(entry.dilution)}")
        if entry.duration_seconds:
            parts.append(duration(entry.duration_seconds))
        elif entry.duration_minutes:
            parts.append(f"{entry.duration_minutes} min")
        if entry.zone:
            parts.append(f"in {entry.zone.label}")
    elif isinstance(entry, CapsuleDose):
        parts = [f"Capsule: {entry.form.value}"]
        if entry.product:
            parts.append(typed(entry.product))
        if entry.fraction is not None:
            parts.append(capsule_amount(entry.fraction))
        if entry.mg:
            parts.append(f"{entry.mg:g} mg")
        if entry.with_food is not None:
            parts.append(food_words(entry.with_food))
        if entry.zone:
            parts.append(f"in {entry.zone.label}")
    elif isinstance(entry, Reaction):
        parts = [f"Reaction: {reaction_words(entry)}"]
        if entry.relief:
            parts.append(relief_words(entry.relief))
    elif isinstance(entry, Product):
        parts = [f"Product: {typed(entry.name)}"]
        if entry.product_type:
            parts.append(entry.product_type.value)
        if entry.form:
            parts.append(entry.form.value)
        if entry.mg_per_capsule:
            parts.append(f"{entry.mg_per_capsule:g} mg a capsule")
        if entry.unscented is not None:
            parts.append("unscented" if entry.unscented else "scented")
        if entry.ingredients:
            parts.append(f"ingredients: {typed(entry.ingredients)}")
    elif isinstance(entry, Deletion):
        parts = [f"Deleted entry {entry.deletes}"]
    elif isinstance(entry, Undo):
        parts = [f"Undid change {entry.undoes}"]
    else:
        assert isinstance(entry, Note)
        parts = ["Note (important)" if entry.important else "Note"]
        if entry.relief:
            parts.append(relief_words(entry.relief))
    if after:
        parts.append(f"after {after}")
    line = ", ".join(parts)
    if entry.note:
        line += f" — {typed(entry.note)}"
    return line
