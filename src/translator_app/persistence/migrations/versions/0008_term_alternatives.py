"""Glossary terms keep their alternatives: the admitted target terms a term base lists beside the preferred.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("terms", sa.Column("alternatives", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("terms", "alternatives")
