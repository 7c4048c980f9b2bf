"""The core's error codes worded for the window, in the interface language.

The domain raises codes with data, never sentences; the command line has its own English wording, and the
window words them here through Qt's translation so a French user reads French. Every code, and every
problem a refused input names, has its own sentence (a test holds the code to it): the window never falls
back to "the input cannot be used" for a refusal it knows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from translator_app.domain.errors import DomainError, ErrorCode

#: Called by this name with a literal context and text, so that ``lupdate`` finds every sentence.
translate = QCoreApplication.translate


class _Details(dict[str, Any]):
    """An error's details for ``str.format_map``: a detail the raiser left out reads as "…"."""

    def __missing__(self, key: str) -> str:
        return "…"


def input_problems() -> dict[str, str]:
    """Each problem code of a refused input, and its sentence (lower case: it follows the file's name)."""
    return {
        "empty": translate("Errors", "the file is empty"),
        "binary": translate("Errors", "this is not a text document"),
        "too-large": translate("Errors", "the file is too large ({size} bytes; the limit is {limit})"),
        "too-many-segments": translate(
            "Errors", "the file would make more than {limit} segments, the most a release may have"
        ),
        "too-many-lines": translate(
            "Errors", "the file has more than {limit} lines of text, each at least one segment"
        ),
        "too-many-cells": translate(
            "Errors", "the table starting on line {line} has more than {limit} cells"
        ),
        "too-complex": translate(
            "Errors", "the document has more markup than can be read safely (near line {line})"
        ),
        "too-much-markup": translate("Errors", "the document has more markup than can be read safely"),
        "too-deep": translate("Errors", "lists or quotes are nested more than {limit} levels deep"),
        "nothing-to-translate": translate(
            "Errors", "the file holds no text to translate (only code, markup or images)"
        ),
        "undecodable": translate("Errors", "the file is not valid {encoding}"),
        "damaged-utf8": translate(
            "Errors",
            "the file is UTF-8 but damaged on line {line}; repair it or save it again as UTF-8",
        ),
        "unclear-encoding": translate(
            "Errors", "the text encoding cannot be recognised; save the file as UTF-8 and import it again"
        ),
        "unsupported-encoding": translate(
            "Errors", "the encoding {encoding} is not supported; save the file as UTF-8"
        ),
        "bad-csv": translate("Errors", "a row of the CSV file cannot be read ({reason})"),
        "no-units": translate(
            "Errors",
            "the memory holds no translation unit with text in two languages (missing xml:lang attributes?)",
        ),
        "no-terms": translate("Errors", "the glossary holds no entry with both a source and a target term"),
        "term-too-long": translate("Errors", "a glossary term is longer than {limit} characters"),
        "unsupported-format": translate(
            "Errors", "this file format is not supported (use text, Markdown, HTML or Word)"
        ),
        "unsupported-export": translate(
            "Errors", "a {release_format} release cannot be exported as {format}; choose one of: {choices}"
        ),
        "corrupt": translate("Errors", "the document is damaged and cannot be read"),
        "unsafe-xml": translate(
            "Errors", "the document contains XML entity declarations, refused for safety"
        ),
        "unreadable": translate("Errors", "the file cannot be read ({reason})"),
        "missing-original": translate(
            "Errors", "the release has no copy of its original document to rebuild it from"
        ),
        "skeleton-mismatch": translate(
            "Errors", "the stored document no longer matches its segments; export to another format"
        ),
        "bad-language": translate("Errors", "not a language code (use fr, en, es, en-GB…)"),
        "same-languages": translate("Errors", "the source and target languages are the same"),
        "not-tmx": translate("Errors", "this is not a TMX file"),
        "not-tbx": translate("Errors", "this is not a TBX file"),
        "language-mismatch": translate(
            "Errors", "no entry in the file is in the language pair asked for (the file has: {found})"
        ),
        "pair-needed": translate("Errors", "choose the language pair the glossary belongs to"),
        "empty-term": translate("Errors", "a glossary entry needs both a source and a target term"),
        "empty-unit": translate("Errors", "a memory unit needs both a source and a target"),
        "unsupported-glossary-format": translate("Errors", "not a glossary file (use .tbx or .csv)"),
        "foreign-file": translate(
            "Errors", "not a file exported by this app for a release of this workspace; nothing was merged"
        ),
        "source-mismatch": translate(
            "Errors",
            "the source of segment {segment} no longer matches the release (updated since the export?); "
            "nothing was merged",
        ),
        "broken-tag": translate(
            "Errors", "segment {segment} has a broken or unknown tag ({tag}); nothing was merged"
        ),
        "table-altered": translate(
            "Errors", "the numbers or sources of the review table were changed; nothing was merged"
        ),
        "table-too-long": translate(
            "Errors",
            "a review table in Word holds at most {limit} segments and this release has {count}: export "
            "XLIFF for another tool instead",
        ),
        "tracked-changes": translate(
            "Errors",
            "segments {segments} still have tracked changes: accept or reject them in Word, or merge "
            "again taking them as they are; nothing was merged",
        ),
        "bad-model": translate("Errors", "DeepL has no such model"),
        "bad-formality": translate("Errors", "not a formality DeepL knows"),
    }


