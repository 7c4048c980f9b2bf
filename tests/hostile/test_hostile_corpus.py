"""Every file of the hostile corpus gets the outcome it should, through the real command line: a clean
import, or exit 1 with one line that says what is wrong; never a traceback, a hang, or half an import."""

from __future__ import annotations

import signal
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from tests.conftest import fresh_database
from tests.hostile.corpus import RELEASE, Case, cases

from translator_app.app import open_workspace
from translator_app.cli import main
from translator_app.domain.models import Role

SECONDS = 60
"""A case still running after this long has hung."""
TABLES = ("releases", "segments", "events", "comments", "tm_units", "terms")


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The corpus runs on a SQLite file and on the PostgreSQL server (NUL bytes are its classic trap)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'workspace.db'}"
        return
    with fresh_database(request.getfixturevalue("postgres_server")) as url:
        yield url


@pytest.fixture(scope="module")
def workspace_file(
    database: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, dict[str, bytes]]]:
    """A workspace with one release translated, and the files exported from it for the merge cases."""
    folder = tmp_path_factory.mktemp("exports")
    url = database
    workspace = open_workspace(url, "ana", Role.TRANSLATOR)
    try:
        release = workspace.importing.import_bytes(
            RELEASE.encode(), "release.txt", "fr", "en", workspace.actor
        )
        assert release.id is not None
        for segment in workspace.releases.segments(release.id):
            if segment.translatable and segment.id is not None:
                workspace.editing.edit(segment.id, segment.source.upper(), workspace.actor, confirm=True)
        exports = {}
        for kind, suffix in (("xliff", "xlf"), ("xliff12", "12.xlf"), ("review-docx", "docx")):
            path = folder / f"export.{suffix}"
            workspace.exporting.export(release.id, kind, path)
            exports["review" if kind == "review-docx" else kind] = path.read_bytes()
        other = workspace.importing.import_bytes(
            b"Autre communique\n\nUne phrase.\n", "o.txt", "fr", "es", workspace.actor
        )
        path = folder / "other.xlf"
        workspace.exporting.export(other.id or 0, "xliff", path)
        exports["foreign-xliff"] = path.read_bytes().replace(b"release-", b"release-7")
    finally:
        workspace.close()
    yield url, exports


def _counts(url: str) -> dict[str, int]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                t: int(connection.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in TABLES
            }
    finally:
        engine.dispose()


def _argv(case: Case, url: str, path: Path) -> list[str]:
    command = {
        "import": ["import", str(path), "--from", "fr", "--to", "en"],
        "tm import": ["tm", "import", str(path), "--from", "fr", "--to", "en"],
        "glossary import": ["glossary", "import", str(path), "--from", "fr", "--to", "en"],
        "merge": ["merge", str(path)],
    }[case.command]
    return ["--db", url, "--user", "ana", *case.flags, *command]


def _hang(signum: int, frame: object) -> None:
    raise TimeoutError(f"still running after {SECONDS} s")


def test_the_corpus_is_large_and_covers_every_importer(workspace_file: tuple[str, dict[str, bytes]]) -> None:
    all_cases = cases(workspace_file[1])
    per_command = Counter(case.command for case in all_cases)
    assert len(all_cases) >= 150
    assert set(per_command) == {"import", "tm import", "glossary import", "merge"}
    assert min(per_command.values()) >= 15
    assert len({case.label for case in all_cases}) == len(all_cases)


@pytest.mark.slow
def test_every_hostile_file_gets_its_expected_answer(
    workspace_file: tuple[str, dict[str, bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, exports = workspace_file
    wrong = []
    previous = signal.signal(signal.SIGALRM, _hang)
    try:
        for case in cases(exports):
            path = tmp_path / case.name
            path.write_bytes(case.data)
            before = _counts(url)
            signal.alarm(SECONDS)
            try:
                code = main(_argv(case, url, path))
            except BaseException as error:  # a traceback or a hang: the case fails, the run goes on
                code = -1
                print(f"{type(error).__name__}: {error}", flush=True)
            finally:
                signal.alarm(0)
            out, err = capsys.readouterr()
            lines = [line for line in err.splitlines() if not line.startswith("translator-app: note:")]
            changed = _counts(url) != before
            if case.error is None:
                ok = code == 0 and not lines and bool(out.strip())
            else:
                ok = code == 1 and len(lines) == 1 and case.error in lines[0] and not changed
                ok = ok and lines[0].startswith("translator-app: ") and "Traceback" not in err
            if not ok:
                wrong.append(
                    f"{case.label}: exit {code}, changed={changed}, stderr={err.strip()!r} {out[-200:]!r}"
                )
            path.unlink()
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert wrong == [], "\n".join(wrong)
