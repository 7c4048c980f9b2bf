"""The tables, as SQLAlchemy 2 typed ORM classes declared at module level (PyInstaller-safe)."""

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from translator_app.domain.repetitions import repetition_hash

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ReleaseRow(Base):
    __tablename__ = "releases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    source_lang: Mapped[str] = mapped_column(String(20))
    target_lang: Mapped[str] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(20))
    original_name: Mapped[str] = mapped_column(String(500), default="")
    skeleton: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    formality: Mapped[str] = mapped_column(String(20), default="", server_default="")
    """The register machine translation should use (``more``, ``less``…); empty for the engine's default."""


class ReleaseFileRow(Base):
    """The file a release was imported from (an export rebuilds Word and HTML from it).

    Apart from the release's row: the bytes grow with the release, and in a SQLite row every column stored
    after them would be read through them, by every query that reads a release.
    """

    __tablename__ = "release_files"

    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"), primary_key=True)
    original: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class BlockRow(Base):
    __tablename__ = "blocks"
    __table_args__ = (UniqueConstraint("release_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    skeleton: Mapped[str] = mapped_column(Text, default="")


def source_repetition_hash(context: DefaultExecutionContext) -> int:
    """The hash of an inserted segment's source: every INSERT gets it, whichever code path wrote the row."""
    parameters: dict[str, str] = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return repetition_hash(parameters["source"])


class SegmentRow(Base):
    __tablename__ = "segments"
    __table_args__ = (
        UniqueConstraint("release_id", "position"),
        # Covers the release list's counts (per release, status and flag, with the last change) as well as
        # every look-up by release and status.
        Index(
            "ix_segments_release_progress", "release_id", "status", "translatable", "archived", "updated_at"
        ),
        Index("ix_segments_release_repetition", "release_id", "repetition_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    block: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(Text)
    separator: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    origin: Mapped[str] = mapped_column(String(60), default="none")
    translatable: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Left out of the new source of an updated release: kept with its history, hidden from lists."""
    repetition_hash: Mapped[int | None] = mapped_column(BigInteger, default=source_repetition_hash)
    """``domain.repetitions.repetition_hash(source)``: finds a sentence's copies through an index. Computed
    on insert; a write that changes the source must set it too (``repositories.source_values``)."""


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    user: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")


class CommentRow(Base):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(20), default="note", server_default="note")
    """``note``, ``rejection`` or ``override`` (a reviewer's reason for approving despite QA errors)."""
    category: Mapped[str] = mapped_column(String(40), default="", server_default="")
    """An MQM error category (``accuracy``, ``terminology``…) or empty."""
    severity: Mapped[str] = mapped_column(String(20), default="", server_default="")
    """``minor``, ``major``, ``critical`` or empty; the review report's score weighs it."""
    reply_to: Mapped[int | None] = mapped_column(
        ForeignKey("comments.id", ondelete="SET NULL"), nullable=True
    )
    resolved_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SignoffRow(Base):
    """A reviewer's sign-off of a whole release, with the state it saw (see ``domain.review.Signoff``)."""

    __tablename__ = "signoffs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"), index=True)
    user: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version_mark: Mapped[int] = mapped_column(Integer)
    event_mark: Mapped[int] = mapped_column(Integer)


class TmUnitRow(Base):
    """A translation-memory unit, per language pair, shared by all releases."""

    __tablename__ = "tm_units"
    __table_args__ = (
        Index("uq_tm_units_unit", "source_lang", "target_lang", "source_hash", "target_hash", unique=True),
        Index("ix_tm_units_segment", "segment_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_lang: Mapped[str] = mapped_column(String(20))
    target_lang: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(Text)
    source_hash: Mapped[str] = mapped_column(String(64))
    target_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    """SHA-256 of the exact target: with the pair and ``source_hash`` the unit's unique key (upserts)."""
    context_before: Mapped[str] = mapped_column(Text, default="")
    context_after: Mapped[str] = mapped_column(Text, default="")
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    release_id: Mapped[int | None] = mapped_column(
        ForeignKey("releases.id", ondelete="SET NULL"), nullable=True
    )
    segment_id: Mapped[int | None] = mapped_column(
        ForeignKey("segments.id", ondelete="SET NULL"), nullable=True
    )
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TermRow(Base):
    """A glossary entry: the expected target of a source term, with the variants to avoid."""

    __tablename__ = "terms"
    __table_args__ = (Index("ix_terms_pair", "source_lang", "target_lang"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_lang: Mapped[str] = mapped_column(String(20))
    target_lang: Mapped[str] = mapped_column(String(20))
    source_term: Mapped[str] = mapped_column(String(500))
    target_term: Mapped[str] = mapped_column(String(500))
    note: Mapped[str] = mapped_column(Text, default="")
    part_of_speech: Mapped[str] = mapped_column(String(40), default="")
    case_sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    forbidden: Mapped[str] = mapped_column(Text, default="")
    """Forbidden target variants, one per line."""
    alternatives: Mapped[str] = mapped_column(Text, default="", server_default="")
    """Other acceptable target terms, one per line."""
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class GlossaryPairRow(Base):
    """The version of a language pair's glossary, bumped on every change (provider ``""``)."""

    __tablename__ = "glossary_pairs"
    __table_args__ = (UniqueConstraint("source_lang", "target_lang", "provider"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_lang: Mapped[str] = mapped_column(String(20))
    target_lang: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(40), default="")
    """Empty: the workspace's own counter (remote copies moved to ``mt_remote_glossaries``)."""
    version: Mapped[int] = mapped_column(Integer, default=0)
    remote_id: Mapped[str] = mapped_column(String(200), default="")
    synced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class RemoteGlossaryRow(Base):
    """A pair's glossary as one provider account holds it: its id there and the version it was built from.

    Keyed by the account (a one-way fingerprint of its key, never the key) and the server, because an id
    made with one key does not exist for another: a shared workspace keeps one copy per account.
    """

    __tablename__ = "mt_remote_glossaries"
    __table_args__ = (UniqueConstraint("provider", "account", "server", "source_lang", "target_lang"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(40))
    account: Mapped[str] = mapped_column(String(64))
    """Empty for a copy made before accounts were told apart (claimed by the first account that has it)."""
    server: Mapped[str] = mapped_column(String(500))
    source_lang: Mapped[str] = mapped_column(String(20))
    target_lang: Mapped[str] = mapped_column(String(20))
    remote_id: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=0)
    synced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class MtCacheRow(Base):
    """A machine translation already paid for, reused when the same text is asked again."""

    __tablename__ = "mt_cache"
    __table_args__ = (
        UniqueConstraint(
            "provider", "source_lang", "target_lang", "formality", "model", "glossary_terms", "source_hash"
        ),
        Index("ix_mt_cache_source_hash", "source_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(40))
    source_lang: Mapped[str] = mapped_column(String(20))
    target_lang: Mapped[str] = mapped_column(String(20))
    formality: Mapped[str] = mapped_column(String(20), default="")
    """The formality *sent*: empty where the target language has none, whatever the release asked."""
    model: Mapped[str] = mapped_column(String(40), default="", server_default="")
    glossary_version: Mapped[int] = mapped_column(Integer, default=0)
    """The workspace glossary's version when translated (informative; the key is ``glossary_terms``)."""
    glossary_terms: Mapped[str | None] = mapped_column(String(64), nullable=True)
    """A hash of the glossary entries that occur in the source (empty: none did). Only a change to one of
    those makes the row stale. NULL for rows made before: valid while ``glossary_version`` is current."""
    source_hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(Text)
    billed_characters: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
