"""The command-line contract: JSON shapes, exit codes 0/1/2 and one clear line on errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from tests.factories import add_release
from tests.pg_server import free_port

from translator_app.app import open_workspace
from translator_app.cli import main
from translator_app.domain.models import Role


@pytest.fixture
def release_id(db_url: str) -> int:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    try:
        release, _ = add_release(workspace)
    finally:
        workspace.close()
    assert release.id is not None
    return release.id


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def segments_json(capsys: pytest.CaptureFixture[str], db_url: str, release_id: int) -> list[dict]:
    code, out, _ = run(capsys, "--db", db_url, "segments", str(release_id), "--json")
    assert code == 0
    return list(json.loads(out))


def test_segments_json_has_the_contract_fields(
    capsys: pytest.CaptureFixture[str], db_url: str, release_id: int
) -> None:
    rows = segments_json(capsys, db_url, release_id)
    assert len(rows) == 5
    required = {"id", "position", "block", "kind", "source", "target", "status", "translatable", "origin"}
    assert required <= set(rows[0])
    assert rows[0]["translatable"] is False and rows[1]["kind"] == "title"
    assert [r["position"] for r in rows] == [0, 1, 2, 3, 4]


def test_edit_approve_reject_round(capsys: pytest.CaptureFixture[str], db_url: str, release_id: int) -> None:
    sid = str(segments_json(capsys, db_url, release_id)[1]["id"])
    code, out, _ = run(
        capsys,
        "--db",
        db_url,
        "--user",
        "ana",
        "edit",
        sid,
        "--target",
        "Horizon Bleu opens an office in Dakar",
        "--confirm",
    )
    assert code == 0 and "translated" in out

    code, _, err = run(capsys, "--db", db_url, "--user", "ana", "--role", "translator", "approve", sid)
    assert code == 1
    assert err.count("\n") == 1 and "only a reviewer" in err and "Traceback" not in err
    assert segments_json(capsys, db_url, release_id)[1]["status"] == "translated"

    code, _, err = run(
        capsys, "--db", db_url, "--user", "rui", "--role", "reviewer", "reject", sid, "--comment", " "
    )
    assert code == 1 and "needs a comment" in err

    code, out, _ = run(
        capsys,
        "--db",
        db_url,
        "--user",
        "rui",
        "--role",
        "reviewer",
        "reject",
        sid,
        "--comment",
        "Say 'regional office'",
    )
    assert code == 0 and "rejected" in out
    run(
        capsys,
        "--db",
        db_url,
        "--user",
        "ana",
        "edit",
        sid,
        "--target",
        "Horizon Bleu opens a regional office in Dakar",
        "--confirm",
    )
    code, out, _ = run(
        capsys,
        "--db",
        db_url,
        "--user",
        "rui",
        "--role",
        "reviewer",
        "approve",
        str(release_id),
        "--all-translated",
    )
    assert code == 0 and "approved 1 segment" in out
    code, out, _ = run(capsys, "--db", db_url, "segments", str(release_id), "--status", "approved", "--json")
    assert [row["target"] for row in json.loads(out)] == ["Horizon Bleu opens a regional office in Dakar"]


def test_a_stale_expected_version_is_a_conflict(
    capsys: pytest.CaptureFixture[str], db_url: str, release_id: int
) -> None:
    row = segments_json(capsys, db_url, release_id)[2]
    sid, version = str(row["id"]), str(row["version"])
    assert (
        run(
            capsys,
            "--db",
            db_url,
            "--user",
            "ana",
            "edit",
            sid,
            "--target",
            "first",
            "--expect-version",
            version,
        )[0]
        == 0
    )
    code, _, err = run(
        capsys,
        "--db",
        db_url,
        "--user",
        "rui",
        "edit",
        sid,
        "--target",
        "second",
        "--expect-version",
        version,
    )
    assert code == 1 and "changed by ana" in err and "nothing was written" in err
    assert segments_json(capsys, db_url, release_id)[2]["target"] == "first"


def title_segment(url: str) -> str:
    """The id of the title segment of the Horizon Bleu release, stored as ana."""
    workspace = open_workspace(url, "ana", Role.TRANSLATOR)
    try:
        return str(add_release(workspace)[1][1].id)
    finally:
        workspace.close()


def test_the_saved_role_is_the_default_on_a_one_person_workspace(
    capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    sid = title_segment(sqlite_url)
    run(capsys, "--db", sqlite_url, "edit", sid, "--target", "Horizon Bleu in Dakar", "--confirm")
    assert run(capsys, "--db", sqlite_url, "approve", sid)[0] == 1
    assert run(capsys, "--db", sqlite_url, "preferences", "--set-role", "reviewer")[0] == 0
    assert run(capsys, "--db", sqlite_url, "approve", sid)[0] == 0


@pytest.mark.postgres
def test_on_a_team_server_the_saved_role_gives_no_rights(
    capsys: pytest.CaptureFixture[str], postgres_url: str
) -> None:
    sid = title_segment(postgres_url)
    as_ana = ("--db", postgres_url, "--user", "ana")
    run(capsys, *as_ana, "edit", sid, "--target", "Horizon Bleu in Dakar", "--confirm")
    assert run(capsys, *as_ana, "preferences", "--set-role", "reviewer")[0] == 0
    code, _, err = run(capsys, *as_ana, "approve", sid)
    assert code == 1 and "a translator may not approve" in err


def test_releases_lists_counts(capsys: pytest.CaptureFixture[str], db_url: str, release_id: int) -> None:
    code, out, _ = run(capsys, "--db", db_url, "releases", "--json")
    assert code == 0
    [entry] = json.loads(out)
    assert entry["id"] == release_id and entry["segments"] == 5 and entry["counts"]["new"] == 4


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--db", "nonsense://", "releases"], "not a usable database URL"),
        (["--db", "postgresql://nobody@127.0.0.1:{port}/nowhere", "releases"], "cannot reach the database"),
        (["--db", "sqlite:///{tmp}/w.db", "segments", "424242"], "no release with id 424242"),
    ],
)
def test_user_errors_give_one_line_and_status_1(
    capsys: pytest.CaptureFixture[str], tmp_path: object, argv: list[str], expected: str
) -> None:
    filled = [a.format(port=free_port(), tmp=tmp_path) for a in argv]
    code, _, err = run(capsys, *filled)
    assert code == 1
    assert expected in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_the_installed_command_uses_status_2_for_bad_usage(tmp_path: object) -> None:
    env = {**os.environ, "TRANSLATOR_APP_DB": f"sqlite:///{tmp_path}/w.db"}
    usage = subprocess.run(
        [sys.executable, "-m", "translator_app", "approve"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert usage.returncode == 2 and "usage:" in usage.stderr
    listing = subprocess.run(
        [sys.executable, "-m", "translator_app", "releases", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert listing.returncode == 0 and json.loads(listing.stdout) == []


def test_import_prints_the_id_and_export_refuses_then_allows(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: object
) -> None:
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "releases" / "scraped_es.txt"
    code, out, _ = run(
        capsys,
        "--db",
        db_url,
        "import",
        str(fixture),
        "--from",
        "es",
        "--to",
        "en",
        "--title",
        "Nuevas clínicas",
    )
    assert code == 0
    release_id = int(out.strip())
    code, out, _ = run(capsys, "--db", db_url, "releases", "--json")
    assert json.loads(out)[0]["title"] == "Nuevas clínicas"

    target = Path(str(tmp_path)) / "out.md"
    code, _, err = run(capsys, "--db", db_url, "export", str(release_id), "--format", "md", "-o", str(target))
    assert code == 1 and "not approved" in err and err.count("\n") == 1
    assert not target.exists()
    code, _, err = run(
        capsys,
        "--db",
        db_url,
        "export",
        str(release_id),
        "--format",
        "md",
        "-o",
        str(target),
        "--allow-unapproved",
    )
    assert code == 0 and "warning" in err
    assert target.read_text(encoding="utf-8").startswith("# ")


def test_importing_an_empty_file_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: object
) -> None:
    from pathlib import Path

    empty = Path(str(tmp_path)) / "vacío.txt"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "--db", sqlite_url, "import", str(empty), "--from", "es", "--to", "en")
    assert code == 1
    assert err == "translator-app: vacío.txt: the file is empty\n"


def test_gui_imports_a_file_and_self_tests(capsys: pytest.CaptureFixture[str], sqlite_url: str) -> None:
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "releases" / "scraped_fr.txt"
    code, _, err = run(capsys, "--db", sqlite_url, "gui", str(fixture))
    assert code == 2 and "--from LANG and --to LANG" in err
    code, out, err = run(
        capsys, "--db", sqlite_url, "gui", str(fixture), "--from", "fr", "--to", "en", "--self-test"
    )
    assert code == 0, err
    assert out.startswith("self-test ok: 1 release(s) listed")


def test_preferences_give_the_default_user_database_and_threshold(
    capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    from translator_app.settings import Settings

    Settings(user="Claire Martin", database_url=sqlite_url, fuzzy_threshold=90).save()
    workspace = open_workspace(sqlite_url, "setup", Role.TRANSLATOR)
    try:
        release, segments = add_release(workspace)
    finally:
        workspace.close()
    sid = str(segments[1].id)
    code, _, err = run(capsys, "edit", sid, "--target", "Horizon Bleu in Dakar")
    assert code == 0, err
    code, out, _ = run(capsys, "segments", str(release.id), "--json")
    assert json.loads(out)[1]["updated_by"] == "Claire Martin"
    assert Settings.load().fuzzy_threshold == 90


def test_the_fuzzy_threshold_reaches_the_memory(sqlite_url: str) -> None:
    workspace = open_workspace(sqlite_url, "ana", Role.TRANSLATOR, fuzzy_threshold=90)
    try:
        assert workspace.memory.threshold == 90
    finally:
        workspace.close()


def test_a_reader_that_stops_early_gets_no_traceback(sqlite_url: str) -> None:
    workspace = open_workspace(sqlite_url, "ana", Role.TRANSLATOR)
    text = "Communiqué\n\n" + "".join(
        f"Le paragraphe numéro {n} de ce long communiqué.\n\n" for n in range(4000)
    )
    try:
        release = workspace.importing.import_bytes(text.encode(), "long.txt", "fr", "en", workspace.actor)
    finally:
        workspace.close()
    command = f"{sys.executable} -m translator_app --db '{sqlite_url}' segments {release.id} | head -c 10"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert len(result.stdout) == 10


def test_mark_makes_a_menu_line_translatable(
    capsys: pytest.CaptureFixture[str], db_url: str, release_id: int
) -> None:
    menu = segments_json(capsys, db_url, release_id)[0]
    assert menu["translatable"] is False
    code, out, _ = run(capsys, "--db", db_url, "mark", str(menu["id"]), "--translatable", "yes")
    assert code == 0 and "to translate" in out
    assert segments_json(capsys, db_url, release_id)[0]["translatable"] is True
