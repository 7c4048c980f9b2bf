"""Both themes are legible everywhere: every colour pair the app paints reaches WCAG AA (4.5:1), computed from
the theme's own colours, and the real widgets draw with them (dark theme included, and after a live switch).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QToolButton
from tests.ui.conftest import AddRelease, new_rows
from tests.ui.window_helpers import open_window

from translator_app.domain.matching import TmUnit
from translator_app.services.memory import ConcordanceHit, phrase_spans
from translator_app.services.workspace import Workspace
from translator_app.ui.common import paint_roles, status_style
from translator_app.ui.common.paint_roles import DARK, LIGHT, PaintRoles
from translator_app.ui.common.theme import apply_theme, theme_palette
from translator_app.ui.editor.tag_chips import chip_color
from translator_app.ui.panels.concordance_panel import marked

AA = 4.5
R = QPalette.ColorRole
G = QPalette.ColorGroup
THEMES: dict[str, PaintRoles] = {"light": LIGHT, "dark": DARK}


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    light, dark = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def painted_pairs(theme: str) -> Iterator[tuple[str, QColor | str, QColor | str]]:
    """Every (what, text colour, background) the app paints in ``theme``."""
    palette = theme_palette(theme)
    base, window, button = palette.color(R.Base), palette.color(R.Window), palette.color(R.Button)
    yield "text", palette.color(R.Text), base
    yield "window text", palette.color(R.WindowText), window
    yield "button text", palette.color(R.ButtonText), button
    yield "text on highlight", palette.color(R.HighlightedText), palette.color(R.Highlight)
    yield "tooltip", palette.color(R.ToolTipText), palette.color(R.ToolTipBase)
    yield "link", palette.color(R.Link), base
    yield "muted note on the window", palette.color(R.PlaceholderText), window
    yield "muted note in a list", palette.color(R.PlaceholderText), base
    yield "disabled action", palette.color(G.Disabled, R.ButtonText), button
    yield "disabled action on the toolbar", palette.color(G.Disabled, R.ButtonText), window
    yield "segment not to translate", palette.color(G.Disabled, R.Text), base
    yield "status bar word counts", status_style.MUTED_COLOR[theme], window
    for name, ink in THEMES[theme].pairs():
        if ink.background:
            yield name, ink.color, ink.background
        else:
            yield f"{name} in a list", ink.color, base
            yield f"{name} on the window", ink.color, window
    for number in range(1, 7):
        yield f"tag chip {number}", "#ffffff", chip_color(number)


@pytest.mark.parametrize("theme", list(THEMES))
def test_every_painted_colour_pair_reaches_wcag_aa(theme: str) -> None:
    failing = [
        f"{what}: {QColor(fg).name()} on {QColor(bg).name()} = {contrast(fg, bg):.2f}"
        for what, fg, bg in painted_pairs(theme)
        if contrast(fg, bg) < AA
    ]
    assert failing == []


@pytest.mark.parametrize("theme", list(THEMES))
def test_disabled_actions_look_disabled(theme: str) -> None:
    """Fainter than enabled ones by a clear step, yet legible (above)."""
    palette = theme_palette(theme)
    for role in (R.ButtonText, R.WindowText, R.Text):
        enabled, disabled = palette.color(G.Active, role), palette.color(G.Disabled, role)
        assert contrast(enabled, disabled) >= 2.0, role


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QApplication]:
    apply_theme(qapp, "dark")
    yield qapp
    apply_theme(qapp, "system", 0)


def _ink_of(image: QImage, background: QColor) -> QColor:
    """The colour of the drawn text: the pixel farthest from the background."""
    best, far = background, -1.0
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            distance = abs(luminance(color) - luminance(background))
            if distance > far:
                best, far = color, distance
    return best


def test_the_quiet_lines_are_legible_in_the_dark_theme(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, dark: QApplication
) -> None:
    add_release(rows=new_rows("Le bureau coordonnera six pays."))
    window = open_window(qtbot, workspace)
    panel, tab = window.side.suggestions, window.side.suggestions_tab
    qtbot.waitUntil(lambda: panel.empty.isVisible() and "DeepL" in tab.mt_line.text(), timeout=5000)

    for label in (panel.empty, tab.mt_line):
        assert label in paint_roles.muted_widgets(window)
        image = label.grab().toImage()
        background = image.pixelColor(1, 1)
        ink = _ink_of(image, background)
        assert contrast(ink, background) >= AA, (label.objectName(), ink.name(), background.name())


def test_a_concordance_hit_on_the_target_side_is_legible_in_the_dark_theme(dark: QApplication) -> None:
    unit = TmUnit("fr", "en", "Le bureau de Dakar", "The Dakar office")
    hit = ConcordanceHit(unit, phrase_spans(unit.source, "Dakar"), phrase_spans(unit.target, "Dakar"))
    document = QTextDocument()
    document.setHtml(marked(hit.unit.target, hit.target_spans))
    cursor = QTextCursor(document)
    cursor.setPosition(unit.target.index("Dakar") + 1)
    style = cursor.charFormat()
    assert style.background().style() != Qt.BrushStyle.NoBrush, "the hit has its own background"
    own = style.foreground().style() != Qt.BrushStyle.NoBrush
    text = style.foreground().color() if own else dark.palette().color(R.Text)  # else the view's text
    assert contrast(text, style.background().color()) >= AA


def _icon_color(icon: QIcon, mode: QIcon.Mode) -> QColor:
    image = icon.pixmap(24, 24, mode).toImage()
    opaque = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]
    solid = [c for c in opaque if c.alpha() == 255]
    assert solid, "the icon draws something"
    return solid[len(solid) // 2]


def test_after_switching_to_dark_the_toolbar_icons_follow_and_disabled_ones_look_disabled(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, dark: QApplication
) -> None:
    apply_theme(dark, "light")
    add_release(rows=new_rows("Le bureau coordonnera six pays."))
    window = open_window(qtbot, workspace)
    dark_item = next(a for a in window.view_menu.theme_group.actions() if a.data() == "dark")
    dark_item.trigger()
    QApplication.processEvents()  # the palette change reaches the widgets as an event

    palette = dark.palette()
    toolbar_background = palette.color(R.Window)
    approve = window.toolbar.widgetForAction(window.commands.approve)
    confirm = window.toolbar.widgetForAction(window.commands.confirm)
    assert isinstance(approve, QToolButton) and isinstance(confirm, QToolButton)
    assert not approve.isEnabled() and confirm.isEnabled()  # a translator may not approve
    enabled = _icon_color(confirm.icon(), QIcon.Mode.Normal)
    disabled = _icon_color(approve.icon(), QIcon.Mode.Disabled)
    assert contrast(enabled, toolbar_background) >= AA, enabled.name()
    assert contrast(disabled, toolbar_background) >= AA, disabled.name()
    assert contrast(enabled, disabled) >= 2.0, (enabled.name(), disabled.name())
    assert approve.palette().color(G.Disabled, R.ButtonText) == palette.color(G.Disabled, R.ButtonText)


def test_a_muted_label_follows_a_live_theme_switch(qapp: QApplication, dark: QApplication) -> None:
    label = paint_roles.mute(QLabel("No suggestions"))
    assert label.palette().color(label.foregroundRole()) == theme_palette("dark").color(R.PlaceholderText)
    apply_theme(qapp, "light")
    QApplication.processEvents()
    assert label.palette().color(label.foregroundRole()) == theme_palette("light").color(R.PlaceholderText)
