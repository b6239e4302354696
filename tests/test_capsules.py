"""Capsule doses added up by local day, capsule forms' standing, and the gate before a new form."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from magtui.domain.capsules import Glance, above, dose_mg, glance, needs_gate
from magtui.domain.documents import new_entry
from magtui.domain.entries import CapsuleDose, Entry, Product
from magtui.domain.history import history_of
from magtui.domain.ledger import Ledger
from magtui.domain.ledger_facts import Standing, Tolerance
from magtui.domain.vocabulary import CapsuleForm
from magtui.domain.zones import Zone

PLUS_ONE = timezone(timedelta(hours=1))
MINUS_FIVE = timezone(timedelta(hours=-5))
NOW = datetime(2026, 11, 22, 14, 2, tzinfo=PLUS_ONE)
_count = itertools.count(1)


def _entry(at: datetime, **fields: Any) -> Entry:
    entry_id = f"{int(at.timestamp() * 1000):012x}{next(_count):010x}"
    return new_entry({"id": entry_id, "at": at, "logged_at": at, **fields})


def dose(at: datetime, form: str = "glycinate", **fields: Any) -> CapsuleDose:
    entry = _entry(at, kind="capsule", form=form, **fields)
    assert isinstance(entry, CapsuleDose)
    return entry


def seen_by(entries: list[Entry], now: datetime) -> Glance:
    """The glance at `now`, read in `now`'s time zone."""
    return glance(Ledger(history_of(sorted(entries, key=lambda e: e.id)), now.tzinfo), now)


def forms(entries: list[Entry]) -> dict[CapsuleForm, Standing]:
    return Ledger(history_of(sorted(entries, key=lambda e: e.id)), PLUS_ONE).forms


def no_reaction(after: Entry) -> Entry:
    return _entry(
        after.at + timedelta(minutes=30), kind="reaction", reaction="none", after=after.id
    )


def local(day: int, hour: int, minute: int = 0, zone: timezone = PLUS_ONE) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=zone)


def test_local_midnight_splits_the_days() -> None:
    before = dose(local(21, 23, 30), mg=100)
    after = dose(local(22, 0, 30), mg=50)
    seen = seen_by([before, after], NOW)
    assert (seen.today.day.isoformat(), seen.today.mg, seen.today.doses) == ("2026-11-22", 50, 1)
    assert (seen.days[1].day.isoformat(), seen.days[1].mg) == ("2026-11-21", 100)
    assert len(seen.days) == 7
    assert [day.day for day in seen.days] == sorted((d.day for d in seen.days), reverse=True)


def test_a_dose_from_another_time_zone_counts_on_the_readers_local_day() -> None:
    # 22:30 on the 21st at UTC-5 is 04:30 on the 22nd at UTC+1.
    abroad = dose(local(21, 22, 30, MINUS_FIVE), mg=100)
    assert seen_by([abroad], NOW).today.mg == 100
    # The same dose, read back where it was taken, is on the 21st.
    there = NOW.astimezone(MINUS_FIVE)
    assert seen_by([abroad], there).today.mg == 0
    assert seen_by([abroad], there).days[0].day.isoformat() == "2026-11-22"
    assert seen_by([abroad], there).days[1].mg == 100


def test_divided_doses_are_added_up_and_counted() -> None:
    doses = [dose(local(22, hour), mg=mg) for hour, mg in ((8, 50), (13, 75), (19, 100))]
    today = seen_by(list(doses), NOW.replace(hour=23)).today
    assert (today.mg, today.doses, today.without_mg) == (225, 3, 0)


def test_doses_without_mg_are_counted_apart_in_capsules() -> None:
    doses = [
        dose(local(22, 8), fraction=0.5),
        dose(local(22, 9), fraction=0.25),
        dose(local(22, 10), mg=100, fraction=0.5),
    ]
    today = seen_by(list(doses), NOW).today
    assert (today.mg, today.doses, today.without_mg, today.capsules_without_mg) == (
        100,
        3,
        2,
        0.75,
    )


def test_days_outside_the_week_and_the_future_are_left_out() -> None:
    old = dose(local(15, 12), mg=100)
    tomorrow = dose(local(23, 9), mg=100)
    assert sum(day.mg for day in seen_by([old, tomorrow], NOW).days) == 0


def test_a_fraction_of_a_labelled_capsule_becomes_milligrams() -> None:
    capsule = _entry(NOW, kind="product", name="Gly", product_type="capsules", mg_per_capsule=120)
    assert isinstance(capsule, Product)
    assert dose_mg(0.5, capsule) == 60
    assert dose_mg(0.25, capsule) == 30
    unlabelled = _entry(NOW, kind="product", name="Other", product_type="capsules")
    assert isinstance(unlabelled, Product)
    assert dose_mg(0.5, unlabelled) is None
    assert dose_mg(0.5, None) is None


