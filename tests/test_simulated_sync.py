"""Two or three devices sharing one journal folder through a simulated file-sync tool.

Each device is a data folder of its own (its own device identity; the third may start as a
copy of the first's whole data folder, identity file included). They write at random: notes,
corrections, deletions, undos, zone check-ins, the same import on two devices at once. A
simulated sync copies journal files from one device to another at random points: some whole,
some cut short (a tool caught part way), in any order, and some as the conflict copies that
Syncthing, Dropbox and Nextcloud make when "the same" file changed on both sides.

At every step, on every device: each entry is shown once; nothing the device saved itself is
ever hidden, nor any entry it showed before (a file arriving cut short never hides one); and no
device ever writes a file in another device's folder. After a final full sync, every device
shows the same entries and the same current view, holding every entry any device saved.
`MAGTUI_SYNC_EXAMPLES` runs more examples than `make test` does.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from magtui.domain.documents import document_of
from magtui.domain.entries import Deletion, Entry, Note, Undo, ZoneCheckIn
from magtui.domain.history import current_view
from magtui.domain.ids import new_entry_id
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal
from magtui.storage.layout import conflict_copy_of

EXAMPLES = int(os.environ.get("MAGTUI_SYNC_EXAMPLES", "40"))
START = datetime(2026, 10, 30, 9, 0, tzinfo=UTC)
"""Near a month's end, so entries soon fall in two months."""

STEPS_TAKEN: list[int] = []
_NUMBER = itertools.count()

CONFLICT_NAMES = {
    "syncthing": lambda stem: f"{stem}.sync-conflict-20261201-101010-ABCDEF7.json",
    "dropbox": lambda stem: f"{stem} (Laptop's conflicted copy 2026-12-01).json",
    "nextcloud": lambda stem: f"{stem} (conflicted copy 2026-12-01 101010).json",
}


def _journal_files(data_dir: Path) -> dict[str, bytes]:
    """Every file a sync tool would carry: the whole journal folder, by path inside it."""
    root = data_dir / "journal"
    found = {}
    for path in root.rglob("*"):
        if path.is_file() and not path.name.endswith(".tmp"):
            found[str(path.relative_to(root))] = path.read_bytes()
    return found


