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


def not_a_folder(data_dir: Path) -> str | None:
    """One sentence when the data folder, or the nearest part of its path that exists, is a file
    (or anything else but a folder); None when it is, or can be made, a folder."""
    from magtui.domain.shown import printable

    path = data_dir
    while not os.path.lexists(path) and path.parent != path:
        path = path.parent
    if path.is_dir():
        return None
    where = "" if path == data_dir else f" ({printable(str(path))} is in its way)"
    return (
        f"The data folder {printable(str(data_dir))} is not a folder{where}; "
        "give another with --data-dir or MAGTUI_DATA_DIR."
    )
