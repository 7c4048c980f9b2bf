"""A returned XLIFF (2.x or 1.2) is read one unit at a time: what it says comes back whole, and what has been
read is freed (a returned file at the segment limit took half a gigabyte as a tree)."""

from __future__ import annotations

import io

import pytest
from lxml import etree

from translator_app.domain.errors import DomainError
from translator_app.formats import safe_xml, xliff12
from translator_app.formats.xliff import read_xliff

NS12 = "urn:oasis:names:tc:xliff:document:1.2"


def xliff12_file(
    units: str, header: str = "", extra_file: str = "", original: str = "release-4/a.md"
) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{NS12}" version="1.2">'
        f'<file original="{original}" source-language="fr" target-language="en" datatype="plaintext">'
        f"<header>{header}</header><body>{units}</body></file>{extra_file}</xliff>"
    ).encode()


def trans_unit(number: int, target: str = "", attributes: str = "", notes: str = "") -> str:
    target_part = f"<target{attributes}>{target}</target>" if target else ""
    return (
        f'<trans-unit id="s{number}" extradata="rt-version={number + 1}">'
        f"<source>Phrase {number}</source>{target_part}{notes}</trans-unit>"
    )


def test_an_xliff12_file_comes_back_whole_with_states_versions_notes_and_the_last_phase_author() -> None:
    header = (
        '<phase-group><phase phase-name="1" process-name="translation" contact-name="Ana Prado"/>'
        '<phase phase-name="2" process-name="review" contact-name="Rui Costa"/></phase-group>'
    )
    units = (
        '<group id="u0" xml:space="preserve">'
        + trans_unit(1, "Sentence  1", ' state="final"', '<note from="translator">Checked.</note>')
        + trans_unit(2, "Sentence 2", "", '<note from="Mika Laine">Shortened.</note>')
        + "</group>"
        + '<group id="u1">'
        + trans_unit(3, 'Bold <g id="1">word</g><x id="2"/>', ' state="needs-review-translation"')
        + trans_unit(4)
        + "</group>"
    ).replace('<trans-unit id="s2"', '<trans-unit id="s2" approved="yes"')
    read = read_xliff(xliff12_file(units, header), "back.xlf")

    assert (read.release_id, read.source_lang, read.target_lang, read.version) == (4, "fr", "en", "1.2")
    by_id = {s.segment_id: s for s in read.segments}
    assert list(by_id) == [1, 2, 3, 4]
    assert (by_id[1].target, by_id[1].state, by_id[1].exported_version) == ("Sentence  1", "final", 2)
    assert by_id[1].preserve and by_id[2].preserve, "xml:space on the group reaches its units"
    assert by_id[2].state == "translated", "approved='yes' without a state: confirmed"
    assert by_id[3].target == "Bold <g1>word</g1><x2/>" and not by_id[3].preserve
    assert (by_id[4].target, by_id[4].state) == (None, "new")
    assert [(n.segment_ids, n.text, n.author) for n in read.notes] == [
        ((1,), "Checked.", "Rui Costa"),
        ((2,), "Shortened.", "Mika Laine"),
    ], "a role word in from= gives way to the header's last contact"


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (xliff12_file(trans_unit(1), original="notes.md"), "a file that is not release-N/"),
        (
            xliff12_file(trans_unit(1), extra_file='<file original="release-5/b" source-language="fr"/>'),
            "two files",
        ),
        (f'<xliff xmlns="{NS12}" version="1.2"></xliff>'.encode(), "no file"),
        (xliff12_file('<trans-unit id="s1"><target>x</target></trans-unit>'), "a unit without source"),
        (xliff12_file('<trans-unit id="seven"><source>x</source></trans-unit>'), "a unit id not ours"),
    ],
)
def test_an_xliff12_file_that_is_not_one_of_ours_is_refused(body: bytes, why: str) -> None:
    with pytest.raises(DomainError) as refused:
        read_xliff(body, "other.xlf")
    assert refused.value.details.get("problem") == "foreign-file", why


def test_reading_xliff12_frees_each_group_once_its_units_are_read() -> None:
    groups = "".join(f'<group id="u{n}">{trans_unit(n, f"Target {n}")}</group>' for n in range(2_000))
    events = safe_xml.walk(io.BytesIO(xliff12_file(groups)), "big.xlf")
    _, root = next(events)
    read = xliff12.read_events(events, root, "big.xlf")

    assert [s.target for s in read.segments][-1] == "Target 1999" and len(read.segments) == 2_000
    body = root.find(f"{{{NS12}}}file/{{{NS12}}}body")
    assert body is not None
    assert len(body) <= 1, f"{len(body)} groups still held after reading"
    assert sum(1 for _ in root.iter()) < 10, etree.tostring(root)[:200]
