"""Capsules in the app, by keys: the zone's words first, today beside the guide's ranges, a dose
in three keys, milligrams from a label, the gate before a form not yet tolerated."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from magtui.domain.entries import CapsuleDose, Reaction
from magtui.domain.vocabulary import CapsuleForm, ReactionKind
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal
from magtui.ui.features.capsules.capsules import CapsulesScreen
from magtui.ui.features.home.home import HomeScreen
from tests.commandline import magtui_in
from tests.conftest import FIXED_NOW, MakeApp
from tests.screen_reader import screen_words
from tests.screens import CAPSULES

CONSULT = "Please consult your healthcare provider before starting magnesium"


def _doses(data_dir: Path) -> list[CapsuleDose]:
    return [e for e in Journal(data_dir).entries() if isinstance(e, CapsuleDose)]


@pytest.mark.parametrize("zone", list(Zone), ids=[zone.value for zone in Zone])
async def test_the_zones_words_come_first_then_the_week_beside_the_guides_ranges(
    make_app: MakeApp, zone: Zone
) -> None:
    app = make_app(zone=zone, sample=True)
    async with app.run_test(size=(80, 60)) as pilot:
        await pilot.press(*CAPSULES)
        assert isinstance(app.screen, CapsulesScreen)
        shown = screen_words(app)
    best_form = app.session.guidance.zones.zone(zone).best_form
    assert shown.index(f"{zone.label} zone") < shown.index("Your doses")
    assert best_form.split(";")[0] in shown.split("Your doses")[0]
    assert "Today no doses" in shown
    assert "Sat 21 Nov 100 mg in 1 dose" in shown and "Tue 17 Nov 100 mg in 1 dose" in shown
    assert "no doses on the other 4 days" in shown
    assert "50–100 mg/day elemental magnesium, titrated slowly" in shown
    assert shown.count(CONSULT) == 1, "once on the screen: the first stands for the others"


async def test_the_same_dose_as_last_time_is_three_keys_from_the_zone_home(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(sample=True)
    before = len(_doses(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.press("c", "1", "enter")  # the three keys
        await pilot.pause()
        assert isinstance(app.screen, CapsulesScreen), "glycinate is tolerated: no gate"
        assert "Saved: Capsule: glycinate, 100 mg, in Red — today at 14:02." in (screen_words(app))
    doses = _doses(data_dir)
    assert len(doses) == before + 1
    last = doses[-1]
    assert (last.mg, last.fraction, last.zone, last.at) == (100, None, Zone.RED, FIXED_NOW)


async def test_an_amount_marked_below_the_first_rows_is_scrolled_into_view_at_40x12(
    make_app: MakeApp,
) -> None:
    """At 40x12 '1 capsule' is below the fold; its key marks it, and the mark is seen."""
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press(*CAPSULES, "1", "1")  # log a dose, glycinate: How much?
        await pilot.pause()
        assert "1 capsule" not in screen_words(app), "below the first rows at this size"
        await pilot.press("3")
        await pilot.pause()
        await pilot.pause()
        assert "1 capsule" in screen_words(app)
        assert "Enter Save" in screen_words(app)


async def test_red_home_lists_capsules_only_when_a_form_is_tolerated(
    make_app: MakeApp, tmp_path: Path
) -> None:
    async with make_app(sample=True).run_test(size=(80, 40)) as pilot:
        await pilot.press("enter")
        assert isinstance(pilot.app.screen, HomeScreen)
        assert "Tolerated Capsules of glycinate: c to log a dose" in screen_words(pilot.app)
    async with make_app(folder=tmp_path / "no-capsules").run_test(size=(80, 40)) as pilot:
        await pilot.press("enter")
        assert isinstance(pilot.app.screen, HomeScreen)
        assert "Tolerated" not in screen_words(pilot.app)


async def test_a_labelled_capsule_turns_half_a_capsule_into_milligrams(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(zone=Zone.GREEN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*CAPSULES, "2", *"Calm Gly", "enter", "1", *"120", "enter")
        await pilot.pause()
        assert "Saved: Product: Calm Gly, capsules, glycinate, 120 mg a capsule." in (
            screen_words(app)
        )
        await pilot.press("1", "1")  # no dose yet: which capsule first
        await pilot.pause()
        assert "½ capsule 60 mg" in screen_words(app)
        await pilot.press("2", "f", "y", "enter")
        await pilot.pause()
    dose = _doses(data_dir)[-1]
    assert (dose.product, dose.fraction, dose.mg, dose.with_food) == ("Calm Gly", 0.5, 60, True)


async def test_milligrams_that_will_not_do_get_one_sentence_and_save_nothing(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(sample=True)
    before = len(_doses(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*CAPSULES, "1", "m", *"lots", "enter")
        await pilot.pause()
        assert "Type the milligrams in digits, as the label gives them." in screen_words(app)
        await pilot.press(*["backspace"] * 4, *"2001", "enter")
        await pilot.pause()
        assert "more than magtui can log as one dose or one capsule" in screen_words(app)
    assert len(_doses(data_dir)) == before


async def test_above_the_top_of_the_range_shows_the_seeds_caution_and_never_more(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(zone=Zone.GREEN)
    for hours, mg in ((6, 250), (3, 200)):
        s = app.session.journaling.stamp(FIXED_NOW - timedelta(hours=hours))
        dose = CapsuleDose(
            id=s.id, at=s.at, logged_at=s.logged_at, form=CapsuleForm.GLYCINATE, mg=mg
        )
        app.session.journaling.save(dose)
    async with app.run_test(size=(80, 60)) as pilot:
        await pilot.press(*CAPSULES)
        shown = screen_words(app)
    assert "Today 450 mg in 2 doses" in shown
    assert "over the suggested starting dose's 200–400 mg/day" in shown
    assert "Start low and go slow is advised for ALPIMS-prone bodies." in shown
    words = shown.lower().replace("ms-prone", "").replace("pgdn more", "")
    assert "more" not in words, "nothing suggests more (the scroll hint aside)"


@pytest.mark.parametrize("zone", [Zone.YELLOW, Zone.RED], ids=["yellow", "red"])
async def test_a_new_form_outside_green_needs_y_and_enter_goes_back(
    make_app: MakeApp, data_dir: Path, zone: Zone
) -> None:
    app = make_app(zone=zone, sample=True)
    before = len(_doses(data_dir))
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press(*CAPSULES, "1", "c", "2", "enter")
        shown = screen_words(app)
        assert "Your journal does not show taurate as tolerated." in shown
        assert app.session.guidance.zones.zone(zone).best_form in shown
        assert ("Do not trial during Red Zone" in shown) is (zone is Zone.RED)
        await pilot.press("enter")  # a tired Enter goes back, saving nothing
        await pilot.pause()
        assert "How much?" in screen_words(app)
        assert len(_doses(data_dir)) == before
        await pilot.press("enter", "y")
        await pilot.pause()
    assert [(d.form.value, d.zone) for d in _doses(data_dir)[before:]] == [("taurate", zone)]


def test_the_shell_prints_the_caution_and_still_records_the_dose(data_dir: Path) -> None:
    magtui_in(data_dir, "zone", "red")
    dose = ("log", "capsule", "--form", "malate", "--amount", "1/4")
    first = magtui_in(data_dir, *dose, "--food", "with", "--reaction", "none")
    assert first.returncode == 0
    assert "Do not trial during Red Zone" in first.stderr and "Saved: Capsule: malate" in (
        first.stdout
    )
    second = magtui_in(data_dir, *dose)
    assert "(1 use answered no reaction, none with a reaction)" in second.stderr
    third = magtui_in(data_dir, *dose)
    assert "(1 use answered no reaction, none with a reaction, 1 not answered)" in third.stderr
    magtui_in(data_dir, *dose, "--reaction", "none")
    tolerated = magtui_in(data_dir, *dose)
    assert tolerated.returncode == 0 and tolerated.stderr == "", "a tolerated form is not nagged"
    assert [d.with_food for d in _doses(data_dir)] == [True, None, None, None, None]


def test_the_shell_turns_a_share_of_a_labelled_capsule_into_milligrams(data_dir: Path) -> None:
    magtui_in(data_dir, "zone", "green")
    from magtui.domain.documents import new_entry
    from magtui.domain.ids import new_entry_id

    at = FIXED_NOW
    Journal(data_dir).add(
        new_entry(
            {
                "id": new_entry_id(at),
                "at": at,
                "logged_at": at,
                "kind": "product",
                "name": "Calm Gly",
                "product_type": "capsules",
                "form": "glycinate",
                "mg_per_capsule": 120,
            }
        )
    )
    done = magtui_in(
        data_dir,
        "log",
        "capsule",
        "--form",
        "glycinate",
        "--product",
        "calm gly",
        "--amount",
        "1/4",
    )
    assert done.returncode == 0, done.stderr
    assert "30 mg" in done.stdout
    bad = magtui_in(
        data_dir, "log", "capsule", "--form", "glycinate", "--amount", "1/2", "--food", "maybe"
    )
    assert bad.returncode == 2 and "give with or without" in bad.stderr


async def test_a_form_tolerated_months_ago_joins_the_red_home_once_the_journal_is_read(
    make_app: MakeApp, data_dir: Path
) -> None:
    from tests.sample_journal import fixed_id

    journal = Journal(data_dir)
    for days_ago in (120, 100):
        at = FIXED_NOW - timedelta(days=days_ago)
        dose = CapsuleDose(id=fixed_id(at), at=at, logged_at=at, form=CapsuleForm.TAURATE)
        later = at + timedelta(hours=1)
        answer = Reaction(
            id=fixed_id(later), at=later, logged_at=later, reaction=ReactionKind.NONE, after=dose.id
        )
        journal.add(dose, answer)
    app = make_app()
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Tolerated Capsules of taurate: c to log a dose" in screen_words(app)
