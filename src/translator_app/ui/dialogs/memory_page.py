"""The memory page of the manager: one pair's units, newest first, a page at a time; TMX in and out."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from translator_app.domain.errors import DomainError
from translator_app.domain.matching import TmUnit
from translator_app.services.actor import Actor
from translator_app.services.memory import ImportReport, MemoryService, UnitPage
from translator_app.ui.common.errors import describe
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.dialogs.resource_page import (
    PAGE_SIZE,
    SEARCH_DELAY_MS,
    Pair,
    ResourcePage,
    button,
    pair_text,
    table,
)
from translator_app.ui.dialogs.resource_tables import CheckDelegate, UnitColumn, UnitTableModel
from translator_app.ui.dialogs.transfer_bar import Progress, TransferBar


class MemoryPage(ResourcePage):
    """The memory's units of one pair, newest first, a page at a time; TMX in and out."""

    def __init__(
        self,
        memory: MemoryService,
        actor: Actor,
        runner: TaskRunner,
        transfer: TransferBar,
        settings: QSettings,
        release_pair: Pair | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("memory", actor, runner, transfer, settings, release_pair, parent)
        self.memory = memory
        self.model = UnitTableModel(self._save, self)
        self.table = table("memoryTable", self.tr("Memory units"), self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(UnitColumn.APPROVED, CheckDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(UnitColumn.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UnitColumn.TARGET, QHeaderView.ResizeMode.Stretch)
        for column in (UnitColumn.APPROVED, UnitColumn.CHANGED_BY, UnitColumn.CHANGED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.search.setAccessibleName(self.tr("Search the memory"))
        self.search.setPlaceholderText(self.tr("Search sources and targets…"))
        self.more_button = button("memoryMore", self.tr("Show &more"), self)
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        self.import_button.setToolTip(self.tr("Import a TMX file into the memory"))
        self.export_button.setToolTip(self.tr("Export this language pair's memory as TMX"))
        self._lay_out(self.table, [self.more_button])
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.load_units)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.pair_box.currentIndexChanged.connect(lambda _index: self.load_units())
        self.pair_box.typed.connect(self.load_units)
        self.total: dict[Pair, int] = {}

    def _pair_label(self, pair: Pair, counts: dict[Pair, int] | None) -> str:
        count = (counts or {}).get(pair, 0)
        return english_plural(self.tr("{pair} (%n unit(s))", "", count), count).format(pair=pair_text(pair))

    def reload(self) -> None:
        """Read the pairs and the first page again (on the pool)."""
        memory, keep = self.memory, self.pair_box.pair() or self.release_pair
        self.count.setText(self.tr("Reading the memory…"))

        def work(_handle: TaskHandle) -> list[tuple[str, str, int]]:
            return memory.pairs()

        self.runner.submit(
            "resources-pairs", None, work, lambda pairs: self._show_pairs(pairs, keep), self._failed
        )

    def _show_pairs(self, stored: list[tuple[str, str, int]], keep: Pair | None) -> None:
        self.total = {(s, t): n for s, t, n in stored}
        self.pair_box.set_pairs(self._pairs(list(self.total), self.total), keep)
        self.load_units()

    def load_units(self, offset: int = 0) -> None:
        pair = self.chosen_pair()
        if pair is None:
            self.model.set_rows([])
            return
        memory, text = self.memory, self.search.text()

        def work(_handle: TaskHandle) -> UnitPage:
            return memory.browse(pair[0], pair[1], text, PAGE_SIZE, offset)

        def shown(page: UnitPage) -> None:
            if offset:
                self.model.add_rows(page.units)
            else:
                self.model.set_rows(page.units)
            self.more_button.setVisible(page.more)
            self._say_count(pair, text, page.more)

        self.runner.submit("resources-units", (pair, text, offset), work, shown, self._failed)

    def load_more(self) -> None:
        self.load_units(self.model.rowCount())

    def _say_count(self, pair: Pair, text: str, more: bool) -> None:
        shown = self.model.rowCount()
        if text.strip():
            line = english_plural(self.tr("%n unit(s) with “{text}”", "", shown), shown).format(
                text=text.strip()
            )
        else:
            total = self.total.get(pair, shown)
            line = english_plural(self.tr("%n unit(s) in this pair", "", total), total)
        if more:
            line += " " + self.tr("(the first {shown} shown)").format(shown=shown)
        self.count.setText(line)

    def _failed(self, error: BaseException) -> None:
        self.count.setText(describe(error))

    def _save(self, old: TmUnit, new: TmUnit) -> TmUnit | None:
        assert old.id is not None
        try:
            stored = self.memory.edit_unit(old.id, new.source, new.target, new.approved, self.actor)
        except DomainError as error:
            self._refuse(error, self.tr("The unit was not changed"))
            return None
        self.changed.emit()
        return stored

    def ask_delete(self) -> None:
        rows = self.selected_rows(self.table)
        if not rows:
            self.count.setText(self.tr("Select the units to delete first."))
            return
        units = [self.model.rows[row] for row in rows]
        text = english_plural(
            self.tr(
                "Delete %n unit(s) from the memory? They will no longer be offered as matches.",
                "",
                len(units),
            ),
            len(units),
        )
        self._confirm(text, lambda: self.delete(units))

    def delete(self, units: Sequence[TmUnit]) -> None:
        ids = {u.id for u in units if u.id is not None}
        try:
            removed = self.memory.delete_units(sorted(ids), self.actor)
        except DomainError as error:
            self._refuse(error, self.tr("Nothing was deleted"))
            return
        self.model.remove_ids(ids)
        pair = self.pair_box.pair()
        if pair is not None and pair in self.total:
            self.total[pair] = max(0, self.total[pair] - removed)
        self.count.setText(english_plural(self.tr("%n unit(s) deleted.", "", removed), removed))
        self.changed.emit()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a translation memory"),
            self._folder(),
            self.tr("TMX files (*.tmx);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import a TMX file on the pool; its own languages say which pair it fills."""
        self._remember_folder(path)
        memory, actor = self.memory, self.actor

        def work(progress: Progress) -> ImportReport:
            return memory.import_tmx(path, actor, progress=progress)

        def done(report: ImportReport) -> str:
            memory.refresh(report.source_lang, report.target_lang)
            self.pair_box.set_pairs(self._pairs([(report.source_lang, report.target_lang)]), None)
            self.changed.emit()
            return self.tr(
                "{name}: {added} units added, {merged} merged into units already there ({pair})."
            ).format(
                name=path.name,
                added=report.added,
                merged=report.merged,
                pair=pair_text((report.source_lang, report.target_lang)),
            )

        self.transfer.run(
            self.tr("Importing {name}…").format(name=path.name),
            work,
            done,
            self.tr("Import cancelled: nothing was added to the memory."),
        )

    def choose_export(self) -> None:
        pair = self.chosen_pair()
        if pair is None:
            return
        suggested = Path(self._folder()) / f"memory.{pair[0]}-{pair[1]}.tmx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the memory"), str(suggested), self.tr("TMX files (*.tmx)")
        )
        if path:
            self.export_file(Path(path), pair)

    def export_file(self, path: Path, pair: Pair) -> None:
        self._remember_folder(path)
        memory = self.memory

        def work(progress: Progress) -> int:
            return memory.export_tmx(path, pair[0], pair[1], progress=progress)

        def done(count: int) -> str:
            return english_plural(self.tr("%n unit(s) exported to {name}.", "", count), count).format(
                name=path.name
            )

        self.transfer.run(
            self.tr("Exporting to {name}…").format(name=path.name),
            work,
            done,
            self.tr("Export cancelled: no file was written."),
        )
