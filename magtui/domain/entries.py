"""Journal entries. Each stored document names its kind and its schema version.

Entries are immutable records of what happened; a correction is a new entry, never an edit,
so an entry's id, once printed or exported, always means the same thing.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Literal, Self

from pydantic import AwareDatetime, ConfigDict, Field, model_validator
from pydantic.dataclasses import dataclass

from magtui.domain.schema import ENTRY_SCHEMA_VERSION
from magtui.domain.time_range import EARLIEST, LATEST
from magtui.domain.vocabulary import (
    AlpimsDomain,
    CapsuleForm,
    ProductType,
    ReactionKind,
    TopicalMethod,
)
from magtui.domain.zones import Zone

__all__ = [
    "AlpimsDomain",
    "CapsuleDose",
    "CapsuleForm",
    "Content",
    "Deletion",
    "Entry",
    "Note",
    "Product",
    "ProductType",
    "Reaction",
    "ReactionKind",
    "TopicalMethod",
    "TopicalSession",
    "Undo",
    "ZoneCheckIn",
]

SCHEMA_VERSION = ENTRY_SCHEMA_VERSION
"""Stored documents carry it; `_Entry.schema_version` below must spell the same number."""

ID_PATTERN = r"^[0-9a-f]{22}$"
EntryId = Annotated[str, Field(pattern=ID_PATTERN)]

LINE_LIMIT = 80
SHORT_LIMIT = 40
NOTE_LIMIT = 2000
MG_LIMIT = 2000
"""Milligrams above this in one dose or capsule are a typing slip, not a label."""
MINUTES_LIMIT = 240
"""The longest session a journal entry holds: four hours, far past any the seeds describe."""


# Control characters cannot be typed on purpose and break exports; newlines and tabs are kept in
# notes. Checked by pydantic's own regex engine, so 100,000 entries validate without Python calls.
# Text that is not valid Unicode (lone surrogates from undecodable bytes) is refused by pydantic.
ONE_LINE_PATTERN = r"^[^\x00-\x1f\x7f-\x9f]*$"
MULTI_LINE_PATTERN = r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*$"

Moment = Annotated[AwareDatetime, Field(ge=EARLIEST, le=LATEST)]
"""Every time the journal stores is in one range (see `time_range`)."""

Line = Annotated[str, Field(max_length=LINE_LIMIT, pattern=ONE_LINE_PATTERN)]
ShortLine = Annotated[str, Field(max_length=SHORT_LIMIT, pattern=ONE_LINE_PATTERN)]
NoteText = Annotated[str, Field(max_length=NOTE_LIMIT, pattern=MULTI_LINE_PATTERN)]


# Slotted dataclasses rather than models: 100,000 entries take a quarter of the memory and load
# a fifth faster, and an entry needs nothing a model adds. Schemas are built on first use.
_CONFIG = ConfigDict(extra="forbid", defer_build=True)


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class _Entry:
    schema_version: Literal[6] = 6
    id: EntryId
    at: Moment
    logged_at: Moment
    note: NoteText = ""


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class _Content(_Entry):
    replaces: EntryId | None = None
    """Set on a correction: the id of the entry it stands in for. The old one is kept as it was."""


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class ZoneCheckIn(_Content):
    """A moment the person said which zone their body is in; zone history is drawn from these."""

    kind: Literal["zone"] = "zone"
    zone: Zone


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class TopicalSession(_Content):
    """Magnesium on the skin: a soak, spray, cream or balm, as the person describes it."""

    kind: Literal["topical"] = "topical"
    method: TopicalMethod
    product: Line = ""
    amount: ShortLine = ""
    area: Line = ""
    dilution: ShortLine = ""
    duration_minutes: int | None = Field(default=None, ge=1, le=MINUTES_LIMIT)
    duration_seconds: int | None = Field(default=None, ge=1, le=MINUTES_LIMIT * 60)
    """A guided session's running time to the second, pauses left out."""
    zone: Zone | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class CapsuleDose(_Content):
    """Magnesium by mouth: which form, how many milligrams, and how much of a capsule."""

    kind: Literal["capsule"] = "capsule"
    form: CapsuleForm
    mg: float | None = Field(default=None, gt=0, le=MG_LIMIT, allow_inf_nan=False)
    """Milligrams of elemental magnesium, when known: typed, or the capsule's label times
    `fraction`."""
    fraction: float | None = Field(default=1.0, gt=0, le=10, allow_inf_nan=False)
    """How much of a capsule; None when only milligrams were given."""
    zone: Zone | None = None
    product: Line = ""
    """Which of the person's capsules, by name, when they named one."""
    with_food: bool | None = None
    """None when not said."""

    @model_validator(mode="after")
    def _says_how_much(self) -> Self:
        if self.fraction is None and self.mg is None:
            raise ValueError("a capsule dose needs mg, a fraction of a capsule, or both")
        return self


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Reaction(_Content):
    """How the body answered, 0 (nothing) to 3 (strong), and where relief was felt."""

    kind: Literal["reaction"] = "reaction"
    reaction: ReactionKind
    severity: int | None = Field(default=None, ge=0, le=3)
    relief: tuple[AlpimsDomain, ...] = ()
    after: EntryId | None = None

    @model_validator(mode="after")
    def _no_reaction_has_no_severity(self) -> Self:
        """'No reaction' has no strength above 0 and 'don't know' none at all: a strength would
        claim a reaction the answer does not. Each relief domain is named once."""
        if self.reaction is ReactionKind.NONE and self.severity not in (None, 0):
            raise ValueError("a reaction of 'none' cannot have a severity above 0")
        if self.reaction is ReactionKind.DONT_KNOW and self.severity is not None:
            raise ValueError("a reaction of 'dont-know' cannot have a severity")
        if len(set(self.relief)) != len(self.relief):
            raise ValueError("each relief domain may be named once")
        return self


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Note(_Content):
    """Anything else worth remembering, in the person's own words, and where relief was felt.

    After a guided session it carries the session's id in `after`.
    """

    kind: Literal["note"] = "note"
    relief: tuple[AlpimsDomain, ...] = ()
    after: EntryId | None = None
    important: bool = False
    """Marked by the person for the clinician summary."""

    @model_validator(mode="after")
    def _says_something(self) -> Self:
        if not self.note and not self.relief:
            raise ValueError("note: cannot be empty unless a relief domain is given")
        if len(set(self.relief)) != len(self.relief):
            raise ValueError("each relief domain may be named once")
        return self


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Product(_Content):
    """One of the person's products: what it is, so its tolerance can be read from the journal."""

    kind: Literal["product"] = "product"
    name: Line = Field(min_length=1)
    product_type: ProductType | None = None
    unscented: bool | None = None
    ingredients: NoteText = ""
    form: CapsuleForm | None = None
    """For capsules: the form on the label."""
    mg_per_capsule: float | None = Field(default=None, gt=0, le=MG_LIMIT, allow_inf_nan=False)
    """For capsules: elemental magnesium in one capsule, from the label."""


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Deletion(_Entry):
    """The person deleted an entry: it leaves the current view but stays in the full history."""

    kind: Literal["deletion"] = "deletion"
    deletes: EntryId


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Undo(_Entry):
    """Takes back a correction or a deletion (an undo of an undo puts it back again)."""

    kind: Literal["undo"] = "undo"
    undoes: EntryId


