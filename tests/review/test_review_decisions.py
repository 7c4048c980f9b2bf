"""Reviewer decisions through the services: role refusals, rejection with a reason and an MQM tag, the
round trip reject → edit → approve with its whole trail, and the QA gate with its override."""

from __future__ import annotations

import pytest
from tests.review.conftest import sid, tools

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import EventKind, Segment, SegmentStatus
from translator_app.domain.qa import QaCode
from translator_app.domain.review import CommentKind, ErrorCategory, ErrorSeverity
from translator_app.domain.terms import Term
from translator_app.domain.word_diff import Change, rebuild
from translator_app.services.workspace import Workspace

CONTACT_OK = "Contact: presse@horizon-bleu.example, +33 4 72 00 11 22"
CONTACT_RETYPED = "Contact: press@horizon-bleu.example, +33 4 72 00 11 22"


def test_a_translators_approval_and_rejection_are_refused_in_the_service(
    translator: Workspace, segments: list[Segment]
) -> None:
    target = sid(segments[1])
    before = translator.editing.edit(
        target, "Horizon Bleu opens an office in Dakar", translator.actor, confirm=True
    ).segment
    for attempt in (
        lambda: translator.review.approve([target], translator.actor),
        lambda: translator.review.approve([target], translator.actor, override="I am sure"),
        lambda: translator.review.approve_all_clean(before.release_id or 0, translator.actor),
        lambda: translator.review.reject(target, "No", translator.actor),
        lambda: tools(translator).signoff.sign_off(before.release_id or 0, translator.actor),
    ):
        with pytest.raises(DomainError) as caught:
            attempt()
        assert caught.value.code is ErrorCode.ROLE_FORBIDDEN
    after = translator.releases.segment(target)
    assert (after.status, after.version) == (SegmentStatus.TRANSLATED, before.version)


@pytest.mark.parametrize("comment", ["", "   \n"])
def test_a_rejection_without_a_comment_is_refused(
    translator: Workspace, reviewer: Workspace, segments: list[Segment], comment: str
) -> None:
    target = sid(segments[1])
    translator.editing.edit(target, "Horizon Bleu opens an office in Dakar", translator.actor, confirm=True)
    with pytest.raises(DomainError) as caught:
        reviewer.review.reject(target, comment, reviewer.actor, ErrorCategory.ACCURACY, ErrorSeverity.MAJOR)
    assert caught.value.code is ErrorCode.COMMENT_REQUIRED
    assert reviewer.releases.segment(target).status is SegmentStatus.TRANSLATED
    assert tools(reviewer).comments.comments(target) == []


def test_reject_then_edit_then_approve_leaves_the_whole_trail(
    translator: Workspace, reviewer: Workspace, segments: list[Segment]
) -> None:
    target = sid(segments[1])
    translator.editing.edit(target, "Blue Horizon opens an office in Dakar", translator.actor, confirm=True)
    reason = "Keep the name: Horizon Bleu"
    reviewer.review.reject(target, reason, reviewer.actor, ErrorCategory.TERMINOLOGY, ErrorSeverity.MINOR)
    assert tools(translator).comments.rejection(target) is not None
    translator.editing.edit(target, "Horizon Bleu opens an office in Dakar", translator.actor, confirm=True)
    assert tools(translator).comments.rejection(target) is None
    reviewer.review.approve([target], reviewer.actor)

    history = tools(reviewer).history.history(target)
    trail = [(e.event.kind, e.event.old, e.event.new, e.event.user, e.event.role) for e in history]
    assert trail == [
        (EventKind.TARGET, "", "Blue Horizon opens an office in Dakar", "ana", "translator"),
        (EventKind.STATUS, "new", "translated", "ana", "translator"),
        (EventKind.STATUS, "translated", "rejected", "rui", "reviewer"),
        (
            EventKind.TARGET,
            "Blue Horizon opens an office in Dakar",
            "Horizon Bleu opens an office in Dakar",
            "ana",
            "translator",
        ),
        (EventKind.STATUS, "rejected", "translated", "ana", "translator"),
        (EventKind.STATUS, "translated", "approved", "rui", "reviewer"),
    ]
    assert history[2].event.comment == reason
    diff = history[3].diff
    assert [(p.change.value, p.text.strip()) for p in diff if p.change.value != "equal"] == [
        ("deleted", "Blue"),
        ("inserted", "Bleu"),
    ]
    assert rebuild(diff, Change.DELETED) == "Blue Horizon opens an office in Dakar"
    assert rebuild(diff, Change.INSERTED) == "Horizon Bleu opens an office in Dakar"
    [comment] = tools(reviewer).comments.comments(target)
    assert (comment.kind, comment.category, comment.severity, comment.author, comment.text) == (
        CommentKind.REJECTION,
        ErrorCategory.TERMINOLOGY,
        ErrorSeverity.MINOR,
        "rui",
        reason,
    )
    assert not any(entry.override for entry in history)


