"""The status rules, as the CLI, the window and storage all apply them."""

import pytest

from translator_app.domain import workflow
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Origin, OriginKind, Role, Segment, SegmentStatus

S = SegmentStatus


def seg(status: SegmentStatus, translatable: bool = True) -> Segment:
    return Segment(
        position=0,
        block=0,
        source="Bonjour.",
        target="Hello." if status != S.NEW else "",
        status=status,
        translatable=translatable,
        id=7,
    )


@pytest.mark.parametrize(
    ("current", "confirm", "expected"),
    [
        (S.NEW, False, S.DRAFT),
        (S.DRAFT, True, S.TRANSLATED),
        (S.REJECTED, False, S.DRAFT),
        (S.REJECTED, True, S.TRANSLATED),
        (S.APPROVED, False, S.TRANSLATED),
        (S.APPROVED, True, S.TRANSLATED),
        (S.TRANSLATED, False, S.TRANSLATED),
    ],
)
def test_status_after_edit(current: SegmentStatus, confirm: bool, expected: SegmentStatus) -> None:
    assert workflow.status_after_edit(current, "Hello.", confirm) is expected


def test_clearing_the_target_makes_it_new_and_cannot_be_confirmed() -> None:
    assert workflow.status_after_edit(S.DRAFT, "  ", confirm=False) is S.NEW
    with pytest.raises(DomainError) as caught:
        workflow.status_after_edit(S.DRAFT, "", confirm=True)
    assert caught.value.code is ErrorCode.EMPTY_TARGET


def test_only_reviewers_approve_or_reject() -> None:
    assert workflow.may(Role.REVIEWER, workflow.Action.APPROVE)
    assert not workflow.may(Role.TRANSLATOR, workflow.Action.APPROVE)
    assert not workflow.may(Role.TRANSLATOR, workflow.Action.REJECT)
    with pytest.raises(DomainError) as caught:
        workflow.check(seg(S.TRANSLATED), workflow.Action.APPROVE, Role.TRANSLATOR)
    assert caught.value.code is ErrorCode.ROLE_FORBIDDEN


@pytest.mark.parametrize("status", [S.NEW, S.DRAFT, S.APPROVED])
def test_approval_needs_a_confirmed_translation(status: SegmentStatus) -> None:
    with pytest.raises(DomainError) as caught:
        workflow.check(seg(status), workflow.Action.APPROVE, Role.REVIEWER)
    assert caught.value.code is ErrorCode.TRANSITION_NOT_ALLOWED


def test_untranslatable_segments_cannot_be_approved() -> None:
    with pytest.raises(DomainError) as caught:
        workflow.check(seg(S.TRANSLATED, translatable=False), workflow.Action.APPROVE, Role.REVIEWER)
    assert caught.value.code is ErrorCode.NOT_TRANSLATABLE


def test_rejection_needs_a_comment() -> None:
    with pytest.raises(DomainError) as caught:
        workflow.require_comment("   ")
    assert caught.value.code is ErrorCode.COMMENT_REQUIRED
    assert workflow.require_comment("  wrong date ") == "wrong date"


@pytest.mark.parametrize(
    ("code", "origin"),
    [
        ("tm:87", Origin(OriginKind.TM, score=87)),
        ("mt:deepl", Origin(OriginKind.MT, provider="deepl")),
        ("human", Origin(OriginKind.HUMAN)),
        ("none", Origin()),
    ],
)
def test_origin_codes_round_trip(code: str, origin: Origin) -> None:
    assert Origin.parse(code) == origin
    assert origin.code() == code
