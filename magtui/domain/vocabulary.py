"""The words a journal entry is made of, as plain enums.

Kept apart from the entry models so the command line can list them in its help without
importing pydantic, which would slow every start, the app's included.
"""

from __future__ import annotations

from enum import StrEnum


class TopicalMethod(StrEnum):
    """The four ways of putting magnesium on the skin that the guidance covers."""

    SOAK = "soak"
    SPRAY = "spray"
    CREAM = "cream"
    BALM = "balm"


class ReactionKind(StrEnum):
    """What the skin or body did, as one answer to a use.

    'unsure' is a reaction the person could not name ("something, not sure what"); 'dont-know'
    is not knowing yet whether there was a reaction at all, which is neither a reaction nor a
    "no". Before schema 6 the first was stored as 'unknown'.
    """

    NONE = "none"
    STING = "sting"
    ITCH = "itch"
    FLUSH = "flush"
    REDNESS = "redness"
    RASH = "rash"
    HIVES = "hives"
    NAUSEA = "nausea"
    DIZZINESS = "dizziness"
    OTHER = "other"
    UNSURE = "unsure"
    DONT_KNOW = "dont-know"


class AlpimsDomain(StrEnum):
    """The six ALPIMS domains a person may feel relief in."""

    ANXIETY = "anxiety"
    LAXITY = "laxity"
    PAIN = "pain"
    IMMUNE = "immune"
    MOOD = "mood"
    SENSORY = "sensory"


class CapsuleForm(StrEnum):
    """The capsule forms the capsule guidance names, and 'other' for anything else."""

    GLYCINATE = "glycinate"
    TAURATE = "taurate"
    MALATE = "malate"
    THREONATE = "threonate"
    CITRATE = "citrate"
    OXIDE = "oxide"
    OTHER = "other"


class ProductType(StrEnum):
    """What kind of product it is, in the seeds' words for the four topical forms and capsules."""

    CREAM = "cream"
    OIL = "oil"
    SALTS = "soak salts"
    BALM = "balm"
    CAPSULES = "capsules"
