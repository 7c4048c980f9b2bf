"""A glossary entry to add or correct: source and target term, note, variants not to use, case.

Opened by Edit › Add to glossary (Ctrl+Shift+G, prefilled with the words selected in the source and in the
target) and by the glossary manager's Add and Edit; Enter saves when both terms are there.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from translator_app.domain.terms import Term, split_variants
from translator_app.ui.common.dialog_fit import FittingDialog


class TermDialog(FittingDialog):
    """Edits a :class:`Term` of one language pair; :meth:`term` gives the entry as typed."""

    def __init__(self, term: Term, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("termDialog")
        self.original = term
        adding = term.id is None
        self.setWindowTitle(self.tr("Add to the glossary") if adding else self.tr("Edit a glossary entry"))
        self.pair = QLabel(f"{term.source_lang} → {term.target_lang}", self)
        self.pair.setObjectName("termPair")
        self.source = self._field("termSource", term.source_term, self.tr("Source term"))
        self.target = self._field("termTarget", term.target_term, self.tr("Target term"))
        self.note = self._field("termNote", term.note, self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Definition, context or client"))
        self.forbidden = self._field("termForbidden", ", ".join(term.forbidden), self.tr("Do not use"))
        self.forbidden.setPlaceholderText(self.tr("Separated by commas"))
        self.forbidden.setToolTip(self.tr("Target variants not to use: QA flags them in a translation."))
        self.case_sensitive = QCheckBox(self.tr("Exact case (acronyms such as OIM)"), self)
        self.case_sensitive.setObjectName("termCaseSensitive")
        self.case_sensitive.setChecked(term.case_sensitive)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Languages:"), self.pair)
        form.addRow(self.tr("&Source term:"), self.source)
        form.addRow(self.tr("&Target term:"), self.target)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Do not use:"), self.forbidden)
        form.addRow("", self.case_sensitive)
        form.addRow(self.buttons)
        self.source.textChanged.connect(self._check)
        self.target.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(min(520, self.sizeHint().width() + 120))
        (self.target if term.source_term.strip() and not term.target_term.strip() else self.source).setFocus()

    def _field(self, name: str, text: str, label: str) -> QLineEdit:
        field = QLineEdit(text, self)
        field.setObjectName(name)
        field.setAccessibleName(label)
        return field

    def _check(self) -> None:
        ready = bool(self.source.text().strip()) and bool(self.target.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    def term(self) -> Term:
        """The entry as typed (same id and pair as the one the dialog opened with)."""
        variants = split_variants(self.forbidden.text().replace(",", "\n"))
        return replace(
            self.original,
            source_term=self.source.text().strip(),
            target_term=self.target.text().strip(),
            note=self.note.text().strip(),
            forbidden=tuple(variants),
            case_sensitive=self.case_sensitive.isChecked(),
        )
