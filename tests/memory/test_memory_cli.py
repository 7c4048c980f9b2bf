"""``tm`` and ``glossary`` subcommands: JSON shapes, exit codes and one clear line on errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.memory.helpers import store

from translator_app.cli import main
from translator_app.domain.matching import TmUnit

BAD_XML = Path(__file__).resolve().parents[1] / "fixtures" / "bad_xml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_tm_search_export_and_import(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    store(
        db_url, [TmUnit("fr", "en", "Le bureau ouvre à Dakar.", "The office opens in Dakar.", approved=True)]
    )
    code, out, _ = run(
        capsys,
        "--db",
        db_url,
        "tm",
        "search",
        "Le bureau ouvre à Genève.",
        "--from",
        "fr",
        "--to",
        "en",
        "--json",
    )
    assert code == 0
    [match] = json.loads(out)
    assert match["source"] == "Le bureau ouvre à Dakar." and match["target"] == "The office opens in Dakar."
    assert 70 <= match["score"] < 100 and match["approved"] is True
    assert {span["op"] for span in match["diff"]} == {"equal", "insert", "delete"}
    path = tmp_path / "out.tmx"
    code, out, _ = run(capsys, "--db", db_url, "tm", "export", str(path), "--from", "fr", "--to", "en")
    assert code == 0 and "1 units" in out
    other = f"sqlite:///{tmp_path / 'other.db'}"
    code, out, _ = run(capsys, "--db", other, "tm", "import", str(path))
    assert code == 0 and "1 unit(s) added" in out
    code, out, _ = run(
        capsys,
        "--db",
        other,
        "tm",
        "search",
        "Dakar",
        "--from",
        "fr",
        "--to",
        "en",
        "--concordance",
        "--json",
    )
    assert [hit["target"] for hit in json.loads(out)] == ["The office opens in Dakar."]


def test_an_unsafe_tmx_is_one_clear_line(capsys: pytest.CaptureFixture[str], sqlite_url: str) -> None:
    code, out, err = run(capsys, "--db", sqlite_url, "tm", "import", str(BAD_XML / "billion_laughs.tmx"))
    assert code == 1 and out == ""
    assert (
        err.strip() == "translator-app: billion_laughs.tmx: the document contains XML entity declarations, "
        "refused for safety"
    )


def test_glossary_import_search_and_export(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    csv_path = tmp_path / "terms.csv"
    csv_path.write_text("source,target,forbidden\nOIM,IOM,OMI\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "--db", sqlite_url, "glossary", "import", str(csv_path), "--from", "fr", "--to", "en"
    )
    assert code == 0 and "1 term(s) added" in out
    code, out, _ = run(
        capsys,
        "--db",
        sqlite_url,
        "glossary",
        "search",
        "Selon l'OIM",
        "--from",
        "fr",
        "--to",
        "en",
        "--json",
    )
    assert json.loads(out) == [
        {
            "term": "OIM",
            "found": "OIM",
            "start": 8,
            "end": 11,
            "target": "IOM",
            "note": "",
            "part_of_speech": "",
            "forbidden": ["OMI"],
        }
    ]
    code, out, _ = run(capsys, "--db", sqlite_url, "glossary", "export", str(tmp_path / "g.tbx"))
    assert code == 0 and (tmp_path / "g.tbx").is_file()
    code, _, err = run(capsys, "--db", sqlite_url, "glossary", "import", str(csv_path))
    assert code == 1 and "--from LANG --to LANG" in err
