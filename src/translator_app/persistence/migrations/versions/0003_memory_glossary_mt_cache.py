"""Suggestion sources: translation memory units, glossary terms and versions, the MT cache.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tm_units",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_lang", sa.String(20), nullable=False),
        sa.Column("target_lang", sa.String(20), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("source_hash", sa.String(64), nullable=False),
        sa.Column("context_before", sa.Text(), nullable=False),
        sa.Column("context_after", sa.Text(), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=True),
        sa.Column("segment_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name="fk_tm_units_release_id_releases", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segments.id"], name="fk_tm_units_segment_id_segments", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tm_units"),
    )
    op.create_index("ix_tm_units_pair_hash", "tm_units", ["source_lang", "target_lang", "source_hash"])
    op.create_index("ix_tm_units_segment", "tm_units", ["segment_id"])
    op.create_table(
        "terms",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_lang", sa.String(20), nullable=False),
        sa.Column("target_lang", sa.String(20), nullable=False),
        sa.Column("source_term", sa.String(500), nullable=False),
        sa.Column("target_term", sa.String(500), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("part_of_speech", sa.String(40), nullable=False),
        sa.Column("case_sensitive", sa.Boolean(), nullable=False),
        sa.Column("forbidden", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_terms"),
    )
    op.create_index("ix_terms_pair", "terms", ["source_lang", "target_lang"])
    op.create_table(
        "glossary_pairs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_lang", sa.String(20), nullable=False),
        sa.Column("target_lang", sa.String(20), nullable=False),
        sa.Column("provider", sa.String(40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.String(200), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_glossary_pairs"),
        sa.UniqueConstraint("source_lang", "target_lang", "provider", name="uq_glossary_pairs_source_lang"),
    )
    op.create_table(
        "mt_cache",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("provider", sa.String(40), nullable=False),
        sa.Column("source_lang", sa.String(20), nullable=False),
        sa.Column("target_lang", sa.String(20), nullable=False),
        sa.Column("formality", sa.String(20), nullable=False),
        sa.Column("glossary_version", sa.Integer(), nullable=False),
        sa.Column("source_hash", sa.String(64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("billed_characters", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_mt_cache"),
        sa.UniqueConstraint(
            "provider",
            "source_lang",
            "target_lang",
            "formality",
            "glossary_version",
            "source_hash",
            name="uq_mt_cache_provider",
        ),
    )


def downgrade() -> None:
    op.drop_table("mt_cache")
    op.drop_table("glossary_pairs")
    op.drop_index("ix_terms_pair", table_name="terms")
    op.drop_table("terms")
    op.drop_index("ix_tm_units_segment", table_name="tm_units")
    op.drop_index("ix_tm_units_pair_hash", table_name="tm_units")
    op.drop_table("tm_units")
