"""Scraped web text: navigation kept untranslated, the release cut into sentences, rebuilt exactly."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from translator_app.domain.models import Release, Segment, SegmentKind
from translator_app.domain.segmentation import unwrap_lines
from translator_app.formats.text import ParsedDocument, TextFormat, parse_text, render_text

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "communique_fr.txt"
SCRAPED = [("scraped_fr.txt", "fr"), ("scraped_en.txt", "en"), ("scraped_es.txt", "es")]


def joined(doc: ParsedDocument) -> str:
    return "".join(segment.source + segment.separator for segment in doc.segments)


def by_source(doc: ParsedDocument, start: str) -> Segment:
    return next(segment for segment in doc.segments if segment.source.startswith(start))


def seed_text() -> str:
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the seeds folder {SEEDS} is missing")
        pytest.skip(f"no seeds folder at {SEEDS}")
    return (SEEDS / "000_998b3c262dfdf459.txt").read_text(encoding="utf-8")


def test_real_scraped_release() -> None:
    text = seed_text()
    doc = parse_text(text, "fr")
    assert joined(doc) == text and doc.skeleton == ""
    assert doc.title.startswith("Renforcer la résilience dans les pays fragiles")
    assert [s.position for s in doc.segments] == list(range(len(doc.segments)))

    heading = doc.segments[2]
    assert (heading.source, heading.kind, heading.translatable, heading.separator) == (
        "Qui sommes nous",
        SegmentKind.HEADING,
        False,
        "",
    )
    assert doc.segments[3].source.startswith("L'Organisation internationale")
    assert doc.segments[3].block == heading.block + 1
    item = by_source(doc, "Structure organisationnelle")
    assert (item.kind, item.translatable) == (SegmentKind.LIST_ITEM, False)
    assert doc.segments[item.position - 1].separator == "\n- "

    title = by_source(doc, "Renforcer la résilience")
    assert (title.kind, title.translatable) == (SegmentKind.TITLE, True)
    assert not any(s.translatable for s in doc.segments[: title.position])
    dateline = doc.segments[title.position + 1]
    assert dateline.source.startswith("Genève/Séoul, 11 mars – L’Organisation internationale")
    assert dateline.source.endswith("pays fragiles et en conflit.")

    quote = by_source(doc, "« L'OIM apprécie grandement")
    assert quote.kind is SegmentKind.QUOTE and quote.source.endswith("le peuple coréen.")
    assert by_source(doc, "Nous investissons").source.endswith(
        "a déclaré Amy Pope, directrice générale de l'OIM."
    )
    assert by_source(doc, "***").translatable is False
    contact = doc.segments[-1]
    assert contact.source == "Jieun Lee, email : jilee@iom.int, +82 70 4820 2648"
    assert contact.translatable and contact.separator == ""

    exported = render_text(doc.segments)
    assert exported.startswith("Renforcer la résilience")
    assert "Qui sommes nous" not in exported and "***" not in exported
    assert render_text(doc.segments, keep_untranslatable=True) == text


@pytest.mark.parametrize(("name", "lang"), SCRAPED)
def test_own_scraped_releases(name: str, lang: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    doc = parse_text(text, lang)
    assert joined(doc) == text
    first = next(s for s in doc.segments if s.translatable)
    assert first.kind is SegmentKind.TITLE and first.source == doc.title
    assert not any(s.translatable for s in doc.segments[: first.position])
    assert sum(1 for s in doc.segments if s.kind is SegmentKind.HEADING and not s.translatable) == 2
    assert [s.kind for s in doc.segments if s.kind is SegmentKind.QUOTE]
    body = doc.segments[first.position + 1]
    assert "/" in body.source.split(",")[0] and body.source.endswith(".")
    assert doc.segments[-1].translatable and "@" in doc.segments[-1].source


def test_english_abbreviations_inside_the_release() -> None:
    doc = parse_text((FIXTURES / "scraped_en.txt").read_text(encoding="utf-8"), "en")
    assert by_source(doc, "Mr. Tom Reid").source.endswith("St. Andrews Marine Institute.")
    assert by_source(doc, "The centre cost £2.4 million, i.e. about").source.endswith("40 harbour towns.")
    assert (
        by_source(doc, '"We tested it').source
        == '"We tested it during the January storm. It worked," said Mr. Reid.'
    )


def test_spanish_questions_and_abbreviations() -> None:
    doc = parse_text((FIXTURES / "scraped_es.txt").read_text(encoding="utf-8"), "es")
    assert by_source(doc, "¿Cuánto").source == "¿Cuánto tiempo esperaron los vecinos?"
    assert by_source(doc, "La obra costó").source.endswith("donantes de EE. UU. y de España.")


def test_hard_wrapped_mail_is_rejoined() -> None:
    text = (FIXTURES / "wrapped_en.txt").read_text(encoding="utf-8")
    doc = parse_text(text, "en")
    assert joined(doc) == text
    assert doc.title == "Harbour Light Trust opens a network of coastal tide stations"
    first = doc.segments[1]
    assert "\n" in first.source
    assert unwrap_lines(first.source) == (
        "PORTLAND, 4 June 2024 - The Harbour Light Trust today opened a network of forty tide stations along"
        " the northern coast of Maine."
    )
    assert first.separator == " " and doc.segments[2].block == first.block
    assert doc.segments[2].separator == "\n\n"
    quote = by_source(doc, "Dr. Ellen Marsh")
    assert quote.kind is SegmentKind.PARAGRAPH and unwrap_lines(quote.source).endswith('from their phone."')
    assert [s.source for s in doc.segments[-3:]] == [
        "Media contact:",
        "Sam Porter, press@harbourlight.example",
        "+1 207 555 0142",
    ]
    assert len({s.block for s in doc.segments[-3:]}) == 3


def test_lowercase_continuation_joins_lines_even_when_long() -> None:
    text = (
        "A headline\n" + "The programme will reach " + "many " * 30 + "villages in\nthree regions by 2026.\n"
    )
    doc = parse_text(text, "en")
    assert [s.kind for s in doc.segments] == [SegmentKind.TITLE, SegmentKind.PARAGRAPH]
    assert doc.segments[1].source.endswith("villages in\nthree regions by 2026.")


def test_plain_paragraphs_headings_and_leading_blank_lines() -> None:
    text = (
        "\n\n  Headline of the day\n\nGENEVA, 11 March – It starts. It goes on.\n\nNotes to editors\n"
        "The Foundation was created in 1990 and works in forty countries on clean water.\n- one item\n"
    )
    doc = parse_text(text, "en")
    assert doc.skeleton == "\n\n  "
    assert doc.original_text() == text
    assert [(s.kind, s.source) for s in doc.segments] == [
        (SegmentKind.TITLE, "Headline of the day"),
        (SegmentKind.PARAGRAPH, "GENEVA, 11 March – It starts."),
        (SegmentKind.PARAGRAPH, "It goes on."),
        (SegmentKind.HEADING, "Notes to editors"),
        (
            SegmentKind.PARAGRAPH,
            "The Foundation was created in 1990 and works in forty countries on clean water.",
        ),
        (SegmentKind.LIST_ITEM, "one item"),
    ]
    assert all(s.translatable for s in doc.segments)
    assert render_text(doc.segments, keep_untranslatable=True, skeleton=doc.skeleton) == text


def test_headline_shown_twice_by_the_page() -> None:
    text = (
        "Accueil\nAccueil\nUn accord pour l'eau\nUn accord pour l'eau\nGenève, 2 mai – L'accord est signé.\n"
    )
    doc = parse_text(text, "fr")
    assert doc.title == "Un accord pour l'eau"
    assert [(s.kind, s.translatable) for s in doc.segments] == [
        (SegmentKind.OTHER, False),
        (SegmentKind.OTHER, False),
        (SegmentKind.OTHER, False),
        (SegmentKind.TITLE, True),
        (SegmentKind.PARAGRAPH, True),
    ]


def test_render_with_targets() -> None:
    text = "Titre du jour\nMenu\nMenu\nPremière phrase. Deuxième phrase.\n***\n- un point\n"
    doc = parse_text(text, "fr")
    sources = [s.source for s in doc.segments]
    assert sources == [
        "Titre du jour",
        "Menu",
        "Menu",
        "Première phrase.",
        "Deuxième phrase.",
        "***",
        "un point",
    ]
    targets: list[str | None] = ["Title of the day", None, None, "First sentence.", None, None, "a point"]
    assert render_text(doc.segments, targets) == (
        "Title of the day\nFirst sentence. Deuxième phrase.\n- a point\n"
    )
    assert render_text(doc.segments, sources, keep_untranslatable=True) == text
    with pytest.raises(ValueError):
        render_text(doc.segments, ["one"])


def test_round_trip_is_exact_on_shuffled_lines() -> None:
    lines = []
    for name, _ in SCRAPED:
        lines += (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    lines += [
        "",
        "   ",
        "\t- indented item  ",
        "x",
        "«",
        "a\r",
        "Line wrapped in the",
        "middle of a sentence.",
    ]
    generator = random.Random(11)
    for _ in range(300):
        chosen = generator.sample(lines, generator.randint(0, 25))
        text = "\n".join(chosen) + generator.choice(["", "\n", "\n\n", "  "])
        doc = parse_text(text, generator.choice(["fr", "en", "es"]))
        assert doc.original_text() == text
        assert render_text(doc.segments, keep_untranslatable=True, skeleton=doc.skeleton) == text
        assert all(s.source and s.source == s.source.strip() for s in doc.segments)


def test_empty_text() -> None:
    assert parse_text("", "fr") == ParsedDocument()
    doc = parse_text("\n \n", "fr")
    assert (doc.segments, doc.skeleton, doc.title) == ([], "\n \n", "")


def test_text_format_keeps_line_endings_and_leaves_out_what_the_chooser_drops() -> None:
    text = "Menu\r\nMenu\r\nTitre du jour\r\nLa fondation ouvre un centre. Il est neuf.\r\n"
    data = text.encode("utf-8")
    fmt = TextFormat()
    doc = fmt.parse(data, "page.txt", "fr")
    assert doc.title == "Titre du jour"
    release = Release("Titre", "fr", "en", original=data, original_name="page.txt", skeleton=doc.skeleton)
    rendered = fmt.render(
        release, doc.blocks, doc.segments, lambda s: s.source.upper() if s.translatable else None
    )
    assert rendered == b"TITRE DU JOUR\r\nLA FONDATION OUVRE UN CENTRE. IL EST NEUF.\r\n"


def test_sample_release_for_the_app() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    doc = parse_text(text, "fr")
    assert joined(doc) == text
    assert doc.title == "Dix nouvelles cliniques mobiles pour les zones rurales du Sahel"
    kinds = {s.kind for s in doc.segments if s.translatable}
    assert {SegmentKind.TITLE, SegmentKind.PARAGRAPH, SegmentKind.QUOTE, SegmentKind.HEADING} <= kinds
    assert any("@" in s.source and "+227" in s.source for s in doc.segments if s.translatable)
