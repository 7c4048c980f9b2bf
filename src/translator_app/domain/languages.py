"""Language codes as releases, dictionaries and services name them (``fr``, ``fr-CH``, ``pt_BR``)."""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"[-_]")


def base_language(code: str) -> str:
    """The primary language subtag, lower case: ``fr-CH`` → ``fr``, ``pt_BR`` → ``pt``, ``EN`` → ``en``."""
    return _SEPARATOR.split(code.strip().lower(), maxsplit=1)[0]
