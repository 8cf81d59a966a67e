"""newsletter editions: number, last change, last build

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('newsletters', schema=None) as batch_op:
        batch_op.add_column(sa.Column('edition', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('built_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('pages', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('newsletters', schema=None) as batch_op:
        batch_op.drop_column('pages')
        batch_op.drop_column('built_at')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('edition')