def _put(path: Path, content: bytes) -> None:
    """As a sync tool puts a file: a temporary file renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".syncing.{path.name}")
    temp.write_bytes(content)
    os.replace(temp, path)


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.base = Path()
        self.devices: list[Path] = []
        self.saved: list[set[str]] = []
        """What each device said it saved."""
        self.seen: list[set[str]] = []
        """Every id each device has shown."""
        self.written: dict[str, Entry] = {}
        self.now = START

    @initialize(third=st.sampled_from(["none", "fresh", "copy of the first"]))
    def devices_with_a_shared_folder(self, third: str) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="magtui-sync-"))
        for name in ("a", "b"):
            self._new_device(self.base / name)
        self._write(0, Note(**self._stamp(), note="first"))
        if third == "fresh":
            self._new_device(self.base / "c")
        elif third == "copy of the first":
            shutil.copytree(self.devices[0], self.base / "c", symlinks=True)
            self._new_device(self.base / "c")
            self.saved[2] = set(self.saved[0])  # the copy holds what the first had saved
            self.seen[2] = set(self.saved[0])

    def _new_device(self, data_dir: Path) -> None:
        self.devices.append(data_dir)
        self.saved.append(set())
        self.seen.append(set())

    def teardown(self) -> None:
        try:
            if self.devices:
                self.a_full_sync_and_every_device_agrees()
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def _stamp(self, same_moment: bool = False) -> dict[str, Any]:
        if not same_moment:
            self.now += timedelta(hours=9, milliseconds=1)
        return {"id": new_entry_id(self.now), "at": self.now, "logged_at": self.now}

    def _others_files(self, device: int) -> dict[str, bytes]:
        """What is in other devices' folders inside this device's journal folder."""
        own = Journal(self.devices[device]).device
        return {
            path: content
            for path, content in _journal_files(self.devices[device]).items()
            if own is None or not path.startswith(f"{own}/")
        }

    def _write(self, device: int, *entries: Entry) -> None:
        """One save on one device, which must touch nothing of any other device's."""
        before = self._others_files(device)
        Journal(self.devices[device]).add(*entries)
        assert self._others_files(device) == before, "a device wrote another device's file"
        for entry in entries:
            self.written[entry.id] = entry
            self.saved[device].add(entry.id)
        STEPS_TAKEN.append(1)

    def _device(self, pick: int) -> int:
        return pick % len(self.devices)

    def _shown(self, device: int) -> list[Entry]:
        return Journal(self.devices[device]).entries()

    # Writing

    @rule(pick=st.integers(0, 2), text=st.sampled_from(["calm", "sore", "tired"]))
    def a_note(self, pick: int, text: str) -> None:
        self._write(self._device(pick), Note(**self._stamp(), note=text))

    @rule(zone=st.sampled_from(list(Zone)))
    def check_ins_on_two_devices_at_the_same_moment(self, zone: Zone) -> None:
        stamp = self._stamp()
        self._write(0, ZoneCheckIn(**stamp, zone=zone))
        self._write(1, ZoneCheckIn(**self._stamp(same_moment=True), zone=Zone.GREEN))

    @rule(pick=st.integers(0, 2), which=st.integers(0), text=st.sampled_from(["less", "more"]))
    def a_correction_of_something_this_device_shows(self, pick: int, which: int, text: str) -> None:
        device = self._device(pick)
        notes = [e for e in current_view(self._shown(device)) if isinstance(e, Note)]
        if notes:
            shown = notes[which % len(notes)]
            corrected = Note(**self._stamp(), note=f"{shown.note} {text}", replaces=shown.id)
            self._write(device, corrected)

    @rule(pick=st.integers(0, 2), which=st.integers(0), undo=st.booleans())
    def a_deletion_perhaps_undone(self, pick: int, which: int, undo: bool) -> None:
        device = self._device(pick)
        shown = current_view(self._shown(device))
        if shown:
            deletion = Deletion(**self._stamp(), deletes=shown[which % len(shown)].id)
            self._write(device, deletion)
            if undo:
                self._write(device, Undo(**self._stamp(), undoes=deletion.id))

    @rule(months=st.booleans())
    def the_same_import_on_two_devices_before_they_sync(self, months: bool) -> None:
        """Imported entries keep their ids, so both devices hold them: shown once."""
        batch = [Note(**self._stamp(), note=f"imported {n}") for n in range(3)]
        if months:
            self.now += timedelta(days=33)
            batch.append(Note(**self._stamp(), note="imported later"))
        for device in (0, 1):
            Journal(self.devices[device]).merge(batch)
            self.saved[device].update(entry.id for entry in batch)
        self.written.update((entry.id, entry) for entry in batch)

    # Syncing

    @rule(
        source=st.integers(0, 2),
        to=st.integers(0, 2),
        picks=st.lists(st.integers(0), min_size=1, max_size=6),
        how=st.sampled_from(["whole", "cut short", "syncthing", "dropbox", "nextcloud"]),
        cut=st.floats(0.05, 0.95),
    )
    def some_files_arrive(
        self, source: int, to: int, picks: list[int], how: str, cut: float
    ) -> None:
        source, target = self._device(source), self._device(to)
        if source == target:
            return
        own = Journal(self.devices[target]).device
        theirs = _journal_files(self.devices[source])
        mine = _journal_files(self.devices[target])
        changed = sorted(p for p, c in theirs.items() if mine.get(p) != c)
        for path in dict.fromkeys(changed[n % len(changed)] for n in picks) if changed else ():
            content = theirs[path]
            into = self.devices[target] / "journal" / path
            ours = own is not None and path.startswith(f"{own}/")
            original = conflict_copy_of(into.name) is None and "/backups/" not in path
            if how in CONFLICT_NAMES and original and path.endswith(".json"):
                stem = into.name.removesuffix(".json")
                into = into.with_name(CONFLICT_NAMES[how](stem))
                assert conflict_copy_of(into.name) == f"{stem}.json"
                _put(into, content)
            elif ours:
                continue  # the device writing a file always holds its newest version
            elif how == "cut short":
                into.parent.mkdir(parents=True, exist_ok=True)
                into.write_bytes(content[: int(len(content) * cut)])
            else:
                _put(into, content)

    def _sync_all(self) -> None:
        """Every file to every device, whole, until nothing changes."""
        for _ in range(3):
            for source, target in itertools.permutations(range(len(self.devices)), 2):
                own = Journal(self.devices[target]).device
                for path, content in _journal_files(self.devices[source]).items():
                    into = self.devices[target] / "journal" / path
                    ours = own is not None and path.startswith(f"{own}/")
                    if not ours and (not into.exists() or into.read_bytes() != content):
                        _put(into, content)

    @precondition(lambda self: len(self.devices) > 0)
    @rule()
    def a_full_sync_and_every_device_agrees(self) -> None:
        self._sync_all()
        shown = [self._shown(device) for device in range(len(self.devices))]
        documents = [[document_of(e) for e in entries] for entries in shown]
        views = [[document_of(e) for e in current_view(entries)] for entries in shown]
        assert all(d == documents[0] for d in documents), "devices show different entries"
        assert all(v == views[0] for v in views), "devices show different current views"
        everything = set().union(*self.saved)
        assert everything <= {e.id for e in shown[0]}, "an entry a device saved is missing"
        for device in range(len(self.devices)):
            self.seen[device].update(e.id for e in shown[device])

    # What must hold at every step

    @invariant()
    def each_device_shows_each_entry_once_and_hides_nothing_it_showed(self) -> None:
        for device, data_dir in enumerate(self.devices):
            shown = Journal(data_dir).entries()
            ids = [entry.id for entry in shown]
            assert len(ids) == len(set(ids)), "an entry is shown twice"
            assert self.saved[device] <= set(ids), "an entry this device saved is hidden"
            assert self.seen[device] <= set(ids), "an entry shown before is hidden"
            for entry in shown:
                assert entry == self.written.get(entry.id, entry)
            self.seen[device].update(ids)


def test_devices_sharing_a_journal_through_a_sync_tool_agree_and_lose_nothing(
    record_property: Callable[[str, object], None],
) -> None:
    STEPS_TAKEN.clear()
    run = settings(
        max_examples=EXAMPLES,
        stateful_step_count=30,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )(SyncMachine)
    run.TestCase().runTest()
    record_property("sync_steps", len(STEPS_TAKEN))
    assert len(STEPS_TAKEN) >= EXAMPLES, "the machine took too few steps to mean anything"
