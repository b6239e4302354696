"""The guidance files hold every table, list and caution of the seeds, and bad files are caught."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from magtui.content import ContentError, default_assets_dir, load_content
from magtui.domain.guidance import Guidance
from magtui.domain.guidance_parts import sentences
from magtui.domain.vocabulary import TopicalMethod
from magtui.domain.zones import Zone
from tests.seed_text import plain, read_seed


def _topical_table(seed: str, header: str) -> list[str]:
    """The rows under `header` (cells run together, one row a line), up to the next blank line."""
    lines = seed.splitlines()
    start = next(i for i, line in enumerate(lines) if plain(line) == plain(header))
    rows: list[str] = []
    for line in lines[start + 1 :]:
        if not plain(line):
            break
        rows.append(plain(line))
    return rows


def _pipe_cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def test_the_shipped_guidance_loads(guidance: Guidance) -> None:
    assert "“Flare, Shutdown, Overload, or Crisis”" in guidance.zones.zone(Zone.RED).meaning
    assert guidance.disclaimer.version >= 1


# -- topical seed: tables are written with their cells run together, a row per line --------


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "ReasonHow It Helps in Red Zone",
            lambda c: [r.reason + r.how_it_helps for r in c.topical.why_usually_safe],
        ),
        ("MethodSafe Tips", lambda c: [m.name + m.tips for m in c.topical.methods]),
        (
            "SituationWhy to Modify or Delay",
            lambda c: [x.situation + x.why for x in c.topical.cautions],
        ),
        ("DomainRelief Offered", lambda c: [b.domain + b.relief for b in c.topical.red_benefits]),
        (
            "RRP–R² StepMagnesium’s RoleALPIMS Domains Supported",
            lambda c: [s.name + s.role for s in c.rrp.steps],
        ),
    ],
)
def test_every_topical_table_row_is_in_the_data(
    guidance: Guidance, header: str, rows: object
) -> None:
    seed_rows = _topical_table(read_seed("topical.txt"), header)
    data_rows = [plain(row) for row in rows(guidance)]  # type: ignore[operator]
    assert len(seed_rows) == len(data_rows), seed_rows
    for seed_row, data_row in zip(seed_rows, data_rows, strict=True):
        assert seed_row.replace(" ", "").startswith(data_row.replace(" ", ""))


def test_rrp_summary_domains_match_the_seed_icons(guidance: Guidance) -> None:
    icons = {
        "🧠": "Anxiety",
        "🩸": "Laxity",
        "🤕": "Pain",
        "🧬": "Immune",
        "😰": "Mood",
        "🌡": "Sensory",
    }
    seed = read_seed("topical.txt")
    for step in guidance.rrp.steps:
        line = next(
            line for line in seed.splitlines() if line.startswith(step.name) and step.role in line
        )
        found = [icons[ch] for ch in line if ch in icons]
        assert found == step.domains


def test_topical_lists_are_in_the_data(guidance: Guidance) -> None:
    seed = plain(read_seed("topical.txt"))
    items = [
        *guidance.zones.red.you_may_be_experiencing,
        *guidance.topical.avoid_if,
        guidance.topical.avoid_if_heading,
        guidance.topical.cautions_heading,
        *(item for step in guidance.rrp.steps for item in step.how_it_helps),
        *(step.what_it_does for step in guidance.rrp.steps),
        *(step.when_to_use for step in guidance.rrp.steps),
        guidance.topical.quote,
    ]
    for item in items:
        assert plain(item) in seed, item


# -- capsule seed: tables are written with | between cells ----------------------------------


def _pipe_table(header_start: str) -> list[list[str]]:
    lines = read_seed("capsules.txt").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    rows = []
    for line in lines[start + 2 :]:
        if "|" not in line:
            break
        rows.append([plain(cell) for cell in _pipe_cells(line)])
    return rows


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        ("ALPIMS Domain |", lambda c: [[b.domain, b.helps_with] for b in c.capsules.core_benefits]),
        ("Reason |", lambda c: [[r.reason, r.why] for r in c.capsules.why_start_in_green]),
        ("Form |", lambda c: [[f.name, f.best_for, f.notes] for f in c.capsules.forms]),
        (
            "Feature |",
            lambda c: [[r.feature, r.capsules, r.topical] for r in c.capsules.versus_topical],
        ),
        ("Zone |", lambda c: [[z.name, z.best_form, z.best_form_why] for z in c.zones.zones]),
    ],
)
def test_every_capsule_table_row_is_in_the_data(
    guidance: Guidance, header: str, rows: object
) -> None:
    seed_rows = _pipe_table(header)
    data_rows = [[plain(cell) for cell in row] for row in rows(guidance)]  # type: ignore[operator]
    assert len(seed_rows) == len(data_rows)
    for seed_row, data_row in zip(seed_rows, data_rows, strict=True):
        assert [cell for cell in seed_row if cell] == data_row


def test_capsule_lists_and_disclaimer_are_in_the_data(guidance: Guidance) -> None:
    seed = plain(read_seed("capsules.txt"))
    capsules, disclaimer = guidance.capsules, guidance.disclaimer
    items = [
        *capsules.cautions,
        *capsules.starting_dose,
        *capsules.when_capsules_better,
        *capsules.when_topical_better,
        capsules.intro,
        capsules.green_start_summary,
        capsules.timing_quote,
        capsules.closing_quote,
        *disclaimer.opening,
        disclaimer.consult_before_heading,
        *disclaimer.consult_before,
        *disclaimer.closing,
    ]
    for item in items:
        assert plain(item) in seed, item


def test_the_steps_are_the_seed_tips_sentence_by_sentence(guidance: Guidance) -> None:
    """Nothing added, dropped, reworded or reordered: the steps join back into the seed's tip."""
    for method in guidance.topical.methods:
        assert method.steps == sentences(method.tips)
        assert " ".join(method.steps) == method.tips
        assert len(method.steps) == 3


