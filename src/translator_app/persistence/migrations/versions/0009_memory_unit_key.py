"""A memory unit is unique per language pair, source and target: confirmations upsert instead of duplicating.

Two people confirming the same sentence with the same translation at the same moment (in two releases) each
found no unit and each added one. ``target_hash`` (SHA-256 of the exact target) joins ``source_hash`` in a
unique index, so the database keeps one; existing duplicates are merged first (the oldest unit stays,
approved if any copy was).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_BATCH = 2000


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.add_column("tm_units", sa.Column("target_hash", sa.String(64), nullable=False, server_default=""))
    connection = op.get_bind()
    units = sa.table(
        "tm_units",
        sa.column("id", sa.Integer),
        sa.column("target", sa.Text),
        sa.column("target_hash", sa.String),
        sa.column("source_lang", sa.String),
        sa.column("target_lang", sa.String),
        sa.column("source_hash", sa.String),
        sa.column("approved", sa.Boolean),
    )
    last = 0
    while True:
        rows = connection.execute(
            sa.select(units.c.id, units.c.target).where(units.c.id > last).order_by(units.c.id).limit(_BATCH)
        ).all()
        if not rows:
            break
        fill = units.update().where(units.c.id == sa.bindparam("unit"))
        connection.execute(
            fill.values(target_hash=sa.bindparam("digest")),
            [{"unit": unit, "digest": _hash(target)} for unit, target in rows],
        )
        last = rows[-1][0]
    key = (units.c.source_lang, units.c.target_lang, units.c.source_hash, units.c.target_hash)
    groups = connection.execute(
        sa.select(*key, sa.func.min(units.c.id), sa.func.count())
        .group_by(*key)
        .having(sa.func.count() > 1)
    ).all()
    for source_lang, target_lang, source_hash, target_hash, keep, _count in groups:
        same = sa.and_(
            units.c.source_lang == source_lang,
            units.c.target_lang == target_lang,
            units.c.source_hash == source_hash,
            units.c.target_hash == target_hash,
        )
        approved = connection.execute(
            sa.select(sa.func.count()).where(same, units.c.approved.is_(True))
        ).scalar_one()
        if approved:
            connection.execute(units.update().where(units.c.id == keep).values(approved=True))
        connection.execute(units.delete().where(same, units.c.id != keep))
    op.drop_index("ix_tm_units_pair_hash", table_name="tm_units")
    op.create_index(
        "uq_tm_units_unit",
        "tm_units",
        ["source_lang", "target_lang", "source_hash", "target_hash"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("uq_tm_units_unit", table_name="tm_units")
    op.create_index("ix_tm_units_pair_hash", "tm_units", ["source_lang", "target_lang", "source_hash"])
    op.drop_column("tm_units", "target_hash")