def _input_problem(problem: str, details: Mapping[str, Any]) -> str:
    text = input_problems().get(problem, translate("Errors", "the input cannot be used"))
    return text.format_map(_Details(details))


def code_sentences() -> dict[ErrorCode, str]:
    """Each error code but BAD_INPUT (worded by its problem), with its sentence."""
    return {
        ErrorCode.ROLE_FORBIDDEN: translate("Errors", "Only a reviewer can approve or reject segments."),
        ErrorCode.COMMENT_REQUIRED: translate("Errors", "A rejection needs a comment that says what to fix."),
        ErrorCode.TRANSITION_NOT_ALLOWED: translate(
            "Errors", "This segment cannot take that step from its current status."
        ),
        ErrorCode.EMPTY_TARGET: translate("Errors", "An empty target cannot be confirmed."),
        ErrorCode.NOT_TRANSLATABLE: translate("Errors", "This segment is marked not to be translated."),
        ErrorCode.VERSION_CONFLICT: translate(
            "Errors", "The segment was changed by {changed_by} since you opened it; nothing was saved."
        ),
        ErrorCode.NOT_FOUND: translate("Errors", "Not found (it may have been deleted)."),
        ErrorCode.DATABASE_UNAVAILABLE: translate("Errors", "The database {url} cannot be reached: {reason}"),
        ErrorCode.DATABASE_TOO_NEW: translate(
            "Errors", "The database was written by a newer version of the app: update the app to open it."
        ),
        ErrorCode.BAD_DATABASE_URL: translate("Errors", "Not a database address the app can use: {url}"),
        ErrorCode.EXPORT_BLOCKED: translate(
            "Errors",
            "Segments not approved yet ({count}): {numbers}. Tick “Export unapproved segments” to export "
            "anyway.",
        ),
        ErrorCode.MT_NO_KEY: translate(
            "Errors", "No DeepL key: add it in Preferences or set DEEPL_AUTH_KEY."
        ),
        ErrorCode.MT_BAD_KEY: translate("Errors", "DeepL refused the key: check it in Preferences."),
        ErrorCode.MT_QUOTA_EXCEEDED: translate("Errors", "The DeepL quota of this period is used up."),
        ErrorCode.MT_TOO_MANY_REQUESTS: translate(
            "Errors", "DeepL is receiving too many requests: try again in a moment."
        ),
        ErrorCode.MT_SERVER_ERROR: translate("Errors", "DeepL had a server error: try again later."),
        ErrorCode.MT_UNAVAILABLE: translate(
            "Errors", "DeepL cannot be reached: check the network connection or the proxy."
        ),
        ErrorCode.MT_TIMEOUT: translate("Errors", "DeepL did not answer in {seconds} s: try again later."),
        ErrorCode.MT_CANCELLED: translate("Errors", "Stopped on request."),
        ErrorCode.MT_GLOSSARY_NOT_FOUND: translate(
            "Errors", "DeepL no longer has this workspace's glossary, even after recreating it."
        ),
        ErrorCode.MT_QUOTA_SHORT: translate(
            "Errors", "The DeepL quota left is too short for this: nothing was sent."
        ),
        ErrorCode.MT_REJECTED: translate("Errors", "DeepL rejected the request: {reason}"),
        ErrorCode.MT_UNSUPPORTED_LANGUAGE: translate("Errors", "DeepL does not translate {language}."),
        ErrorCode.WRITE_FAILED: translate(
            "Errors", "Cannot write {path}: {reason} (nothing was changed there)."
        ),
        ErrorCode.QA_BLOCKED: translate(
            "Errors", "The segment has QA errors: fix them, or approve it anyway with a reason."
        ),
        ErrorCode.OVERRIDE_REASON_REQUIRED: translate(
            "Errors", "Approving despite QA errors needs a reason, which is recorded."
        ),
        ErrorCode.SIGNOFF_INCOMPLETE: translate(
            "Errors", "The release cannot be signed off: segments not approved yet ({count}): {numbers}."
        ),
        ErrorCode.NO_SUCH_VERSION: translate("Errors", "The segment has no such earlier version."),
        ErrorCode.IDENTITY_MISMATCH: translate(
            "Errors",
            "The server signed you in as {login}, not {claimed}: leave the user name out, or connect as "
            "{claimed}.",
        ),
        ErrorCode.ROLE_MISMATCH: translate(
            "Errors",
            "{login} is a {team_role} on this server, not a {claimed}: an admin changes roles with "
            "“translator-app admin set-role”.",
        ),
        ErrorCode.NO_TEAM_ROLE: translate(
            "Errors",
            "{login} is not a member of any Release Translator group on {url}: ask an admin to add you.",
        ),
        ErrorCode.TEAM_NOT_SET_UP: translate(
            "Errors",
            "The database {url} is not set up for Release Translator: its owner runs "
            "“translator-app admin init” once.",
        ),
        ErrorCode.SCHEMA_OUTDATED: translate(
            "Errors",
            "The database {url} is at schema {found} and this version of the app needs {needed}: the "
            "database owner runs “translator-app admin init” to upgrade it.",
        ),
        ErrorCode.SERVER_REFUSED: translate("Errors", "The team server refused this: {reason}"),
        ErrorCode.NOT_DATABASE_OWNER: translate(
            "Errors", "Only the owner of the database ({owner}) sets it up and upgrades it; you are {login}."
        ),
        ErrorCode.TEAM_DATABASE_NEEDED: translate(
            "Errors", "{what} needs a PostgreSQL team database, not {url}."
        ),
        ErrorCode.BAD_USER_NAME: translate(
            "Errors",
            "Not a usable user name: {name} (lower-case letters, digits, “.”, “_” and “-”, starting with a "
            "letter, at most 63 characters).",
        ),
        ErrorCode.NO_PASSWORD: translate(
            "Errors", "No password was given for {login} on {url}: the workspace was not opened."
        ),
    }


