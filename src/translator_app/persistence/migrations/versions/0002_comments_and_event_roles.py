"""Comment threads on segments; events remember the actor's role and a rejection's reason.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("role", sa.String(20), nullable=False, server_default=""))
        batch.add_column(sa.Column("comment", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segments.id"], name="fk_comments_segment_id_segments", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_comments"),
    )
    op.create_index("ix_comments_segment_id", "comments", ["segment_id"])


def downgrade() -> None:
    op.drop_index("ix_comments_segment_id", table_name="comments")
    op.drop_table("comments")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("comment")
        batch.drop_column("role")
