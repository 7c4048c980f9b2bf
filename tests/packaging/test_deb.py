"""The Linux installer: `make package` builds a .deb whose installed binary passes its own --self-test.

Run by ``make package-test`` (and ``.ci/run`` after ``make test``), never by ``make test``: installing a
package is not something the test suite may do on a developer's machine.

Slow (about a minute and a half from scratch on 2 cores): it builds the PyInstaller bundle, packs it, installs
it with ``dpkg -i`` (root) or unpacks it with ``dpkg -x`` (anyone else, or when a copy is installed already),
runs the installed ``translator-app --self-test`` offscreen, checks that the trimmed ICU data still gives Qt
what it asks for, and removes the package with ``dpkg -P``. A .deb newer than every source file is reused. A
fresh build here uses zstd (``DEB_COMPRESS=zstd``: seconds instead of the ~2.5 minutes of xz); the compressor
changes nothing that this test looks at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "packaging" / "dist"
SOURCES = ("src", "packaging", "resources", "translations", "pyproject.toml", "constraints.txt", "Makefile")
IN_CI = os.environ.get("CI", "").lower() == "true"
CHECKS = ("version", "libraries", "workspace", "import", "export txt", "export html", "window")
ICU_PROBE = Path(__file__).with_name("icu_probe.py")

pytestmark = [pytest.mark.slow, pytest.mark.package]


def newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*") if path.is_dir() else []
        for file in files:
            parts = set(file.relative_to(ROOT).parts)
            if file.is_file() and not parts & {"build", "dist", "__pycache__"}:
                newest = max(newest, file.stat().st_mtime)
    return newest


def fresh_deb() -> Path | None:
    debs = sorted(DIST.glob("translator-app_*.deb"), key=lambda p: p.stat().st_mtime)
    if debs and debs[-1].stat().st_mtime > newest_source():
        return debs[-1]
    return None


@pytest.fixture(scope="module")
def deb() -> Path:
    if shutil.which("dpkg-deb") is None or shutil.which("make") is None:
        if IN_CI:
            pytest.fail("CI builds the .deb: dpkg-deb and make must be there")
        pytest.skip("dpkg-deb or make is absent: not a Debian-like machine")
    found = fresh_deb()
    if found is None:
        env = {**os.environ, "DEB_COMPRESS": os.environ.get("DEB_COMPRESS", "zstd")}
        build = subprocess.run(
            ["make", "package"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
        )
        assert build.returncode == 0, f"make package failed:\n{build.stdout[-4000:]}\n{build.stderr[-4000:]}"
        found = fresh_deb()
    assert found is not None, "make package left no .deb newer than the sources in packaging/dist"
    return found


def installed(package: str) -> bool:
    query = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
    )
    return query.returncode == 0 and "installed" in query.stdout.split()


@pytest.fixture(scope="module")
def install_root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """``/`` after ``dpkg -i`` (purged afterwards), or a folder the package was unpacked into."""
    if os.geteuid() == 0 and not installed("translator-app"):
        done = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True, timeout=300)
        try:
            assert done.returncode == 0, f"dpkg -i failed:\n{done.stdout}\n{done.stderr}"
            yield Path("/")
        finally:
            subprocess.run(["dpkg", "-P", "translator-app"], capture_output=True, timeout=300, check=False)
        assert not installed("translator-app"), "dpkg -P left the package installed"
        assert not Path("/opt/translator-app").exists(), "dpkg -P left /opt/translator-app behind"
        return
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=300)
    yield root


def field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_control_fields_name_the_system_libraries(deb: Path) -> None:
    assert field(deb, "Package") == "translator-app"
    depends = field(deb, "Depends")
    assert "libc6 (>= 2." in depends and "libgl1" in depends and "libxcb1" in depends
    assert "libxcb-cursor0" in field(deb, "Recommends")


def test_the_package_installs_the_launcher_desktop_entry_and_icons(install_root: Path) -> None:
    assert os.access(install_root / "opt/translator-app/translator-app", os.X_OK)
    launcher = install_root / "usr/bin/translator-app"
    assert os.access(launcher, os.X_OK)
    assert "/opt/translator-app/translator-app" in launcher.read_text()
    desktop = (install_root / "usr/share/applications/translator-app.desktop").read_text()
    assert "Exec=translator-app" in desktop and "Icon=translator-app" in desktop
    icons = install_root / "usr/share/icons/hicolor"
    for size in ("48x48", "128x128", "256x256"):
        assert (icons / size / "apps/translator-app.png").is_file()
    assert (icons / "scalable/apps/translator-app.svg").is_file()


def test_the_installed_binary_passes_its_self_test(install_root: Path, tmp_path: Path) -> None:
    on_machine = install_root == Path("/")
    binary = install_root / ("usr/bin/translator-app" if on_machine else "opt/translator-app/translator-app")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [str(binary), "--self-test"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, f"--self-test failed:\n{result.stdout}\n{result.stderr}"
    lines = result.stdout.splitlines()
    for check in CHECKS:
        found = any(line.startswith(f"self-test ok: {check}:") for line in lines)
        assert found, f"no {check!r} line:\n{result.stdout}"
    assert "frozen bundle" in result.stdout
    assert lines[-1].startswith("self-test passed: 7 checks")


def icu_probe(folder: Path, home: Path) -> dict[str, Any]:
    """What ICU gives Qt with the ICU libraries of ``folder`` (see icu_probe.py), in a process of its own."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
    done = subprocess.run(
        [sys.executable, str(ICU_PROBE), str(folder)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, f"the ICU probe failed with {folder}:\n{done.stderr}"
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def test_the_trimmed_icu_data_answers_qt_as_the_full_data_did(install_root: Path, tmp_path: Path) -> None:
    shipped = install_root / "opt/translator-app/_internal/PySide6/Qt/lib"
    [data] = shipped.glob("libicudata.so.*")
    assert data.stat().st_size < 8_000_000, f"{data.name} was not trimmed"
    untrimmed = Path(PySide6.__file__).parent / "Qt" / "lib"  # the wheel's, ~31 MB
    trimmed, full = icu_probe(shipped, tmp_path), icu_probe(untrimmed, tmp_path)
    assert trimmed.pop("icudata") == [str(data.resolve())], "Qt did not run on the shipped ICU data"
    assert full.pop("icudata") != [str(data.resolve())]
    assert trimmed == full

    # right answers, not the same failure twice
    icu, qt = trimmed["icu"], trimmed["qt"]
    assert not [key for key in icu if key.startswith(("ucol_open", "ucnv_open"))], "an ICU service failed"
    french = [word for word in qt["QCollator fr"] if word in {"élan", "Zèbre", "eau", "Éa"}]
    assert french == ["Éa", "eau", "élan", "Zèbre"]
    assert qt["QCollator fr_CA"][:4] == ["cote", "côte", "coté", "côté"], "accents read backwards in fr_CA"
    assert qt["QCollator es"].index("ñu") > qt["QCollator es"].index("nz"), "Spanish puts ñ after n"
    assert qt["QLocale tr toUpper"] == "İSTANBUL"
    assert len(qt["QStringConverter codecs"]) == 7
    assert icu["ucnv_toUChars windows-1252"]["text"][0x80 - 32] == "€"
    assert icu["ucnv_toUChars ISO-8859-15"]["text"][0xA4 - 32] == "€"
    assert icu["uloc_getDisplayName fr_CA in fr"]["text"] == "français (Canada)"
    assert qt["QTimeZone names"]["fr"] == "heure normale d’Europe centrale"
