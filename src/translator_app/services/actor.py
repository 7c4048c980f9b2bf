"""Who is acting: every change is recorded in their name and checked against their role."""

from __future__ import annotations

from dataclasses import dataclass

from translator_app.domain.models import Role


@dataclass(frozen=True)
class Actor:
    user: str
    role: Role
