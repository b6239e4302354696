"""The ledger's standings of a whole journal without reading the whole journal.

A part file's digest keeps what the ledger says about the uses in that part (each product's and
capsule form's answer counts, its latest name, the capsules as last described) and the ids the
part's entries name but do not hold. Digests add up to the standings of the whole journal,
with two exceptions: where an entry answers, corrects, deletes or undoes an entry in another
part, and where two parts may hold the same entry (devices sharing a journal), those parts are
read in full and go through the ledger together, each entry once. So composing
digests gives exactly what `Ledger` gives for the whole journal (a property test holds them
equal), and the ledger stays the one home of the rules: a digest only counts its results.

Pure: the storage layer keeps a digest beside each part file, keyed by that file's state.
"""

from __future__ import annotations

import bisect
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field

from magtui.domain.entries import Entry, Product
from magtui.domain.history import history_of
from magtui.domain.ledger import Ledger
from magtui.domain.ledger_facts import Counted, Said, Standing, Tolerance, product_key
from magtui.domain.vocabulary import CapsuleForm

K = TypeVar("K")

DIGEST_VERSION = 2
"""Changes whenever what a digest holds, or a rule that counts it, changes."""


class Tally(Counted, BaseModel):
    """A product's or form's standing as counts: what its uses' answers said, not the uses."""

    model_config = ConfigDict(frozen=True)

    name: str
    """As its latest use wrote it."""
    first: str
    """The id of its first use, which orders standings as the ledger does (first seen)."""
    latest: str
    """The id of its latest use, the one whose name it keeps."""
    last_used: datetime
    said: dict[Said, int]

    def count(self, said: Said) -> int:
        return self.said.get(said, 0)

    @property
    def times_used(self) -> int:
        return sum(self.said.values())


class PartDigest(BaseModel):
    """What one part file's entries add to the ledger's standings."""

    model_config = ConfigDict(frozen=True)

    first_id: str | None = None
    last_id: str | None = None
    refs: list[str] = []
    """Ids its entries name (`after`, `replaces`, `deletes`, `undoes`) that it does not hold."""
    keys: str = Field(default="", pattern=r"^(?:[0-9a-f]{8})*$")
    """A short key of each id it holds (see `id_key`), to find entries held by two parts: a sync
    tool's conflict copy, or an import made on two devices at once."""
    forms: dict[CapsuleForm, Tally] = {}
    products: dict[str, Tally] = {}
    capsules: list[Product] = []
    """The person's capsules as this part last describes them."""

    def holds_any(self, refs: Sequence[str]) -> bool:
        """Whether an id in sorted `refs` may be one of this part's (ids sort by when)."""
        if self.first_id is None or self.last_id is None:
            return False
        at = bisect.bisect_left(refs, self.first_id)
        return at < len(refs) and refs[at] <= self.last_id


@dataclass(frozen=True)
class Standings:
    """The standings of a whole journal, from digests: what the shell's capsule caution and the
    Red home's capsule row need before (or without) the whole journal is read."""

    forms: Mapping[CapsuleForm, Tally]
    products: Mapping[str, Tally]
    capsules: Mapping[str, Product]
    parts_read: int = 0
    """How many part files were read in full to work these out (the rest came from digests)."""

    def tolerated_forms(self) -> list[CapsuleForm]:
        """As `Ledger.tolerated_forms`: tolerated forms, in the order first dosed."""
        return [
            form for form, tally in self.forms.items() if tally.tolerance is Tolerance.TOLERATED
        ]

    def capsule(self, name: str) -> Product | None:
        return self.capsules.get(product_key(name)) if name else None


def _named(entry: Entry) -> Iterable[str]:
    for name in ("after", "replaces", "deletes", "undoes"):
        value = getattr(entry, name, None)
        if value is not None:
            yield value


def _tallies(standings: Mapping[K, Standing]) -> dict[K, Tally]:
    """Each used product's or form's counts of what its answers said, with its first and latest
    use: all a digest keeps of it."""
    found: dict[K, Tally] = {}
    for key, standing in standings.items():
        if not standing.uses:
            continue  # a product described but never used counts for nothing yet
        ids = [facts.use.id for facts in standing.uses]
        found[key] = Tally(
            name=standing.name,
            first=min(ids),
            latest=max(ids),
            last_used=max(facts.use.at for facts in standing.uses),
            said=dict(Counter(facts.said for facts in standing.uses)),
        )
    return found


def id_key(entry_id: str) -> str:
    """Eight hex digits standing for an id: two parts sharing none hold no entry in common
    (two ids sharing a key only cost a read in full, never a wrong count)."""
    return f"{zlib.crc32(entry_id.encode()):08x}"


