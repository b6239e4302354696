"""The ledger: the journal's current view turned into facts, in one place.

Every screen, export and command that says something about the body reads these facts; none
works them out again. The rules:

- **A use** is a topical session or a capsule dose. **Its answers** are the reactions and notes
  that name it (`after`), as the guided session, the quick log and `magtui log` write them; a
  corrected use keeps its answers, a deleted use takes them out of the view with it.
- **What a use's answers say**, in this order: a reaction (anything but 'no reaction' and
  'don't know') if any answer names one; else 'no reaction' if an answer says so; else "don't
  know" if an answer says that; else **not answered**. Silence is never a "no", and "don't know"
  is neither a reaction nor a "no".
- **Tolerated**: at least two uses answered 'no reaction' and none answered with a reaction
  (`TOLERATED_AFTER_ANSWERS`). **Reacted**: any use answered with a reaction. Anything else is
  **new**. The sources say "already tolerated" without a count; two answered uses is magtui's
  own threshold for showing the word, and every standing is shown with what it rests on.
- **Names** of products match whatever their letter case or spacing; capsule forms are counted
  by form.
- **The zone of a day** (the reader's local day, by the time zone's rules): the last check-in of
  that day; else the check-in in force, carried on (a zone stays until it is changed); where no
  check-in covers the day, the zone the last entry of that day was logged in, or failing that
  the one entries gave last, carried on. Each day says which it was.
- **A day's capsule total**: the milligrams of the doses of that local day that have them; doses
  logged without milligrams are counted apart, in capsules. Milligrams are never guessed.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo

from magtui.domain.entries import (
    CapsuleDose,
    Content,
    Deletion,
    Entry,
    Note,
    Product,
    Reaction,
    TopicalSession,
    Undo,
    ZoneCheckIn,
)
from magtui.domain.history import History
from magtui.domain.ledger_facts import (
    RECENT_PRODUCTS,
    AnswerEntry,
    DayDoses,
    DayZone,
    Relief,
    Standing,
    Tolerance,
    UseFacts,
    keep_latest,
    product_key,
    tidy_name,
    zone_days,
)
from magtui.domain.vocabulary import AlpimsDomain, CapsuleForm, ProductType, TopicalMethod
from magtui.domain.zones import Zone


class Ledger:
    """Facts from one current view, read in the reader's time zone `zone`."""

    def __init__(self, history: History, zone: tzinfo | None) -> None:
        self.history = history
        self.zone = zone
        self.uses: list[UseFacts] = []
        """Every use, oldest first."""
        self.loose: list[AnswerEntry] = []
        """Reactions and notes that name no use still in the view."""
        self.products: dict[str, Standing] = {}
        """Skin products by `product_key`, in the order first seen."""
        self.forms: dict[CapsuleForm, Standing] = {}
        self.capsules: dict[str, Product] = {}
        """The person's capsules, each as last described, by `product_key`."""
        self._check_in_zone: dict[date, tuple[datetime, Zone]] = {}
        self._entry_zone: dict[date, tuple[datetime, Zone]] = {}
        """A day's zone and when it was given: the latest of a day wins, in any order added."""
        self._doses: dict[date, DayDoses] = {}
        self._relief: list[tuple[datetime, tuple[AlpimsDomain, ...]]] = []
        self._of_use: dict[str, UseFacts] = {}
        self._build(history)

    def local_day(self, at: datetime) -> date:
        return at.astimezone(self.zone).date()

    def _build(self, history: History) -> None:
        """Uses, products and zones first, oldest first; answers after, so each finds the use it
        answers however the two were ordered on disk."""
        answers: list[AnswerEntry] = []
        for entry in history.view:  # oldest first
            kind = entry.kind
            if kind == "reaction" or kind == "note":  # once every use is known
                answers.append(entry)  # type: ignore[arg-type]
            else:
                self.add(entry)
        for answer in answers:
            self._add_answer(answer)

    def can_add(self, entry: Entry) -> bool:
        """Whether `add` keeps this ledger true for the view with `entry` added: content that
        corrects nothing, and an answer only to a use this ledger already holds."""
        if isinstance(entry, Deletion | Undo) or entry.replaces is not None:
            return False
        if isinstance(entry, Reaction | Note) and entry.after is not None:
            return entry.after in self._of_use
        return True

    def add(self, entry: Content) -> None:
        """One entry written after this ledger was built; `can_add(entry)` must hold."""
        kind = entry.kind  # one string compare instead of isinstance checks of unions
        if kind == "topical" or kind == "capsule":
            self._add_use(UseFacts(entry))  # type: ignore[arg-type]
        elif kind == "reaction" or kind == "note":
            self._add_answer(entry)  # type: ignore[arg-type]
        elif kind == "product":
            self._add_product(entry)  # type: ignore[arg-type]
        else:
            self._add_zone(entry)

    def _add_answer(self, answer: AnswerEntry) -> None:
        """Joins the answer to the use it names (or that use's corrected version); an answer that
        names no known use is kept as loose, never counted for a product."""
        if answer.relief:
            self._relief.append((answer.at, answer.relief))
        answered = None
        if answer.after is not None:
            answered = self._of_use.get(answer.after)  # the use as first written
            if answered is None:  # a corrected use: its current version, by its thread
                named = self.history.current(answer.after)
                answered = self._of_use.get(named.id) if named is not None else None
        if answered is None:
            self.loose.append(answer)
        else:
            answered.answer(answer)

    def _add_use(self, facts: UseFacts) -> None:
        """A use in time order, with its day's zone; a capsule's, with its form and day's total."""
        use = facts.use
        self._of_use[use.id] = facts
        if self.uses and self.uses[-1].use.id > use.id:  # added later, happened earlier
            bisect.insort(self.uses, facts, key=lambda u: u.use.id)
        else:
            self.uses.append(facts)
        day = self.local_day(use.at)
        if use.zone is not None:
            keep_latest(self._entry_zone, day, use.at, use.zone)
        if use.kind == "capsule":
            assert isinstance(use, CapsuleDose)
            form = self.forms.get(use.form)
            if form is None:
                form = self.forms[use.form] = Standing(name=use.form.value)
            form.add(facts)
            doses = self._doses.get(day)
            if doses is None:
                doses = self._doses[day] = DayDoses(day)
            doses.add(use)
            return
        assert isinstance(use, TopicalSession)
        if key := product_key(use.product):
            standing = self.products.get(key)
            if standing is None:
                standing = self.products[key] = Standing(name=tidy_name(use.product))
            else:
                standing.name = tidy_name(use.product)
            standing.add(facts)

    def _add_product(self, product: Product) -> None:
        key = product_key(product.name)
        if product.product_type is ProductType.CAPSULES:
            self.capsules[key] = product
        else:
            self.products.setdefault(key, Standing(name=tidy_name(product.name))).record = product

    def _add_zone(self, entry: Content) -> None:
        if isinstance(entry, ZoneCheckIn):
            keep_latest(self._check_in_zone, self.local_day(entry.at), entry.at, entry.zone)

    # Reading

    def use_of(self, answer: AnswerEntry) -> UseFacts | None:
        """The use an answer names, if it is still in the view."""
        if answer.after is None:
            return None
        named = self.history.current(answer.after)
        return self._of_use.get(named.id) if named is not None else None

    def product(self, name: str) -> Standing | None:
        return self.products.get(product_key(name))

    def recent_products(self, method: TopicalMethod, count: int = RECENT_PRODUCTS) -> list[str]:
        """The products last used with `method`, newest first, each once: what to offer first."""
        found: dict[str, str] = {}
        for facts in reversed(self.uses):
            use = facts.use
            if not isinstance(use, TopicalSession) or use.method is not method:
                continue
            key = product_key(use.product)
            if key and key not in found:
                found[key] = tidy_name(use.product)
                if len(found) == count:
                    break
        return list(found.values())

    def used_before(self, name: str) -> bool:
        """Whether any use in the view names this product (letter case and spacing aside)."""
        standing = self.product(name)
        return standing is not None and standing.times_used > 0

    def tolerance_of(self, name: str) -> Tolerance:
        standing = self.product(name)
        return standing.tolerance if standing else Tolerance.NEW

    def tolerated_forms(self) -> list[CapsuleForm]:
        """The forms whose answers show them as tolerated, in the order first dosed."""
        return [f for f, s in self.forms.items() if s.tolerance is Tolerance.TOLERATED]

    def capsule(self, name: str) -> Product | None:
        return self.capsules.get(product_key(name)) if name else None

    def my_capsules(self) -> list[Product]:
        return sorted(self.capsules.values(), key=lambda product: product.name.casefold())

    def unanswered(self) -> list[UseFacts]:
        """Uses nobody has said 'no reaction' or named a reaction to, oldest first."""
        return [use for use in self.uses if not use.answered]

    def zone_days(self, today: date, days: int) -> list[DayZone]:
        """The `days` days up to `today`, oldest first, each with its zone and its source."""
        return zone_days(self._check_in_zone, self._entry_zone, today, days)

    def doses_on(self, day: date) -> DayDoses:
        found = self._doses.get(day)
        return found if found is not None else DayDoses(day)

    def dose_days(self, today: date, days: int) -> list[DayDoses]:
        """`today` and the `days - 1` days before it, newest first."""
        return [self.doses_on(today - timedelta(days=n)) for n in range(days)]

    def relief(self, since: datetime | None = None, until: datetime | None = None) -> Relief:
        """How many reactions and notes at `since` or later, before `until`, named each domain."""
        counted: Counter[AlpimsDomain] = Counter()
        for at, relief in self._relief:
            if (since is None or at >= since) and (until is None or at < until):
                counted.update(relief)
        return {domain: counted[domain] for domain in AlpimsDomain}

    def facts_of(self, use_id: str) -> UseFacts | None:
        """The use with this id in the view, with its answers."""
        return self._of_use.get(use_id)

    def last_dose(self) -> CapsuleDose | None:
        """The capsule dose that happened last."""
        latest: CapsuleDose | None = None
        for standing in self.forms.values():
            for facts in standing.uses:
                dose = facts.use
                if latest is None or (dose.at, dose.id) > (latest.at, latest.id):
                    latest = dose  # type: ignore[assignment]  # forms hold capsule doses
        return latest

    def uses_since(self, since: datetime | None) -> list[UseFacts]:
        """Uses that happened at `since` or later; ids sort by when, so a search finds them."""
        if since is None:
            return list(self.uses)
        start = bisect.bisect_left(self.uses, id_prefix(since), key=lambda u: u.use.id)
        return [u for u in self.uses[max(0, start - 1) :] if u.use.at >= since]

    def entries_since(self, since: datetime) -> list[Content]:
        """Every entry of the view that happened at `since` or later, oldest first."""
        view = self.history.view
        start = bisect.bisect_left(view, id_prefix(since), key=lambda e: e.id)
        return [e for e in view[max(0, start - 1) :] if e.at >= since]

    def answers_since(self, since: datetime) -> list[AnswerEntry]:
        """Reactions and notes that happened at `since` or later, oldest first."""
        return [e for e in self.entries_since(since) if isinstance(e, Reaction | Note)]


def id_prefix(moment: datetime) -> str:
    """The start of the ids of entries that happened at `moment` (see `ids.py`)."""
    return f"{max(0, int(moment.timestamp() * 1000)):012x}"


def tolerated_first(names: Iterable[str], ledger: Ledger) -> list[str]:
    """The same names with the tolerated ones first, each group in its own order (Red lists)."""
    listed = list(names)

    def tolerated(name: str) -> bool:
        return ledger.tolerance_of(name) is Tolerance.TOLERATED

    return [n for n in listed if tolerated(n)] + [n for n in listed if not tolerated(n)]
