"""The core's error codes worded for the window, in the interface language.

The domain raises codes with data, never sentences; the command line has its own English wording, and the
window words them here through Qt's translation so a French user reads French.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from translator_app.domain.errors import DomainError, ErrorCode

#: Called by this name with a literal context and text, so that ``lupdate`` finds every sentence.
translate = QCoreApplication.translate


def _input_problem(problem: str) -> str:
    texts = {
        "empty": translate("Errors", "the file is empty"),
        "binary": translate("Errors", "this is not a text document"),
        "too-large": translate("Errors", "the file is too large"),
        "undecodable": translate("Errors", "the file's text encoding could not be recognised"),
        "unsupported-format": translate(
            "Errors", "this file format is not supported (use text, Markdown, HTML or Word)"
        ),
        "corrupt": translate("Errors", "the document is damaged and cannot be read"),
        "unsafe-xml": translate(
            "Errors", "the document contains XML entity declarations, refused for safety"
        ),
        "unreadable": translate("Errors", "the file cannot be read"),
        "bad-language": translate("Errors", "not a language code (use fr, en, es, en-GB…)"),
        "same-languages": translate("Errors", "the source and target languages are the same"),
    }
    return texts.get(problem, translate("Errors", "the input cannot be used"))


def describe(error: BaseException) -> str:
    """One sentence for a message box or the status bar."""
    if not isinstance(error, DomainError):
        return translate("Errors", "Unexpected error: {error}").format(error=error)
    d = error.details
    code = error.code
    if code is ErrorCode.ROLE_FORBIDDEN:
        return translate("Errors", "Only a reviewer can approve or reject segments.")
    if code is ErrorCode.COMMENT_REQUIRED:
        return translate("Errors", "A rejection needs a comment that says what to fix.")
    if code is ErrorCode.TRANSITION_NOT_ALLOWED:
        return translate("Errors", "This segment cannot take that step from its current status.")
    if code is ErrorCode.EMPTY_TARGET:
        return translate("Errors", "An empty target cannot be confirmed.")
    if code is ErrorCode.NOT_TRANSLATABLE:
        return translate("Errors", "This segment is marked not to be translated.")
    if code is ErrorCode.VERSION_CONFLICT:
        who = d.get("changed_by") or translate("Errors", "someone else")
        return translate(
            "Errors", "The segment was changed by {user} since you opened it; nothing was saved."
        ).format(user=who)
    if code is ErrorCode.NOT_FOUND:
        return translate("Errors", "Not found (it may have been deleted).")
    if code is ErrorCode.DATABASE_UNAVAILABLE:
        return translate("Errors", "The database cannot be reached.")
    if code is ErrorCode.EXPORT_BLOCKED:
        return translate(
            "Errors",
            "Segments not approved yet ({count}): {numbers}. "
            "Tick “Export unapproved segments” to export anyway.",
        ).format(count=d.get("count", "?"), numbers=d.get("numbers", ""))
    if code is ErrorCode.BAD_INPUT:
        name = d.get("name") or ""
        problem = _input_problem(str(d.get("problem", "")))
        return f"{name}: {problem}" if name else problem
    return translate("Errors", "The operation was refused ({code}).").format(code=code.value)


def open_error_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning box that does not block the event loop (tests and the window keep running)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.finished.connect(box.deleteLater)
    box.open()
    return box
