"""Light, dark or the system's look, and the interface font size, applied to the whole application.

"light" and "dark" use Qt's Fusion style with a calm palette of our own, so the window looks the same on every
desktop; "system" gives back the style, palette and font the application started with. The status colours
follow (see :func:`status_style.use_dark_colors`) so they stay readable on a dark background. The choice is
stored in :class:`Settings` and applied at start; View › Theme and the Preferences dialog change it live.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QMenu, QSpinBox, QStyleFactory, QWidget

from translator_app.settings import LARGEST_FONT_SIZE, THEMES, Settings
from translator_app.ui.common import paint_roles, status_style

R = QPalette.ColorRole
G = QPalette.ColorGroup

_DARK = {
    R.Window: "#2b2d30",
    R.WindowText: "#e6e6e6",
    R.Base: "#1f2023",
    R.AlternateBase: "#27292c",
    R.ToolTipBase: "#3c3f41",
    R.ToolTipText: "#e6e6e6",
    R.PlaceholderText: "#a3a3a3",
    R.Text: "#e6e6e6",
    R.Button: "#35383b",
    R.ButtonText: "#e6e6e6",
    R.BrightText: "#ff6b6b",
    R.Light: "#4a4d50",
    R.Midlight: "#3e4144",
    R.Mid: "#2f3235",
    R.Dark: "#1a1b1d",
    R.Shadow: "#0d0d0e",
    R.Highlight: "#2f65ca",
    R.HighlightedText: "#ffffff",
    R.Link: "#6ea8fe",
    R.LinkVisited: "#b39ddb",
}
#: Disabled text stays legible (4.5:1) yet plainly fainter than enabled text; disabled icons are drawn in it.
_DARK_DISABLED = {
    R.WindowText: "#a2a2a2",
    R.Text: "#a2a2a2",
    R.ButtonText: "#a2a2a2",
    R.Highlight: "#4a4d50",
    R.PlaceholderText: "#a2a2a2",
}

_LIGHT = {
    R.Window: "#f3f3f3",
    R.WindowText: "#1f1f1f",
    R.Base: "#ffffff",
    R.AlternateBase: "#f6f8fa",
    R.ToolTipBase: "#ffffdc",
    R.ToolTipText: "#1f1f1f",
    R.PlaceholderText: "#656565",
    R.Text: "#1f1f1f",
    R.Button: "#f0f0f0",
    R.ButtonText: "#1f1f1f",
    R.BrightText: "#ffffff",
    R.Light: "#ffffff",
    R.Midlight: "#e3e3e3",
    R.Mid: "#b8b8b8",
    R.Dark: "#9f9f9f",
    R.Shadow: "#767676",
    R.Highlight: "#2f65ca",
    R.HighlightedText: "#ffffff",
    R.Link: "#1a56b0",
    R.LinkVisited: "#6a1b9a",
}
_LIGHT_DISABLED = {
    R.WindowText: "#6b6b6b",
    R.Text: "#6b6b6b",
    R.ButtonText: "#6b6b6b",
    R.Highlight: "#c8c8c8",
    R.PlaceholderText: "#6b6b6b",
}


@dataclass
class _Original:
    """What the application looked like before any theme was applied ("system" goes back to it)."""

    style: str
    palette: QPalette
    font: QFont


_original: _Original | None = None


def _remember(app: QApplication) -> _Original:
    global _original
    if _original is None:
        _original = _Original(app.style().name(), QPalette(app.palette()), QFont(app.font()))
    return _original


def theme_palette(theme: str) -> QPalette:
    """The Fusion palette of "light" or "dark"."""
    colors, disabled = (_DARK, _DARK_DISABLED) if theme == "dark" else (_LIGHT, _LIGHT_DISABLED)
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role, color in disabled.items():
        palette.setColor(G.Disabled, role, QColor(color))
    return palette


def is_dark(palette: QPalette) -> bool:
    """True when text is lighter than the window behind it (a dark theme, whoever chose it)."""
    return palette.color(R.WindowText).lightness() > palette.color(R.Window).lightness()


def apply_theme(app: QApplication, theme: str = "system", font_size: int = 0) -> None:
    """Apply ``theme`` ("system", "light", "dark") and ``font_size`` (points, 0 for the system's) live."""
    original = _remember(app)
    if theme in ("light", "dark"):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        palette = theme_palette(theme)
    else:
        restored = QStyleFactory.create(original.style)
        if restored is not None:
            app.setStyle(restored)
        palette = QPalette(original.palette)
    app.setPalette(palette)
    font = QFont(original.font)
    if font_size > 0:
        font.setPointSize(font_size)
    app.setFont(font)
    status_style.use_dark_colors(is_dark(palette))
    paint_roles.use_dark(is_dark(palette))
    for widget in app.topLevelWidgets():
        _refresh(widget)


def apply_settings(app: QApplication, settings: Settings | None = None) -> Settings:
    """Apply the saved theme and font size (at start); returns the settings used."""
    settings = settings or Settings.load()
    apply_theme(app, settings.theme, settings.font_size)
    return settings


def _refresh(widget: QWidget) -> None:
    """Views cache their palette-dependent drawing: repaint what is on screen."""
    widget.update()
    for child in widget.findChildren(QWidget):
        child.update()


def theme_labels() -> dict[str, str]:
    """The names of the themes as the menu and the Preferences dialog show them."""
    translate = QApplication.translate  # by this name, with literals, for lupdate
    return {
        "system": translate("Theme", "System"),
        "light": translate("Theme", "Light"),
        "dark": translate("Theme", "Dark"),
    }


def install_theme_menu(menu: QMenu, parent: QObject) -> QActionGroup:
    """Add System / Light / Dark as exclusive choices to ``menu``; choosing one saves and applies it."""
    group = QActionGroup(parent)
    group.setExclusive(True)
    current = Settings.load().theme
    for name, label in theme_labels().items():
        action = menu.addAction(label)
        action.setObjectName(f"theme-{name}")
        action.setCheckable(True)
        action.setChecked(name == current)
        action.setData(name)
        group.addAction(action)
    group.triggered.connect(lambda action: choose_theme(str(action.data())))
    return group


def choose_theme(theme: str) -> None:
    """Save ``theme`` in the settings and apply it now."""
    if theme not in THEMES:
        return
    settings = Settings.load()
    settings.theme = theme
    settings.save()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, settings.theme, settings.font_size)


class AppearanceFields(QObject):
    """The theme and text-size fields of the Preferences dialog; saving applies them at once."""

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.theme = QComboBox(parent)
        self.theme.setObjectName("preferencesTheme")
        self.theme.setAccessibleName(self.tr("Theme"))
        for name, label in theme_labels().items():
            self.theme.addItem(label, name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.font_size = QSpinBox(parent)
        self.font_size.setObjectName("preferencesFontSize")
        self.font_size.setAccessibleName(self.tr("Text size"))
        self.font_size.setRange(0, LARGEST_FONT_SIZE)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setValue(settings.font_size)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Text size:"), self.font_size)

    def store(self, settings: Settings) -> None:
        """Copy the choices into ``settings`` and apply them now (the caller saves the settings)."""
        settings.theme = str(self.theme.currentData())
        settings.font_size = self.font_size.value()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme, settings.font_size)
