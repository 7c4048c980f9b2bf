"""A release's original file moves to its own table, ``release_files``.

The bytes grow with the release (megabytes for a long Word file). In a SQLite row every column stored after
them (skeleton, author, date) is reached by reading through them, so every read of a release, even one that
never asks for the file, paid for its size: storing a memory unit on each confirmation, the release list.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "release_files",
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("original", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name="fk_release_files_release_id_releases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("release_id", name="pk_release_files"),
    )
    op.execute(
        "INSERT INTO release_files (release_id, original) SELECT id, original FROM releases "
        "WHERE original IS NOT NULL"
    )
    # In place on SQLite 3.35+ (no table copy, so no cascade to segments; see 0006).
    op.drop_column("releases", "original")


def downgrade() -> None:
    op.add_column("releases", sa.Column("original", sa.LargeBinary(), nullable=True))
    op.execute(
        "UPDATE releases SET original = "
        "(SELECT original FROM release_files WHERE release_files.release_id = releases.id)"
    )
    op.drop_table("release_files")
