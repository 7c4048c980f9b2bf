"""Which format reads a file: by the name asked for, by extension, or by a look at the first bytes."""

from __future__ import annotations

import importlib
from pathlib import PurePath

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.formats.base import DocumentFormat

_MODULES = {
    "text": ("translator_app.formats.text", "TextFormat"),
    "markdown": ("translator_app.formats.markdown", "MarkdownFormat"),
    "html": ("translator_app.formats.html", "HtmlFormat"),
    "docx": ("translator_app.formats.docx", "DocxFormat"),
}
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
FORMAT_NAMES = tuple(_MODULES)


def get_format(name: str) -> DocumentFormat:
    """The format called ``name``; modules load on first use so a start-up pays only for what it reads."""
    if name not in _MODULES:
        raise DomainError(ErrorCode.BAD_INPUT, problem="unsupported-format", format=name, name=name)
    module_name, class_name = _MODULES[name]
    module = importlib.import_module(module_name)
    instance: DocumentFormat = getattr(module, class_name)()
    return instance


def detect_format(data: bytes, filename: str) -> str:
    """Guess the format of a file from its extension, falling back on its first bytes."""
    suffix = PurePath(filename).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    head = data[:512].lstrip().lower()
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if suffix in {"", ".eml", ".msg"} or not suffix:
        return "text"
    raise DomainError(ErrorCode.BAD_INPUT, problem="unsupported-format", format=suffix, name=filename)
