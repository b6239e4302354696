"""The report of a period drawn from the period's ledger is the report the whole ledger gives:
the same page, byte for byte, for any journal and any period.

`magtui export --format pdf` builds its ledger from the period's entries (and the few before it
that the period's answers and zones rest on), so a month's report of a long journal costs its
month; this is what keeps that from ever changing a count.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from magtui.assets import default_assets_dir
from magtui.content import load_content
from magtui.domain.documents import document_of, new_entry
from magtui.domain.entries import Entry
from magtui.domain.history import history_of
from magtui.domain.ledger import Ledger
from magtui.domain.report import Period, last_days, period_ledger, report_of
from magtui.exchange.pdf_fonts import Fonts
from magtui.exchange.pdf_report import SeedLines, write_report

START = datetime(2026, 9, 1, 6, 0, tzinfo=UTC)
SEED = SeedLines.of(load_content())
FONTS = Fonts(default_assets_dir() / "fonts")
ZONES = (None, "green", "yellow", "red")


def _entry(at: datetime, number: int, **fields: Any) -> Entry:
    entry_id = f"{int(at.timestamp() * 1000):012x}{number:010x}"
    return new_entry({"id": entry_id, "at": at, "logged_at": at, **fields})


@st.composite
def journals(draw: st.DrawFn) -> list[Entry]:
    """Sixty days of check-ins, uses in zones, doses, answers to any earlier use, important
    notes, corrections (some moving an entry to another day, across a period's edge), deletions
    and undos, in the order a person writes them."""
    entries: list[Entry] = []
    at = START
    for number in range(draw(st.integers(0, 45))):
        at += timedelta(hours=draw(st.integers(1, 40)))
        kind = draw(st.sampled_from(["zone", "topical", "capsule", "answer", "note", "change"]))
        uses = [e for e in entries if e.kind in ("topical", "capsule")]
        zone = draw(st.sampled_from(ZONES))
        fields: dict[str, Any]
        if kind == "zone":
            fields = {"kind": "zone", "zone": zone or "green"}
        elif kind == "topical":
            method = draw(st.sampled_from(["soak", "cream", "spray", "balm"]))
            product = draw(st.sampled_from(["Calm", "calm ", "Epsom salt", ""]))
            fields = {"kind": "topical", "method": method, "product": product, "zone": zone}
        elif kind == "capsule":
            mg = draw(st.sampled_from([None, 50, 100, 250, 450]))
            fields = {"kind": "capsule", "form": "glycinate", "zone": zone}
            fields |= {"mg": mg} if mg else {"fraction": 0.5}
        elif kind == "answer" and uses:
            reaction = draw(st.sampled_from(["none", "itch", "dont-know"]))
            fields = {
                "kind": "reaction",
                "reaction": reaction,
                "severity": {"none": 0, "dont-know": None}.get(reaction, 2),
                "relief": draw(st.sampled_from([[], ["pain"], ["anxiety", "sensory"]])),
                "after": draw(st.sampled_from(uses)).id,
            }
        elif kind == "note":
            fields = {"kind": "note", "note": "noted", "important": draw(st.booleans())}
            linked = draw(st.booleans())
            if uses and linked:
                fields["after"] = draw(st.sampled_from(uses)).id
        elif entries:
            target = draw(st.sampled_from(entries))
            change = draw(st.sampled_from(["move", "delete", "undo"]))
            if change == "move" and target.kind in ("topical", "capsule", "note", "zone"):
                document = {
                    name: value
                    for name, value in document_of(target).items()
                    if name not in ("id", "at", "logged_at")
                }
                moved = target.at + timedelta(hours=draw(st.integers(-200, 200)))
                entries.append(_entry(moved, number, **{**document, "replaces": target.id}))
                continue
            if change == "undo" and target.kind in ("deletion", "undo"):
                fields = {"kind": "undo", "undoes": target.id}
            elif target.kind not in ("deletion", "undo"):
                fields = {"kind": "deletion", "deletes": target.id}
            else:
                continue
        else:
            continue
        entries.append(_entry(at, number, **fields))
    return entries


def _page(ledger: Ledger, period: Period, now: datetime) -> bytes:
    out = io.BytesIO()
    write_report(report_of(ledger, period), SEED, FONTS, out, now=now, zone=UTC)
    return out.getvalue()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals(), st.integers(1, 60), st.integers(0, 70))
def test_the_periods_ledger_gives_the_page_the_whole_ledger_gives(
    entries: list[Entry], days: int, end_day: int
) -> None:
    now = START + timedelta(days=end_day, hours=23)
    period = last_days(now.date(), days)
    history = history_of(entries)
    whole = Ledger(history, UTC)
    assert _page(period_ledger(history, period, UTC), period, now) == _page(whole, period, now)


def test_an_answer_from_before_the_period_to_a_use_moved_into_it_still_counts() -> None:
    """A dose answered with a reaction, then corrected to a later day inside the period: its
    answer, written before the period, is still what the dose's answers say."""
    dose = _entry(START, 1, kind="capsule", form="glycinate", mg=100)
    answer = _entry(START + timedelta(hours=1), 2, kind="reaction", reaction="itch", severity=2)
    answer = new_entry({**document_of(answer), "after": dose.id})
    moved = START + timedelta(days=10)
    fields = {k: v for k, v in document_of(dose).items() if k not in ("id", "at", "logged_at")}
    corrected = _entry(moved, 3, **{**fields, "replaces": dose.id})
    now = START + timedelta(days=12)
    period = last_days(now.date(), 5)
    history = history_of([dose, answer, corrected])
    whole = _page(Ledger(history, UTC), period, now)
    assert _page(period_ledger(history, period, UTC), period, now) == whole
    assert b"1 with a reaction" not in whole, "the page's text is compressed, not plain"


def test_the_check_sees_a_count_that_differs() -> None:
    """Two journals a day apart in one use give two pages: the comparison above can fail."""
    now = START + timedelta(days=2)
    period = last_days(now.date(), 3)
    one = [_entry(START + timedelta(hours=1), 1, kind="capsule", form="glycinate", mg=100)]
    two = [*one, _entry(START + timedelta(hours=2), 2, kind="capsule", form="glycinate", mg=50)]
    assert _page(Ledger(history_of(one), UTC), period, now) != _page(
        Ledger(history_of(two), UTC), period, now
    )
