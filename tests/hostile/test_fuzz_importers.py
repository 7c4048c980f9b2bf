"""Property-based fuzzing of every importer (Hypothesis, a bounded number of examples, derandomised so that
``make test`` is repeatable): whatever the bytes, an importer either reads them or refuses them with one
known problem, worded on one line; it never raises anything else, never hangs, and a refused import leaves
nothing behind."""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.hostile.corpus import FRENCH, RELEASE, _entry, _tbx, _tmx, _tu, word_file

from translator_app.app import open_workspace
from translator_app.cli.messages import INPUT_PROBLEMS, describe
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Release, Role, Segment
from translator_app.formats.docx import DocxFormat
from translator_app.formats.glossary_csv import read_glossary_csv
from translator_app.formats.html import HtmlFormat
from translator_app.formats.markdown import MarkdownFormat
from translator_app.formats.review_docx import read_table, write_table
from translator_app.formats.tbx import read_tbx
from translator_app.formats.text import TextFormat
from translator_app.formats.tmx import read_tmx
from translator_app.formats.xliff import read_xliff

FUZZ = settings(
    max_examples=150,
    deadline=5000,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
MARKUP = "#*_`[]()<>!~|&;:=-+>\\\n \t\"'/abcé日0123456789"


def _through_a_file(suffix: str, read: Callable[[Path], object]) -> Callable[[bytes], object]:
    def run(data: bytes) -> object:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"fuzz{suffix}"
            path.write_bytes(data)
            result = read(path)
            return list(result) if isinstance(result, Iterator) else result

    return run


def _tbx_terms(path: Path) -> object:
    return list(read_tbx(path, path.name, None, None)[2])


IMPORTERS: dict[str, tuple[Callable[[bytes], object], bytes]] = {
    "text": (lambda data: TextFormat().parse(data, "f.txt", "fr"), RELEASE.encode()),
    "markdown": (
        lambda data: MarkdownFormat().parse(data, "f.md", "fr"),
        ("# Titre\n\n" + FRENCH + "\n- *a* [b](c)\n\n| x | y |\n|---|---|\n| 1 | 2 |\n").encode(),
    ),
    "html": (
        lambda data: HtmlFormat().parse(data, "f.html", "fr"),
        f"<html><body><h1>T</h1><p><b>{FRENCH}</b><a href='x'>l</a></p></body></html>".encode(),
    ),
    "docx": (lambda data: DocxFormat().parse(data, "f.docx", "fr"), word_file(["Titre", FRENCH.strip()])),
    "tmx": (
        _through_a_file(".tmx", lambda p: read_tmx(p, p.name)),
        _tmx(_tu() + _tu("Merci", "Thanks")).encode(),
    ),
    "tbx": (_through_a_file(".tbx", _tbx_terms), _tbx(_entry() + _entry("accord", "agreement")).encode()),
    "csv": (
        _through_a_file(".csv", lambda p: read_glossary_csv(p, p.name, "fr", "en")),
        b'source,target,note\nOIM,IOM,"une, note"\naccord,agreement,\n',
    ),
    "xliff": (
        lambda data: read_xliff(data, "f.xlf"),
        b'<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
        b'version="2.1" srcLang="fr" trgLang="en"><file id="release-1"><unit id="u0"><segment id="s1">'
        b'<source>Bonjour <pc id="1-1">monde</pc></source><target>Hello</target></segment></unit>'
        b"</file></xliff>",
    ),
    "review table": (
        lambda data: read_table(data, "f.docx"),
        write_table(
            Release("Titre", "fr", "en", id=1),
            [Segment(0, 0, "Bonjour.", id=1, target="Hello."), Segment(1, 0, FRENCH.strip(), id=2)],
            {},
        ),
    ),
}


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed file with a few bytes flipped, inserted or cut, or truncated: nearly valid, the hard case."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        where = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        if action == "flip":
            data[where] = draw(st.integers(0, 255))
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=8))
        elif action == "delete":
            del data[where : where + draw(st.integers(1, 16))]
        elif action == "truncate":
            del data[where:]
        else:
            data[where:where] = data[where : where + draw(st.integers(1, 64))] * draw(st.integers(2, 20))
    return bytes(data)


def _inputs(seed: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=3000),
        mutated(seed),
        st.text(alphabet=MARKUP, max_size=1500).map(lambda text: text.encode()),
    )


def _accepts_or_refuses_clearly(read: Callable[[bytes], object], data: bytes) -> None:
    try:
        read(data)
    except DomainError as error:
        assert error.code is ErrorCode.BAD_INPUT, error
        assert error.details.get("problem") in INPUT_PROBLEMS, error
        line = describe(error)
        assert "\n" not in line and line.strip(), line


@pytest.mark.slow
@pytest.mark.parametrize("importer", list(IMPORTERS))
def test_an_importer_reads_or_refuses_any_bytes_clearly(importer: str) -> None:
    read, seed = IMPORTERS[importer]
    read(seed)  # the seed itself is a valid file

    @FUZZ
    @given(data=_inputs(seed))
    def check(data: bytes) -> None:
        _accepts_or_refuses_clearly(read, data)

    check()


@pytest.mark.slow
def test_a_refused_import_leaves_nothing_and_an_accepted_one_is_whole(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fuzz.db'}"
    workspace = open_workspace(url, "ana", Role.TRANSLATOR)
    engine = sa.create_engine(url)

    def counts() -> tuple[int, int]:
        with engine.connect() as connection:
            releases = connection.execute(sa.text("SELECT count(*) FROM releases")).scalar_one()
            segments = connection.execute(sa.text("SELECT count(*) FROM segments")).scalar_one()
        return int(releases), int(segments)

    @FUZZ
    @given(data=_inputs(RELEASE.encode()), name=st.sampled_from(["f.txt", "f.md", "f.html"]))
    def check(data: bytes, name: str) -> None:
        before = counts()
        try:
            release = workspace.importing.import_bytes(data, name, "fr", "en", workspace.actor)
        except DomainError as error:
            assert error.code is ErrorCode.BAD_INPUT
            assert counts() == before
            return
        assert release.id is not None
        stored = len(workspace.releases.segments(release.id))
        assert stored > 0 and counts() == (before[0] + 1, before[1] + stored)

    try:
        check()
    finally:
        workspace.close()
        engine.dispose()


def test_the_seed_word_file_is_a_zip_with_a_document() -> None:
    names = zipfile.ZipFile(io.BytesIO(IMPORTERS["docx"][1])).namelist()
    assert "word/document.xml" in names
