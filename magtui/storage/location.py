"""Where data lives: --data-dir, then MAGTUI_DATA_DIR, then the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path


def resolve_data_dir(explicit: str | None = None) -> Path:
    """Nothing is created here: the folder is made, private, on the first write."""
    chosen = explicit or os.environ.get("MAGTUI_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_path  # not needed when the folder is given

    return user_data_path("magtui", appauthor=False)
