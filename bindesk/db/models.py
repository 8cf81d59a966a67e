"""The data model (SQLAlchemy 2, typed). Changes go through Alembic revisions only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC, returns aware UTC: the same on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads it as a class attribute)
        dt.datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


# --- networks and members -------------------------------------------------------------


class Network(Base):
    __tablename__ = "networks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    municipality: Mapped[str] = mapped_column(String(120))
    area_description: Mapped[str] = mapped_column(Text, default="")
    streets: Mapped[list[Any]] = mapped_column(default=list)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    police_liaison: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="network", cascade="all, delete-orphan"
    )


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    street: Mapped[str] = mapped_column(String(200), default="")
    house_number: Mapped[str] = mapped_column(String(20), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    municipality: Mapped[str] = mapped_column(String(120), default="")
    mobile: Mapped[str] = mapped_column(String(20), index=True)  # "" : e-mail only
    email: Mapped[str] = mapped_column(String(200), default="")
    # how alerts reach this member: sms / email / both (a member without a valid mobile gets
    # e-mail, one without a usable address gets SMS, whatever is chosen here)
    channel: Mapped[str] = mapped_column(String(5), default="sms", server_default="sms")
    # e-mail consent (the newsletter and e-mail alerts), its withdrawal (unsubscribe line,
    # List-Unsubscribe, an opt-out mail) and an address that bounced permanently
    email_consent_at: Mapped[dt.datetime | None] = mapped_column()
    email_opted_out_at: Mapped[dt.datetime | None] = mapped_column()
    email_invalid_at: Mapped[dt.datetime | None] = mapped_column()
    email_invalid_reason: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(5), default="nl")
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_at: Mapped[dt.datetime | None] = mapped_column()
    consent_method: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[str] = mapped_column(String(10), default="active")  # active/paused/left
    opted_out_at: Mapped[dt.datetime | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Membership(Base):
    __tablename__ = "memberships"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    is_coordinator: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)

    member: Mapped[Member] = relationship(back_populates="memberships")
    network: Mapped[Network] = relationship(back_populates="memberships")


# --- operators and settings -----------------------------------------------------------


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # balie/beheer/communicatie/admin
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[dt.datetime | None] = mapped_column()
    # the OS account that acts as this operator on the command line (peer authentication)
    os_user: Mapped[str | None] = mapped_column(String(120), unique=True)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column()


class TipPreset(Base):
    __tablename__ = "tip_presets"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(12), default="urgent")
    category: Mapped[str] = mapped_column(String(60), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False: retired
    # [{"name", "hint", "example"}] for the placeholders of ``text``
    fields: Mapped[list[Any]] = mapped_column(default=list)
    action: Mapped[str] = mapped_column(Text, default="")  # the preventive action it asks
    position: Mapped[int] = mapped_column(Integer, default=0)  # order in lists (lower first)
    version: Mapped[int] = mapped_column(Integer, default=1)  # 1: as shipped, +1 per edit
    updated_by: Mapped[str] = mapped_column(String(120), default="")  # "": never edited
    updated_at: Mapped[dt.datetime | None] = mapped_column()
    retired_at: Mapped[dt.datetime | None] = mapped_column()


class ModemRate(Base):
    """What each modem last reported: its state and its measured seconds per SMS part.

    Written by the dispatcher's desk, read by every desk for the composer's estimate."""

    __tablename__ = "modem_rates"

    modem_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(20), default="connecting")
    simulated: Mapped[bool] = mapped_column(Boolean, default=False)
    seconds_per_part: Mapped[float | None] = mapped_column(Float)
    samples: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# --- alerts and the outbox ------------------------------------------------------------


class Alert(Base):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # urgent/prevention/feedback
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"))
    incident_street: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    tip_key: Mapped[str | None] = mapped_column(String(60))
    encoding: Mapped[str] = mapped_column(String(8), default="gsm7")
    segments: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    networks: Mapped[list[Network]] = relationship(secondary="alert_networks")
    deliveries: Mapped[list[Delivery]] = relationship(back_populates="alert")


class AlertNetwork(Base):
    __tablename__ = "alert_networks"

    alert_id: Mapped[int] = mapped_column(
        ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True
    )
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id"), primary_key=True)


class Delivery(Base):
    """One SMS or one e-mail to one recipient. The number (or address) is a copy: history
    stays true. An e-mail delivery belongs to an alert or to a newsletter mailing."""

    __tablename__ = "deliveries"
    __table_args__ = (
        # the claim's order within the queued rows of one channel: a claim costs the same at
        # any depth (modems claim 'sms' rows, the e-mail worker 'email' rows)
        Index("ix_deliveries_claim", "state", "channel", "priority", "alert_id", "id"),
        # recovery after a crash and status reports look rows up per modem
        Index("ix_deliveries_modem_state", "modem", "state"),
        # the Verzonden page's refresh: the deliveries changed since its last look
        Index("ix_deliveries_updated_at", "updated_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    channel: Mapped[str] = mapped_column(String(5), default="sms", server_default="sms")
    mobile: Mapped[str] = mapped_column(String(20))  # "" for an e-mail
    email: Mapped[str | None] = mapped_column(String(200))  # the address, for an e-mail
    # the e-mail's Message-ID, fixed at the first claim: a retry carries the same one
    message_id: Mapped[str | None] = mapped_column(String(255))
    newsletter_id: Mapped[int | None] = mapped_column(ForeignKey("newsletters.id"), index=True)
    mailing_id: Mapped[int | None] = mapped_column(ForeignKey("newsletter_mailings.id"), index=True)
    # queued/sending/sent/delivered/failed/uncertain/cancelled
    state: Mapped[str] = mapped_column(String(10), default="queued")
    priority: Mapped[int] = mapped_column(Integer, default=0)  # lower goes first
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    modem: Mapped[str | None] = mapped_column(String(200))
    message_refs: Mapped[list[Any]] = mapped_column(default=list)
    # references of the parts the network reported delivered (status reports)
    delivered_refs: Mapped[list[Any]] = mapped_column(default=list)
    error: Mapped[str | None] = mapped_column(Text)
    queued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column()
    claimed_at: Mapped[dt.datetime | None] = mapped_column()
    # a claim ('sending') is only valid until then; the dispatcher holding it renews it
    lease_expires_at: Mapped[dt.datetime | None] = mapped_column()
    # the 8-bit concatenation reference of a multipart text (the same for every part, also
    # for parts sent again later) and the 1-based numbers of the parts that went out
    concat_ref: Mapped[int | None] = mapped_column(Integer)
    parts_sent: Mapped[list[Any]] = mapped_column(default=list)
    sent_at: Mapped[dt.datetime | None] = mapped_column()
    delivered_at: Mapped[dt.datetime | None] = mapped_column()
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    alert: Mapped[Alert | None] = relationship(back_populates="deliveries")


class InboundMessage(Base):
    __tablename__ = "inbound_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    mobile: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(index=True)
    stored_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    modem: Mapped[str | None] = mapped_column(String(200))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(20), default="reply")  # reply/opt_out/unknown
    handled_at: Mapped[dt.datetime | None] = mapped_column()  # the desk dealt with it
    handled_by: Mapped[str] = mapped_column(String(120), default="")


# --- surveys and newsletters ----------------------------------------------------------


class Survey(Base):
    """An imported survey. ``digest_key`` keys the de-duplication digests (see
    :class:`SurveyDigest`); nothing here or below identifies a respondent."""

    __tablename__ = "surveys"
    __table_args__ = (Index("uq_surveys_title", "title", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    network_id: Mapped[int | None] = mapped_column(ForeignKey("networks.id"))  # unused so far
    source_format: Mapped[str] = mapped_column(String(20), default="plain")
    digest_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    questions: Mapped[list[SurveyQuestion]] = relationship(
        back_populates="survey", order_by="SurveyQuestion.position", cascade="all, delete-orphan"
    )


class SurveyQuestion(Base):
    __tablename__ = "survey_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    # single/likert/yesno/multiple/ranking/number/text
    kind: Mapped[str] = mapped_column(String(12))
    options: Mapped[list[Any]] = mapped_column(default=list)

    survey: Mapped[Survey] = relationship(back_populates="questions")


class SurveyResponse(Base):
    """An anonymous response: no member, no time, no identifier of the respondent; rows of
    one import are inserted in random order, so the id says nothing about the file's order."""

    __tablename__ = "survey_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)


