"""The sample release that `make run` and the self-test open, found in a checkout or an installed bundle."""

from __future__ import annotations

import sys
from pathlib import Path

SAMPLE_NAME = "communique_fr.txt"


def samples_folder() -> Path:
    """``resources/samples`` beside the source tree, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "samples"
    return Path(__file__).resolve().parents[2] / "resources" / "samples"


def sample_release() -> Path:
    return samples_folder() / SAMPLE_NAME
