"""The release list counts every release's segments per status from one index, without reading the table:
(release, status) grows into (release, status, translatable, archived, updated_at), which still serves every
look-up by release and status.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

PROGRESS = ["release_id", "status", "translatable", "archived", "updated_at"]


def upgrade() -> None:
    op.create_index("ix_segments_release_progress", "segments", PROGRESS)
    op.drop_index("ix_segments_release_status", table_name="segments")


def downgrade() -> None:
    op.create_index("ix_segments_release_status", "segments", ["release_id", "status"])
    op.drop_index("ix_segments_release_progress", table_name="segments")
