"""Time the window's release list on a workspace of 1,000 releases: shown, then scrolled a page at a time.

Run: ``.venv/bin/python bench/bench_release_list_window.py [--releases 1000] [--runs 5]`` (offscreen).

The workspace is generated as ``bench_release_list.py`` does (30 to 300 segments per release, every other one
half translated) in a temporary SQLite file. The real main window is opened on it; then, ``--runs`` times:

- "list": from asking the workspace for the summaries to the list painted: ``summaries()``, then
  ``ReleaseList.set_summaries`` (sorted by last change, the selection kept), then a synchronous repaint;
  the read and the widget's part are given apart;
- "scroll": 30 page steps down the list (Page Down on its scroll bar), each with its synchronous repaint:
  median and slowest step.

"before": the same widget as it was, the proxy sorting (its own sort, two calls into the model for each
comparison) instead of the model sorting its list once, built beside the window's.

A second baseline in the same run: the same rows filled into a ``QTreeWidget`` (one item per release, its four
texts set, the common item-based way), sorted by the last change, painted, and scrolled the same way.
Goal: the list painted in < 300 ms, page steps well under a frame budget of 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "bench")]

from bench_release_list import fill_workspace  # noqa: E402
from bench_support import machine_line, open_as  # noqa: E402
from PySide6.QtCore import QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QTreeWidget,
    QTreeWidgetItem,
)

from translator_app.domain.models import ReleaseSummary, Role  # noqa: E402
from translator_app.ui.common.i18n import format_when  # noqa: E402
from translator_app.ui.main_window import MainWindow  # noqa: E402
from translator_app.ui.releases.progress_delegate import confirmed_share  # noqa: E402
from translator_app.ui.releases.release_list import ReleaseColumn, ReleaseList, TitleFilterProxy  # noqa: E402

PAGE_STEPS = 30


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def page_steps(view: QAbstractItemView) -> list[float]:
    """Seconds per Page Down on the view's scroll bar, each painted before the next."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    view.viewport().repaint()
    steps = []
    for _ in range(PAGE_STEPS):
        started = time.perf_counter()
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        view.viewport().repaint()
        steps.append(time.perf_counter() - started)
    return steps


class ProxySorted(TitleFilterProxy):
    """The list's proxy as it was: it sorts, asking the model for a key at each comparison."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        QSortFilterProxyModel.sort(self, column, order)


def list_as_it_was(like: ReleaseList) -> ReleaseList:
    old = ReleaseList()
    old.proxy = ProxySorted(old)
    old.proxy.setSourceModel(old.model)
    old.search.textChanged.connect(old.proxy.set_search)
    old.view.setModel(old.proxy)
    old.view.sortByColumn(ReleaseColumn.LAST_CHANGE, Qt.SortOrder.DescendingOrder)
    old.resize(like.size())
    old.show()
    return old


def tree_baseline(tree: QTreeWidget, summaries: list[ReleaseSummary]) -> None:
    """The item-based list: one item per release, texts set, sorted, painted."""
    tree.setSortingEnabled(False)
    tree.clear()
    items = []
    for summary in summaries:
        release = summary.release
        done = round(100 * confirmed_share(summary.counts))
        item = QTreeWidgetItem(
            [
                release.title,
                f"{release.source_lang} → {release.target_lang}",
                f"{done}%",
                format_when(summary.last_change),
            ]
        )
        item.setToolTip(0, release.title)
        items.append(item)
    tree.addTopLevelItems(items)
    tree.setSortingEnabled(True)
    tree.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    tree.setCurrentItem(tree.topLevelItem(0))
    tree.viewport().repaint()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    print(machine_line())
    with tempfile.TemporaryDirectory(prefix="bench-release-list-window-") as name:
        folder = Path(name)
        os.environ["TRANSLATOR_APP_CONFIG_DIR"] = str(folder / "config")
        url = f"sqlite:///{folder / 'workspace.db'}"
        workspace = open_as(url, Role.REVIEWER)
        try:
            started = time.perf_counter()
            segments = fill_workspace(workspace, args.releases)
            took = time.perf_counter() - started
            print(f"generated {args.releases} releases, {segments} segments in {took:.0f} s")
        finally:
            workspace.close()
        workspace = open_as(url)
        window = MainWindow(workspace)
        window.show()
        window.load_releases()
        QApplication.processEvents()
        releases = window.releases
        tree = QTreeWidget()
        tree.setHeaderLabels(["Title", "Languages", "Progress", "Last change"])
        tree.setRootIsDecorated(False)
        tree.resize(releases.view.size())
        tree.show()
        old = list_as_it_was(releases)
        before: list[float] = []
        before_scroll: list[float] = []
        read: list[float] = []
        shown: list[float] = []
        baseline: list[float] = []
        scroll: list[float] = []
        tree_scroll: list[float] = []
        try:
            for _ in range(args.runs):
                started = time.perf_counter()
                summaries = workspace.releases.summaries()
                read.append(time.perf_counter() - started)

                def show(summaries: list[ReleaseSummary] = summaries) -> None:
                    releases.set_summaries(summaries)
                    releases.view.viewport().repaint()

                shown.append(timed(show))

                def show_before(summaries: list[ReleaseSummary] = summaries) -> None:
                    old.set_summaries(summaries)
                    old.select_first()
                    old.view.viewport().repaint()

                before.append(timed(show_before))
                before_scroll.extend(page_steps(old.view))
                baseline.append(timed(lambda summaries=summaries: tree_baseline(tree, summaries)))
                scroll.extend(page_steps(releases.view))
                tree_scroll.extend(page_steps(tree))
                QApplication.processEvents()
            assert releases.visible_count() == args.releases
        finally:
            window.close()
            workspace.close()

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:>8.1f}{max(values) * 1000:>8.1f}"

    total = [r + s for r, s in zip(read, shown, strict=True)]
    print(f"release list of {args.releases} releases, ms (median, slowest) over {args.runs} runs")
    print(f"{'':<38}{'median':>8}{'max':>8}")
    print(f"{'summaries() read':<38}{ms(read)}")
    print(f"{'before: proxy-sorted list, painted':<38}{ms(before)}")
    print(f"{'after: ReleaseList filled and painted':<38}{ms(shown)}")
    before_total = [r + b for r, b in zip(read, before, strict=True)]
    print(f"{'before: asked → painted':<38}{ms(before_total)}")
    print(f"{'after: asked → painted':<38}{ms(total)}")
    print(f"{'baseline: QTreeWidget filled, painted':<38}{ms(baseline)}")
    print(f"{'page step, before':<38}{ms(before_scroll)}")
    print(f"{'page step, ReleaseList':<38}{ms(scroll)}")
    print(f"{'page step, baseline QTreeWidget':<38}{ms(tree_scroll)}")
    print(f"widget fill+paint, before / after: {statistics.median(before) / statistics.median(shown):.1f}×")
    ratio = statistics.median(shown) / statistics.median(baseline)
    print(f"widget fill+paint vs QTreeWidget baseline: {ratio:.2f}×")
    print(f"page step vs baseline: {statistics.median(scroll) / statistics.median(tree_scroll):.2f}×")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
