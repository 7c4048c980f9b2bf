"""Review: comments get a kind, an MQM error category and severity, replies and who resolved them;
release sign-offs.

Existing comments that repeat a rejection's reason (same segment, same text) are marked as rejections.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("comments") as batch:
        batch.add_column(sa.Column("kind", sa.String(20), nullable=False, server_default="note"))
        batch.add_column(sa.Column("category", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("severity", sa.String(20), nullable=False, server_default=""))
        batch.add_column(sa.Column("reply_to", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("resolved_by", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            "fk_comments_reply_to_comments", "comments", ["reply_to"], ["id"], ondelete="SET NULL"
        )
    op.execute(
        "UPDATE comments SET kind = 'rejection' WHERE EXISTS (SELECT 1 FROM events "
        "WHERE events.segment_id = comments.segment_id AND events.new = 'rejected' "
        "AND events.comment = comments.text)"
    )
    op.create_table(
        "signoffs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_mark", sa.Integer(), nullable=False),
        sa.Column("event_mark", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name="fk_signoffs_release_id_releases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_signoffs"),
    )
    op.create_index("ix_signoffs_release_id", "signoffs", ["release_id"])


def downgrade() -> None:
    op.drop_index("ix_signoffs_release_id", table_name="signoffs")
    op.drop_table("signoffs")
    with op.batch_alter_table("comments") as batch:
        batch.drop_constraint("fk_comments_reply_to_comments", type_="foreignkey")
        batch.drop_column("resolved_at")
        batch.drop_column("resolved_by")
        batch.drop_column("reply_to")
        batch.drop_column("severity")
        batch.drop_column("category")
        batch.drop_column("kind")
