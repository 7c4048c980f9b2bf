"""Remake docs/team-translator.png and docs/team-reviewer.png: two desktops on one team server at once.

A throwaway PostgreSQL server (the tests' harness, ``tests/pg_server.py``) with the team of ``admin init``;
the seed release imported and partly translated by ana; then ana (translator) and rui (reviewer) each in their
own window on their own virtual screen, on the same release, while a third desktop (mika) has another
segment open. Each window shows the others' badges in the grid and who else is on its segment.

Usage (from the project folder; needs ../shared/tools/screenshot.sh and the PostgreSQL binaries):
``.venv/bin/python docs/team_screenshots.py [SEED.txt] [LANGUAGE] [THEME]`` (``fr``, ``dark``: the files
take ``-fr``, ``-dark``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pg_server import start_server  # noqa: E402
from tests.pg_team import new_database, set_up_team  # noqa: E402

from translator_app.app import open_workspace  # noqa: E402

SCREENSHOT = ROOT.parent / "shared" / "tools" / "screenshot.sh"
WAIT_SECONDS = "16"
"""Both windows start, announce their segment and read the others' (every 2 s) before the picture."""

TRANSLATED = {
    32: "Building resilience in fragile and conflict-affected countries: Memorandum of Understanding between "
    "IOM and KOICA",
    33: "Geneva/Seoul, 11 March – The International Organization for Migration (IOM) and the Korea "
    "International Cooperation Agency (KOICA) have signed a Memorandum of Understanding on the Fragile and "
    "Conflict-Affected States Support Programme.",
    34: "This collaboration is a crucial initiative bringing together eight international organizations, "
    "including IOM, under KOICA's programme to strengthen the capacity of fragile states to reduce and "
    "manage societal, political, economic and environmental risks.",
    35: "The initiative is aligned with the Republic of Korea's Strategy for implementing the "
    "humanitarian-development-peace nexus.",
}
SHARED_SEGMENT = 36
"""The segment ana types in while rui reviews it."""
TYPED = "With the help of KOICA's programme, IOM has assisted more than half a million people"
MIKA_SEGMENT = 39


def main(argv: list[str]) -> int:
    seed = Path(argv[0]) if argv else sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))[0]
    language = argv[1] if len(argv) > 1 else "en"
    theme = argv[2] if len(argv) > 2 else "light"
    server = start_server()
    try:
        set_up_team(server)
        url = server.url(new_database(server), login=None)
        work = Path(tempfile.mkdtemp(prefix="team-shots-"))
        env = dict(os.environ, TRANSLATOR_APP_CONFIG_DIR=str(work / "import"))
        release = int(
            subprocess.run(
                [
                    str(ROOT / ".venv/bin/translator-app"),
                    "--db",
                    url,
                    "--user",
                    "ana",
                    "import",
                    "--from",
                    "fr",
                    "--to",
                    "en",
                    "--title",
                    "Protocole d'accord OIM–KOICA",
                    str(seed),
                ],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout.split()[0]
        )
        ana = open_workspace(url, "ana", None)
        rui = open_workspace(url, "rui", None)
        mika = open_workspace(url, "mika", None)
        try:
            for segment_id, text in TRANSLATED.items():
                ana.editing.edit(segment_id, text, ana.actor, confirm=True)
            rui.review.approve([32, 33], rui.actor)
            rui.reviewing.comments.add(34, "“crucial” is strong for “essentielle”: keep it?", rui.actor)
            assert mika.presence is not None
            mika.presence.open(release, MIKA_SEGMENT)
            shots = []
            for login, role, segment, typed in (
                ("ana", "translator", SHARED_SEGMENT, TYPED),
                ("rui", "reviewer", SHARED_SEGMENT, ""),
            ):
                config = work / login
                config.mkdir()
                (config / "settings.json").write_text(
                    json.dumps({"role": role, "theme": theme, "font_size": 0, "language": language}),
                    encoding="utf-8",
                )
                suffix = ("" if language == "en" else f"-{language}") + (
                    "" if theme == "light" else f"-{theme}"
                )
                out = ROOT / "docs" / f"team-{role}{suffix}.png"
                command = [
                    str(SCREENSHOT),
                    str(out),
                    WAIT_SECONDS,
                    str(ROOT / ".venv/bin/python"),
                    str(ROOT / "docs/show_team_window.py"),
                    url,
                    login,
                    str(release),
                    str(segment),
                ]
                shots.append(
                    subprocess.Popen(
                        [*command, *([typed] if typed else [])],
                        env=dict(
                            os.environ, TRANSLATOR_APP_CONFIG_DIR=str(config), SCREEN_GEOMETRY="1600x1000x24"
                        ),
                    )
                )
            return max(shot.wait() for shot in shots)
        finally:
            for workspace in (ana, rui, mika):
                workspace.close()
    finally:
        server.stop()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