def test_a_qa_error_blocks_approval_until_overridden_with_a_reason(
    translator: Workspace, reviewer: Workspace, segments: list[Segment]
) -> None:
    contact, title = sid(segments[4]), sid(segments[1])
    translator.editing.edit(title, "Horizon Bleu opens an office in Dakar", translator.actor, confirm=True)
    translator.editing.edit(contact, CONTACT_RETYPED, translator.actor, confirm=True)
    found = tools(reviewer).qa.check_segment(contact)
    assert [f.code for f in found if f.blocking] == [QaCode.EMAIL_MISSING]

    with pytest.raises(DomainError) as caught:
        reviewer.review.approve([title, contact], reviewer.actor)
    assert caught.value.code is ErrorCode.QA_BLOCKED and caught.value.details["codes"] == "email-missing"
    assert reviewer.releases.segment(title).status is SegmentStatus.TRANSLATED  # all or nothing
    with pytest.raises(DomainError) as caught:
        reviewer.review.approve([contact], reviewer.actor, override="  ")
    assert caught.value.code is ErrorCode.OVERRIDE_REASON_REQUIRED
    assert reviewer.releases.segment(contact).status is SegmentStatus.TRANSLATED

    reason = "The press office asked for the short address"
    approved = reviewer.review.approve([title, contact], reviewer.actor, override=reason)
    assert [s.status for s in approved] == [SegmentStatus.APPROVED, SegmentStatus.APPROVED]
    approval = tools(reviewer).history.history(contact)[-1]
    assert approval.event.new == "approved" and approval.event.comment == reason and approval.override
    [note] = tools(reviewer).comments.comments(contact)
    assert (note.kind, note.text, note.author) == (CommentKind.OVERRIDE, reason, "rui")
    assert tools(reviewer).comments.comments(title) == []  # nothing to override there


def test_fixing_the_error_lets_the_segment_through_without_override(
    translator: Workspace, reviewer: Workspace, segments: list[Segment]
) -> None:
    contact = sid(segments[4])
    translator.editing.edit(contact, CONTACT_RETYPED, translator.actor, confirm=True)
    live = tools(translator).qa.check_text(contact, CONTACT_OK)
    assert [f for f in live if f.blocking] == []
    translator.editing.edit(contact, CONTACT_OK, translator.actor, confirm=True)
    assert reviewer.review.approve([contact], reviewer.actor)[0].status is SegmentStatus.APPROVED


def test_batch_approval_holds_back_segments_with_qa_errors(
    translator: Workspace, reviewer: Workspace, segments: list[Segment]
) -> None:
    title, contact = sid(segments[1]), sid(segments[4])
    release_id = segments[1].release_id or 0
    translator.editing.edit(title, "Horizon Bleu opens an office in Dakar", translator.actor, confirm=True)
    translator.editing.edit(contact, CONTACT_RETYPED, translator.actor, confirm=True)
    batch = reviewer.review.approve_all_clean(release_id, reviewer.actor)
    assert [s.id for s in batch.approved] == [title]
    assert [(h.segment_id, h.number, [f.code for f in h.findings]) for h in batch.held] == [
        (contact, 5, [QaCode.EMAIL_MISSING])
    ]
    assert reviewer.releases.segment(contact).status is SegmentStatus.TRANSLATED


def test_a_forbidden_glossary_variant_blocks_approval(
    translator: Workspace, reviewer: Workspace, segments: list[Segment]
) -> None:
    reviewer.glossary.add(
        Term("fr", "en", "Fondation Horizon Bleu", "Horizon Bleu Foundation", forbidden=("Blue Horizon",)),
        reviewer.actor,
    )
    title = sid(segments[1])
    translator.editing.edit(title, "Blue Horizon opens an office in Dakar", translator.actor, confirm=True)
    typed = tools(translator).qa.check_text(title, "The Blue Horizon opens an office in Dakar")
    assert [(f.code, f.start, f.end) for f in typed if f.blocking] == [(QaCode.TERM_FORBIDDEN, 4, 16)]
    with pytest.raises(DomainError) as caught:
        reviewer.review.approve([title], reviewer.actor)
    assert caught.value.details["codes"] == "term-forbidden"
    translator.editing.edit(
        title, "Horizon Bleu Foundation opens an office in Dakar", translator.actor, confirm=True
    )
    assert reviewer.review.approve([title], reviewer.actor)[0].status is SegmentStatus.APPROVED


def test_comment_threads_are_added_listed_and_resolved(
    translator: Workspace, reviewer: Workspace, segments: list[Segment]
) -> None:
    target = sid(segments[3])
    comments = tools(translator).comments
    first = comments.add(target, "Is “Mme” Ms or Mrs here?", translator.actor)
    reply = tools(reviewer).comments.add(target, "Ms.", reviewer.actor, reply_to=first.id)
    other = comments.add(target, "Quote marks to check", translator.actor)
    with pytest.raises(DomainError) as caught:
        comments.add(target, "Style", translator.actor, category=ErrorCategory.STYLE)
    assert caught.value.code is ErrorCode.ROLE_FORBIDDEN
    with pytest.raises(DomainError):
        comments.add(sid(segments[2]), "Elsewhere", translator.actor, reply_to=first.id)

    threads = comments.threads(target)
    assert [[c.text for c in t.comments] for t in threads] == [
        ["Is “Mme” Ms or Mrs here?", "Ms."],
        ["Quote marks to check"],
    ]
    assert first.id is not None
    resolved = comments.resolve(first.id, translator.actor)
    assert [c.id for c in resolved] == [first.id, reply.id]
    assert all(c.resolved and c.resolved_by == "ana" and c.resolved_at is not None for c in resolved)
    threads = comments.threads(target)
    assert [t.resolved for t in threads] == [True, False]
    assert other.id is not None and not comments.comments(target)[-1].resolved
    comments.resolve(first.id, translator.actor, resolved=False)
    assert not any(c.resolved for c in comments.comments(target))
