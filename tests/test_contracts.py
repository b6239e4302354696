"""Each import contract in pyproject.toml catches the import it forbids: a copy of the package
gets one deliberate violation, and lint-imports must then name that contract as broken."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

VIOLATIONS = {
    "Layers: the UI sits on storage and content, which sit on the domain": (
        "magtui/domain/zones.py",
        "import magtui.session",
    ),
    "The domain knows nothing of Textual, TinyDB or files": (
        "magtui/domain/zones.py",
        "import textual",
    ),
    "Storage, content, exchange formats and the session know nothing of Textual": (
        "magtui/storage/journal.py",
        "import textual",
    ),
    "The UI talks to the session, never to storage": (
        "magtui/ui/kit/help.py",
        "import magtui.storage.journal",
    ),
    "Screens, widgets and pages reach the app through the shell, never the app module": (
        "magtui/ui/kit/help.py",
        "import magtui.ui.app",
    ),
    "The kit, widgets, pages and shell import no feature and no routes": (
        "magtui/ui/shell.py",
        "def _f() -> None:\n    import magtui.ui.features.home.home",
    ),
    "Features reach other features through the shell's routes, never the routes module": (
        "magtui/ui/features/checkin/checkin.py",
        "def _f() -> None:\n    import magtui.ui.routes",
    ),
    "Features do not know one another": (
        "magtui/ui/features/checkin/checkin.py",
        "def _f() -> None:\n    import magtui.ui.features.home.home",
    ),
    "Commands that do not open the app never import Textual": (
        "magtui/commands/log.py",
        "import textual",
    ),
    "The quick first-screen read uses the standard library alone": (
        "magtui/storage/first_look.py",
        "import pydantic",
    ),
}
"""Each contract, a module it covers, and an import it forbids there (some inside a function:
import-linter counts those too)."""


def _contract_names() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return [contract["name"] for contract in config["tool"]["importlinter"]["contracts"]]


def test_every_contract_has_a_violation_to_catch() -> None:
    assert sorted(VIOLATIONS) == sorted(_contract_names())


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", str(tree / "pyproject.toml")],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def copy_of_the_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "magtui", tree / "magtui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_the_project_as_it_is_keeps_every_contract(copy_of_the_project: Path) -> None:
    result = _lint(copy_of_the_project)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("name", list(VIOLATIONS))
def test_a_deliberate_violation_breaks_its_contract(copy_of_the_project: Path, name: str) -> None:
    module, line = VIOLATIONS[name]
    path = copy_of_the_project / module
    kept = path.read_text()
    try:
        path.write_text(f"{kept}\n\n{line}\n")
        result = _lint(copy_of_the_project)
    finally:
        path.write_text(kept)
    shown = " ".join(result.stdout.split())  # long names wrap in its report
    assert result.returncode == 1, result.stdout
    assert re.search(re.escape(name) + r"\s*BROKEN", shown), result.stdout