Entry = Annotated[
    ZoneCheckIn | TopicalSession | CapsuleDose | Reaction | Note | Product | Deletion | Undo,
    Field(discriminator="kind"),
]
ENTRY_KINDS = ("zone", "topical", "capsule", "reaction", "note", "product", "deletion", "undo")
ENTRY_CLASS_OF_KIND: dict[str, type[Entry]] = {
    "zone": ZoneCheckIn,
    "topical": TopicalSession,
    "capsule": CapsuleDose,
    "reaction": Reaction,
    "note": Note,
    "product": Product,
    "deletion": Deletion,
    "undo": Undo,
}
"""Each kind's class, so one new entry builds one kind's validator, not all eight."""


@cache
def typed_text_fields() -> tuple[str, ...]:
    """The fields holding what a person typed (checked by the one-line or note patterns): what
    an export must treat as text that may look like markup or a formula."""
    found: dict[str, None] = {}
    for kind in ENTRY_CLASS_OF_KIND.values():
        fields = getattr(kind, "__pydantic_fields__", {})
        for name, info in fields.items():
            patterns = {getattr(rule, "pattern", None) for rule in info.metadata}
            if patterns & {ONE_LINE_PATTERN, MULTI_LINE_PATTERN}:
                found[name] = None
    return tuple(found)


CONTENT_KINDS = ENTRY_KINDS[:6]
"""Kinds that say something; the last two only change which entries the current view shows."""
Content = ZoneCheckIn | TopicalSession | CapsuleDose | Reaction | Note | Product
