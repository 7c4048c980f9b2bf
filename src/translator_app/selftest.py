"""``translator-app --self-test``: prove that an installed copy works, without a screen or the user's data.

Made for IT and CI: a Windows GUI ``.exe`` has no console to show a traceback, so an installer check runs
the self-test and reads its exit status. It opens the main window offscreen (when there is no display),
creates a workspace in a temporary folder, imports the sample release, exports it as text and HTML, checks
the files and that the window shows the release, then deletes the folder. It prints one line per check and
exits 0, or prints the failed check with its reason and exits 1. It also touches what a frozen bundle can
lose: the database drivers, the Alembic migrations, the Markdown extensions, python-docx's template and the
package's metadata.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from translator_app.display import has_display

if TYPE_CHECKING:
    from translator_app.services.workspace import Workspace

PREFIX = "self-test"
DISTRIBUTION = "translator-app"


class CheckFailed(Exception):
    """A check that did not hold: the message says what was expected and what was found."""


@dataclass
class SelfTest:
    """Runs the checks in order, printing ``self-test ok: <check>: <detail>`` for each one that holds."""

    out: TextIO
    passed: int = 0

    def check(self, name: str, probe: Callable[[], str]) -> None:
        try:
            detail = probe()
        except CheckFailed as error:
            raise CheckFailed(f"{name}: {error}") from None
        except Exception as error:  # any crash of a probe fails that check
            raise CheckFailed(f"{name}: {type(error).__name__}: {error}") from error
        self.passed += 1
        print(f"{PREFIX} ok: {name}: {detail}", file=self.out, flush=True)


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check; 0 when all hold, 1 (with the reason on ``err``) at the first that does not."""
    out = out or sys.stdout
    err = err or sys.stderr
    started = time.perf_counter()
    test = SelfTest(out)
    try:
        with _scratch_folder() as folder:
            _run_checks(test, folder)
    except CheckFailed as error:
        print(f"{PREFIX} failed: {error}", file=err, flush=True)
        return 1
    elapsed = time.perf_counter() - started
    print(f"{PREFIX} passed: {test.passed} checks in {elapsed:.1f} s", file=out, flush=True)
    return 0


@contextlib.contextmanager
def _scratch_folder() -> Iterator[Path]:
    """A temporary folder for the workspace and the window's settings, so the user's own stay untouched."""
    from translator_app.settings import CONFIG_DIR_VARIABLE

    saved = {name: os.environ.get(name) for name in (CONFIG_DIR_VARIABLE, "QT_QPA_PLATFORM")}
    with tempfile.TemporaryDirectory(prefix="translator-app-self-test-", ignore_cleanup_errors=True) as name:
        folder = Path(name)
        os.environ[CONFIG_DIR_VARIABLE] = str(folder / "config")
        if not has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        try:
            yield folder
        finally:
            for variable, value in saved.items():
                if value is None:
                    os.environ.pop(variable, None)
                else:
                    os.environ[variable] = value


def _run_checks(test: SelfTest, folder: Path) -> None:
    from translator_app.app import open_workspace
    from translator_app.domain.models import Role

    test.check("version", _version)
    test.check("libraries", _libraries)
    url = f"sqlite:///{folder / 'workspace.db'}"
    opened: list[Workspace] = []

    def create_workspace() -> str:
        from sqlalchemy import create_engine

        from translator_app.persistence.migrate import current_revision, head_revision

        opened.append(open_workspace(url, "self-test", Role.TRANSLATOR))
        engine = create_engine(url)
        try:
            revision = current_revision(engine)
        finally:
            engine.dispose()
        if revision != head_revision():
            raise CheckFailed(f"schema at revision {revision}, expected {head_revision()}")
        return f"SQLite workspace created in {folder}, schema at revision {revision}"

    test.check("workspace", create_workspace)
    workspace = opened[0]
    try:
        release_id = _check_import(test, workspace)
        for format_name in ("txt", "html"):
            _check_export(test, workspace, release_id, format_name, folder)
        _check_window(test, workspace, release_id)
    finally:
        workspace.close()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version(DISTRIBUTION)
    except PackageNotFoundError:
        raise CheckFailed(f"no metadata for {DISTRIBUTION!r} (not installed, or not bundled)") from None
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "from source"
    return f"{DISTRIBUTION} {found}, Python {sys.version.split()[0]}, {frozen}"


def _libraries() -> str:
    """What is imported by name at run time, and so missed by a bundler that follows only imports."""
    import sqlite3

    import docx
    import markdown
    import psycopg

    markdown.markdown("| a |\n| - |\n| b |\n\n1. x\n", extensions=["tables", "sane_lists"])
    docx.Document()  # python-docx's default template, a data file
    return (
        f"sqlite {sqlite3.sqlite_version}, psycopg {psycopg.__version__}, Markdown extensions, "
        "python-docx template"
    )


def _check_import(test: SelfTest, workspace: Workspace) -> int:
    from translator_app.samples import sample_release

    found: list[int] = []

    def probe() -> str:
        path = sample_release()
        if not path.is_file():
            raise CheckFailed(f"the sample release is missing at {path}")
        release = workspace.importing.import_file(path, "fr", "en", workspace.actor)
        segments = workspace.releases.segments(release.id)
        translatable = [s for s in segments if s.translatable]
        if not translatable:
            raise CheckFailed(f"release {release.id} has no segment to translate")
        found.append(release.id)
        return (
            f"{path.name} imported as release {release.id} ({release.format}, "
            f"{len(segments)} segments, {len(translatable)} to translate)"
        )

    test.check("import", probe)
    return found[0]


def _check_export(
    test: SelfTest, workspace: Workspace, release_id: int, format_name: str, folder: Path
) -> None:
    def probe() -> str:
        path = folder / f"export.{format_name}"
        report = workspace.exporting.export(release_id, format_name, path, allow_unapproved=True)
        if not path.is_file() or path.stat().st_size == 0:
            raise CheckFailed(f"{path} was not written")
        expected = [s.source for s in workspace.releases.segments(release_id) if s.translatable]
        text = path.read_text(encoding="utf-8")
        if format_name == "html":
            text = _html_text(text)
        missing = [source for source in expected if _squeezed(source) not in _squeezed(text)]
        if missing:
            raise CheckFailed(f"{len(missing)} segment(s) missing from {path.name}, first: {missing[0]!r}")
        return f"{path.name} written, {path.stat().st_size} bytes, all {report.written} segments in it"

    test.check(f"export {format_name}", probe)


def _html_text(page: str) -> str:
    """The visible text of an exported page, checking on the way that lxml parses it as an HTML document."""
    import lxml.html

    root = lxml.html.document_fromstring(page)
    if root.tag != "html" or root.find("body") is None:
        raise CheckFailed("the page has no <html> with a <body>")
    return str(root.text_content())


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _check_window(test: SelfTest, workspace: Workspace, release_id: int) -> None:
    def probe() -> str:
        from translator_app.ui.launch import run_gui

        said, complaints = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(said), contextlib.redirect_stderr(complaints):
            status = run_gui(workspace, release_id=release_id, self_test=True)
        if status != 0:
            reason = complaints.getvalue().strip() or said.getvalue().strip() or f"exit status {status}"
            raise CheckFailed(reason.removeprefix(f"{PREFIX} failed: "))
        from PySide6.QtGui import QGuiApplication

        platform = QGuiApplication.platformName()
        return f"{said.getvalue().strip().removeprefix(f'{PREFIX} ok: ')} (Qt platform {platform})"

    test.check("window", probe)
