"""The services of one open workspace, bundled for the window and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from translator_app.formats.limits import Limits
from translator_app.services.actor import Actor
from translator_app.services.editing import EditingService
from translator_app.services.exporting import ExportService
from translator_app.services.glossary import GlossaryService
from translator_app.services.handoff import HandoffServices
from translator_app.services.importing import ImportService
from translator_app.services.live import ChangeFeed, Presence
from translator_app.services.memory import MemoryService
from translator_app.services.mt_account import MtServices
from translator_app.services.releases import ReleaseCreation, ReleaseQueries
from translator_app.services.review import ReviewService
from translator_app.services.review_tools import ReviewTools


@dataclass
class Workspace:
    """What a front end needs: who is acting, where the data lives, and the use cases."""

    actor: Actor
    location: str
    releases: ReleaseQueries
    creation: ReleaseCreation
    editing: EditingService
    review: ReviewService
    importing: ImportService
    exporting: ExportService
    memory: MemoryService
    glossary: GlossaryService
    mt: MtServices
    """Pre-translation, MT suggestions and the DeepL account (a missing key is found on first use)."""
    reviewing: ReviewTools
    """QA, comment threads, history and revert, sign-off."""
    handoff: HandoffServices
    """Merge of returned XLIFF files and review tables, re-import of an updated source."""
    notices: list[str] = field(default_factory=list)
    changes: ChangeFeed | None = None
    """What other desktops commit, as it happens (a team server; None on a one-person workspace). Not
    started: the window starts it once it has subscribed."""
    presence: Presence | None = None
    """Which segment each desktop has open (a team server only)."""
    _close: Callable[[], None] = lambda: None

    @property
    def identity_from_server(self) -> bool:
        """True when the login and role were read from a team server (the window shows "(from server)" and
        offers no role to choose)."""
        return self.actor.from_server

    def close(self) -> None:
        self._close()

    def set_limits(self, limits: Limits) -> None:
        """Apply new input limits (Preferences) to every service that reads a file."""
        self.importing.limits = limits
        self.glossary.limits = limits
        self.handoff.merging.limits = limits
        self.handoff.updating.limits = limits
