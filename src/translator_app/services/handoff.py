"""The hand-off use cases bundled for the front ends: merge a returned file, update a release's source."""

from __future__ import annotations

from dataclasses import dataclass

from translator_app.formats.limits import Limits
from translator_app.services.handoff_ports import HandoffUnitOfWorkFactory
from translator_app.services.merging import MergeService
from translator_app.services.updating import UpdateService


@dataclass(frozen=True)
class HandoffServices:
    merging: MergeService
    updating: UpdateService


def build_handoff(uow: HandoffUnitOfWorkFactory, limits: Limits | None = None) -> HandoffServices:
    """Both services on one unit-of-work factory (the SQL one offers the revisions repository)."""
    return HandoffServices(merging=MergeService(uow, limits), updating=UpdateService(uow, limits))
