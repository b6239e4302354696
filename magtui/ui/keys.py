"""Every key magtui answers, with the words it is shown with: one table, so a letter means the
same wherever a person moves, and the help page and the README list the same keys.

Bindings and lettered choices take their key and label from `KEYS` by name (`binding`,
`choice`). A digit is not here: it always picks the row shown with that number. A letter with
more than one label is in `SHARED` with the reason; `tests/test_key_table.py` holds that every
key on every screen comes from this table and that no letter has two labels without one.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from textual.binding import Binding

from magtui.ui.widgets.choice import Choice


class Key(NamedTuple):
    """A key as Textual names it, what it does in a few words, and how the key line shows it."""

    press: str
    label: str
    shown: str = ""

    @property
    def display(self) -> str:
        return self.shown or self.press


KEYS: Final[dict[str, Key]] = {
    # On every screen (listed by ?, except ? and Esc, which are on every key line).
    "help": Key("question_mark", "Help", "?"),
    "back": Key("escape", "Back", "Esc"),
    "log": Key("l", "Log"),
    "quit": Key("q", "Quit"),
    "scroll": Key("pagedown", "Scroll", "↑↓ PgUp PgDn"),
    "scroll-pages": Key("pagedown", "Scroll", "PgUp PgDn"),
    # Enter acts on the highlighted row; what that is depends on the list.
    "pick": Key("enter", "Choose", "↑↓ Enter"),
    "pick-start": Key("enter", "Start", "↑↓ Enter"),
    "pick-read": Key("enter", "Read", "↑↓ Enter"),
    "pick-save": Key("enter", "Save", "↑↓ Enter"),
    "open": Key("enter", "Open", "↑↓ Enter"),
    "save": Key("enter", "Save", "Enter"),
    "understood": Key("enter", "I understand, continue", "Enter"),
    "choose-another": Key("enter", "Choose another", "Enter"),
    "go-back": Key("enter", "Go back", "Enter"),
    # The zone home.
    "zone": Key("z", "Change zone"),
    "capsules": Key("c", "Capsules"),
    "journal": Key("j", "Journal"),
    "products": Key("p", "Products"),
    "guide": Key("g", "Guide"),
    "settings": Key("s", "Settings"),
    "answer": Key("a", "Answer"),
    # The zones, on the check-in and wherever a zone is picked.
    "green": Key("g", "Green"),
    "yellow": Key("y", "Yellow"),
    "red": Key("r", "Red"),
    # How did it go?
    "no-reaction": Key("n", "No reaction"),
    "a-reaction": Key("r", "A reaction"),
    "dont-know": Key("d", "Don't know"),
    "dont-know-yet": Key("d", "Don't know yet"),
    # Going on past a safety question, only ever with its own key.
    "use-anyway": Key("y", "Use it anyway"),
    "log-anyway": Key("y", "Log it anyway"),
    "none-apply": Key("n", "None of these"),
    "zone-home": Key("h", "Back to the zone home"),
    # A session.
    "bottle": Key("b", "Bottle size"),
    "cautions": Key("c", "Cautions"),
    "toggle_pause": Key("space", "Pause", "Space"),
    "resume": Key("space", "Resume", "Space"),
    "more": Key("plus,equals_sign", "Minute more", "+"),
    "less": Key("minus", "Minute less", "-"),
    "stop": Key("escape", "Stop", "Esc"),
    "quit-asking": Key("q", "Quit"),
    "keep-going": Key("k", "Keep going"),
    "end-now": Key("e", "End now"),
    "discard": Key("x", "Discard"),
    "write-note": Key("w", "Write a note"),
    # Products and capsules.
    "new-name": Key("w", "Write a new name"),
    "unnamed": Key("u", "Unnamed"),
    "add-product": Key("a", "Add a product"),
    "add-capsule": Key("a", "Add a capsule"),
    "another-form": Key("o", "Another form"),
    "only-form": Key("f", "Only the form"),
    "milligrams": Key("m", "Milligrams"),
    "unscented": Key("y", "Yes, unscented"),
    "scented": Key("n", "No, scented"),
    # What a quick log or a dose changes before its answer.
    "change-method": Key("m", "Method"),
    "change-product": Key("p", "Product"),
    "change-area": Key("a", "Area"),
    "change-time": Key("t", "Time"),
    "change-note": Key("w", "Note"),
    "change-capsule": Key("c", "Capsule"),
    "change-food": Key("f", "Food"),
    # The journal.
    "entry-page": Key("pageup", "Page", "PgUp PgDn"),
    "filter": Key("f", "Filter"),
    "find": Key("slash", "Find", "/"),
    "show-all": Key("a", "Show all"),
    "undo": Key("u", "Undo"),
    "pictures": Key("v", "Pictures"),
    "report": Key("s", "Report"),
    "correct": Key("c", "Correct it"),
    "delete": Key("x", "Delete it"),
    "important": Key("i", "Mark important"),
    "not-important": Key("i", "Not important"),
    "filter-kind": Key("k", "One kind"),
    "filter-product": Key("p", "One product"),
    "filter-zone": Key("z", "One zone"),
    "filter-answer": Key("r", "Reactions"),
    "filter-days": Key("t", "Recent days"),
    "filter-month": Key("m", "One month"),
    # Correcting an entry: the field it changes.
    "fix-reaction": Key("r", "The reaction"),
    "fix-zone": Key("z", "The zone"),
    "fix-product": Key("p", "The product"),
    "fix-area": Key("a", "The area"),
    "fix-amount": Key("m", "The amount"),
    "fix-dilution": Key("o", "The dilution"),
    "fix-length": Key("h", "How long"),
    "fix-mg": Key("g", "The milligrams"),
    "fix-at": Key("t", "When it happened"),
    "fix-note": Key("w", "The note"),
}

SHARED: Final[dict[str, str]] = {
    "a": "Add on the product and capsule lists, Answer on the zone home, Show all in the "
    "journal, and the area wherever an entry's area is changed: never two on one screen.",
    "c": "Capsules from the zone home, the capsule of a dose, Cautions before a session, and "
    "Correct on an entry: each where the others are not.",
    "d": "Don't know, and Don't know yet where the answer can be given later from the zone "
    "home: the same answer.",
    "f": "Filter in the journal, and on a dose the food or only the form: never together.",
    "g": "Guide on the zone home, Green where a zone is picked (the zones' own initials), and "
    "the milligrams of a dose being corrected.",
    "h": "Back to the zone home on a stop page, How long where a session is corrected.",
    "i": "Marks a note important, or unmarks it: one key that says what it will do.",
    "k": "Keep going in a session, One kind in the journal's filter.",
    "m": "Milligrams or the amount of a dose, the method of a quick log, one month in the "
    "journal's filter.",
    "n": "The no answer: No reaction, None of these, No (scented).",
    "o": "Another capsule form, or the dilution of an entry being corrected.",
    "p": "Products from the zone home; the product of a quick log, a filter or a correction.",
    "r": "A reaction wherever it is asked, the Reactions filter, and Red where a zone is picked "
    "(the zones' own initials).",
    "s": "Settings on the zone home, Report in the journal: neither screen has the other.",
    "t": "The time of a quick log, a dose or an entry; recent days in the journal's filter.",
    "u": "Unnamed on a product step, Undo in the journal.",
    "w": "Writes words: a note, or a new product's name.",
    "x": "Throws away: an entry (u undoes it) or a running session (x a second time).",
    "y": "Yes, go on: only ever its own key on a safety question; Yellow where a zone is picked "
    "(the zones' own initials).",
    "z": "The zone: change it, filter by it, or correct it.",
}
"""Letters with more than one label, and why a person is not misled by it."""


def binding(name: str, action: str, *, show: bool = True, priority: bool = False) -> Binding:
    """A binding whose key, label and id are the table's (`KEYS[name]`)."""
    key = KEYS[name]
    return Binding(
        key.press,
        action,
        key.label,
        show=show,
        key_display=key.shown or None,
        priority=priority,
        id=name,
    )


def choice(name: str, detail: str, value: str) -> Choice:
    """A lettered choice whose key and label are the table's (`KEYS[name]`)."""
    key = KEYS[name]
    return Choice(key.press, key.label, detail, value)


def labels_by_letter() -> dict[str, list[str]]:
    """Each letter key and every label it has in the table, in the table's order."""
    letters: dict[str, list[str]] = {}
    for key in KEYS.values():
        if len(key.press) == 1 and key.press.isalpha():
            labels = letters.setdefault(key.press, [])
            if key.label not in labels:
                labels.append(key.label)
    return letters


def scroll_key(arrows: bool) -> Key:
    """PgUp and PgDn, with the arrows where they scroll rather than move a highlight."""
    return KEYS["scroll" if arrows else "scroll-pages"]


def key_list() -> str:
    """Every key, as the README lists it: the letter, its labels, and why it has several."""
    lines = []
    for letter, labels in sorted(labels_by_letter().items()):
        line = f"- `{letter}` {', '.join(labels)}"
        if letter in SHARED:
            line += f". {SHARED[letter]}"
        lines.append(line)
    return "\n".join(lines)


if __name__ == "__main__":
    print(key_list())
