"""What `magtui log capsule` adds to a log: milligrams from the capsule's label, and the gate.

Outside Green, a form the journal does not show as tolerated gets the seed's caution printed
beside the confirmation. The dose is still recorded: the journal records what the person says
they took, it does not refuse. Only capsule logs read the journal's standings, for the form's
history: from the ledger's digests beside the part files, so a long journal costs a few small
reads (see `storage.ledger_cache`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from magtui.commands.log_request import LogRequest, dose_fraction
from magtui.domain.capsules import GATED_ZONES, dose_mg, needs_gate
from magtui.domain.ledger_digest import Standings
from magtui.domain.vocabulary import CapsuleForm
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal


def read_once(journal: Journal) -> Callable[[], Standings]:
    """The journal's standings, read the first time they are asked for and only then."""
    from magtui.storage.ledger_cache import LedgerCache

    return cache(LedgerCache(journal).standings)


def with_label_mg(request: LogRequest, ledger: Callable[[], Standings]) -> LogRequest:
    """A named capsule's label turns `--amount` into milligrams, unless `--mg` was given."""
    if request.mg is not None or not request.product:
        return request
    fraction = dose_fraction(request)
    if fraction is None:
        return request
    capsule = ledger().capsule(request.product)
    return replace(request, mg=dose_mg(fraction, capsule))


def caution(form: str, zone: Zone | None, ledger: Callable[[], Standings]) -> str | None:
    """The seed's caution for logging `form` in `zone`, or None when there is none to give."""
    if zone not in GATED_ZONES:
        return None
    try:
        chosen = CapsuleForm(form.lower())
    except ValueError:
        return None
    standing = ledger().forms.get(chosen)
    if not needs_gate(zone, standing):
        return None
    said = standing.rests_on() if standing is not None else "no doses yet"
    from magtui.content import load_content

    guidance = load_content()
    info = guidance.zones.zone(zone)
    words = [
        f"Your journal does not show {chosen.value} as tolerated ({said}).",
        f"{zone.label} zone: {info.best_form}. {info.best_form_why}.",
    ]
    if zone is Zone.RED:
        words.append(f"{guidance.capsules.trial_caution}.")
    words.append(guidance.disclaimer.consult_line)
    return " ".join(words)
