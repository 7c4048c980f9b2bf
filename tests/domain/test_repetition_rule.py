"""The repetition rule: whitespace never tells two sentences apart; case, tags and punctuation do."""

from __future__ import annotations

import hashlib
import random

import pytest

from translator_app.domain import repetitions
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


@pytest.mark.parametrize("piece", [3, 7, 64, 1 << 16])
def test_a_long_source_hashed_in_pieces_gets_the_hash_of_its_whole_key(
    piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hash stored by earlier versions (of the whole key at once) is the one computed piece by piece."""
    monkeypatch.setattr(repetitions, "PIECE", piece)
    chooser = random.Random(7)
    characters = ["a", "é", " ", "  ", "\u00a0", "\n", "\x1c", "\u2003", "mot"]
    for _ in range(500):
        source = "".join(chooser.choice(characters) for _ in range(chooser.randint(0, 300)))
        whole = hashlib.blake2b(repetition_key(source).encode("utf-8"), digest_size=8).digest()
        assert repetition_hash(source) == int.from_bytes(whole, "big", signed=True), repr(source)
