"""A TMX of many generated units, written to disk: what a long memory import (and its Cancel) is tried on."""

from __future__ import annotations

from pathlib import Path


def write_big_tmx(path: Path, count: int) -> Path:
    """``count`` fr→en units, each different, in one TMX 1.4 file at ``path``."""
    units = "".join(
        f'<tu><tuv xml:lang="fr"><seg>Phrase numéro {n} du communiqué.</seg></tuv>'
        f'<tuv xml:lang="en"><seg>Sentence number {n} of the release.</seg></tuv></tu>'
        for n in range(count)
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="fr" segtype="sentence" '
        'datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>'
        f"<body>{units}</body></tmx>",
        encoding="utf-8",
    )
    return path
