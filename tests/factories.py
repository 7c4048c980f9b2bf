"""Small builders for tests: a release of a few segments stored through the real services."""

from __future__ import annotations

from translator_app.domain.models import Block, Release, Segment, SegmentKind
from translator_app.services.workspace import Workspace

PRESS_RELEASE_FR = [
    ("Accueil", False, SegmentKind.OTHER),
    ("La Fondation Horizon Bleu ouvre un bureau à Dakar", True, SegmentKind.TITLE),
    (
        "Lyon/Dakar, 4 février – La Fondation Horizon Bleu a inauguré son bureau régional.",
        True,
        SegmentKind.PARAGRAPH,
    ),
    ("« Nous serons plus proches des communautés », a déclaré Mme Diallo.", True, SegmentKind.QUOTE),
    ("Contact : presse@horizon-bleu.example, +33 4 72 00 11 22", True, SegmentKind.PARAGRAPH),
]


def add_release(workspace: Workspace, title: str = "Horizon Bleu à Dakar") -> tuple[Release, list[Segment]]:
    """Store a five-segment French release (one menu line untranslatable) and return its segments."""
    blocks = [Block(position=i, kind=kind) for i, (_, _, kind) in enumerate(PRESS_RELEASE_FR)]
    segments = [
        Segment(position=i, block=i, source=text, kind=kind, translatable=translatable, separator="\n")
        for i, (text, translatable, kind) in enumerate(PRESS_RELEASE_FR)
    ]
    release = workspace.creation.create(
        Release(
            title=title, source_lang="fr", target_lang="en", format="text", created_by=workspace.actor.user
        ),
        blocks,
        segments,
    )
    assert release.id is not None
    return release, workspace.releases.segments(release.id)
