"""Characters DeepL bills for the sample release, run after run, counted by the fake DeepL server.

Run: ``.venv/bin/python bench/bench_deepl_billing.py``. The sample release (``resources/samples``) is imported
French to English into a throwaway SQLite workspace with a two-term glossary that occurs in it, then
pre-translated through the real ``deepl`` client against the fake server, which counts what each account
is billed:

1. first run; 2. the same release again; 3. after a glossary change that touches none of its sentences;
4. with a formality English does not have ("more"); then, for comparison, 5. after a change to a term the
release contains (only its sentences are billed again), and 6. a colleague's key on the same workspace.

The last column is what the previous cache key (glossary *version* and formality *asked*) made the same
run cost: every distinct sentence again whenever the glossary or the formality changed.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.mt.fake_deepl import OTHER_KEY, TEST_KEY, FakeDeepL  # noqa: E402

from translator_app.app import open_workspace  # noqa: E402
from translator_app.domain.models import Role  # noqa: E402
from translator_app.domain.terms import Term  # noqa: E402
from translator_app.mt.deepl_provider import DeepLProvider, DeepLSettings  # noqa: E402
from translator_app.mt.keys import ApiKey, KeyResolver  # noqa: E402
from translator_app.mt.payload import billable_characters  # noqa: E402
from translator_app.persistence.database import create_database_engine  # noqa: E402
from translator_app.persistence.uow import SqlUnitOfWorkFactory  # noqa: E402
from translator_app.samples import sample_release  # noqa: E402
from translator_app.services.pretranslate import PretranslateReport, PretranslateService  # noqa: E402
from translator_app.services.workspace import Workspace  # noqa: E402

GLOSSARY = [("Alliance Horizon Santé", "Horizon Health Alliance"), ("cliniques mobiles", "mobile clinics")]


@dataclass(frozen=True)
class Run:
    label: str
    report: PretranslateReport
    billed: int
    """Characters the fake server billed (to every account) during the run."""
    previous: int
    """What the previous cache key made the same run cost."""
    sent: tuple[str, ...]
    """The texts sent to DeepL for translation."""


def measure(workspace_dir: Path) -> list[Run]:
    """The six runs, in order, on a fresh workspace and a fresh fake server."""
    url = f"sqlite:///{workspace_dir / 'bench.db'}"
    fake = FakeDeepL().start()
    fake.add_account(OTHER_KEY)
    workspace = open_workspace(url, "bench", Role.TRANSLATOR)
    engine = create_database_engine(url)
    uow = SqlUnitOfWorkFactory(engine, url)
    providers = [
        DeepLProvider(KeyResolver.fixed(ApiKey(key)), DeepLSettings(server_url=fake.url))
        for key in (TEST_KEY, OTHER_KEY)
    ]
    try:
        release = workspace.importing.import_file(
            sample_release(), "fr", "en", workspace.actor, format_name="text"
        )
        assert release.id is not None
        release_id = release.id
        for source, target in GLOSSARY:
            workspace.glossary.add(Term("fr", "en", source, target), workspace.actor)
        segments = workspace.releases.segments(release_id)
        whole = sum(billable_characters(s) for s in {x.source for x in segments if x.translatable})
        rows: list[Run] = []

        def run(label: str, provider: DeepLProvider, before: Callable[[], None], previous: int) -> None:
            before()
            billed, calls = fake.billed_total, len(fake.translate_calls)
            report = PretranslateService(uow, provider, provider).run(release_id, workspace.actor)
            if report.failure is not None:
                raise SystemExit(f"{label}: failed with {report.failure.value} {report.failure_details}")
            sent = tuple(text for call in fake.translate_calls[calls:] for text in call.body["text"])
            rows.append(Run(label, report, fake.billed_total - billed, previous, sent))

        def nothing() -> None:
            return None

        run("1 first run", providers[0], nothing, whole)
        run("2 re-run", providers[0], nothing, 0)
        run("3 unrelated glossary change", providers[0], lambda: add_term(workspace), whole)
        run("4 formality 'more' (en has none)", providers[0], lambda: formal(workspace, release_id), whole)
        run("5 a term of the release changed", providers[0], lambda: correct_term(workspace), whole)
        run("6 a colleague's key, same workspace", providers[1], nothing, 0)
        return rows
    finally:
        for provider in providers:
            provider.close()
        workspace.close()
        engine.dispose()
        fake.stop()


def add_term(workspace: Workspace) -> None:
    workspace.glossary.add(Term("fr", "en", "ornithorynque", "platypus"), workspace.actor)


def formal(workspace: Workspace, release_id: int) -> None:
    workspace.mt.account.set_formality(release_id, "more")


def correct_term(workspace: Workspace) -> None:
    (term,) = [t for t in workspace.glossary.terms("fr", "en") if t.source_term == "cliniques mobiles"]
    workspace.glossary.update(replace(term, target_term="mobile health units"), workspace.actor)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        rows = measure(Path(folder))
    first = rows[0].billed
    print(f"sample release: {sample_release().name}, fr>en, {len(GLOSSARY)} glossary terms that occur in it")
    print(f"{'run':<38}{'DeepL':>7}{'cache':>7}{'billed chars':>14}{'of first':>10}{'previous key':>14}")
    for row in rows:
        share = f"{row.billed / first:.0%}" if first else "-"
        counts = f"{row.report.from_mt:>7}{row.report.from_cache:>7}"
        print(f"{row.label:<38}{counts}{row.billed:>14,}{share:>10}{row.previous:>14,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
