"""Pre-translate the real seed release twice against the fake DeepL server: requests and billed characters.

Run: ``.venv/bin/python bench/bench_pretranslate.py``. The seed files are read from the shared folder beside
the repository (never copied into it) and imported as plain text, French to English, into a throwaway SQLite
workspace. The first run pays for every distinct translatable sentence once; the second run of the same
release, and a run on a fresh import of the same file, must send nothing at all.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.mt.fake_deepl import TEST_KEY, FakeDeepL  # noqa: E402

from translator_app.app import open_workspace  # noqa: E402
from translator_app.domain.models import Role  # noqa: E402
from translator_app.mt.deepl_provider import DeepLProvider, DeepLSettings  # noqa: E402
from translator_app.mt.keys import ApiKey, KeyResolver  # noqa: E402
from translator_app.persistence.database import create_database_engine  # noqa: E402
from translator_app.persistence.uow import SqlUnitOfWorkFactory  # noqa: E402
from translator_app.services.pretranslate import PretranslateService  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"


def main() -> int:
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        print(f"no seed files in {SEEDS}", file=sys.stderr)
        return 1
    fake = FakeDeepL().start()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        workspace = open_workspace(url, "bench", Role.TRANSLATOR)
        engine = create_database_engine(url)
        provider = DeepLProvider(KeyResolver.fixed(ApiKey(TEST_KEY)), DeepLSettings(server_url=fake.url))
        service = PretranslateService(SqlUnitOfWorkFactory(engine, url), provider, provider)
        try:
            releases = [
                workspace.importing.import_file(seed, "fr", "en", workspace.actor, format_name="text").id
                for seed in seeds
            ]
            copies = [
                workspace.importing.import_file(seed, "fr", "en", workspace.actor, format_name="text").id
                for seed in seeds
            ]
            segments = [s for r in releases if r is not None for s in workspace.releases.segments(r)]
            translatable = [s for s in segments if s.translatable]
            print(
                f"seed: {len(seeds)} file(s), {len(segments)} segments, {len(translatable)} translatable, "
                f"{len({s.source for s in translatable})} distinct"
            )
            header = f"{'run':<22}{'filled':>7}{'mt':>5}{'cache':>7}{'requests':>10}  {'by endpoint':<34}"
            print(header + f"{'billed chars':>13}{'ms':>7}")
            for label, ids in (
                ("1 first run", releases),
                ("2 same release again", releases),
                ("3 fresh import", copies),
            ):
                before_requests = len(fake.requests)
                before_chars = fake.character_count
                started = time.perf_counter()
                filled = mt = cached = 0
                for release_id in ids:
                    assert release_id is not None
                    report = service.run(release_id, workspace.actor)
                    if report.failure is not None:
                        print(f"{label}: failed with {report.failure.value}", file=sys.stderr)
                        return 1
                    filled += report.filled
                    mt += report.from_mt
                    cached += report.from_cache
                elapsed = (time.perf_counter() - started) * 1000
                calls = fake.requests[before_requests:]
                endpoints = Counter(c.path.removeprefix("/v2/") for c in calls)
                by_endpoint = ", ".join(f"{path} {n}" for path, n in sorted(endpoints.items())) or "-"
                billed = fake.character_count - before_chars
                print(
                    f"{label:<22}{filled:>7}{mt:>5}{cached:>7}{len(calls):>10}  {by_endpoint:<34}"
                    f"{billed:>13}{elapsed:>7.0f}"
                )
        finally:
            provider.close()
            workspace.close()
            engine.dispose()
            fake.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
