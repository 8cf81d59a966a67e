"""table change markers: desks see each other's changes

Revision ID: 0008
Revises: 0009
Create Date: 2026-12-01 22:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bindesk.db import changes

revision = "0008"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "table_versions",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_table_versions")),
    )
    # bindesk re-installs them after every upgrade too (batch mode drops a table's triggers)
    changes.install_triggers(op.get_bind())


def downgrade() -> None:
    changes.drop_triggers(op.get_bind())
    op.drop_table("table_versions")
