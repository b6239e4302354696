"""Reads the seed guidance from `assets/` and validates it before anything is shown.

A damaged or incomplete file stops start-up with one sentence naming the file and the field:
showing half of a caution would be worse than showing nothing.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from magtui.assets import default_assets_dir
from magtui.domain.guidance import (
    CapsulesFile,
    DisclaimerFile,
    Guidance,
    RrpFile,
    TopicalFile,
    ZonesFile,
)
from magtui.domain.problems import problem_location, problem_phrase

__all__ = ["CONTENT_FILES", "ContentError", "default_assets_dir", "load_content"]

CONTENT_FILES: dict[str, type[Any]] = {
    "zones": ZonesFile,
    "topical": TopicalFile,
    "rrp": RrpFile,
    "capsules": CapsulesFile,
    "disclaimer": DisclaimerFile,
}


class ContentError(Exception):
    """A content file is missing, unreadable or does not match what the app expects."""


def where(error: ValidationError) -> str:
    """'methods → 1 → tips': the field, with list positions, as the file's author counts them."""
    return " → ".join(problem_location(error)) or "the top level"


def load_file(path: Path, model: type[Any]) -> Any:
    """Parse and validate one TOML file, turning every failure into a `ContentError`."""
    hint = "reinstall magtui or restore the file"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"The content file {path} is missing; {hint}.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(f"The content file {path} cannot be read ({error}); {hint}.") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"The content file {path} is damaged ({error}); {hint}.") from None
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise ContentError(
            f"The content file {path} has a bad field '{where(error)}': "
            f"{problem_phrase(error)}; {hint}."
        ) from None


def load_content(assets_dir: Path | None = None) -> Guidance:
    """Every content file, validated; raises `ContentError` on the first problem found."""
    folder = assets_dir or default_assets_dir()
    parts = {
        name: load_file(folder / f"{name}.toml", model) for name, model in CONTENT_FILES.items()
    }
    try:
        return Guidance(**parts)
    except ValidationError as error:  # the files disagree with each other
        raise ContentError(
            f"The content files in {folder} do not agree: {problem_phrase(error)}; "
            "reinstall magtui or restore the files."
        ) from None
