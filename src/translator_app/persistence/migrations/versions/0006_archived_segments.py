"""Segments can be archived: a re-imported release keeps the segments its new source no longer has.

Archived segments keep their target, events and comments (the history of the old text stays readable) but
leave listings, counts and exports.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch copy: on SQLite a batch drops and recreates ``segments``, and with
    # foreign keys on that drop would cascade to every event and comment of every segment.
    op.add_column("segments", sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("segments", "archived")  # SQLite 3.35+ drops a plain column in place
