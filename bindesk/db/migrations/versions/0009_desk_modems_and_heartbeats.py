"""desk modems and dispatcher heartbeats

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-01 22:25:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk_modems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(length=120), nullable=False),
        sa.Column("spec", sa.String(length=300), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("pin", sa.String(length=8), nullable=True),
        sa.Column("smsc", sa.String(length=24), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_modems")),
    )
    op.create_index("ix_desk_modems_host", "desk_modems", ["host"], unique=False)
    op.create_table(
        "dispatcher_heartbeats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instance", sa.String(length=64), nullable=False),
        sa.Column("host", sa.String(length=120), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.Column("stopped_at", sa.DateTime(), nullable=True),
        sa.Column("last_sent_at", sa.DateTime(), nullable=True),
        sa.Column("modems", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispatcher_heartbeats")),
        sa.UniqueConstraint("instance", name=op.f("uq_dispatcher_heartbeats_instance")),
    )
    with op.batch_alter_table("dispatcher_heartbeats", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dispatcher_heartbeats_last_seen"), ["last_seen"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("dispatcher_heartbeats", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dispatcher_heartbeats_last_seen"))
    op.drop_table("dispatcher_heartbeats")
    op.drop_index("ix_desk_modems_host", table_name="desk_modems")
    op.drop_table("desk_modems")
