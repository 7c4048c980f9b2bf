"""The billing bench holds: on the sample release nothing is billed twice (bench/bench_deepl_billing.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_deepl_billing.py"


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_deepl_billing", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_rerun_unrelated_glossary_change_and_inapplicable_formality_bill_nothing(tmp_path: Path) -> None:
    runs = {run.label.split()[0]: run for run in load_bench().measure(tmp_path)}
    first = runs["1"]
    assert first.billed > 0 and first.report.billed_characters == first.billed
    for name in ("2", "3", "4", "6"):  # re-run, unrelated glossary change, formality en lacks, colleague
        run = runs[name]
        assert (run.billed, run.sent, run.report.from_cache) == (0, (), first.report.from_mt), run.label
    assert runs["4"].report.formality.not_applicable
    changed = runs["5"]  # only the sentences holding the corrected term go again
    assert changed.sent and all("cliniques mobiles" in text.lower() for text in changed.sent)
    assert 0 < changed.billed < first.billed