def test_the_comparison_marks_are_the_seed_symbols(guidance: Guidance) -> None:
    symbols = {"✅": "check", "🔸": "diamond", "⚠": "warning", "❌": "cross"}
    lines = read_seed("capsules.txt").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Feature |"))
    for row, line in zip(guidance.capsules.versus_topical, lines[start + 2 :], strict=False):
        _, capsules_cell, topical_cell = _pipe_cells(line)[:3]

        def mark(cell: str) -> str:
            return next((name for symbol, name in symbols.items() if cell.startswith(symbol)), "")

        assert (row.capsules_mark, row.topical_mark) == (mark(capsules_cell), mark(topical_cell))


def test_the_consult_line_is_the_seeds_own_words(guidance: Guidance) -> None:
    disclaimer = guidance.disclaimer
    first, second = (item[0].lower() + item[1:] for item in disclaimer.consult_before[:2])
    heading = disclaimer.consult_before_heading.rstrip(":")
    assert disclaimer.consult_line == f"{heading} {first} or {second}."
    red = disclaimer.consult_before[4]
    assert "Red Zone" in red
    red = red[0].lower() + red[1:]
    assert disclaimer.consult_line_red == f"{heading} {first}, {second}, or {red}."


def test_the_red_home_uses_the_seed_heading(guidance: Guidance) -> None:
    seed = plain(read_seed("topical.txt"))
    assert plain(guidance.zones.zone(Zone.RED).methods_heading) in seed
    assert guidance.topical.methods_heading == guidance.zones.zone(Zone.RED).methods_heading
    assert plain(guidance.disclaimer.title) in plain(read_seed("capsules.txt"))


# -- damaged content stops start-up with one sentence naming the file and the field ----------


@pytest.fixture
def assets_copy(tmp_path: Path) -> Path:
    target = tmp_path / "assets"
    shutil.copytree(default_assets_dir(), target)
    return target


def test_a_missing_field_names_the_file_and_the_field(assets_copy: Path) -> None:
    path = assets_copy / "topical.toml"
    path.write_text(path.read_text().replace('tips = "May sting.', 'tipz = "May sting.'))
    with pytest.raises(ContentError) as caught:
        load_content(assets_copy)
    message = str(caught.value)
    assert "topical.toml" in message and "methods → 1 → tips" in message
    assert "\n" not in message


def test_broken_toml_names_the_file(assets_copy: Path) -> None:
    (assets_copy / "rrp.toml").write_text("title = 'unclosed\n")
    with pytest.raises(ContentError, match=r"rrp\.toml is damaged"):
        load_content(assets_copy)


def test_a_missing_file_is_named(assets_copy: Path) -> None:
    (assets_copy / "zones.toml").unlink()
    with pytest.raises(ContentError, match=r"zones\.toml is missing"):
        load_content(assets_copy)


def test_an_empty_list_is_incomplete(assets_copy: Path) -> None:
    path = assets_copy / "capsules.toml"
    text = re.sub(r"starting_dose = \[.*?\]", "starting_dose = []", path.read_text(), flags=re.S)
    path.write_text(text)
    with pytest.raises(ContentError, match=r"capsules\.toml has a bad field 'starting_dose'"):
        load_content(assets_copy)


def test_a_zone_left_out_is_caught(assets_copy: Path) -> None:
    path = assets_copy / "zones.toml"
    text = path.read_text()
    path.write_text(text.replace('id = "yellow"', 'id = "red"', 1))
    with pytest.raises(ContentError, match="green, yellow and red once each"):
        load_content(assets_copy)


