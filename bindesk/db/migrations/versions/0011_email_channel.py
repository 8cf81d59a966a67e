"""e-mail channel: delivery channel/address/Message-ID, newsletter mailings, member channel
and e-mail consent

Revision ID: 0011
Revises: 0012
Create Date: 2026-12-02 01:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "newsletter_mailings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("newsletter_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("pdf_name", sa.String(length=200), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("network_ids", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["newsletter_id"],
            ["newsletters.id"],
            name=op.f("fk_newsletter_mailings_newsletter_id_newsletters"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_newsletter_mailings")),
    )
    op.create_index(
        op.f("ix_newsletter_mailings_newsletter_id"),
        "newsletter_mailings",
        ["newsletter_id"],
        unique=False,
    )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        # every existing delivery is an SMS
        batch_op.add_column(
            sa.Column("channel", sa.String(length=5), server_default="sms", nullable=False)
        )
        batch_op.add_column(sa.Column("email", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("message_id", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("newsletter_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("mailing_id", sa.Integer(), nullable=True))
        batch_op.alter_column("alert_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_foreign_key(
            batch_op.f("fk_deliveries_newsletter_id_newsletters"),
            "newsletters",
            ["newsletter_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_deliveries_mailing_id_newsletter_mailings"),
            "newsletter_mailings",
            ["mailing_id"],
            ["id"],
        )
        batch_op.create_index(
            batch_op.f("ix_deliveries_newsletter_id"), ["newsletter_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deliveries_mailing_id"), ["mailing_id"], unique=False)
        # the claim filters on the channel too (modems take SMS, the mail worker e-mail)
        batch_op.drop_index("ix_deliveries_claim")
        batch_op.create_index(
            "ix_deliveries_claim", ["state", "channel", "priority", "alert_id", "id"], unique=False
        )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("channel", sa.String(length=5), server_default="sms", nullable=False)
        )
        batch_op.add_column(sa.Column("email_consent_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("email_opted_out_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("email_invalid_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("email_invalid_reason", sa.Text(), nullable=True))
    # a member who gave an address with their consent consented to the zone's e-mails (the
    # zone already sends its newsletter by e-mail to these addresses)
    members = sa.table(
        "members",
        sa.column("email", sa.String),
        sa.column("consent_at", sa.DateTime),
        sa.column("email_consent_at", sa.DateTime),
    )
    op.get_bind().execute(
        members.update()
        .where(members.c.email != "", members.c.consent_at.is_not(None))
        .values(email_consent_at=members.c.consent_at)
    )


def downgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_column("email_invalid_reason")
        batch_op.drop_column("email_invalid_at")
        batch_op.drop_column("email_opted_out_at")
        batch_op.drop_column("email_consent_at")
        batch_op.drop_column("channel")
    op.execute("DELETE FROM deliveries WHERE alert_id IS NULL")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_claim")
        batch_op.create_index(
            "ix_deliveries_claim", ["state", "priority", "alert_id", "id"], unique=False
        )
        batch_op.drop_index(batch_op.f("ix_deliveries_mailing_id"))
        batch_op.drop_index(batch_op.f("ix_deliveries_newsletter_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_deliveries_mailing_id_newsletter_mailings"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_deliveries_newsletter_id_newsletters"), type_="foreignkey"
        )
        batch_op.alter_column("alert_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("mailing_id")
        batch_op.drop_column("newsletter_id")
        batch_op.drop_column("message_id")
        batch_op.drop_column("email")
        batch_op.drop_column("channel")
    op.drop_index(op.f("ix_newsletter_mailings_newsletter_id"), table_name="newsletter_mailings")
    op.drop_table("newsletter_mailings")
