"""Segment text to XML and back, request batches under DeepL's limits, and the context of each batch."""

from __future__ import annotations

import json

from translator_app.mt.deepl_provider import source_code, target_code
from translator_app.mt.payload import (
    MAX_REQUEST_BYTES,
    billable_characters,
    build_context,
    from_xml,
    plan_batches,
    text_bytes,
    to_xml,
)


def test_text_outside_tags_is_escaped_and_comes_back_unchanged() -> None:
    source = "AT&T <g1>gagne</g1> 3 < 5 & x > 2<x2/>"
    xml = to_xml(source)
    assert xml == "AT&amp;T <g1>gagne</g1> 3 &lt; 5 &amp; x &gt; 2<x2/>"
    assert from_xml(xml) == source


def test_tag_look_alikes_are_text_and_get_escaped() -> None:
    assert to_xml("a <g1/> b") == "a &lt;g1/&gt; b"
    assert from_xml(to_xml("a <g1/> b")) == "a <g1/> b"


def test_rewritten_empty_elements_are_put_back_in_the_app_spelling() -> None:
    assert from_xml("a <x2 /> b <x3></x3> <g1 >c</g1 >") == "a <x2/> b <x3/> <g1>c</g1>"
    assert from_xml("&#233;t&#xE9; &quot;ok&apos;") == "été \"ok'"


def test_hard_wrapped_sources_are_sent_on_one_line() -> None:
    assert to_xml("Une phrase coupée\n  en deux lignes.") == "Une phrase coupée en deux lignes."
    assert billable_characters("<g1>Ab</g1>\ncd") == len("Ab cd")


def test_at_most_fifty_texts_per_batch() -> None:
    batches = plan_batches([f"Phrase {i}." for i in range(120)])
    assert [len(b) for b in batches] == [50, 50, 20]
    assert [b.start for b in batches] == [0, 50, 100]


def test_batches_stay_under_128_kib_with_room_for_the_context() -> None:
    long = "é" * 20_000  # 40 KB in UTF-8
    batches = plan_batches([long] * 7 + ["court"])
    assert all(len(b) <= 50 for b in batches)
    for batch in batches:
        body = json.dumps({"text": [long] * len(batch), "context": "x" * 6000}, ensure_ascii=False)
        assert len(body.encode()) < MAX_REQUEST_BYTES
    assert sum(len(b) for b in batches) == 8
    assert text_bytes("a") == len('"a"') + 1


def test_a_text_too_large_for_any_request_goes_alone() -> None:
    huge = "x" * (MAX_REQUEST_BYTES + 10)
    assert [len(b) for b in plan_batches(["a", huge, "b"])] == [1, 1, 1]


def test_context_is_the_headline_then_the_text_just_before() -> None:
    context = build_context("Horizon Bleu à Dakar", ["Première <g1>phrase</g1>.", "Deuxième\nphrase."])
    assert context == "Horizon Bleu à Dakar\n\nPremière phrase. Deuxième phrase."
    assert build_context("Titre", []) == "Titre"
    assert build_context("Titre", ["Titre", "Suite."]) == "Titre Suite."


def test_context_keeps_the_nearest_text_when_too_long() -> None:
    before = [f"Phrase numéro {i} du communiqué." for i in range(200)]
    context = build_context("Titre", before, limit=300)
    assert context.startswith("Titre\n\n")
    assert context.endswith("Phrase numéro 199 du communiqué.")
    assert len(context) <= len("Titre\n\n") + 300


def test_language_codes_as_deepl_wants_them() -> None:
    assert source_code("en-GB") == "EN"
    assert target_code("en") == "EN-GB"
    assert target_code("en-US") == "EN-US"
    assert target_code("pt") == "PT-PT"
    assert target_code("fr") == "FR"
    assert target_code("fr-CA", frozenset({"FR", "EN-GB"})) == "FR"
