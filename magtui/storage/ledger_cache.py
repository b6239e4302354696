"""The ledger's digests of the journal's files, so a long journal's standings are read from a
few small files instead of from every entry.

`ledger/<device>.<part file's name>` in the data folder (outside the journal folder a sync tool
may share: the states it keys by are this device's alone) holds that part's digest (see
`domain.ledger_digest`) with the digest's version and the state of the part file it was worked
out from: inode, size, and modification and change times in nanoseconds. The change time cannot
be set back by hand, so a part edited in place, even with its old modification time restored, no
longer matches. A part whose state does not match, or a digest that cannot be read for any
reason, means that part is read and validated in full, as every reader does, so damage is still
found and kept aside; its digest is then written again.

The cache is private (0600 in a 0700 folder), disposable (deleting it changes nothing but speed;
a failed write of it is ignored), and small: a digest holds counts, not entries. Its folder is
made by the journal's first writer, never by a reader (see `_write`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from pathlib import Path

from pydantic import BaseModel, ValidationError

from magtui.domain.ledger_digest import (
    DIGEST_VERSION,
    PartDigest,
    Standings,
    compose,
    digest_of,
    sharing,
)
from magtui.storage.files import (
    StorageError,
    new_temp,
    read_bytes_or_none,
)
from magtui.storage.journal import Journal
from magtui.storage.names import LEDGER_DIR

PartState = tuple[int, int, int, int]


SHARING_FILE = "sharing.json"
"""Which parts hold an entry another part holds too, for the journal's files as they were."""


class _Verdict(BaseModel):
    version: int
    key: str
    """A hash of every part's name and state: any write to any part changes it."""
    parts: list[int]


class _Kept(BaseModel):
    version: int
    state: PartState
    digest: PartDigest


def part_state(path: Path) -> PartState | None:
    """What changes whenever the part file is replaced or edited; None when it is gone."""
    try:
        status = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def _name(part: Path) -> str:
    """The digest's file: which folder the part is in (a device's), then the part's name."""
    return f"{part.parent.name}.{part.name}"


class LedgerCache:
    """The whole journal's standings, from each part's digest where it still matches."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.folder = journal.data_dir / LEDGER_DIR
        self._known: dict[Path, tuple[PartState, PartDigest]] = {}
        self._writing = threading.Lock()  # the app's worker and its screens share one cache
        self.parts_digested = 0
        """How many parts were read in full to work out a digest, since this was made."""

    def standings(self) -> Standings:
        """The whole journal's standings, working out and keeping any digest that is missing."""
        parts = self.journal.part_files()
        return self._composed(parts, [self._matching(part) for part in parts])

    def standings_if_kept(self, most_to_digest: int) -> Standings | None:
        """The standings, or None (nothing read) if more than `most_to_digest` parts have no
        matching digest: for a caller that cannot wait, which reads the journal another way."""
        parts = self.journal.part_files()
        found = [self._matching(part) for part in parts]
        if sum(digest is None for digest in found) > most_to_digest:
            return None
        return self._composed(parts, found)

    def _composed(self, parts: list[Path], found: list[PartDigest | None]) -> Standings:
        digests = [
            d if d is not None else self.digest(p) for d, p in zip(found, parts, strict=True)
        ]
        shared = self._shared(parts, digests)
        return compose(digests, lambda n: self.journal.read_part(parts[n]), shared)

    def _shared(self, parts: list[Path], digests: list[PartDigest]) -> set[int]:
        """Which parts may hold an entry another holds: kept for the journal as it is now, since
        working it out goes through every id's key (see `sharing`)."""
        known = [self._known.get(part) for part in parts]
        if any(k is None for k in known):
            return sharing(digests)  # a part gone or changed while read: not worth keeping
        states = [(str(part), k[0]) for part, k in zip(parts, known, strict=True) if k]
        key = hashlib.sha256(repr(states).encode()).hexdigest()
        kept = self._read_verdict()
        if kept is not None and kept.version == DIGEST_VERSION and kept.key == key:
            return set(kept.parts)
        found = sharing(digests)
        with self._writing, contextlib.suppress(OSError, StorageError):
            verdict = _Verdict(version=DIGEST_VERSION, key=key, parts=sorted(found))
            self._write_through(self.folder / SHARING_FILE, verdict)
        return found

    def _read_verdict(self) -> _Verdict | None:
        try:
            raw = read_bytes_or_none(self.folder / SHARING_FILE)
            return _Verdict.model_validate_json(raw) if raw else None
        except (StorageError, ValidationError, ValueError, RecursionError):
            return None

    def _matching(self, part: Path) -> PartDigest | None:
        """The part's digest if one is known or kept for the part as it is now."""
        state = part_state(part)
        if state is None:
            return PartDigest()
        known = self._known.get(part)
        if known is not None and known[0] == state:
            return known[1]
        kept = self._read(_name(part))
        if kept is not None and kept.version == DIGEST_VERSION and kept.state == state:
            self._known[part] = (state, kept.digest)
            return kept.digest
        return None

    def digest(self, part: Path) -> PartDigest:
        """The part's digest, worked out from its entries and kept if none matches."""
        found = self._matching(part)
        if found is not None:
            return found
        state = part_state(part)
        digest = digest_of(self.journal.read_part(part))
        self.parts_digested += 1
        if state is None or part_state(part) != state:  # replaced while read
            return digest
        self._write(_name(part), _Kept(version=DIGEST_VERSION, state=state, digest=digest))
        self._known[part] = (state, digest)
        return digest

    def _read(self, name: str) -> _Kept | None:
        try:
            raw = read_bytes_or_none(self.folder / name)
            return _Kept.model_validate_json(raw) if raw else None
        except (StorageError, ValidationError, ValueError, RecursionError):
            return None  # unreadable: worked out again from the part itself

    def _write(self, name: str, kept: _Kept) -> None:
        """Quickly and without fsync: a digest lost to a crash is only worked out again.

        Only into the folder a writer made (`Journal.tidy`): a reader never makes a folder."""
        with self._writing, contextlib.suppress(OSError, StorageError):
            self._write_through(self.folder / name, kept)

    def _write_through(self, path: Path, kept: BaseModel) -> None:
        """Written to a private temporary file, then moved into place: a digest on disk is whole or
        absent."""
        descriptor, temp = new_temp(path)
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(kept.model_dump_json().encode())
                os.replace(temp, path)  # while the temp is locked, as `new_temp` asks
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
