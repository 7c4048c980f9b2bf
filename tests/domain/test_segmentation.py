"""Sentence splitting of press-release text: specific splits per language, and nothing ever lost."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from translator_app.domain.segmentation import QUOTE_KEEP_MAX, split_sentences, unwrap_lines

GOLDEN = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "golden_rules.json"


def split(text: str, lang: str) -> list[str]:
    pieces = split_sentences(text, lang)
    assert "".join(pieces) == text
    return [piece.strip() for piece in pieces]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # French titles and abbreviations
        ("fr", "M. Paul Girard a signé. Mme Favre aussi.", ["M. Paul Girard a signé.", "Mme Favre aussi."]),
        (
            "fr",
            "Le Dr. Alves et Mme Roy sont là. Ils parlent.",
            ["Le Dr. Alves et Mme Roy sont là.", "Ils parlent."],
        ),
        ("fr", "Des régions, p. ex. le Sahel, souffrent.", ["Des régions, p. ex. le Sahel, souffrent."]),
        (
            "fr",
            "Eau, routes, écoles, etc. Le reste suivra.",
            ["Eau, routes, écoles, etc.", "Le reste suivra."],
        ),
        ("fr", "Tél. : +41 22 717 9111. Merci.", ["Tél. : +41 22 717 9111.", "Merci."]),
        ("fr", "Voir le rapport, p. 42. Il est clair.", ["Voir le rapport, p. 42.", "Il est clair."]),
        # English titles and abbreviations
        ("en", "Mr. Reid met Dr. Berg. They agreed.", ["Mr. Reid met Dr. Berg.", "They agreed."]),
        ("en", "We met at St. Andrews in May.", ["We met at St. Andrews in May."]),
        ("en", "Sensors, e.g. buoys, i.e. floats, work.", ["Sensors, e.g. buoys, i.e. floats, work."]),
        (
            "en",
            "Donors in the U.S. gave more. The U.S. Coast Guard helped.",
            ["Donors in the U.S. gave more.", "The U.S. Coast Guard helped."],
        ),
        ("en", "It was sold to the U.S. It then grew.", ["It was sold to the U.S.", "It then grew."]),
        ("en", "See Jan. 5 for details.", ["See Jan. 5 for details."]),
        # numbers
        (
            "fr",
            "Le budget est de 23 millions de dollars. Il couvre 3 ans.",
            ["Le budget est de 23 millions de dollars.", "Il couvre 3 ans."],
        ),
        ("fr", "Soit 1 000,5 tonnes et 3.5 % de plus.", ["Soit 1 000,5 tonnes et 3.5 % de plus."]),
        ("en", "It cost $1.8 million. Donors paid.", ["It cost $1.8 million.", "Donors paid."]),
        # datelines, e-mails, URLs, phones
        (
            "fr",
            "Genève/Séoul, 11 mars – L’OIM a signé un accord. Il court sur trois ans.",
            ["Genève/Séoul, 11 mars – L’OIM a signé un accord.", "Il court sur trois ans."],
        ),
        (
            "fr",
            "Écrivez à jane.doe@heliade.example. Réponse sous 24 h.",
            ["Écrivez à jane.doe@heliade.example.", "Réponse sous 24 h."],
        ),
        (
            "en",
            "See https://x.example/a.b?c=d. Then call +82 70 4820 2648.",
            ["See https://x.example/a.b?c=d.", "Then call +82 70 4820 2648."],
        ),
        (
            "fr",
            "Contact : Lina Oh, +41 22 717 9111, lina@oim.example",
            ["Contact : Lina Oh, +41 22 717 9111, lina@oim.example"],
        ),
        # ellipses, ? and ! before lowercase, initials
        (
            "fr",
            "Le projet avance… Les panneaux sont posés.",
            ["Le projet avance…", "Les panneaux sont posés."],
        ),
        ("fr", "Des retards... mais le chantier reprend.", ["Des retards... mais le chantier reprend."]),
        ("en", "the thing is . . . I did not.", ["the thing is . . . I did not."]),
        (
            "fr",
            "Attendre ? non, agir. Pourquoi ? Parce que.",
            ["Attendre ? non, agir.", "Pourquoi ?", "Parce que."],
        ),
        (
            "en",
            "She works at Yahoo! in Paris. Wow! It works.",
            ["She works at Yahoo! in Paris.", "Wow!", "It works."],
        ),
        ("fr", "Le livre de J. R. R. Tolkien est traduit.", ["Le livre de J. R. R. Tolkien est traduit."]),
        ("en", "You and I. Did Albert I. Jones come?", ["You and I.", "Did Albert I. Jones come?"]),
        # Spanish
        (
            "es",
            "El Sr. Quispe habló. ¿Cuánto esperaron? Veinte años.",
            ["El Sr. Quispe habló.", "¿Cuánto esperaron?", "Veinte años."],
        ),
        (
            "es",
            "Donantes de EE. UU. y de España. La Dra. Ferrer firmó.",
            ["Donantes de EE. UU. y de España.", "La Dra. Ferrer firmó."],
        ),
        # lists and blank lines
        ("en", "1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
        ("en", "It grew in 2. The rest", ["It grew in 2.", "The rest"]),
        ("fr", "Un titre sans point\n\nUn paragraphe.", ["Un titre sans point", "Un paragraphe."]),
        ("fr", "Une ligne coupée\nau milieu. Fin.", ["Une ligne coupée\nau milieu.", "Fin."]),
    ],
)
def test_specific_splits(lang: str, text: str, expected: list[str]) -> None:
    assert split(text, lang) == expected


def test_short_quote_of_two_sentences_stays_whole() -> None:
    text = "Elle a dit : « Nous sommes prêts. L'hiver sera dur. » Les travaux commencent lundi."
    assert split(text, "fr") == [
        "Elle a dit : « Nous sommes prêts. L'hiver sera dur. »",
        "Les travaux commencent lundi.",
    ]
    assert split("« Ce centre change tout. Les enfants liront », a dit Awa Sarr.", "fr") == [
        "« Ce centre change tout. Les enfants liront », a dit Awa Sarr."
    ]


def test_long_quote_splits_at_its_sentence_ends() -> None:
    sentences = [
        "Le président a déclaré : « Nous écrivons aujourd'hui un nouveau chapitre de notre partenariat.",
        "Cet accord permettra de mettre en commun nos savoir-faire et de créer des synergies durables.",
        "Ensemble, nous avons surmonté des obstacles que personne n'avait prévus au départ du projet »,"
        " a-t-il conclu.",
    ]
    text = " ".join(sentences)
    assert len(text) > QUOTE_KEEP_MAX
    assert split(text, "fr") == sentences


def test_english_curly_quotes() -> None:
    assert split("He said “It works. We are happy.” Then he left.", "en") == [
        "He said “It works. We are happy.”",
        "Then he left.",
    ]


def test_unknown_language_falls_back_on_shared_rules() -> None:
    assert split("Dr. Weber kam. Er sprach.", "de") == ["Dr. Weber kam.", "Er sprach."]
    assert split("O Sr. Silva falou. Depois saiu.", "pt-BR") == ["O Sr. Silva falou.", "Depois saiu."]


def test_trailing_whitespace_stays_with_its_sentence() -> None:
    assert split_sentences("Un.  Deux.\n", "fr") == ["Un.  ", "Deux.\n"]
    assert split_sentences("", "fr") == []
    assert split_sentences("   ", "fr") == ["   "]


def test_inline_tags_do_not_hide_a_boundary() -> None:
    assert split("La <g1>fin.</g1> <g2>Le</g2> début.", "fr") == ["La <g1>fin.</g1>", "<g2>Le</g2> début."]


def test_concatenation_is_exact_on_random_text() -> None:
    alphabet = [*"aAbB .!?…«»“”\"'()\n\t1,", " M. ", " U.S. ", " p. ", "...", " . . . ", "Tél. :"]
    generator = random.Random(7)
    for _ in range(2000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 60)))
        for lang in ("fr", "en", "es", "xx"):
            assert "".join(split_sentences(text, lang)) == text


def test_unwrap_lines_reads_a_wrapped_sentence_on_one_line() -> None:
    assert unwrap_lines("a network  \n  of forty\nstations.") == "a network of forty stations."
    assert unwrap_lines("no break") == "no break"


def test_golden_rules_score() -> None:
    if not GOLDEN.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{GOLDEN} is missing")
        pytest.skip(f"golden rules not found at {GOLDEN}")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    scores = {
        lang: sum(split(case["text"], lang) == case["sentences"] for case in golden[lang])
        for lang in ("en", "fr")
    }
    assert scores["en"] >= 46
    assert scores["fr"] == len(golden["fr"])