SPRAY_LINES = '"May sting.", "Dilute with water 1:1 or apply over body oil.", "Start with 1 spray."'
SPRAY_ON_HOME = f"on_home = [{SPRAY_LINES}]"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('on_home = ["Gentler on skin."]', 'on_home = ["Rub it in hard."]'),
        (SPRAY_ON_HOME, 'on_home = ["Start with 3 sprays."]'),
        (SPRAY_ON_HOME, SPRAY_ON_HOME.replace('"May sting."', '"Start small."')),
        (SPRAY_ON_HOME, 'on_home = ["Start with 1 spray.", "May sting."]'),
    ],
    ids=["invented", "changed-number", "another-methods", "reordered"],
)
def test_the_home_sentences_must_be_the_tips_own_in_order(
    assets_copy: Path, old: str, new: str
) -> None:
    path = assets_copy / "topical.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    expected = "must be sentences of the method's tips, in their order"
    with pytest.raises(ContentError, match=expected):
        load_content(assets_copy)


def test_a_changed_tip_fails_the_seed_check(guidance: Guidance) -> None:
    """The how-to steps are the tips, so the tips check is the steps check; prove it can fail."""
    seed_rows = _topical_table(read_seed("topical.txt"), "MethodSafe Tips")
    spray = guidance.topical.method(TopicalMethod.SPRAY)
    changed = spray.tips.replace("Start with 1 spray.", "Start with 3 sprays.")
    assert any(
        row.replace(" ", "").startswith(plain(spray.name + spray.tips).replace(" ", ""))
        for row in seed_rows
    )
    assert not any(
        row.replace(" ", "").startswith(plain(spray.name + changed).replace(" ", ""))
        for row in seed_rows
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('amount = "1 spray"', 'amount = "3 sprays"', "made of the method's tip words"),
        ('options = ["¼ cup", "½ cup"]', 'options = ["1 cup"]', "made of the method's tip words"),
        ("minutes = [5, 10]", "minutes = [5, 20]", "made of the method's tip words"),
        ('area = "lower legs"', 'area = "back"', "the caution's own words"),
        (
            'absorbs = "Fast — absorbs through skin within 15–30 mins"',
            'absorbs = "absorbs within 5–10 mins"',
            "a topical text of capsules versus_topical",
        ),
    ],
    ids=["amount", "option", "minutes", "instead-area", "absorbs"],
)
def test_a_session_number_or_word_not_in_the_seed_is_refused(
    assets_copy: Path, old: str, new: str, expected: str
) -> None:
    path = assets_copy / "topical.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    with pytest.raises(ContentError, match=expected):
        load_content(assets_copy)


def test_the_session_options_are_the_seed_amounts(guidance: Guidance) -> None:
    sessions = {m.id: m.session for m in guidance.topical.methods}
    assert sessions[TopicalMethod.SOAK].options == ["¼ cup", "½ cup"]
    assert sessions[TopicalMethod.SOAK].minutes == [5, 10]
    assert sessions[TopicalMethod.SPRAY].amount == "1 spray"
    assert guidance.topical.watch_minutes == (15, 30)
    assert plain(guidance.topical.absorbs) in plain(read_seed("capsules.txt"))


def _lines_under(seed: str, heading: str, *, bullets: bool) -> list[str]:
    """The seed's lines after `heading`: its bullet points (up to the first line that is not
    one), or its table rows (up to the first blank line). Read from the seed, so a line the data
    leaves out is found."""
    lines = read_seed(seed).splitlines()
    start = next(i for i, line in enumerate(lines) if heading in line) + 1
    found: list[str] = []
    for line in lines[start:]:
        text = line.strip()
        if not text and not found:
            continue
        if bullets and text.startswith(("•", "- ")):
            found.append(text.lstrip("•- ").strip())
        elif not bullets and text:
            found.append(text)
        else:
            break
    return found


def test_every_caution_and_avoid_if_line_of_the_seeds_is_in_the_data(guidance: Guidance) -> None:
    """The other direction from the tests above: a line the seed gives and the data drops is a
    caution the person never sees."""
    avoid_if = _lines_under("topical.txt", "Avoid If:", bullets=True)
    topical_cautions = _lines_under("topical.txt", "SituationWhy to Modify or Delay", bullets=False)
    capsule_cautions = _lines_under("capsules.txt", "Cautions in ALPIMS Bodies:", bullets=True)
    assert (len(avoid_if), len(topical_cautions), len(capsule_cautions)) == (4, 4, 5)
    in_data = {
        "avoid if": {plain(item) for item in guidance.topical.avoid_if},
        "topical cautions": {plain(c.situation + c.why) for c in guidance.topical.cautions},
        "capsule cautions": {plain(item) for item in guidance.capsules.cautions},
    }
    missing = [
        (where, line)
        for where, lines in (
            ("avoid if", avoid_if),
            ("topical cautions", topical_cautions),
            ("capsule cautions", capsule_cautions),
        )
        for line in lines
        if plain(line) not in in_data[where]
    ]
    assert missing == []
