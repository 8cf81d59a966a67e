"""index on deliveries.updated_at: the Verzonden page's refresh reads what changed

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-02 01:20:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # outbox_view.outbox_changes looks for the deliveries changed since a moment on every
    # refresh: without an index that was a scan of every delivery ever sent
    op.create_index("ix_deliveries_updated_at", "deliveries", ["updated_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_deliveries_updated_at", table_name="deliveries")
