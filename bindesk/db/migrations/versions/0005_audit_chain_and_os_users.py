"""audit hash chain; operators linked to an OS account

Revision ID: 0005
Revises: 0009
Create Date: 2026-12-01 21:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bindesk.domain.auditchain import event_hash

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("sealed", sa.JSON(), nullable=True))
    _chain_existing_events()
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.add_column(sa.Column("os_user", sa.String(length=120), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_operators_os_user"), ["os_user"])


def _chain_existing_events() -> None:
    """Events from before this revision join the chain in the order they were written."""
    events = sa.table(
        "audit_events",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("actor", sa.String),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.String),
        sa.column("before", sa.JSON),
        sa.column("after", sa.JSON),
        sa.column("detail", sa.Text),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    conn = op.get_bind()
    prev: str | None = None
    last_id = 0
    while True:
        rows = conn.execute(
            sa.select(events).where(events.c.id > last_id).order_by(events.c.id).limit(1000)
        ).all()
        if not rows:
            break
        for row in rows:
            digest = event_hash(
                prev,
                at=row.at,
                actor=row.actor,
                action=row.action,
                entity=row.entity,
                entity_id=row.entity_id,
                before=row.before,
                after=row.after,
                detail=row.detail or "",
            )
            conn.execute(
                events.update().where(events.c.id == row.id).values(prev_hash=prev, hash=digest)
            )
            prev, last_id = digest, row.id


def downgrade() -> None:
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_operators_os_user"), type_="unique")
        batch_op.drop_column("os_user")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("sealed")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
