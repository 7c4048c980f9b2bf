"""Where the editor's text came from follows the text, not the keys (Qt-free)."""

from __future__ import annotations

from translator_app.domain.models import HUMAN, Origin, OriginKind
from translator_app.ui.editing.text_origin import TextOrigin

MT = Origin(OriginKind.MT, provider="deepl")
FUZZY = Origin(OriginKind.TM, score=87)


def test_an_inserted_match_keeps_its_score_through_edits_and_undo_gives_the_opened_origin_back() -> None:
    origins = TextOrigin()
    origins.opened(7, "Machine text.", MT)
    assert origins.origin_for(7, "Machine text, edited.") is MT, "an MT draft post-edited stays MT"

    origins.inserted(7, "The office will coordinate six countries.", FUZZY)
    assert origins.origin_for(7, "The office will coordinate seven countries.") is FUZZY
    assert origins.origin_for(7, "Machine text.") is MT, "the insertion undone: the text it replaced"


def test_typing_afresh_after_clearing_is_the_translators_and_an_empty_target_has_no_origin() -> None:
    origins = TextOrigin()
    origins.opened(7, "", Origin())
    origins.inserted(7, "Six countries.", FUZZY)
    origins.cleared()
    assert origins.origin_for(7, "My own words.") == HUMAN
    assert origins.origin_for(7, "Six countries.") is FUZZY, "Ctrl+Z back to the match"
    assert origins.origin_for(7, "  ").kind is OriginKind.NONE
    assert origins.origin_for(8, "Another segment's text.") == HUMAN
