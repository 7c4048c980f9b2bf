"""The review use cases beyond approve and reject, bundled for the workspace: QA, comments, history,
sign-off."""

from __future__ import annotations

from dataclasses import dataclass

from translator_app.domain.qa import QaOptions
from translator_app.services.comments import CommentService
from translator_app.services.history import HistoryService
from translator_app.services.ports import UnitOfWorkFactory
from translator_app.services.qa import QaService
from translator_app.services.signoff import SignoffService


@dataclass(frozen=True)
class ReviewTools:
    qa: QaService
    comments: CommentService
    history: HistoryService
    signoff: SignoffService


def build_review_tools(uow: UnitOfWorkFactory, qa_options: QaOptions | None = None) -> ReviewTools:
    return ReviewTools(
        qa=QaService(uow, qa_options),
        comments=CommentService(uow),
        history=HistoryService(uow),
        signoff=SignoffService(uow),
    )
