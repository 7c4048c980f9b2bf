"""The glossary page of the manager: one pair's terms, filtered as you type; add, edit, delete; TBX and CSV
in and out."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from translator_app.domain.errors import DomainError
from translator_app.domain.terms import Term
from translator_app.services.actor import Actor
from translator_app.services.glossary import GlossaryImportReport, GlossaryService
from translator_app.ui.common.errors import describe
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.dialogs.resource_page import (
    Pair,
    ResourcePage,
    button,
    pair_text,
    table,
)
from translator_app.ui.dialogs.resource_tables import CheckDelegate, TermColumn, TermTableModel
from translator_app.ui.dialogs.term_dialog import TermDialog
from translator_app.ui.dialogs.transfer_bar import Progress, TransferBar


class GlossaryPage(ResourcePage):
    """The glossary's terms of one pair, filtered as you type; add, edit, delete; TBX and CSV in and out."""

    def __init__(
        self,
        glossary: GlossaryService,
        actor: Actor,
        runner: TaskRunner,
        transfer: TransferBar,
        settings: QSettings,
        release_pair: Pair | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("glossary", actor, runner, transfer, settings, release_pair, parent)
        self.glossary = glossary
        self.model = TermTableModel(self._save, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = table("glossaryTable", self.tr("Glossary terms"), self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TermColumn.SOURCE, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(TermColumn.CASE, CheckDelegate(self.table))
        header = self.table.horizontalHeader()
        for column in (TermColumn.SOURCE, TermColumn.TARGET, TermColumn.NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (TermColumn.FORBIDDEN, TermColumn.CASE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.search.setPlaceholderText(self.tr("Search terms and notes…"))
        self.search.textChanged.connect(self._filter)
        self.add_button = button("glossaryAdd", self.tr("&Add…"), self)
        self.add_button.clicked.connect(self.ask_add)
        self.import_button.setToolTip(self.tr("Import a TBX or CSV glossary into this language pair"))
        self.export_button.setToolTip(self.tr("Export this language pair's glossary as TBX or CSV"))
        self._lay_out(self.table, [self.add_button])
        self.pair_box.currentIndexChanged.connect(lambda _index: self.load_terms())
        self.pair_box.typed.connect(self.load_terms)
        self.term_dialog: TermDialog | None = None

    def reload(self) -> None:
        glossary, keep = self.glossary, self.pair_box.pair() or self.release_pair

        def work(_handle: TaskHandle) -> list[Pair]:
            return glossary.pairs()

        self.runner.submit(
            "resources-term-pairs",
            None,
            work,
            lambda pairs: self._show_pairs(pairs, keep),
            lambda error: self.count.setText(describe(error)),
        )

    def _show_pairs(self, stored: list[Pair], keep: Pair | None) -> None:
        self.pair_box.set_pairs(self._pairs(stored), keep)
        self.load_terms()

    def load_terms(self) -> None:
        pair = self.chosen_pair()
        if pair is None:
            self.model.set_rows([])
            return
        glossary = self.glossary

        def work(_handle: TaskHandle) -> list[Term]:
            return glossary.terms(pair[0], pair[1])

        def shown(terms: list[Term]) -> None:
            self.model.set_rows(terms)
            self._say_count()

        self.runner.submit(
            "resources-terms", pair, work, shown, lambda error: self.count.setText(describe(error))
        )

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._say_count()

    def _say_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(english_plural(self.tr("%n term(s)", "", total), total))
        else:
            self.count.setText(self.tr("{shown} of {total} terms").format(shown=shown, total=total))

    def _save(self, old: Term, new: Term) -> Term | None:
        try:
            stored = self.glossary.update(new, self.actor)
        except DomainError as error:
            self._refuse(error, self.tr("The term was not changed"))
            return None
        self.changed.emit()
        return stored

    def ask_add(self) -> None:
        pair = self.chosen_pair()
        if pair is None:
            return
        dialog = TermDialog(Term(pair[0], pair[1], self.search.text().strip(), ""), self)
        dialog.accepted.connect(lambda: self.add(dialog.term()))
        dialog.finished.connect(dialog.deleteLater)
        self.term_dialog = dialog
        dialog.open()

    def add(self, term: Term) -> Term | None:
        try:
            stored = self.glossary.add(term, self.actor)
        except DomainError as error:
            self._refuse(error, self.tr("The term was not added"))
            return None
        self.load_terms()  # read again: a load still under way would otherwise hide the new term
        self.changed.emit()
        return stored

    def ask_delete(self) -> None:
        rows = self.selected_rows(self.table, self.proxy)
        if not rows:
            self.count.setText(self.tr("Select the terms to delete first."))
            return
        terms = [self.model.rows[row] for row in rows]
        text = english_plural(self.tr("Delete %n term(s) from the glossary?", "", len(terms)), len(terms))
        self._confirm(text, lambda: self.delete(terms))

    def delete(self, terms: Sequence[Term]) -> None:
        removed: set[int] = set()
        for term in terms:
            if term.id is None:
                continue
            try:
                self.glossary.delete(term.id, self.actor)
            except DomainError as error:
                self._refuse(error, self.tr("A term was not deleted"))
                break
            removed.add(term.id)
        self.model.remove_ids(removed)
        self._say_count()
        self.changed.emit()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a glossary"),
            self._folder(),
            self.tr("Glossaries (*.tbx *.csv *.tsv *.xml *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import a TBX or CSV glossary into the chosen pair (a TBX file names its own when none is)."""
        self._remember_folder(path)
        glossary, actor, pair = self.glossary, self.actor, self.pair_box.pair()

        def work(progress: Progress) -> GlossaryImportReport:
            source, target = pair if pair is not None else (None, None)
            return glossary.import_file(path, actor, source, target, progress=progress)

        def done(report: GlossaryImportReport) -> str:
            self.changed.emit()
            return self.tr("{name}: {added} terms added, {updated} updated ({pair}).").format(
                name=path.name,
                added=report.added,
                updated=report.updated,
                pair=pair_text((report.source_lang, report.target_lang)),
            )

        self.transfer.run(
            self.tr("Importing {name}…").format(name=path.name),
            work,
            done,
            self.tr("Import cancelled: nothing was added to the glossary."),
        )

    def choose_export(self) -> None:
        pair = self.chosen_pair()
        if pair is None:
            return
        suggested = Path(self._folder()) / f"glossary.{pair[0]}-{pair[1]}.tbx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the glossary"),
            str(suggested),
            self.tr("TBX (*.tbx);;CSV, for a spreadsheet (*.csv)"),
        )
        if path:
            self.export_file(Path(path), pair)

    def export_file(self, path: Path, pair: Pair) -> None:
        self._remember_folder(path)
        glossary = self.glossary

        def work(progress: Progress) -> int:
            progress(0, 0)
            return glossary.export_file(path, pair[0], pair[1])

        def done(count: int) -> str:
            return english_plural(self.tr("%n term(s) exported to {name}.", "", count), count).format(
                name=path.name
            )

        self.transfer.run(
            self.tr("Exporting to {name}…").format(name=path.name),
            work,
            done,
            self.tr("Export cancelled: no file was written."),
        )
