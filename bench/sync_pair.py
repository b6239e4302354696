"""Two real Syncthing instances on this machine sharing one journal folder between two magtui
data folders, with nothing allowed off the loopback address (issue: two devices, one journal).

Before either instance first starts, its configuration is generated and then edited: global
and local discovery, relays, NAT traversal (and with it STUN), usage and crash reporting and
upgrade checks off, the web interface off, and listening on a 127.0.0.1 port only; each
knows the other at a 127.0.0.1 address. The edited files are checked before the start, and
while the instances run, every socket they hold is checked to be on 127.0.0.1 at both ends.

Then `magtui log` writes on both sides, some pairs at the same moment, and the script waits
(at most `CONVERGE_LIMIT_SECONDS`) until both data folders show the same entries. It fails
(exit 1) if the views differ, any entry a side saved is missing, a `.sync-conflict-` copy of a
magtui file appeared, or a socket touched another address.

    python bench/sync_pair.py [ENTRIES_PER_SIDE]
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from magtui.domain.documents import document_of  # noqa: E402
from magtui.domain.history import current_view  # noqa: E402
from magtui.storage.journal import Journal  # noqa: E402

MAGTUI = str(Path(sys.executable).parent / "magtui")
ENTRIES_PER_SIDE = int(sys.argv[1]) if len(sys.argv) > 1 else 30
CONVERGE_LIMIT_SECONDS = 180
LOOPBACK = "127.0.0.1"
FOLDER_ID = "magtui-journal"
OFF = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "urSeen": "3",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
    "announceLANAddresses": "false",
    "stunKeepaliveStartS": "0",
    "stunKeepaliveMinS": "0",
}
"""Each option that could reach beyond this machine, and the value that keeps it here."""
EMPTIED = ("globalAnnounceServer", "stunServer", "urURL", "releasesURL", "crashReportingURL")
"""Addresses of Syncthing's public services, emptied so that nothing even names them."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def _generate(home: Path) -> str:
    """A key and a configuration, never started; returns the device's Syncthing id."""
    env = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1"}
    subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
        check=True,
        capture_output=True,
        env=env,
    )
    found = subprocess.run(
        ["syncthing", "serve", f"--home={home}", "--device-id"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return found.stdout.strip()


def _configure(home: Path, me: str, port: int, peer: str, peer_port: int, folder: Path) -> None:
    """Everything that could leave the machine off; the one shared folder, with the peer."""
    path = home / "config.xml"
    tree = ET.parse(path)
    config = tree.getroot()
    options = config.find("options")
    assert options is not None
    for name in (*OFF, *EMPTIED, "listenAddress"):
        for element in options.findall(name):
            options.remove(element)
    for name, value in OFF.items():
        ET.SubElement(options, name).text = value
    for name in EMPTIED:
        ET.SubElement(options, name).text = ""
    ET.SubElement(options, "listenAddress").text = f"tcp://{LOOPBACK}:{port}"
    gui = config.find("gui")
    assert gui is not None
    gui.set("enabled", "false")
    address = gui.find("address")
    assert address is not None
    address.text = f"{LOOPBACK}:{_free_port()}"
    for device in config.findall("device"):
        config.remove(device)
    for device_id, device_port in ((me, port), (peer, peer_port)):
        device = ET.SubElement(config, "device", id=device_id, name=device_id[:7])
        ET.SubElement(device, "address").text = f"tcp://{LOOPBACK}:{device_port}"
    shared = ET.Element(
        "folder",
        id=FOLDER_ID,
        label="magtui journal",
        path=str(folder),
        type="sendreceive",
        rescanIntervalS="10",
        fsWatcherEnabled="true",
        fsWatcherDelayS="1",
    )
    for device_id in (me, peer):
        ET.SubElement(shared, "device", id=device_id)
    config.insert(0, shared)
    tree.write(path)


def _check_configuration(home: Path, port: int, peer_port: int) -> list[str]:
    """What in the written configuration could reach beyond 127.0.0.1 (nothing, or it stops)."""
    config = ET.parse(home / "config.xml").getroot()
    options = config.find("options")
    assert options is not None
    wrong = [
        f"{name} is {options.findtext(name)!r}"
        for name, value in OFF.items()
        if [e.text for e in options.findall(name)] != [value]
    ]
    wrong += [f"{name} names an address" for name in EMPTIED if options.findtext(name)]
    listen = [e.text for e in options.findall("listenAddress")]
    if listen != [f"tcp://{LOOPBACK}:{port}"]:
        wrong.append(f"listens on {listen}")
    gui = config.find("gui")
    if gui is None or gui.get("enabled") != "false":
        wrong.append("the web interface is on")
    for device in config.findall("device"):
        addresses = [e.text or "" for e in device.findall("address")]
        if not addresses or not all(a.startswith(f"tcp://{LOOPBACK}:") for a in addresses):
            wrong.append(f"device {device.get('id', '')[:7]} is at {addresses}")
    return wrong


def _with_children(pids: list[int]) -> list[int]:
    """The processes and every process they started (Syncthing runs its work in a child)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found = set(pids)
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in found and pid not in found:
                found.add(pid)
                grew = True
    return sorted(found)


def _socket_inodes(pid: int) -> set[str]:
    found = set()
    with_fds = Path(f"/proc/{pid}/fd")
    for fd in with_fds.iterdir() if with_fds.exists() else ():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            found.add(target[8:-1])
    return found


def _hex_address(text: str) -> str:
    host, port = text.split(":")
    if len(host) == 8:
        address = socket.inet_ntop(socket.AF_INET, bytes.fromhex(host)[::-1])
    else:
        raw = bytes.fromhex(host)
        words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
        address = socket.inet_ntop(socket.AF_INET6, words)
    return f"{address}:{int(port, 16)}"


def _sockets_off_loopback(pids: list[int], seen: set[str]) -> list[str]:
    """Every internet socket the instances hold, as `local -> remote`, that is not loopback;
    each socket found is added to `seen`."""
    inodes = set().union(*(_socket_inodes(pid) for pid in _with_children(pids)))
    wrong = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path(f"/proc/net/{table}")
        for line in path.read_text().splitlines()[1:] if path.exists() else ():
            fields = line.split()
            if fields[9] not in inodes:
                continue
            local, remote = _hex_address(fields[1]), _hex_address(fields[2])
            seen.add(f"{table} {local} -> {remote}")
            ends = [local.rsplit(":", 1)[0]]
            if not remote.endswith(":0"):
                ends.append(remote.rsplit(":", 1)[0])
            if not all(end in (LOOPBACK, "::ffff:127.0.0.1") for end in ends):
                wrong.append(f"{table} {local} -> {remote}")
    return wrong


def _log(data_dir: Path, note: str) -> str | None:
    """One `magtui log note`; the id it said it saved, or None."""
    done = subprocess.run(
        [MAGTUI, "log", "note", "--note", note, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    found = re.search(r"\(id ([0-9a-f]+)\)", done.stdout)
    return found.group(1) if done.returncode == 0 and found else None


def _view(data_dir: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    entries = Journal(data_dir).entries()
    return [document_of(e) for e in entries], [document_of(e) for e in current_view(entries)]


def main() -> int:
    if shutil.which("syncthing") is None:
        print("syncthing is not installed: `make sync-test` installs it")
        return 1
    base = Path(tempfile.mkdtemp(prefix="magtui-sync-pair-"))
    sides = {name: base / name / "data" for name in ("a", "b")}
    homes = {name: base / name / "syncthing" for name in sides}
    ports = {name: _free_port() for name in sides}
    saved: dict[str, set[str]] = {name: set() for name in sides}
    processes: list[subprocess.Popen[bytes]] = []
    problems: list[str] = []
    try:
        for name, data_dir in sides.items():  # each data folder a device, before any sharing
            saved[name].add(_log(data_dir, f"{name}: before sharing") or "")
            (data_dir / "journal" / ".stfolder").mkdir()
        ids = {name: _generate(home) for name, home in homes.items()}
        for name, other in (("a", "b"), ("b", "a")):
            folder = sides[name] / "journal"
            _configure(homes[name], ids[name], ports[name], ids[other], ports[other], folder)
            problems += [f"{name}: {p}" for p in _check_configuration(homes[name], ports[name], 0)]
        if problems:
            print("configuration reaches beyond 127.0.0.1:", *problems, sep="\n  ")
            return 1
        env = {**os.environ, "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1"}
        for home in homes.values():
            processes.append(
                subprocess.Popen(
                    [
                        "syncthing",
                        "serve",
                        f"--home={home}",
                        "--no-browser",
                        "--no-restart",
                        "--no-upgrade",
                        f"--logfile={home / 'syncthing.log'}",
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    env=env,
                )
            )
        pids = [p.pid for p in processes]
        off_loopback: list[str] = []
        sockets: set[str] = set()
        checks = 0
        with ThreadPoolExecutor(max_workers=2) as pool:
            for number in range(ENTRIES_PER_SIDE):
                # Every third pair at the same moment, the rest one after the other.
                if number % 3 == 0:
                    notes = [(data_dir, f"{name}: {number}") for name, data_dir in sides.items()]
                    results = pool.map(lambda args: _log(*args), notes)
                    for name, found in zip(sides, results, strict=True):
                        saved[name].add(found or "")
                else:
                    for name, data_dir in sides.items():
                        saved[name].add(_log(data_dir, f"{name}: {number}") or "")
                off_loopback += _sockets_off_loopback(pids, sockets)
                checks += 1
        written = time.monotonic()
        converged = None
        everything = saved["a"] | saved["b"]
        while time.monotonic() - written < CONVERGE_LIMIT_SECONDS:
            off_loopback += _sockets_off_loopback(pids, sockets)
            checks += 1
            views = [_view(data_dir) for data_dir in sides.values()]
            ids_shown = [{str(d["id"]) for d in documents} for documents, _ in views]
            if views[0] == views[1] and all(everything <= shown for shown in ids_shown):
                converged = time.monotonic() - written
                break
            time.sleep(1)
        conflicts = [p for d in sides.values() for p in d.rglob("*.sync-conflict-*")]
        lost = everything - {str(d["id"]) for d in _view(sides["a"])[0]}
        print(f"  entries written per side: {ENTRIES_PER_SIDE + 1} (a third of them at once)")
        print(f"  entries in all: {len(everything)}; failed saves: {'' in everything}")
        if converged is None:
            print(f"  seconds to converge: did not within {CONVERGE_LIMIT_SECONDS} s  MISS")
        else:
            print(f"  seconds to converge: {converged:.1f} (limit {CONVERGE_LIMIT_SECONDS})")
        print(f"  conflict copies of magtui files: {len(conflicts)} (target 0)")
        print(f"  lost: {len(lost)} (target 0)")
        print(
            f"  socket checks: {checks}; sockets seen: {len(sockets)}; "
            f"off 127.0.0.1: {len(set(off_loopback))} (target 0)"
        )
        for line in sorted(set(off_loopback)):
            print(f"    {line}")
        ok = converged is not None and not conflicts and not lost and not off_loopback
        ok = ok and "" not in everything
        print(f"  two Syncthing devices, one journal: {'meets' if ok else 'MISS'}")
        return 0 if ok else 1
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
