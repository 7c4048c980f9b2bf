"""Segment statuses and who may move a segment from which status to which.

The rules live here as data so that the CLI, the window and the database layer apply the same ones:
``new → draft → translated → approved | rejected``; only reviewers approve or reject, a rejection needs a
comment, and editing an approved segment sends it back to ``translated``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Role, Segment, SegmentStatus

S = SegmentStatus


class Action(StrEnum):
    EDIT = "edit"
    CONFIRM = "confirm"
    APPROVE = "approve"
    REJECT = "reject"


@dataclass(frozen=True)
class Rule:
    """An action allowed from some statuses, for some roles."""

    action: Action
    from_statuses: frozenset[SegmentStatus]
    roles: frozenset[Role]


ALL_ROLES = frozenset(Role)
REVIEWERS = frozenset({Role.REVIEWER})

RULES: dict[Action, Rule] = {
    Action.EDIT: Rule(Action.EDIT, frozenset(S), ALL_ROLES),
    Action.CONFIRM: Rule(Action.CONFIRM, frozenset(S), ALL_ROLES),
    Action.APPROVE: Rule(Action.APPROVE, frozenset({S.TRANSLATED, S.REJECTED}), REVIEWERS),
    Action.REJECT: Rule(Action.REJECT, frozenset({S.TRANSLATED, S.APPROVED}), REVIEWERS),
}

CONFIRMED = frozenset({S.TRANSLATED, S.APPROVED})


def may(role: Role, action: Action) -> bool:
    """Whether a role may ever take an action (the window greys out what it may not)."""
    return role in RULES[action].roles


def check(segment: Segment, action: Action, role: Role) -> None:
    """Raise a :class:`DomainError` when ``role`` may not take ``action`` on ``segment`` now."""
    rule = RULES[action]
    if role not in rule.roles:
        raise DomainError(ErrorCode.ROLE_FORBIDDEN, action=action.value, role=role.value, segment=segment.id)
    if not segment.translatable:
        raise DomainError(ErrorCode.NOT_TRANSLATABLE, segment=segment.id)
    if segment.status not in rule.from_statuses:
        raise DomainError(
            ErrorCode.TRANSITION_NOT_ALLOWED,
            action=action.value,
            status=segment.status.value,
            segment=segment.id,
        )


def status_after_edit(current: SegmentStatus, target: str, confirm: bool) -> SegmentStatus:
    """The status a segment takes when its target is set to ``target``.

    Confirming needs a non-empty target. An unconfirmed edit leaves a draft, except that an approved or
    translated segment goes back to ``translated``: a confirmed translation does not silently become a draft,
    and an approved one must be reviewed again.
    """
    if not target.strip():
        if confirm:
            raise DomainError(ErrorCode.EMPTY_TARGET)
        return S.NEW
    if confirm or current in CONFIRMED:
        return S.TRANSLATED
    return S.DRAFT


def status_after(action: Action) -> SegmentStatus:
    """The status a review action leads to."""
    if action is Action.APPROVE:
        return S.APPROVED
    if action is Action.REJECT:
        return S.REJECTED
    raise ValueError(f"{action} has no fixed resulting status; use status_after_edit")


def require_comment(comment: str | None) -> str:
    """A rejection must say why."""
    text = (comment or "").strip()
    if not text:
        raise DomainError(ErrorCode.COMMENT_REQUIRED)
    return text
