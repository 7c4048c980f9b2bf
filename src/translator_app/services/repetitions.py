"""Repetitions: identical translatable sources in one release (the rule lives in the domain)."""

from __future__ import annotations

from translator_app.domain.repetitions import repetition_key

__all__ = ["repetition_key"]
