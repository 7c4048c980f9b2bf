"""How long the QA check run on each pause in typing takes (the live underlines in the target editor).

Run: ``.venv/bin/python bench/bench_live_qa.py``. A throwaway SQLite workspace holds a release and a glossary
of 500 terms; the check of a typed target (``QaService.check_text``: two small reads, the glossary matcher,
the checks on one sentence) is timed over 200 calls, next to the checks alone on the same sentence
(``domain.qa.check_segment``) as the baseline of the same run. Goal: well under 100 ms, so typing never waits.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from translator_app.app import open_workspace
from translator_app.domain.models import Block, Release, Role, Segment
from translator_app.domain.qa import check_segment
from translator_app.domain.terms import Term

SOURCE = "Écrivez à contact@horizon.org avant le 12 mai : la Fondation Horizon Bleu ouvre 3 bureaux."
TARGET = "Write to contakt@horizon.org before 13 May: the Blue Horizon Foundation opens 3 offices."
CALLS = 200


def median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(CALLS):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(f"sqlite:///{Path(folder) / 'bench.db'}", "bench", Role.TRANSLATOR)
        try:
            for n in range(500):
                workspace.glossary.add(Term("fr", "en", f"terme {n}", f"term {n}"), workspace.actor)
            workspace.glossary.add(
                Term("fr", "en", "Fondation Horizon Bleu", "Horizon Bleu Foundation"), workspace.actor
            )
            release = workspace.creation.create(
                Release("Bench", "fr", "en"), [Block(position=0)], [Segment(0, 0, SOURCE)]
            )
            segment_id = workspace.releases.segments(release.id)[0].id
            qa = workspace.reviewing.qa
            found = qa.check_text(segment_id, TARGET)
            service = median_ms(lambda: qa.check_text(segment_id, TARGET))
            domain = median_ms(lambda: check_segment(SOURCE, TARGET, "fr", "en"))
        finally:
            workspace.close()
    print(f"findings on the typed target: {sorted({f.code.value for f in found})}")
    print(f"check_text (service, {CALLS} calls): {service:7.2f} ms median")
    print(f"check_segment (the checks alone):   {domain:7.2f} ms median   ratio {service / domain:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
