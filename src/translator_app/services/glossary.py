"""The glossary: terms per language pair, CSV and TBX exchange, term hits in a text, forbidden variants.

Every change bumps the pair's version in ``glossary_pairs`` (provider ""): the MT glossary sync keys its
cache on it, and the term matcher kept here is rebuilt only when the version moves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from translator_app.domain.errors import bad_input
from translator_app.domain.languages import canonical
from translator_app.domain.terms import Term, TermFinding, TermHit, TermMatcher, check_target
from translator_app.formats.glossary_csv import read_glossary_csv, write_glossary_csv
from translator_app.formats.limits import Limits, check_count, reading
from translator_app.formats.tbx import read_tbx, write_tbx
from translator_app.services.actor import Actor
from translator_app.services.ports import UnitOfWorkFactory
from translator_app.services.qa import GlossaryMatchers

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
TBX_SUFFIXES = (".tbx", ".xml")
PROGRESS_EVERY = 100
Progress = Callable[[int, int], None]
"""Told ``(done, total)`` terms; it may raise to stop an import (nothing is stored) or an export."""


@dataclass(frozen=True)
class GlossaryImportReport:
    source_lang: str
    target_lang: str
    added: int
    updated: int
    version: int


MAX_TERM = 500
"""Characters in a source or target term (the column's size: PostgreSQL would refuse a longer one)."""
MAX_LABEL = 40
"""Characters in a part of speech."""


def _checked(term: Term) -> Term:
    source, target = term.source_term.strip(), term.target_term.strip()
    if not source or not target:
        raise bad_input("empty-term", term.source_term or "term")
    for text, limit in ((source, MAX_TERM), (target, MAX_TERM), (term.part_of_speech, MAX_LABEL)):
        if len(text) > limit:
            raise bad_input("term-too-long", source[:40], term=text[:40] + "…", limit=limit)
    return replace(term, source_term=source, target_term=target)


def _same_entry(a: Term, b: Term) -> bool:
    fields = ("target_term", "note", "part_of_speech", "case_sensitive", "forbidden", "alternatives")
    return all(getattr(a, name) == getattr(b, name) for name in fields)


class GlossaryService:
    def __init__(self, uow: UnitOfWorkFactory, limits: Limits | None = None) -> None:
        self._uow = uow
        self._matchers = GlossaryMatchers()
        self.limits = limits or Limits()
        """How many entries one imported file may hold (the release segment limit)."""

    def terms(self, source_lang: str, target_lang: str) -> list[Term]:
        with self._uow() as uow:
            return uow.terms.for_pair(source_lang, target_lang)

    def pairs(self) -> list[tuple[str, str]]:
        with self._uow() as uow:
            return uow.terms.pairs()

    def version(self, source_lang: str, target_lang: str) -> int:
        with self._uow() as uow:
            return uow.terms.version(source_lang, target_lang)

    def add(self, term: Term, actor: Actor) -> Term:
        with self._uow() as uow:
            saved = uow.terms.add(replace(_checked(term), created_by=term.created_by or actor.user))
            uow.terms.bump_version(term.source_lang, term.target_lang)
            uow.commit()
            return saved

    def update(self, term: Term, actor: Actor) -> Term:
        del actor  # terms keep their author; the version counter records that something changed
        with self._uow() as uow:
            saved = uow.terms.update(_checked(term))
            uow.terms.bump_version(term.source_lang, term.target_lang)
            uow.commit()
            return saved

    def delete(self, term_id: int, actor: Actor) -> None:
        del actor
        with self._uow() as uow:
            term = uow.terms.get(term_id)
            uow.terms.delete(term_id)
            uow.terms.bump_version(term.source_lang, term.target_lang)
            uow.commit()

    def matcher(self, source_lang: str, target_lang: str) -> TermMatcher:
        """The pair's term matcher, rebuilt only when the glossary version changed."""
        with self._uow() as uow:
            return self._matchers.for_pair(uow, source_lang, target_lang)

    def hits(self, text: str, source_lang: str, target_lang: str) -> list[TermHit]:
        """The glossary terms found in ``text`` with their spans and expected targets."""
        return self.matcher(source_lang, target_lang).hits(text)

    def check(self, source: str, target: str, source_lang: str, target_lang: str) -> list[TermFinding]:
        """Forbidden variants used in ``target`` and expected terms missing from it."""
        return check_target(target, self.hits(source, source_lang, target_lang), target_lang)

    def import_file(
        self,
        path: Path,
        actor: Actor,
        source_lang: str | None = None,
        target_lang: str | None = None,
        progress: Progress | None = None,
    ) -> GlossaryImportReport:
        """Merge a CSV or TBX glossary into the pair: a known source term is updated, a new one added. The
        pair's codes are stored in BCP 47's usual case (``fr_fr`` and ``FR-FR`` both become ``fr-FR``)."""
        with reading(path.name, self.limits):
            return self._import(path, actor, source_lang, target_lang, progress)

    def _import(
        self,
        path: Path,
        actor: Actor,
        source_lang: str | None,
        target_lang: str | None,
        progress: Progress | None = None,
    ) -> GlossaryImportReport:
        suffix = path.suffix.lower()
        if not path.is_file():
            raise bad_input("unreadable", path.name, reason="no such file")
        incoming: Iterable[Term]
        if suffix in TBX_SUFFIXES:
            source_lang, target_lang, incoming = read_tbx(path, path.name, source_lang, target_lang)
        elif suffix in CSV_SUFFIXES:
            if not source_lang or not target_lang:
                raise bad_input("pair-needed", path.name)
            incoming = read_glossary_csv(path, path.name, source_lang, target_lang)
        else:
            raise bad_input("unsupported-glossary-format", path.name, format=suffix or "none")
        source_lang, target_lang = canonical(source_lang), canonical(target_lang)
        added = updated = read = 0
        with self._uow() as uow:
            known = {t.source_term.casefold(): t for t in uow.terms.for_pair(source_lang, target_lang)}
            for term in incoming:
                read += 1
                check_count(read, path.name)
                if progress is not None and read % PROGRESS_EVERY == 0:
                    progress(read, 0)  # a stream: its length is known at the end
                term = _checked(replace(term, source_lang=source_lang, target_lang=target_lang))
                existing = known.get(term.source_term.casefold())
                if existing is None:
                    known[term.source_term.casefold()] = uow.terms.add(replace(term, created_by=actor.user))
                    added += 1
                elif not _same_entry(existing, term):
                    known[term.source_term.casefold()] = uow.terms.update(replace(term, id=existing.id))
                    updated += 1
            if not read:
                raise bad_input("no-terms", path.name)
            if progress is not None:
                progress(read, read)
            version = uow.terms.version(source_lang, target_lang)
            if added or updated:
                version = uow.terms.bump_version(source_lang, target_lang)
            uow.commit()
        return GlossaryImportReport(source_lang, target_lang, added, updated, version)

    def export_file(
        self, path: Path, source_lang: str | None = None, target_lang: str | None = None, tbx_version: int = 3
    ) -> int:
        """Write the pair's terms as CSV or TBX (by the file's suffix); the only pair when none is given."""
        if not source_lang or not target_lang:
            pairs = self.pairs()
            if len(pairs) != 1:
                raise bad_input("pair-needed", path.name)
            source_lang, target_lang = pairs[0]
        terms = self.terms(source_lang, target_lang)
        suffix = path.suffix.lower()
        if suffix in TBX_SUFFIXES:
            return write_tbx(path, terms, source_lang, target_lang, tbx_version)
        if suffix in CSV_SUFFIXES:
            return write_glossary_csv(path, terms)
        raise bad_input("unsupported-glossary-format", path.name, format=suffix or "none")
