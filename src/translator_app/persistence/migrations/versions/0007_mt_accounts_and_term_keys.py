"""Remote glossaries per DeepL account and server; the MT cache keyed by the glossary terms a source holds.

- ``mt_remote_glossaries`` replaces the provider rows of ``glossary_pairs``: a glossary id made with one key
  does not exist for another, so each account (a fingerprint of its key) on each server keeps its own.
  Existing ids move over with an empty account; the first account that still has one claims it.
- ``mt_cache`` gains ``model`` and ``glossary_terms`` (a hash of the glossary entries found in the source),
  which replace ``glossary_version`` in the key: a glossary change makes only the sources containing a
  changed term miss. Existing rows keep a NULL hash and stay valid while their glossary version is current.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OLD_KEY = ["provider", "source_lang", "target_lang", "formality", "glossary_version", "source_hash"]
NEW_KEY = ["provider", "source_lang", "target_lang", "formality", "model", "glossary_terms", "source_hash"]


def upgrade() -> None:
    op.create_table(
        "mt_remote_glossaries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("provider", sa.String(40), nullable=False),
        sa.Column("account", sa.String(64), nullable=False),
        sa.Column("server", sa.String(500), nullable=False),
        sa.Column("source_lang", sa.String(20), nullable=False),
        sa.Column("target_lang", sa.String(20), nullable=False),
        sa.Column("remote_id", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_mt_remote_glossaries"),
        sa.UniqueConstraint(
            "provider",
            "account",
            "server",
            "source_lang",
            "target_lang",
            name="uq_mt_remote_glossaries_provider",
        ),
    )
    op.execute(
        "INSERT INTO mt_remote_glossaries "
        "(provider, account, server, source_lang, target_lang, remote_id, version, synced_at) "
        "SELECT provider, '', '', source_lang, target_lang, remote_id, version, synced_at "
        "FROM glossary_pairs WHERE provider <> ''"
    )
    op.execute("DELETE FROM glossary_pairs WHERE provider <> ''")
    # mt_cache is referenced by no other table, so SQLite's copy-and-rename of a batch is safe here.
    with op.batch_alter_table("mt_cache") as batch:
        batch.add_column(sa.Column("model", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("glossary_terms", sa.String(64), nullable=True))
        batch.drop_constraint("uq_mt_cache_provider", type_="unique")
        batch.create_unique_constraint("uq_mt_cache_provider", NEW_KEY)
    op.create_index("ix_mt_cache_source_hash", "mt_cache", ["source_hash"])


def downgrade() -> None:
    op.drop_index("ix_mt_cache_source_hash", table_name="mt_cache")
    # Rows made under the new key may collide under the old one: the older key keeps one of each.
    op.execute("DELETE FROM mt_cache WHERE glossary_terms IS NOT NULL")
    with op.batch_alter_table("mt_cache") as batch:
        batch.drop_constraint("uq_mt_cache_provider", type_="unique")
        batch.create_unique_constraint("uq_mt_cache_provider", OLD_KEY)
        batch.drop_column("glossary_terms")
        batch.drop_column("model")
    op.execute(
        "INSERT INTO glossary_pairs (source_lang, target_lang, provider, version, remote_id, synced_at) "
        "SELECT source_lang, target_lang, provider, version, remote_id, synced_at "
        "FROM mt_remote_glossaries WHERE account = ''"
    )
    op.drop_table("mt_remote_glossaries")