class SurveyAnswer(Base):
    """One answer; a multiple choice or ranking answer is a JSON list of options."""

    __tablename__ = "survey_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_questions.id", ondelete="CASCADE"))
    value: Mapped[str] = mapped_column(Text, default="")


class SurveyDigest(Base):
    """Which responses were imported already: a keyed digest of (submit time, answers),
    deliberately NOT linked to the response it came from."""

    __tablename__ = "survey_digests"
    __table_args__ = (UniqueConstraint("survey_id", "digest"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    digest: Mapped[str] = mapped_column(String(64))


class Newsletter(Base):
    __tablename__ = "newsletters"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    period: Mapped[str] = mapped_column(String(60), default="")
    survey_id: Mapped[int | None] = mapped_column(ForeignKey("surveys.id"))
    # the edition's content as the officer wrote and chose it (word, articles, networks,
    # comments, tips): enough to reopen and rebuild the same PDF
    body: Mapped[dict[str, Any]] = mapped_column(default=dict)
    edition: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime | None] = mapped_column()
    built_at: Mapped[dt.datetime | None] = mapped_column()
    pages: Mapped[int | None] = mapped_column(Integer)


class NewsletterMailing(Base):
    """One mailing of an edition by e-mail: the PDF attached to every message is stored here
    once (the same file for every member and for a resumed mailing)."""

    __tablename__ = "newsletter_mailings"

    id: Mapped[int] = mapped_column(primary_key=True)
    newsletter_id: Mapped[int] = mapped_column(ForeignKey("newsletters.id"), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pdf_name: Mapped[str] = mapped_column(String(200))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    network_ids: Mapped[list[Any]] = mapped_column(default=list)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column()


# --- audit ----------------------------------------------------------------------------


class AuditEvent(Base):
    """Append-only: the services only ever insert."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))  # create/update/delete/export/login/send...
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(40))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    detail: Mapped[str] = mapped_column(Text, default="")
    # the hash chain (bindesk/domain/auditchain.py): tamper-evident
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))
    # digests of personal values a GDPR erasure blanked ("before.mobile" -> "sha256:…")
    sealed: Mapped[dict[str, Any] | None] = mapped_column(JSON)


# --- modems and dispatchers of each desk ------------------------------------------------


class DeskModem(Base):
    """A modem set up in Instellingen for one desk (PC), found by the desk's host name."""

    __tablename__ = "desk_modems"
    __table_args__ = (Index("ix_desk_modems_host", "host"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(String(120))
    spec: Mapped[str] = mapped_column(String(300))  # at:/dev/ttyUSB0, COM3, sim (no pin/smsc)
    description: Mapped[str] = mapped_column(String(200), default="")
    pin: Mapped[str | None] = mapped_column(String(8))  # never shown again, never audited
    smsc: Mapped[str | None] = mapped_column(String(24))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DispatcherHeartbeat(Base):
    """What one running dispatcher (a desk or ``bindesk outbox run``) last said about itself."""

    __tablename__ = "dispatcher_heartbeats"

    id: Mapped[int] = mapped_column(primary_key=True)
    instance: Mapped[str] = mapped_column(String(64), unique=True)
    host: Mapped[str] = mapped_column(String(120))
    pid: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # desk / cli
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    stopped_at: Mapped[dt.datetime | None] = mapped_column()
    last_sent_at: Mapped[dt.datetime | None] = mapped_column()
    modems: Mapped[list[Any]] = mapped_column(default=list)


class TableVersion(Base):
    """A change counter per table, bumped by triggers on SQLite (bindesk/db/changes.py):
    desks compare it to know which pages to reload. Unused on PostgreSQL (LISTEN/NOTIFY)."""

    __tablename__ = "table_versions"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
