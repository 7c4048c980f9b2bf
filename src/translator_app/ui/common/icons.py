"""The app's icons: glyphs of the Material Design Icons 6 font that qtawesome bundles (names ``mdi6.*``).

``qtawesome.icon()`` loads every font qtawesome ships (a dozen, ~6 MB) into the application on its first call;
this module loads the one the app draws from, and the installers ship only that one. The only module that
imports qtawesome: a test holds the rest of the code to that.
"""

from __future__ import annotations

from typing import Any

import qtawesome
from PySide6.QtGui import QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication
from qtawesome.iconic_font import IconicFont

#: The prefix of the icon names, as in ``"mdi6.check"``.
PREFIX = "mdi6"

_loaded: list[Any] = []


def font_files() -> tuple[str, str]:
    """The file names of the font and of its charmap in qtawesome's ``fonts`` folder, as the installed
    qtawesome names them (they carry the font's version)."""
    for prefix, ttf, charmap, *_ in qtawesome._BUNDLED_FONTS:
        if prefix == PREFIX:
            return ttf, charmap
    raise LookupError(f"qtawesome {qtawesome.__version__} bundles no {PREFIX} font")


def _font() -> Any:
    """The IconicFont, made on first use; made again if its font left the font database (a new
    QApplication), or if it was made before there was an application to load the font into."""
    font = _loaded[0] if _loaded else None
    font_id = font.fontids.get(PREFIX) if font is not None else None
    if font_id is None or not QFontDatabase.applicationFontFamilies(font_id):
        font = IconicFont((PREFIX, *font_files()))
        _loaded[:] = [font]
    return font


def icon(name: str, **options: Any) -> QIcon:
    """The icon ``name`` (``"mdi6.check"``), drawn with ``options`` as ``qtawesome.icon`` takes them
    (``color="#2e7d32"``, ``scale_factor=1.2``…).

    Without a colour it takes the palette's text colours, enabled and disabled, named in the options:
    qtawesome caches icons by their options, and would otherwise hand back the previous theme's icon."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        palette = app.palette()
        options.setdefault("color", palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text).name())
        options.setdefault(
            "color_disabled", palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
        )
    made: QIcon = _font().icon(name, **options)
    return made
