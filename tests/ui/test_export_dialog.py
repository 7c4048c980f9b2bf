"""File › Export as a translator expects: ``<title>.<target language>.<ext>`` in the last folder used, a
refusal that lists what is not approved and shows it in the grid, and the hand-offs (XLIFF 2.1 and 1.2, the
review table) written from the dialog and merged back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.ui.conftest import AddRelease
from tests.ui.window_helpers import open_window

from translator_app.domain.models import SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.dialogs.export_dialog import ExportDialog
from translator_app.ui.main_window import MainWindow

XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"


def _dialog(window: MainWindow) -> ExportDialog:
    window.export_release()
    dialog = window.files.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    return dialog


def _export(qtbot: Any, window: MainWindow, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_proposed_file_is_the_title_and_target_language_in_the_last_folder(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Path
) -> None:
    add_release(title="Horizon Bleu à Dakar")
    window = open_window(qtbot, workspace)
    dialog = _dialog(window)
    assert Path(dialog.path.text()).name == "Horizon Bleu à Dakar.en.txt"
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert Path(dialog.path.text()).name == "Horizon Bleu à Dakar.en.html"
    dialog.format.setCurrentIndex(dialog.format.findData("xliff"))
    assert Path(dialog.path.text()).name == "Horizon Bleu à Dakar.en.xlf"
    assert not dialog.allow_unapproved.isEnabled(), "a hand-off carries every segment as it stands"

    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.path.setText(str(folder / Path(dialog.path.text()).name))
    _export(qtbot, window, dialog)
    qtbot.waitUntil(lambda: window.files.export_dialog is None, timeout=5000)

    again = _dialog(window)
    assert Path(again.path.text()) == folder / "Horizon Bleu à Dakar.en.txt"
    again.reject()


def test_a_refused_export_stays_open_lists_the_unapproved_and_shows_them_in_the_grid(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Path
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    dialog = _dialog(window)
    dialog.path.setText(str(tmp_path / "out.txt"))
    _export(qtbot, window, dialog)

    qtbot.waitUntil(dialog.unapproved.isVisible, timeout=5000)
    assert dialog.isVisible() and not (tmp_path / "out.txt").exists()
    listed = [dialog.unapproved.item(n).text() for n in range(dialog.unapproved.count())]
    waiting = [
        s for s in window.release.segments() if s.translatable and s.status is not SegmentStatus.APPROVED
    ]
    assert [int(text.split(" · ")[0]) for text in listed] == [s.position + 1 for s in waiting]
    assert "Draft" in " ".join(listed) and "Rejected" in " ".join(listed)
    assert "4" in dialog.problem.text()

    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.files.export_dialog is None, timeout=5000)
    shown = [window.segment_model.segment_at(window.segment_proxy.source_row(r)).id for r in range(4)]
    assert window.segment_proxy.rowCount() == len(waiting)
    assert shown == [s.id for s in waiting]
    current = window.session.current_segment()
    assert current is not None and current.id == waiting[0].id


def test_xliff_and_the_review_table_go_out_from_the_dialog_and_merge_back(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Path
) -> None:
    release = add_release()
    window = open_window(qtbot, workspace)
    written = {}
    for name in ("xliff", "xliff12", "review-docx"):
        dialog = _dialog(window)
        dialog.format.setCurrentIndex(dialog.format.findData(name))
        path = tmp_path / Path(dialog.path.text()).name
        dialog.path.setText(str(path))
        _export(qtbot, window, dialog)
        qtbot.waitUntil(lambda: window.files.export_dialog is None, timeout=5000)
        written[name] = path
    assert written["xliff"].name.endswith(".en.xlf") and written["review-docx"].suffix == ".docx"
    assert etree.parse(str(written["xliff"])).getroot().tag == f"{{{XLIFF2}}}xliff"
    assert etree.parse(str(written["xliff12"])).getroot().tag == f"{{{XLIFF12}}}xliff"

    tree = etree.parse(str(written["xliff"]))
    unit = next(
        segment
        for segment in tree.iter(f"{{{XLIFF2}}}segment")
        if (segment.findtext(f"{{{XLIFF2}}}source") or "") == "Les projets démarreront au printemps."
    )
    target = unit.find(f"{{{XLIFF2}}}target")
    if target is None:
        target = etree.SubElement(unit, f"{{{XLIFF2}}}target")
    target.text = "Projects will start in spring."
    tree.write(str(written["xliff"]), xml_declaration=True, encoding="utf-8")
    report = workspace.handoff.merging.merge_file(written["xliff"], workspace.actor)
    assert report.release_id == release.id
    merged = {s.source: s.target for s in workspace.releases.segments(release.id)}
    assert merged["Les projets démarreront au printemps."] == "Projects will start in spring."
