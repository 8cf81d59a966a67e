"""delivery lease, concatenation reference and parts sent; claim index in claim order

Revision ID: 0004
Revises: 0008
Create Date: 2026-12-01 22:05:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        # existing 'sending' rows get no lease: the outbox treats them as expired by age
        batch_op.add_column(sa.Column("lease_expires_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("concat_ref", sa.Integer(), nullable=True))
        # existing rows: which parts of an interrupted multipart went out is unknown
        batch_op.add_column(
            sa.Column("parts_sent", sa.JSON(), nullable=False, server_default="[]")
        )
        # (state, priority, next_attempt_at) did not give the claim's ORDER BY priority,
        # alert_id, id: every claim sorted the whole queue
        batch_op.drop_index("ix_deliveries_queue")
        batch_op.create_index(
            "ix_deliveries_claim", ["state", "priority", "alert_id", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_claim")
        batch_op.create_index(
            "ix_deliveries_queue", ["state", "priority", "next_attempt_at"], unique=False
        )
        batch_op.drop_column("parts_sent")
        batch_op.drop_column("concat_ref")
        batch_op.drop_column("lease_expires_at")
