"""What the two pages of the memory and glossary manager share: a language pair, a search, the table, a
count line and the commands row.

Reading runs on the task runner (a memory may hold a million units); a correction or a deletion is one
short write, made at once, and refused ones are said in a message box. Imports and exports go through the
dialog's :class:`TransferBar`, with progress and Cancel.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from translator_app.services.actor import Actor
from translator_app.ui.common.errors import describe, open_error_box
from translator_app.ui.common.workers import TaskRunner
from translator_app.ui.dialogs.transfer_bar import TransferBar

Pair = tuple[str, str]
PAGE_SIZE = 200
SEARCH_DELAY_MS = 250
_CODE = r"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)"
_PAIR = re.compile(rf"^\s*{_CODE}\s*(?:→|->|>|\s)\s*{_CODE}\s*$")


def pair_text(pair: Pair) -> str:
    return f"{pair[0]} → {pair[1]}"


def parse_pair(text: str) -> Pair | None:
    """``fr → en``, ``fr>en``, ``fr-FR en-GB``: the pair typed, or None."""
    match = _PAIR.match(text)
    return (match.group(1), match.group(2)) if match else None


class PairBox(QComboBox):
    """The stored language pairs (and the open release's), or one typed as ``de → fr``."""

    typed = Signal()
    """Another pair was typed (Enter or leaving the field; leaving it unchanged says nothing)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(self.tr("Language pair"))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._last: Pair | None = None
        field = self.lineEdit()
        if field is not None:
            field.editingFinished.connect(self._finished_typing)
        self.currentIndexChanged.connect(lambda _index: self._remember())

    def _remember(self) -> None:
        self._last = self.pair()

    def _finished_typing(self) -> None:
        if self.pair() != self._last:
            self._remember()
            self.typed.emit()

    def set_pairs(self, pairs: Sequence[tuple[Pair, str]], keep: Pair | None) -> None:
        """``(pair, label)`` items; ``keep`` stays chosen when listed (else the first one is)."""
        self.blockSignals(True)
        self.clear()
        for pair, label in pairs:
            self.addItem(label, pair)
        wanted = next((n for n, (pair, _) in enumerate(pairs) if pair == keep), 0)
        if pairs:
            self.setCurrentIndex(wanted)
        self.blockSignals(False)
        self._remember()

    def pair(self) -> Pair | None:
        data = self.currentData()
        if isinstance(data, tuple) and self.currentText() == self.itemText(self.currentIndex()):
            return (str(data[0]), str(data[1]))
        return parse_pair(self.currentText())


def table(name: str, accessible: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setHighlightSections(False)
    return table


def button(name: str, text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    return button


class ResourcePage(QWidget):
    """What both pages share: the pair, the search field, the table, a count line and the commands row."""

    changed = Signal()
    """The memory or the glossary changed here (the window looks its terms and matches up again)."""

    def __init__(
        self,
        name: str,
        actor: Actor,
        runner: TaskRunner,
        transfer: TransferBar,
        settings: QSettings,
        release_pair: Pair | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Page")
        self.actor = actor
        self.runner = runner
        self.transfer = transfer
        self.settings = settings
        self.release_pair = release_pair
        self.error_box: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None
        self.pair_box = PairBox(f"{name}Pair", self)
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName(f"{name}Count")
        self.count.setWordWrap(True)
        self.delete_button = button(f"{name}Delete", self.tr("&Delete…"), self)
        self.import_button = button(f"{name}Import", self.tr("&Import…"), self)
        self.export_button = button(f"{name}Export", self.tr("E&xport…"), self)
        self.delete_button.clicked.connect(self.ask_delete)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        transfer.finished.connect(self._transfer_ended)

    def _lay_out(self, table: QTableView, extra: Sequence[QPushButton]) -> None:
        pair_label = QLabel(self.tr("&Languages:"), self)
        pair_label.setBuddy(self.pair_box)
        top = QHBoxLayout()
        top.addWidget(pair_label)
        top.addWidget(self.pair_box)
        top.addWidget(self.search, 1)
        commands = QHBoxLayout()
        commands.addWidget(self.count, 1)
        for button in (*extra, self.delete_button, self.import_button, self.export_button):
            commands.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        layout.addLayout(commands)

    def _pairs(self, stored: Sequence[Pair], counts: dict[Pair, int] | None = None) -> list[tuple[Pair, str]]:
        pairs = list(stored)
        if self.release_pair is not None and self.release_pair not in pairs:
            pairs.insert(0, self.release_pair)
        return [(pair, self._pair_label(pair, counts)) for pair in pairs]

    def _pair_label(self, pair: Pair, counts: dict[Pair, int] | None) -> str:
        return pair_text(pair)

    def chosen_pair(self) -> Pair | None:
        """The pair chosen or typed; without one, the count line says what to do."""
        pair = self.pair_box.pair()
        if pair is None:
            self.count.setText(self.tr("Choose or type a language pair, such as fr → en."))
        return pair

    def _refuse(self, error: BaseException, title: str) -> None:
        self.error_box = open_error_box(self, title, describe(error))

    def _confirm(self, text: str, act: Callable[[], None]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete"), text, QMessageBox.StandardButton.NoButton, self
        )
        box.setObjectName("confirmDeleteBox")
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(lambda button: act() if button is delete else None)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _folder(self) -> str:
        return str(self.settings.value("resources/folder", str(Path.home())))

    def _remember_folder(self, path: Path) -> None:
        self.settings.setValue("resources/folder", str(path.parent))

    def selected_rows(self, table: QTableView, proxy: QSortFilterProxyModel | None = None) -> list[int]:
        rows = [index.row() for index in table.selectionModel().selectedRows()]
        if proxy is not None:
            rows = [proxy.mapToSource(proxy.index(row, 0)).row() for row in rows]
        return sorted(rows)

    def ask_delete(self) -> None:
        raise NotImplementedError

    def choose_import(self) -> None:
        raise NotImplementedError

    def choose_export(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _transfer_ended(self, _text: str) -> None:
        """An import may have added a pair or units: read them again."""
        if self.isVisible() or self.parentWidget() is not None:
            self.reload()