def _ledger_of(entries: Iterable[Entry]) -> Ledger:
    """The ledger of entries, each id once: the first copy stands, as in the journal's view."""
    once: dict[str, Entry] = {}
    for entry in entries:
        once.setdefault(entry.id, entry)
    # Standings are counts and absolute times: the reader's time zone plays no part in them.
    return Ledger(history_of(sorted(once.values(), key=lambda entry: entry.id)), UTC)


def standings_of(ledger: Ledger) -> Standings:
    """The ledger's standings as tallies: what composing digests must equal."""
    return Standings(_tallies(ledger.forms), _tallies(ledger.products), dict(ledger.capsules))


def digest_of(entries: Sequence[Entry]) -> PartDigest:
    """One part's digest, worked out by the ledger from that part's entries alone."""
    if not entries:
        return PartDigest()
    ids = {entry.id for entry in entries}
    refs = sorted({named for entry in entries for named in _named(entry) if named not in ids})
    ledger = _ledger_of(entries)
    return PartDigest(
        first_id=min(ids),
        last_id=max(ids),
        refs=refs,
        keys="".join(id_key(entry_id) for entry_id in sorted(ids)),
        forms=_tallies(ledger.forms),
        products=_tallies(ledger.products),
        capsules=list(ledger.capsules.values()),
    )


def entangled(digests: Sequence[PartDigest], shared: set[int] | None = None) -> list[int]:
    """The parts that name, or may hold, an entry named across parts, and the parts that may
    hold an entry another part holds too (`sharing`, unless given): read these in full."""
    refs = sorted({ref for digest in digests for ref in digest.refs})
    named = {n for n, digest in enumerate(digests) if digest.refs or digest.holds_any(refs)}
    return sorted(named | (sharing(digests) if shared is None else shared))


def _keys_of(keys: str) -> set[int]:
    """The keys as numbers, unpacked in one step (a digest's keys are eight hex digits each)."""
    return set(memoryview(bytes.fromhex(keys)).cast("I"))


def sharing(digests: Sequence[PartDigest]) -> set[int]:
    """Parts whose spans of ids overlap and whose keys meet: the same entry may be in both."""
    spans = sorted((d.first_id, d.last_id, n) for n, d in enumerate(digests) if d.first_id)
    groups: list[list[int]] = []
    end = ""
    for first, last, n in spans:
        if groups and first <= end:
            groups[-1].append(n)
            end = max(end, last or "")
        else:
            groups.append([n])
            end = last or ""
    found: set[int] = set()
    for group in groups:
        if len(group) < 2:
            continue
        keys = [_keys_of(digests[n].keys) for n in group]
        if len(set().union(*keys)) == sum(map(len, keys)):
            continue  # the common case: no key held twice
        holder: dict[int, int] = {}
        for n, held in zip(group, keys, strict=True):
            for key in held:
                other = holder.setdefault(key, n)
                if other != n:
                    found.update((other, n))
    return found


def compose(
    digests: Sequence[PartDigest],
    read: Callable[[int], list[Entry]],
    shared: set[int] | None = None,
) -> Standings:
    """The whole journal's standings from its parts' digests; `read(n)` gives part n's entries,
    asked only for the entangled parts; `shared` is `sharing(digests)`, if already known."""
    full = entangled(digests, shared)
    read_in_full = set(full)
    parts = [digest for n, digest in enumerate(digests) if n not in read_in_full]
    if full:
        parts.append(digest_of_ledger(_ledger_of(e for n in full for e in read(n))))
    forms = _merged([part.forms for part in parts])
    products = _merged([part.products for part in parts])
    capsules: dict[str, Product] = {}
    for capsule in sorted((c for part in parts for c in part.capsules), key=lambda c: c.id):
        capsules[product_key(capsule.name)] = capsule  # the latest description wins
    return Standings(forms, products, capsules, parts_read=len(full))


def digest_of_ledger(ledger: Ledger) -> PartDigest:
    """The standings of entries read in full, in a digest's shape so they add up alike."""
    return PartDigest(
        forms=_tallies(ledger.forms),
        products=_tallies(ledger.products),
        capsules=list(ledger.capsules.values()),
    )


def _merged(tallies: Sequence[Mapping[K, Tally]]) -> dict[K, Tally]:
    """Tallies of one key added up: counts summed, the latest use's name, first seen first."""
    by_key: dict[K, list[Tally]] = {}
    for part in tallies:
        for key, tally in part.items():
            by_key.setdefault(key, []).append(tally)
    merged: dict[K, Tally] = {}
    for key, found in by_key.items():
        said: Counter[Said] = Counter()
        for tally in found:
            said.update(tally.said)
        latest = max(found, key=lambda tally: tally.latest)
        merged[key] = Tally(
            name=latest.name,
            first=min(tally.first for tally in found),
            latest=latest.latest,
            last_used=max(tally.last_used for tally in found),
            said=dict(said),
        )
    return dict(sorted(merged.items(), key=lambda item: item[1].first))
