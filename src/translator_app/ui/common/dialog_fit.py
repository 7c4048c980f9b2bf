"""Dialogs that fit their texts: as tall as their wrapped lines need at their width, never beyond the screen.

Qt sizes a new window from its layout's size hint before it knows where long labels wrap (a wrapped label
hints at a short, wide line), so the intro of a dialog came out clipped at a large text size or in French;
and a field is as narrow as its layout allows, cutting its placeholder. :class:`FittingDialog`, each time it
is shown, widens its fields to their placeholders and grows to the height its layout needs for its width,
within the screen.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget


def room_for_placeholders(dialog: QWidget) -> None:
    """Every field at least as wide as its placeholder (a cut hint reads as a different one)."""
    for field in dialog.findChildren(QLineEdit):
        hint = field.placeholderText()
        if hint:
            margins = field.textMargins()
            needed = (
                field.fontMetrics().horizontalAdvance(hint) + margins.left() + margins.right() + FIELD_CHROME
            )
            field.setMinimumWidth(max(field.minimumWidth(), needed))


def fit_to_contents(dialog: QWidget) -> None:
    """Resize ``dialog`` to the height its wrapped texts need at its width (within the screen)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    room = dialog.screen().availableGeometry()
    width = min(dialog.width(), room.width())
    needed = (
        layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    )
    height = min(max(dialog.height(), needed, layout.totalMinimumSize().height()), room.height())
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(width, height)


FIELD_CHROME = 16
"""A field's frame and inner margins around its text, in pixels (Fusion and the desktop styles)."""


class FittingDialog(QDialog):
    """A dialog that grows to fit its wrapped texts when shown."""

    def showEvent(self, event: QShowEvent) -> None:
        room_for_placeholders(self)
        super().showEvent(event)
        fit_to_contents(self)
