"""How long an import takes: the real seed in-process, and a 10,000-paragraph document as text and Markdown.

Run: ``.venv/bin/python bench/bench_import.py``. Figures are medians of several runs; compare them within
one run, the machine is shared. Parsing and storing are timed apart so a regression shows where it is. The
Markdown parse of 10,000 paragraphs with emphasis and links (about 1.5 s on a laptop) is given with its ratio
to the plain-text parse of the same number of paragraphs, measured in the same run.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from translator_app.app import open_workspace
from translator_app.domain.models import Role
from translator_app.formats.registry import get_format

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
PARAGRAPH = (
    "Lyon, 4 février – La Fondation Horizon Bleu a inauguré son bureau régional de Dakar, où douze personnes "
    "coordonneront des programmes d'accès à l'eau potable dans six pays. « Nous serons plus proches des "
    "communautés », a déclaré Mme Diallo. Contact : presse@horizon-bleu.example, +33 4 72 00 11 22.\n\n"
)


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


MARKDOWN_PARAGRAPH = (
    "La **Fondation Alpina** annonce un [programme](https://alpina.example/p) pour les écoles. "
    "Il commence le 3 mars à Genève."
)


def bench_markdown(text_ms: float, repeat: int = 3) -> None:
    """Parse 10,000 Markdown paragraphs (emphasis, links): the time, and the ratio to the text parse."""
    body = "\n\n".join(f"{MARKDOWN_PARAGRAPH} ({n})" for n in range(10_000))
    data = ("# Titre\n\n" + body + "\n").encode("utf-8")
    markdown = get_format("markdown")
    parsed = markdown.parse(data, "big.md", "fr")
    assert len(parsed.blocks) == 10_001, len(parsed.blocks)
    spent = median_ms(lambda: markdown.parse(data, "big.md", "fr"), repeat)
    print(
        f"{'10,000 paragraphs (Markdown)':<32} {len(data):>10,} B {len(parsed.segments):>8,} seg  "
        f"parse {spent:9.1f} ms  ({spent / text_ms:.1f}x the text parse)"
    )


def bench(label: str, data: bytes, name: str, repeat: int) -> float:
    text_format = get_format("text")
    parse = median_ms(lambda: text_format.parse(data, name, "fr"), repeat)
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(f"sqlite:///{folder}/bench.db", "bench", Role.TRANSLATOR)
        try:
            full = median_ms(
                lambda: workspace.importing.import_bytes(data, name, "fr", "en", workspace.actor), repeat
            )
            segments = len(text_format.parse(data, name, "fr").segments)
        finally:
            workspace.close()
    print(f"{label:<32} {len(data):>10,} B {segments:>8,} seg  parse {parse:9.1f} ms  import {full:9.1f} ms")
    return parse


def main() -> int:
    seeds = sorted(SEEDS.glob("*.txt"))
    if seeds:
        bench("real seed (in-process, SQLite)", seeds[0].read_bytes(), seeds[0].name, repeat=15)
    else:
        print(f"no seed at {SEEDS}: skipping the seed figure", file=sys.stderr)
    big = ("Communiqué : dix mille paragraphes\n\n" + PARAGRAPH * 10_000).encode("utf-8")
    text_ms = bench("10,000 paragraphs (SQLite)", big, "big.txt", repeat=3)
    bench_markdown(text_ms)
    return 0


if __name__ == "__main__":
    sys.exit(main())
