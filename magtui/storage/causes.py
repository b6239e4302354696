"""Why a file operation failed and what to do, in the person's words, from the error's number.

One sentence shape for every failed write ("...; your earlier data is unchanged — free some
space") sent people the wrong way: an export into a folder that does not exist was told to free
some space. The cause is in the error number, so each sentence names it.
"""

from __future__ import annotations

import errno

_CAUSES: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("the disk is full", "free some space, then try again"),
    errno.EDQUOT: ("the disk quota is used up", "free some space, then try again"),
    errno.EROFS: ("the disk is read-only", "choose a folder on a disk that can be written"),
    errno.EACCES: ("permission was refused", "check the folder's permissions"),
    errno.EPERM: ("permission was refused", "check the folder's permissions"),
    errno.ENOENT: ("the folder is not there", "check the folder exists, or choose another"),
    errno.ENOTDIR: ("part of the path is not a folder", "check the path, or choose another"),
    errno.ELOOP: (
        "a link is in the way where magtui keeps its own folder",
        "move the link away, or choose another data folder",
    ),
    errno.EIO: ("the disk reported an input/output error", "check the disk, then try again"),
}


def cause(error: OSError) -> str:
    """What went wrong, in a few words: 'the disk is full'."""
    known = _CAUSES.get(error.errno or 0)
    if known:
        return known[0]
    return (error.strerror or "an unknown error").lower()


def advice(error: OSError) -> str:
    """What the person can do about it: 'free some space, then try again'."""
    known = _CAUSES.get(error.errno or 0)
    if known:
        return known[1]
    return "free some space or check the folder's permissions"