def test_my_capsules_are_capsule_products_as_last_described() -> None:
    first = _entry(
        NOW, kind="product", name="Gly caps", product_type="capsules", mg_per_capsule=100
    )
    cream = _entry(NOW, kind="product", name="Calm", product_type="cream")
    later = _entry(
        NOW + timedelta(hours=1),
        kind="product",
        name="gly  CAPS",
        product_type="capsules",
        mg_per_capsule=120,
    )
    found = Ledger(history_of([first, cream, later]), PLUS_ONE).my_capsules()
    assert [(c.name, c.mg_per_capsule) for c in found] == [("gly  CAPS", 120)]


def test_above_compares_with_the_top_of_a_range() -> None:
    assert not above(400, (200, 400))
    assert above(400.5, (200, 400))


def test_capsule_forms_follow_the_product_rules() -> None:
    first, second = dose(local(20, 9)), dose(local(21, 9))
    taurate = dose(local(21, 10), form="taurate")
    itch = _entry(local(21, 11), kind="reaction", reaction="itch", severity=1, after=taurate.id)
    known = forms([first, no_reaction(first), second, no_reaction(second), taurate, itch])
    assert known[CapsuleForm.GLYCINATE].tolerance is Tolerance.TOLERATED
    assert known[CapsuleForm.TAURATE].tolerance is Tolerance.REACTED
    assert CapsuleForm.MALATE not in known


def test_a_deleted_dose_does_not_count_toward_tolerance() -> None:
    first, second = dose(local(20, 9)), dose(local(21, 9))
    deletion = _entry(local(21, 12), kind="deletion", deletes=second.id)
    known = forms([first, no_reaction(first), second, no_reaction(second), deletion])
    assert known[CapsuleForm.GLYCINATE].tolerance is Tolerance.NEW


GATES = [
    # zone, doses of the form before (each answered no reaction), a reaction after one, gated
    (Zone.GREEN, 0, False, False),
    (Zone.GREEN, 1, True, False),
    (Zone.YELLOW, 0, False, True),
    (Zone.YELLOW, 1, False, True),
    (Zone.YELLOW, 2, False, False),
    (Zone.YELLOW, 2, True, True),
    (Zone.RED, 0, False, True),
    (Zone.RED, 1, False, True),
    (Zone.RED, 3, False, False),
    (Zone.RED, 3, True, True),
    (None, 0, False, False),
]


@pytest.mark.parametrize(("zone", "uses", "reacted", "gated"), GATES)
def test_each_gate_in_each_zone(zone: Zone | None, uses: int, reacted: bool, gated: bool) -> None:
    doses = [dose(local(10 + n, 9)) for n in range(uses)]
    entries: list[Entry] = [*doses, *(no_reaction(d) for d in doses)]
    if reacted:
        entries.append(
            _entry(local(19, 9), kind="reaction", reaction="flush", severity=2, after=entries[0].id)
        )
    standing = forms(entries).get(CapsuleForm.GLYCINATE)
    assert needs_gate(zone, standing) is gated


def test_a_dose_names_milligrams_a_share_of_a_capsule_or_both() -> None:
    from pydantic import ValidationError

    from magtui.domain.entry_words import describe

    by_mg = dose(local(22, 8), mg=120, fraction=None)
    assert describe(by_mg) == "Capsule: glycinate, 120 mg"
    with pytest.raises(ValidationError, match="needs mg, a fraction of a capsule, or both"):
        dose(local(22, 9), fraction=None)


def test_the_shell_keeps_no_fraction_for_a_dose_given_in_mg_alone(tmp_path: Any) -> None:
    from tests.commandline import magtui_in

    done = magtui_in(tmp_path, "log", "capsule", "--form", "glycinate", "--mg", "120")
    assert done.returncode == 0, done.stderr
    assert "Capsule: glycinate, 120 mg" in done.stdout and "1 capsule" not in done.stdout


@pytest.mark.parametrize("zone", [Zone.YELLOW, Zone.RED])
def test_unanswered_doses_never_open_the_gate(zone: Zone) -> None:
    entries: list[Entry] = [dose(local(10 + n, 9)) for n in range(5)]
    assert needs_gate(zone, forms(entries).get(CapsuleForm.GLYCINATE)) is True


def test_the_shell_refuses_a_dose_that_says_no_amount(tmp_path: Any) -> None:
    from tests.commandline import magtui_in

    done = magtui_in(tmp_path, "log", "capsule", "--form", "glycinate")
    assert done.returncode == 2 and "--amount" in done.stderr and "--mg" in done.stderr
    assert "Traceback" not in done.stderr
    listed = magtui_in(tmp_path, "export", "--format", "json")
    assert '"capsule"' not in listed.stdout, "nothing was saved"
