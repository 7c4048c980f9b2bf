"""The text being typed, kept in a small file on every short pause, so that a crash loses at most a second.

The window stores typing as a draft when the user leaves a segment, pauses a while, switches release or quits.
Between those moments the text lives only in the editor; this journal holds it on disk too, written on every
short pause in typing (and at least once a second while typing goes on). A normal end clears it. After a
crash (``kill -9``, a power cut) the next start finds it and offers the text back. One file per workspace,
beside the user's settings; it holds the text only, never a credential.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

#: The version of an entry whose text a conflict held: it was typed over a version no longer known, so
#: restoring it always shows the stored version beside it.
UNKNOWN_VERSION = 0


@dataclass(frozen=True)
class UnsavedText:
    """Text typed in a segment and not stored: where, over which stored version, and the text."""

    release_id: int
    segment_id: int
    version: int
    text: str


class TypingJournal:
    """One entry at most: the segment being typed in."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_workspace(cls, folder: Path, location: str) -> TypingJournal:
        """The journal of the workspace at ``location`` (two workspaces never share one)."""
        key = hashlib.sha1(location.encode("utf-8")).hexdigest()[:12]
        return cls(folder / f"unsaved-typing-{key}.json")

    def write(self, entry: UnsavedText) -> None:
        """Replace the entry atomically (a crash mid-write leaves the previous one, never half a file)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(entry), ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.path)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)

    def read(self) -> UnsavedText | None:
        """The entry left behind, or None (none, or a file that is not one)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return UnsavedText(
                int(data["release_id"]), int(data["segment_id"]), int(data["version"]), str(data["text"])
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
