"""The limits are stated on the command line and in Preferences, and each refusal or notice is one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translator_app.cli import main
from translator_app.settings import Settings


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _releases(capsys: pytest.CaptureFixture[str], db: str) -> list[object]:
    code, out, _ = run(capsys, "--db", db, "releases", "--json")
    assert code == 0
    return list(json.loads(out))


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'workspace.db'}"


def test_max_segments_flag_refuses_a_longer_release_in_one_line(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    path = tmp_path / "release.txt"
    path.write_text("Titre du communiqué\n\n" + "Une phrase ici. " * 30 + "\n", encoding="utf-8")
    code, out, err = run(
        capsys, "--db", db, "--max-segments", "20", "import", str(path), "--from", "fr", "--to", "en"
    )
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "more than 20 segments" in err and "--max-segments" in err
    assert _releases(capsys, db) == []
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--from", "fr", "--to", "en")
    assert code == 0 and out.strip().isdigit()


def test_preferences_set_the_limits_and_the_flag_overrides_them(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    settings = Settings.load()
    settings.max_file_mb = 1
    settings.save()
    assert Settings.load().limits.max_bytes == 1024 * 1024
    path = tmp_path / "big.txt"
    path.write_text(
        ("Une phrase assez longue pour remplir le fichier. " * 20 + "\n\n") * 1200, encoding="utf-8"
    )
    code, _, err = run(capsys, "--db", db, "import", str(path), "--from", "fr", "--to", "en")
    assert code == 1 and "too large" in err and "--max-file-mb" in err
    code, out, _ = run(
        capsys, "--db", db, "--max-file-mb", "2", "import", str(path), "--from", "fr", "--to", "en"
    )
    assert code == 0 and out.strip().isdigit()


@pytest.mark.parametrize(("raw", "expected"), [("0", 1), ("-5", 1), ("abc", 50), ("99999", 4096)])
def test_a_hand_edited_limit_is_brought_back_into_range(raw: str, expected: int) -> None:
    assert Settings(max_file_mb=raw).max_file_mb == expected  # type: ignore[arg-type]


def test_a_guessed_encoding_is_said_on_stderr_and_the_id_stays_alone_on_stdout(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    path = tmp_path / "tokyo.txt"
    text = "東京、3月11日、国際移住機関（IOM）は本日、新しい報告書を発表しました。日本語の文章です。\n" * 3
    path.write_bytes(text.encode("shift_jis"))
    code, out, err = run(capsys, "--db", db, "import", str(path), "--from", "ja", "--to", "en")
    assert code == 0 and out.strip().isdigit()
    assert "read as cp932" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "--db", db, "segments", out.strip(), "--json")
    assert json.loads(out)[0]["source"].startswith("東京、3月11日")


def test_a_markdown_file_of_code_only_is_nothing_to_translate_not_empty(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    path = tmp_path / "code.md"
    path.write_text("```\n" + "print('hello')\n" * 5 + "```\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import", str(path), "--from", "fr", "--to", "en")
    assert code == 1 and "no text to translate" in err and "empty" not in err
