"""The repetition rule: whitespace never tells two sentences apart; case, tags and punctuation do."""

from __future__ import annotations

import pytest

from translator_app.domain.repetitions import repetition_hash, repetition_key

SENTENCE = "Contact presse : Mme Diallo"


@pytest.mark.parametrize(
    "variant",
    [
        "  Contact presse : Mme Diallo ",
        "Contact  presse :\tMme Diallo",
        "Contact\npresse : Mme Diallo\r\n",
        "Contact\u00a0presse\u202f: Mme Diallo",  # no-break and narrow no-break spaces, as French typing has
        "\u00a0Contact presse : Mme\u2009Diallo",
    ],
)
def test_whitespace_variants_share_the_key_and_the_hash(variant: str) -> None:
    assert repetition_key(variant) == repetition_key(SENTENCE) == SENTENCE
    assert repetition_hash(variant) == repetition_hash(SENTENCE)


@pytest.mark.parametrize(
    "other",
    [
        "contact presse : Mme Diallo",
        "<g1>Contact</g1> presse : Mme Diallo",
        "Contact presse : Mme Diallo.",
        "Contacts presse : Mme Diallo",
    ],
)
def test_case_tags_and_punctuation_make_another_sentence(other: str) -> None:
    assert repetition_key(other) != repetition_key(SENTENCE)
    assert repetition_hash(other) != repetition_hash(SENTENCE)


def test_the_hash_fits_a_signed_64_bit_column() -> None:
    hashes = {repetition_hash(f"Phrase numéro {n}.") for n in range(2000)}
    assert len(hashes) == 2000
    assert all(-(2**63) <= h < 2**63 for h in hashes)
    assert any(h < 0 for h in hashes) and any(h > 0 for h in hashes)
