"""tip library columns (fields, action, order, versions, retired), modem rates, handled replies

Revision ID: 0010
Revises: 0005
Create Date: 2026-12-01 22:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tip_presets", schema=None) as batch_op:
        # existing rows: the shipped library as first use installed it
        batch_op.add_column(sa.Column("fields", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("action", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(
            sa.Column("updated_by", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE tip_presets SET position = id * 10")
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("handled_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("handled_by", sa.String(length=120), nullable=False, server_default="")
        )
    op.create_table(
        "modem_rates",
        sa.Column("modem_id", sa.String(length=200), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("simulated", sa.Boolean(), nullable=False),
        sa.Column("seconds_per_part", sa.Float(), nullable=True),
        sa.Column("samples", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("modem_id", name=op.f("pk_modem_rates")),
    )


def downgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_column("handled_by")
        batch_op.drop_column("handled_at")
    op.drop_table("modem_rates")
    with op.batch_alter_table("tip_presets", schema=None) as batch_op:
        for column in ("retired_at", "updated_at", "updated_by", "version", "position", "action"):
            batch_op.drop_column(column)
        batch_op.drop_column("fields")
