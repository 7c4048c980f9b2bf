"""The Comments panel: the active segment's threads (author, time, text), new comments, replies, resolve.

Threads are read on a worker when the segment changes; writing a comment is one short transaction done at
once, then the threads are shown again. A rejection's or an override's reason is a thread like any other,
marked with what it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from translator_app.domain.models import Comment
from translator_app.domain.review import CommentKind
from translator_app.services.comments import CommentThread
from translator_app.ui.common import icons
from translator_app.ui.common.i18n import format_when
from translator_app.ui.common.paint_roles import mute
from translator_app.ui.common.qa_text import mqm_category_label, mqm_severity_label

THREAD_ROLE = Qt.ItemDataRole.UserRole + 1


class CommentsPanel(QWidget):
    """Threads as a tree (replies under their comment); a box to write, and Reply / Resolve buttons."""

    #: (text, thread root id or None for a new thread)
    post_requested = Signal(str, object)
    #: (thread root id, resolved)
    resolve_requested = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self.setAccessibleName(self.tr("Comments"))
        self.threads: list[CommentThread] = []
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("commentThreads")
        self.tree.setAccessibleName(self.tr("Comment threads"))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No comments on this segment."), self)
        mute(self.empty)
        self.box = QPlainTextEdit(self)
        self.box.setObjectName("commentText")
        self.box.setAccessibleName(self.tr("New comment"))
        self.box.setPlaceholderText(self.tr("Write a comment…"))
        self.box.setTabChangesFocus(True)
        self.box.setFixedHeight(64)
        self.post_button = QPushButton(icons.icon("mdi6.comment-plus-outline"), self.tr("Comment"), self)
        self.post_button.setObjectName("postComment")
        self.reply_button = QPushButton(icons.icon("mdi6.reply-outline"), self.tr("Reply"), self)
        self.reply_button.setObjectName("replyComment")
        self.resolve_button = QPushButton(icons.icon("mdi6.check-circle-outline"), self.tr("Resolve"), self)
        self.resolve_button.setObjectName("resolveThread")
        buttons = QHBoxLayout()
        buttons.addWidget(self.post_button)
        buttons.addWidget(self.reply_button)
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.box)
        layout.addLayout(buttons)
        self.post_button.clicked.connect(lambda: self._post(reply=False))
        self.reply_button.clicked.connect(lambda: self._post(reply=True))
        self.resolve_button.clicked.connect(self._toggle_resolved)
        self.box.textChanged.connect(self._update_buttons)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.show_threads([])

    def show_threads(self, threads: Sequence[CommentThread]) -> None:
        selected = self.selected_thread()
        keep = selected.root.id if selected is not None else None
        self.threads = list(threads)
        self.tree.clear()
        for thread in self.threads:
            root = QTreeWidgetItem([self._line(thread.root, thread.resolved)])
            root.setData(0, THREAD_ROLE, thread.root.id)
            root.setToolTip(0, thread.root.text)
            if thread.resolved:
                root.setForeground(0, self.palette().placeholderText())
                root.setIcon(0, icons.icon("mdi6.check-circle", color="#2e7d32"))
            elif thread.root.kind is CommentKind.REJECTION:
                root.setIcon(0, icons.icon("mdi6.close-circle-outline", color="#c62828"))
            else:
                root.setIcon(0, icons.icon("mdi6.comment-text-outline"))
            for reply in thread.replies:
                child = QTreeWidgetItem([self._line(reply, False)])
                child.setData(0, THREAD_ROLE, thread.root.id)
                child.setToolTip(0, reply.text)
                root.addChild(child)
            self.tree.addTopLevelItem(root)
            root.setExpanded(True)
            if thread.root.id == keep:
                self.tree.setCurrentItem(root)
        self.tree.setVisible(bool(self.threads))
        self.empty.setVisible(not self.threads)
        self._update_buttons()

    def _line(self, comment: Comment, resolved: bool) -> str:
        head = self.tr("{author} · {when}").format(author=comment.author, when=format_when(comment.at))
        marks = []
        if comment.kind is CommentKind.REJECTION:
            marks.append(self.tr("rejection"))
        elif comment.kind is CommentKind.OVERRIDE:
            marks.append(self.tr("QA override"))
        if comment.category is not None:
            marks.append(mqm_category_label(comment.category))
        if comment.severity is not None:
            marks.append(mqm_severity_label(comment.severity))
        if resolved:
            marks.append(self.tr("resolved"))
        if marks:
            head += " · " + ", ".join(marks)
        return f"{head}\n{comment.text}"

    def selected_thread(self) -> CommentThread | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        root_id = item.data(0, THREAD_ROLE)
        return next((t for t in self.threads if t.root.id == root_id), None)

    def select_thread(self, index: int) -> None:
        item = self.tree.topLevelItem(index)
        if item is not None:
            self.tree.setCurrentItem(item)

    def rows(self) -> list[str]:
        """Every comment as shown, threads in order with their replies (tests read them)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            root = self.tree.topLevelItem(i)
            if root is None:
                continue
            found.append(root.text(0))
            children = (root.child(j) for j in range(root.childCount()))
            found.extend(child.text(0) for child in children if child is not None)
        return found

    def _update_buttons(self) -> None:
        has_text = bool(self.box.toPlainText().strip())
        thread = self.selected_thread()
        self.post_button.setEnabled(has_text)
        self.reply_button.setEnabled(has_text and thread is not None)
        self.resolve_button.setEnabled(thread is not None)
        resolved = thread is not None and thread.resolved
        self.resolve_button.setText(self.tr("Reopen") if resolved else self.tr("Resolve"))

    def _post(self, reply: bool) -> None:
        text = self.box.toPlainText().strip()
        thread = self.selected_thread()
        if not text or (reply and thread is None):
            return
        self.post_requested.emit(text, thread.root.id if reply and thread is not None else None)

    def posted(self) -> None:
        """The comment was stored: clear the box."""
        self.box.clear()

    def _toggle_resolved(self) -> None:
        thread = self.selected_thread()
        if thread is not None and thread.root.id is not None:
            self.resolve_requested.emit(thread.root.id, not thread.resolved)
