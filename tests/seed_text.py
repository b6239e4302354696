"""The two seed documents as text, and the one way the tests compare words with them.

`tests/seeds/` holds copies of the seeds, so the tests compare the app's guidance with the
documents it came from, not with itself.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

SEEDS = Path(__file__).parent / "seeds"


def plain(text: str) -> str:
    """Drop emoji and symbols, fold quotes and spaces, so seed and data compare by words."""
    kept = "".join(
        ch for ch in text if unicodedata.category(ch) not in {"So", "Sk", "Mn", "Cf", "Cs"}
    )
    kept = kept.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", kept).strip().lower()


def read_seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")
