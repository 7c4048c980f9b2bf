"""The review commands: qa, approve --override, reject --category --severity, comment, history, revert,
signoff and export --format report, with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.factories import add_release

from translator_app.app import open_workspace
from translator_app.cli import main
from translator_app.domain.models import Role

CONTACT_RETYPED = "Contact: press@horizon-bleu.example, +33 4 72 00 11 22"


@pytest.fixture
def ids(db_url: str) -> list[int]:
    """Segment ids of the Horizon Bleu release, release id last."""
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    try:
        release, segments = add_release(workspace)
    finally:
        workspace.close()
    return [s.id or 0 for s in segments] + [release.id or 0]


def run(capsys: pytest.CaptureFixture[str], db_url: str, role: str, *argv: str) -> tuple[int, str, str]:
    user = "rui" if role == "reviewer" else "ana"
    try:
        code = main(["--db", db_url, "--user", user, "--role", role, *argv])
    except SystemExit as stop:  # argparse: bad usage
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_qa_json_lists_findings_and_an_error_blocks_approve_until_override(
    capsys: pytest.CaptureFixture[str], db_url: str, ids: list[int]
) -> None:
    contact, release = str(ids[4]), str(ids[-1])
    assert (
        run(capsys, db_url, "translator", "edit", contact, "--target", CONTACT_RETYPED, "--confirm")[0] == 0
    )
    code, out, _ = run(capsys, db_url, "translator", "qa", release, "--json")
    assert code == 0
    [finding] = json.loads(out)
    assert finding["segment"] == ids[4] and finding["code"] == "email-missing"
    assert finding["severity"] == "error"
    assert (
        finding["message"]
        == "e-mail address presse@horizon-bleu.example must be kept exactly as in the source"
    )

    code, _, err = run(capsys, db_url, "reviewer", "approve", contact)
    assert code == 1 and "email-missing" in err and "--override" in err and err.count("\n") == 1
    code, out, err = run(capsys, db_url, "reviewer", "approve", release, "--all-translated")
    assert code == 0 and "approved 0 segment" in out and "#5" in err
    assert run(capsys, db_url, "reviewer", "approve", contact, "--override", "")[0] == 1
    assert run(capsys, db_url, "reviewer", "approve", release, "--all-translated", "--override", "x")[0] == 2
    code, out, _ = run(
        capsys, db_url, "reviewer", "approve", contact, "--override", "Agreed with the press office"
    )
    assert code == 0 and "approved 1 segment" in out
    code, out, _ = run(capsys, db_url, "reviewer", "history", contact, "--json")
    last = json.loads(out)[-1]
    assert (last["new"], last["comment"], last["override"]) == (
        "approved",
        "Agreed with the press office",
        True,
    )


def test_reject_with_a_category_comment_history_and_revert(
    capsys: pytest.CaptureFixture[str], db_url: str, ids: list[int]
) -> None:
    title = str(ids[1])
    run(capsys, db_url, "translator", "edit", title, "--target", "Blue Horizon opens an office", "--confirm")
    code, _, err = run(
        capsys,
        db_url,
        "reviewer",
        "reject",
        title,
        "--comment",
        "Name",
        "--category",
        "terminology",
        "--severity",
        "critical",
    )
    assert code == 0, err
    assert run(capsys, db_url, "reviewer", "reject", title, "--comment", "x", "--severity", "huge")[0] == 2
    assert run(capsys, db_url, "translator", "comment", title, "--text", "Fixed, see glossary")[0] == 0
    code, out, _ = run(capsys, db_url, "translator", "comments", title, "--json")
    threads = json.loads(out)
    assert [(c[0]["kind"], c[0]["category"], c[0]["severity"]) for c in threads] == [
        ("rejection", "terminology", "critical"),
        ("note", None, None),
    ]
    run(capsys, db_url, "translator", "edit", title, "--target", "Horizon Bleu opens an office", "--confirm")
    code, out, _ = run(capsys, db_url, "translator", "history", title, "--json")
    entries = json.loads(out)
    first_target = entries[0]["event"]
    changes = [(d["change"], d["text"]) for d in entries[-2]["diff"] if d["change"] != "equal"]
    assert changes == [("deleted", "Blue "), ("inserted", "Bleu ")]
    code, out, _ = run(capsys, db_url, "translator", "revert", title, "--to-event", str(first_target))
    assert code == 0 and "translated" in out
    code, out, _ = run(capsys, db_url, "translator", "segments", str(ids[-1]), "--json")
    assert json.loads(out)[1]["target"] == "Blue Horizon opens an office"
    assert run(capsys, db_url, "translator", "revert", title, "--to-version", "99")[0] == 1
    assert run(capsys, db_url, "translator", "revert", title)[0] == 2


def test_signoff_and_the_report_export(
    capsys: pytest.CaptureFixture[str], db_url: str, ids: list[int], tmp_path: Path
) -> None:
    release = str(ids[-1])
    code, _, err = run(capsys, db_url, "reviewer", "signoff", release)
    assert code == 1 and "not approved" in err
    targets = {
        1: "Horizon Bleu opens an office in Dakar",
        2: "Lyon/Dakar, 4 February – The Horizon Bleu Foundation opened its regional office.",
        3: "“We will be closer to communities,” said Ms Diallo.",
        4: "Contact: presse@horizon-bleu.example, +33 4 72 00 11 22",
    }
    for index, text in targets.items():
        run(capsys, db_url, "translator", "edit", str(ids[index]), "--target", text, "--confirm")
    assert (
        run(capsys, db_url, "reviewer", "approve", release, "--all-translated")[1]
        == "approved 4 segment(s)\n"
    )
    assert run(capsys, db_url, "translator", "signoff", release)[0] == 1
    code, out, _ = run(capsys, db_url, "reviewer", "signoff", release)
    assert code == 0 and "signed off by rui" in out
    code, out, _ = run(
        capsys, db_url, "translator", "export", release, "--format", "txt", "-o", str(tmp_path / "a.txt")
    )
    assert code == 0 and "signed off by rui" in out

    html = tmp_path / "report.html"
    code, out, _ = run(
        capsys,
        db_url,
        "translator",
        "export",
        release,
        "--format",
        "report",
        "-o",
        str(html),
        "--report-threshold",
        "5",
    )
    assert code == 0 and "wrote" in out
    page = html.read_text(encoding="utf-8")
    assert "signed off by rui" in page and 'class="pass">pass<' in page

    run(capsys, db_url, "translator", "edit", str(ids[3]), "--target", "“We will be nearer,” said Ms Diallo.")
    code, out, _ = run(capsys, db_url, "translator", "signoff", release, "--status")
    assert code == 0 and out.startswith("reopened by a change to segment") and "by ana" in out
    report_csv = tmp_path / "report.csv"
    assert (
        run(capsys, db_url, "translator", "export", release, "--format", "report", "-o", str(report_csv))[0]
        == 0
    )
    assert 'summary,sign-off,"reopened (signed off by rui, then changed)"' in report_csv.read_text(
        encoding="utf-8"
    )
