"""Protected inline tags: found, stripped and checked between source and target."""

from translator_app.domain.tags import TagKind, TagProblem, check_tags, find_tags, strip_tags

SOURCE = "La <g1>Fondation</g1> publie son <g2>rapport</g2><x3/>."


def test_tags_are_found_in_order_with_their_kind() -> None:
    tags = find_tags(SOURCE)
    assert [(t.kind, t.number) for t in tags] == [
        (TagKind.OPEN, 1),
        (TagKind.CLOSE, 1),
        (TagKind.OPEN, 2),
        (TagKind.CLOSE, 2),
        (TagKind.STANDALONE, 3),
    ]
    assert SOURCE[tags[0].start : tags[0].end] == "<g1>"


def test_look_alikes_stay_text() -> None:
    assert find_tags("a <g1/> b </x2> c <b>") == []
    assert strip_tags("x < y <g1>and</g1> z") == "x < y and z"


def test_a_faithful_target_has_no_findings() -> None:
    assert check_tags(SOURCE, "The <g1>Foundation</g1> publishes its <g2>report</g2><x3/>.") == []


def test_missing_extra_unbalanced_and_reordered_tags_are_reported() -> None:
    problems = {f.problem for f in check_tags(SOURCE, "The <g1>Foundation publishes its report<x4/>.")}
    assert problems >= {TagProblem.MISSING, TagProblem.EXTRA, TagProblem.UNBALANCED}
    reordered = check_tags(SOURCE, "Its <g2>report</g2> is out, says the <g1>Foundation</g1><x3/>.")
    assert [f.problem for f in reordered] == [TagProblem.ORDER]
