"""The ledger: uses and their answers, standings from answers only, days and totals by the
time zone's rules. Each rule in `magtui/domain/ledger.py` has a test here."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from magtui.domain.documents import new_entry, upgrade
from magtui.domain.entries import CapsuleDose, Entry
from magtui.domain.history import history_of
from magtui.domain.ledger import Ledger, tolerated_first
from magtui.domain.ledger_facts import Said, Tolerance, ZoneSource, product_key
from magtui.domain.standing_words import standing_words
from magtui.domain.vocabulary import CapsuleForm, ReactionKind
from magtui.domain.zones import Zone

START = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
_count = itertools.count(1)


def _entry(hours: float, **fields: Any) -> Entry:
    at = START + timedelta(hours=hours)
    return _at(at, **fields)


def _at(at: datetime, **fields: Any) -> Entry:
    entry_id = f"{int(at.timestamp() * 1000):012x}{next(_count):010x}"
    return new_entry({"id": entry_id, "at": at, "logged_at": at, **fields})


def use(hours: float, product: str, method: str = "cream", **fields: Any) -> Entry:
    return _entry(hours, kind="topical", method=method, product=product, **fields)


def dose(hours: float, form: str = "glycinate", **fields: Any) -> Entry:
    return _entry(hours, kind="capsule", form=form, fraction=0.5, **fields)


def answer(after: Entry, reaction: str = "none", severity: int | None = 0) -> Entry:
    if reaction == "dont-know":
        severity = None
    return _entry(
        (after.at - START).total_seconds() / 3600 + 0.5,
        kind="reaction",
        reaction=reaction,
        severity=severity,
        after=after.id,
    )


def ledger(entries: list[Entry], zone: tzinfo = UTC) -> Ledger:
    return Ledger(history_of(sorted(entries, key=lambda e: e.id)), zone)


def tolerance(entries: list[Entry], name: str = "Calm") -> Tolerance:
    return ledger(entries).tolerance_of(name)


# Tolerance comes from answers only


def test_a_product_never_used_is_new() -> None:
    assert tolerance([], "Calm") is Tolerance.NEW


def test_silence_is_not_a_no_two_unanswered_uses_stay_new() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    found = ledger([first, second]).product("Calm")
    assert found is not None and found.tolerance is Tolerance.NEW
    assert found.count(Said.NOT_ANSWERED) == 2
    assert found.rests_on() == "none answered no reaction, none with a reaction, 2 not answered"


def test_two_unanswered_capsule_doses_do_not_make_a_form_tolerated() -> None:
    facts = ledger([dose(1), dose(1.02)])
    assert facts.tolerated_forms() == []
    assert facts.forms[CapsuleForm.GLYCINATE].tolerance is Tolerance.NEW


def test_one_use_answered_no_reaction_is_still_new() -> None:
    first = use(1, "Calm")
    assert tolerance([first, answer(first)]) is Tolerance.NEW


def test_two_uses_answered_no_reaction_are_tolerated_and_say_so() -> None:
    first, second, third = use(1, "Calm"), use(30, "Calm"), use(50, "Calm")
    found = ledger([first, answer(first), second, answer(second), third]).product("Calm")
    assert found is not None and found.tolerance is Tolerance.TOLERATED
    assert found.rests_on() == "2 uses answered no reaction, none with a reaction, 1 not answered"
    assert standing_words(found) == "tolerated (2 no reaction, 1 not answered)"


def test_two_capsule_doses_answered_no_reaction_make_the_form_tolerated() -> None:
    first, second = dose(1), dose(30)
    facts = ledger([first, answer(first), second, answer(second)])
    assert facts.tolerated_forms() == [CapsuleForm.GLYCINATE]


def test_dont_know_is_neither_a_reaction_nor_a_no() -> None:
    first, second, third = use(1, "Calm"), use(30, "Calm"), use(60, "Calm")
    entries = [first, answer(first), second, answer(second, "dont-know"), third]
    entries.append(answer(third, "dont-know"))
    found = ledger(entries).product("Calm")
    assert found is not None and found.tolerance is Tolerance.NEW
    assert found.count(Said.DONT_KNOW) == 2 and found.count(Said.REACTION) == 0
    assert found.reactions == []


def test_a_later_real_answer_settles_a_dont_know() -> None:
    first = use(1, "Calm")
    facts = ledger([first, answer(first, "dont-know"), answer(first, "itch", 1)])
    assert facts.uses[0].said is Said.REACTION


def test_unsure_is_a_reaction_the_person_could_not_name() -> None:
    first, second, third = use(1, "Calm"), use(30, "Calm"), use(60, "Calm")
    entries = [first, answer(first), second, answer(second), third, answer(third, "unsure", 1)]
    assert tolerance(entries) is Tolerance.REACTED


def test_a_stored_unknown_reads_as_unsure_after_the_migration() -> None:
    document = {
        "schema_version": 5,
        "kind": "reaction",
        "reaction": "unknown",
        "id": "0" * 22,
        "at": START.isoformat(),
        "logged_at": START.isoformat(),
    }
    assert upgrade(document)["reaction"] == "unsure"
    assert upgrade({**document, "reaction": "itch"})["reaction"] == "itch"


def test_a_reaction_after_many_answered_uses_makes_it_reacted() -> None:
    uses = [use(hours * 24, "Calm") for hours in range(10)]
    entries = [*uses, *(answer(u) for u in uses[:-1]), answer(uses[-1], "sting", 1)]
    found = ledger(entries).product("Calm")
    assert found is not None and found.tolerance is Tolerance.REACTED
    assert standing_words(found) == "reacted: sting, mild (9 no reaction, 1 with a reaction)"


def test_a_reaction_to_a_capsule_dose_makes_its_form_reacted() -> None:
    first, second, third = dose(1), dose(30), dose(60)
    entries = [first, answer(first), second, answer(second), third, answer(third, "nausea", 2)]
    facts = ledger(entries)
    assert facts.forms[CapsuleForm.GLYCINATE].tolerance is Tolerance.REACTED
    assert facts.tolerated_forms() == []


def test_a_loose_reaction_that_names_no_use_is_not_blamed_on_a_product() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    loose = _entry(31, kind="reaction", reaction="hives", severity=2)
    facts = ledger([first, answer(first), second, answer(second), loose])
    assert facts.tolerance_of("Calm") is Tolerance.TOLERATED
    assert facts.loose == [loose]


def test_a_deleted_reaction_no_longer_counts() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    itch = answer(second, "itch", 1)
    deleted = _entry(40, kind="deletion", deletes=itch.id)
    both = [first, answer(first), second, answer(second), itch]
    assert tolerance(both) is Tolerance.REACTED
    assert tolerance([*both, deleted]) is Tolerance.TOLERATED


def test_a_deleted_use_takes_its_answers_with_it() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    itch = answer(second, "itch", 1)
    deleted = _entry(40, kind="deletion", deletes=second.id)
    facts = ledger([first, answer(first), second, itch, deleted])
    found = facts.product("Calm")
    assert found is not None and found.times_used == 1 and found.reactions == []
    assert facts.loose == []  # the answer left the view's uses, and is not loose either


def test_a_corrected_reaction_counts_as_corrected() -> None:
    first, second = use(1, "Calm"), use(30, "Calm")
    itch = answer(second, "itch", 1)
    fixed = new_entry(
        {
            "id": f"{itch.id[:12]}{'f' * 10}",
            "at": itch.at,
            "logged_at": itch.at + timedelta(hours=1),
            "kind": "reaction",
            "reaction": "none",
            "severity": 0,
            "after": second.id,
            "replaces": itch.id,
        }
    )
    assert tolerance([first, answer(first), second, itch, fixed]) is Tolerance.TOLERATED


def test_a_corrected_use_keeps_its_answers() -> None:
    first = use(1, "Calm")
    renamed = new_entry(
        {
            "id": f"{first.id[:12]}{'e' * 10}",
            "at": first.at + timedelta(hours=1),
            "logged_at": first.at + timedelta(hours=2),
            "kind": "topical",
            "method": "cream",
            "product": "Other cream",
            "amount": "a pea",
            "replaces": first.id,
        }
    )
    itch = answer(first, "itch", 1)
    facts = ledger([first, renamed, itch])
    assert facts.tolerance_of("Other cream") is Tolerance.REACTED
    assert facts.product("Calm") is None
    assert facts.uses[0].use == renamed and facts.uses[0].answers == [itch]


def test_answers_and_notes_are_kept_with_their_use() -> None:
    first = use(1, "Calm")
    reaction = answer(first)
    note = _entry(2, kind="note", note="warm feet", relief=["pain"], after=first.id)
    facts = ledger([first, reaction, note])
    assert facts.uses[0].answers == [reaction, note]
    assert facts.use_of(note) is facts.uses[0]  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["calm", "CALM", "  Calm ", "Calm\u00a0", "calm"])
def test_names_match_whatever_their_letter_case_or_spacing(written: str) -> None:
    first, second = use(1, "Calm"), use(30, written)
    assert tolerance([first, answer(first), second, answer(second)], "calm") is (
        Tolerance.TOLERATED
    )


def test_names_with_different_inner_spacing_are_one_product() -> None:
    first, second = use(1, "Calm  Cream"), use(30, "calm cream")
    found = ledger([first, second]).products
    assert list(found) == ["calm cream"] and found["calm cream"].times_used == 2
    assert product_key("Calm  Cream") == "calm cream"


def test_red_lists_put_tolerated_products_first_keeping_their_order() -> None:
    a1, a2, b1 = use(1, "A"), use(2, "A"), use(3, "B")
    c1, c2 = use(4, "C"), use(5, "C")
    entries = [a1, answer(a1), a2, answer(a2), b1, c1, c2, answer(c2, "itch", 1)]
    assert tolerated_first(["C", "B", "A"], ledger(entries)) == ["A", "C", "B"]


# The zone of each day

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def _local(day: date, hour: int, zone: tzinfo = UTC) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=zone)


def test_a_day_covered_only_by_entries_takes_their_zone_and_says_so() -> None:
    day = date(2026, 11, 10)
    soak = _at(_local(day, 10), kind="topical", method="soak", zone="red")
    capsule = _at(
        _local(day + timedelta(days=1), 8),
        kind="capsule",
        form="glycinate",
        fraction=0.5,
        zone="yellow",
    )
    shown = ledger([soak, capsule]).zone_days(day + timedelta(days=2), 4)
    assert [(d.zone, d.source) for d in shown] == [
        (None, None),
        (Zone.RED, ZoneSource.ENTRIES),
        (Zone.YELLOW, ZoneSource.ENTRIES),
        (Zone.YELLOW, ZoneSource.CARRIED),
    ]


def test_a_check_in_outranks_the_entries_of_its_day_and_carries_on() -> None:
    day = date(2026, 11, 10)
    check_in = _at(_local(day, 7), kind="zone", zone="green")
    soak = _at(_local(day, 10), kind="topical", method="soak", zone="red")
    next_soak = _at(_local(day + timedelta(days=1), 10), kind="topical", method="soak", zone="red")
    shown = ledger([check_in, soak, next_soak]).zone_days(day + timedelta(days=1), 2)
    assert [(d.zone, d.source) for d in shown] == [
        (Zone.GREEN, ZoneSource.CHECK_IN),
        (Zone.GREEN, ZoneSource.CARRIED),  # a check-in in force covers the day
    ]


def test_a_zone_from_before_the_period_is_carried_into_it() -> None:
    day = date(2026, 11, 1)
    check_in = _at(_local(day, 7), kind="zone", zone="yellow")
    shown = ledger([check_in]).zone_days(date(2026, 11, 20), 3)
    assert [d.zone for d in shown] == [Zone.YELLOW] * 3
    assert {d.source for d in shown} == {ZoneSource.CARRIED}


def test_the_zone_of_a_day_follows_the_readers_time_zone_rules() -> None:
    # 23:30 UTC on 1 July is 00:30 on 2 July in London (summer time), 19:30 on 1 July in New York.
    check_in = _at(datetime(2026, 7, 1, 23, 30, tzinfo=UTC), kind="zone", zone="red")
    in_london = ledger([check_in], LONDON).zone_days(date(2026, 7, 2), 2)
    in_new_york = ledger([check_in], NEW_YORK).zone_days(date(2026, 7, 2), 2)
    assert [d.zone for d in in_london] == [None, Zone.RED]
    assert [d.zone for d in in_new_york] == [Zone.RED, Zone.RED]


# Capsule totals by local day


@pytest.mark.parametrize(
    ("zone", "utc_hours", "days"),
    [
        # London, summer: 22:30 UTC is 23:30 local (1 Jul), 23:30 UTC is 00:30 (2 Jul).
        (
            LONDON,
            ((2026, 7, 1, 22, 30), (2026, 7, 1, 23, 30)),
            [date(2026, 7, 1), date(2026, 7, 2)],
        ),
        # London, winter: 23:30 UTC is 23:30 local; both on 1 Dec.
        (LONDON, ((2026, 12, 1, 22, 30), (2026, 12, 1, 23, 30)), [date(2026, 12, 1)] * 2),
        # New York, summer (UTC-4): 03:30 UTC is 23:30 the day before; 04:30 UTC is 00:30.
        (
            NEW_YORK,
            ((2026, 7, 2, 3, 30), (2026, 7, 2, 4, 30)),
            [date(2026, 7, 1), date(2026, 7, 2)],
        ),
    ],
)
def test_local_midnight_totals_follow_the_zones_rules(
    zone: tzinfo, utc_hours: tuple[tuple[int, int, int, int, int], ...], days: list[date]
) -> None:
    doses = [
        _at(
            datetime(year, month, day, hour, minute, tzinfo=UTC),
            kind="capsule",
            form="glycinate",
            mg=50.0,
            fraction=None,
        )
        for year, month, day, hour, minute in utc_hours
    ]
    facts = ledger(doses, zone)
    assert [facts.local_day(d.at) for d in doses] == days
    for day in set(days):
        assert facts.doses_on(day).mg == 50.0 * days.count(day)


def test_doses_without_mg_are_counted_apart_never_guessed() -> None:
    with_mg = dose(1, mg=60.0)
    without = dose(2)
    day = ledger([with_mg, without]).doses_on(date(2026, 10, 1))
    assert (day.mg, day.doses, day.without_mg, day.capsules_without_mg) == (60.0, 2, 1, 0.5)
    assert isinstance(without, CapsuleDose) and without.mg is None


def test_relief_counts_reactions_and_notes_since_a_time() -> None:
    first = use(1, "Calm")
    early = _entry(0, kind="note", note="x", relief=["pain"])
    late = _entry(5, kind="note", note="y", relief=["pain", "mood"])
    facts = ledger([early, first, late])
    assert facts.relief()[next(iter(facts.relief()))] == 0  # anxiety: none
    counted = facts.relief(START + timedelta(hours=2))
    assert (counted["pain"], counted["mood"]) == (1, 1)  # type: ignore[index]


def test_unanswered_lists_uses_without_a_yes_or_no() -> None:
    first, second, third = use(1, "Calm"), use(2, "Calm"), dose(3)
    facts = ledger([first, answer(first), second, answer(second, "dont-know"), third])
    assert [u.use for u in facts.unanswered()] == [second, third]
    assert ReactionKind.DONT_KNOW.value == "dont-know"


def _facts(facts: Ledger) -> tuple[object, ...]:
    today = date(2026, 11, 22)
    return (
        {k: (s.name, s.rests_on(), s.tolerance) for k, s in facts.products.items()},
        {f: (s.rests_on(), s.tolerance) for f, s in facts.forms.items()},
        [(d.day, d.zone, d.source) for d in facts.zone_days(today, 60)],
        [(d.mg, d.doses) for d in facts.dose_days(today, 30)],
        [u.use.id for u in facts.uses],
        [u.said for u in facts.uses],
        facts.relief(),
        [a.id for a in facts.loose],
    )


def test_a_ledger_kept_up_to_date_entry_by_entry_says_what_a_new_one_says() -> None:
    from tests.conftest import FIXED_NOW
    from tests.sample_journal import sample_entries

    entries = sample_entries(FIXED_NOW)
    back_dated = [
        _at(FIXED_NOW - timedelta(days=3, hours=1), kind="topical", method="soak", zone="red"),
        _at(FIXED_NOW - timedelta(days=30), kind="zone", zone="red"),
        # An hour before the Red check-in of that day: the later one still wins the day.
        _at(FIXED_NOW - timedelta(days=9, hours=1), kind="zone", zone="green"),
    ]
    written = [*entries[len(entries) // 2 :], *back_dated]  # in the order they were "written"
    kept = ledger(entries[: len(entries) // 2], LONDON)
    so_far = list(entries[: len(entries) // 2])
    added = 0
    for entry in written:
        so_far.append(entry)
        if kept.can_add(entry):
            kept.history = history_of(sorted(so_far, key=lambda e: e.id))
            kept.add(entry)  # type: ignore[arg-type]
            added += 1
        else:
            kept = ledger(so_far, LONDON)
    assert added > len(written) // 2, "most writes are kept up to date, not rebuilt"
    assert _facts(kept) == _facts(ledger(so_far, LONDON))


def test_a_ledger_holds_no_reference_cycle_so_a_replaced_one_is_freed_at_once() -> None:
    """The app freezes what it holds out of garbage collections; a ledger it replaces (or one
    made for a digest) must then be freed by reference counts alone."""
    import gc

    from tests.conftest import FIXED_NOW
    from tests.sample_journal import sample_entries

    entries = sample_entries(FIXED_NOW)
    gc.collect()
    gc.disable()
    try:
        built = ledger(entries)
        assert built.products and built.forms
        del built
        assert gc.collect() == 0
    finally:
        gc.enable()
