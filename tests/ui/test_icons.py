"""Icons come from one font (Material Design Icons 6): only ui/common/icons.py loads it, and only it is
shipped."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import qtawesome

from translator_app.ui.common import icons

PACKAGE = Path(icons.__file__).resolve().parents[2]
ICON_NAME = re.compile(r"""["'](mdi6\.[a-z0-9-]+)["']""")


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def test_only_the_icons_module_imports_qtawesome() -> None:
    importers = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if any(name.split(".")[0] == "qtawesome" for name in imported_modules(path))
    }
    assert importers == {"ui/common/icons.py"}, "draw icons with ui.common.icons.icon(), not qtawesome"


def test_every_icon_named_in_the_code_is_in_the_mdi6_charmap() -> None:
    ttf, charmap_file = icons.font_files()
    fonts = Path(qtawesome.__file__).parent / "fonts"
    assert (fonts / ttf).is_file()
    charmap = json.loads((fonts / charmap_file).read_text(encoding="utf-8"))
    sources = [path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")]
    used = {name for source in sources for name in ICON_NAME.findall(source)}
    assert len(used) > 30, "the search for icon names found too few: has the naming changed?"
    missing = sorted(name for name in used if name.removeprefix("mdi6.") not in charmap)
    assert not missing, f"not in {charmap_file}: {missing}"


def test_an_icon_draws_and_the_font_is_loaded_once() -> None:
    check = icons.icon("mdi6.check", color="#2e7d32")
    assert not check.isNull()
    assert not check.pixmap(16, 16).toImage().isNull()
    font = icons._font()
    assert icons._font() is font
    assert set(font.fontname) == {"mdi6"}, "only the one font is loaded"
