"""Reading an input file and writing an output file, with a failure turned into the app's error codes."""

from __future__ import annotations

from pathlib import Path

from translator_app.domain.errors import DomainError, ErrorCode, bad_input
from translator_app.formats import limits
from translator_app.formats.atomic import write_atomically


def read_input(path: Path) -> bytes:
    """The file's bytes; ``BAD_INPUT`` (``unreadable``) when it cannot be read, ``too-large`` (before
    reading it) when it is over the size limit in force."""
    try:
        if path.is_file():
            limits.check_size(path.stat().st_size, path.name)
        return path.read_bytes()
    except OSError as error:
        raise bad_input("unreadable", str(path), reason=error.strerror or str(error)) from None


def write_output(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; ``WRITE_FAILED`` when it cannot be written."""
    try:
        write_atomically(path, data)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise DomainError(ErrorCode.WRITE_FAILED, path=str(path), reason=reason) from None