def role_words() -> dict[str, str]:
    """A team role's value and its name inside a sentence ("ana is a translator on this server")."""
    return {
        "translator": translate("Errors", "translator"),
        "reviewer": translate("Errors", "reviewer"),
        "admin": translate("Errors", "admin"),
    }


def describe(error: BaseException) -> str:
    """One sentence for a message box or the status bar."""
    if not isinstance(error, DomainError):
        return translate("Errors", "Unexpected error: {error}").format(error=error)
    details = _Details({key: value for key, value in error.details.items() if value is not None})
    if error.code is ErrorCode.VERSION_CONFLICT and not details.get("changed_by"):
        details["changed_by"] = translate("Errors", "someone else")
    if error.code is ErrorCode.ROLE_MISMATCH:  # the server's role names, in the interface language
        names = role_words()
        for key in ("team_role", "claimed"):
            details[key] = names.get(str(details.get(key, "")), details.get(key, "…"))
    if error.code is ErrorCode.BAD_INPUT:
        name = str(details.get("name") or "")
        problem = _input_problem(str(details.get("problem", "")), details)
        return f"{name}: {problem}" if name else problem
    sentence = code_sentences().get(error.code)
    if sentence is None:
        return translate("Errors", "The operation was refused ({code}).").format(code=error.code.value)
    return sentence.format_map(details)


def open_error_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning box that does not block the event loop (tests and the window keep running)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.finished.connect(box.deleteLater)
    box.open()
    return box
