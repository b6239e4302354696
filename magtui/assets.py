"""Where the guidance files are: inside an installed wheel, or beside the package in a checkout.

Kept apart from `content.py` so the fast start can find them without importing pydantic.
"""

from __future__ import annotations

import os
from pathlib import Path


def default_assets_dir() -> Path:
    """MAGTUI_ASSETS_DIR (for testing damaged content), else the packaged copy, else the repo's."""
    override = os.environ.get("MAGTUI_ASSETS_DIR")
    if override:
        return Path(override)
    packaged = Path(__file__).parent / "assets"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parent.parent / "assets"
