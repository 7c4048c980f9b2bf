"""Segments get the hash of their whitespace-collapsed source, indexed per release: confirming a sentence
finds its repetitions through the index instead of reading every segment that starts with the same word.

Existing segments are hashed here, in batches. The hash is frozen in this file as the app computed it at this
revision (``domain.repetitions.repetition_hash``); a later change of the rule needs a migration that rehashes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BATCH = 5000


def repetition_hash(source: str) -> int:
    key = " ".join(source.split())
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch copy: on SQLite a batch recreates ``segments`` (see 0006).
    op.add_column("segments", sa.Column("repetition_hash", sa.BigInteger(), nullable=True))
    connection = op.get_bind()
    segments = sa.table("segments", sa.column("id", sa.Integer()), sa.column("source", sa.Text()))
    hashed = sa.text("UPDATE segments SET repetition_hash = :hash WHERE id = :id")
    last = 0
    while True:
        rows = connection.execute(
            sa.select(segments.c.id, segments.c.source)
            .where(segments.c.id > last)
            .order_by(segments.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        connection.execute(hashed, [{"id": id_, "hash": repetition_hash(source)} for id_, source in rows])
        last = rows[-1][0]
    op.create_index("ix_segments_release_repetition", "segments", ["release_id", "repetition_hash"])


def downgrade() -> None:
    op.drop_index("ix_segments_release_repetition", table_name="segments")
    op.drop_column("segments", "repetition_hash")
