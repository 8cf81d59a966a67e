"""mail_outbox.mailing_preview: what start_mailing would queue, counted without writing."""

from __future__ import annotations

from sqlalchemy import func, select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Delivery, NewsletterMailing
from bindesk.services import mail_outbox, members, newsletter
from bindesk.services.operators import Actor
from tests import factories


def test_the_preview_counts_what_start_mailing_then_queues(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = factories.network(s, admin, "BIN Kerkstraat")
        other = factories.network(s, admin, "BIN Molenwijk")

        def add(name: str, email: str, consent: bool = True, nets: list = [net]) -> None:  # noqa: B006
            members.add_member(
                s,
                admin,
                members.MemberInput(
                    last_name=name,
                    email=email,
                    channel="email",
                    consent_method="formulier" if consent else "",
                ),
                nets,
            )

        for i in range(5):
            add(f"Lid{i}", f"lid{i}@example.be")
        add("Zonder", "zonder@example.be", consent=False)
        add("Dubbel", "LID0@example.be", nets=[other])  # the same address in another network
        add("Molen", "molen@example.be", nets=[other])
        edition = newsletter.save_edition(
            s, admin, newsletter.EditionContent(title="BIN-nieuws", period="2026-Q3")
        )
        edition_id, net_ids = edition, [net.id, other.id]
    with db.read_session() as s:
        preview = mail_outbox.mailing_preview(s, edition_id, net_ids, admin)
        assert s.scalar(select(func.count()).select_from(NewsletterMailing)) == 0
    assert (preview.mailing_id, preview.queued, preview.no_consent, preview.duplicates) == (
        0,
        6,
        1,
        1,
    )
    with db.session() as s:
        started = mail_outbox.start_mailing(s, edition_id, net_ids, admin, pdf=b"%PDF-1.4 x")
    assert (started.queued, started.no_consent, started.duplicates, started.invalid) == (
        preview.queued,
        preview.no_consent,
        preview.duplicates,
        preview.invalid,
    )
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Delivery)) == 6
        again = mail_outbox.mailing_preview(s, edition_id, net_ids, admin)
        assert (again.queued, again.already) == (0, 6)
        assert (
            s.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "send")
            )
            == 1
        )
