"""The core's error codes worded for the window, in the interface language.

The domain raises codes with data, never sentences; the command line has its own English wording, and the
window words them here through Qt's translation so a French user reads French.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from translator_app.domain.errors import DomainError, ErrorCode

_CONTEXT = "Errors"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _input_problem(problem: str) -> str:
    texts = {
        "empty": _t("the file is empty"),
        "binary": _t("this is not a text document"),
        "too-large": _t("the file is too large"),
        "undecodable": _t("the file's text encoding could not be recognised"),
        "unsupported-format": _t("this file format is not supported (use text, Markdown, HTML or Word)"),
        "corrupt": _t("the document is damaged and cannot be read"),
        "unsafe-xml": _t("the document contains XML entity declarations, refused for safety"),
        "unreadable": _t("the file cannot be read"),
        "bad-language": _t("not a language code (use fr, en, es, en-GB…)"),
        "same-languages": _t("the source and target languages are the same"),
    }
    return texts.get(problem, _t("the input cannot be used"))


def describe(error: BaseException) -> str:
    """One sentence for a message box or the status bar."""
    if not isinstance(error, DomainError):
        return _t("Unexpected error: {error}").format(error=error)
    d = error.details
    code = error.code
    if code is ErrorCode.ROLE_FORBIDDEN:
        return _t("Only a reviewer can approve or reject segments.")
    if code is ErrorCode.COMMENT_REQUIRED:
        return _t("A rejection needs a comment that says what to fix.")
    if code is ErrorCode.TRANSITION_NOT_ALLOWED:
        return _t("This segment cannot take that step from its current status.")
    if code is ErrorCode.EMPTY_TARGET:
        return _t("An empty target cannot be confirmed.")
    if code is ErrorCode.NOT_TRANSLATABLE:
        return _t("This segment is marked not to be translated.")
    if code is ErrorCode.VERSION_CONFLICT:
        who = d.get("changed_by") or _t("someone else")
        return _t("The segment was changed by {user} since you opened it; nothing was saved.").format(
            user=who
        )
    if code is ErrorCode.NOT_FOUND:
        return _t("Not found (it may have been deleted).")
    if code is ErrorCode.DATABASE_UNAVAILABLE:
        return _t("The database cannot be reached.")
    if code is ErrorCode.EXPORT_BLOCKED:
        return _t(
            "{count} segment(s) not approved yet: {numbers}. "
            "Tick “Export unapproved segments” to export anyway."
        ).format(count=d.get("count", "?"), numbers=d.get("numbers", ""))
    if code is ErrorCode.BAD_INPUT:
        name = d.get("name") or ""
        problem = _input_problem(str(d.get("problem", "")))
        return f"{name}: {problem}" if name else problem
    return _t("The operation was refused ({code}).").format(code=code.value)
