"""The e-mail worker: one dispatcher thread that turns ``email`` deliveries into messages.

Like a modem's thread (``bindesk.sms.dispatcher``) and with the same guarantees: every
message is in the database before the server sees it; a row is claimed (``sending`` under
a lease, committed) before it is sent; the outcome is recorded after. What a failure means:

* a 4xx reply: back to the queue with back-off (``RetryPolicy``), failed after the limit;
* the server unreachable, or refusing our TLS/login: the row goes back to the queue without
  counting an attempt, and the worker waits (doubling, up to a minute) before it tries the
  server again — the rows wait for the server, not the other way round;
* a 5xx reply: ``failed`` with the server's reason;
* the connection lost after the content was sent: ``uncertain`` (never sent again by itself;
  'Opnieuw versturen' sends it again with the same Message-ID).

A second thread renews the lease of the row in flight and turns other dispatchers' expired
claims into ``uncertain``. The worker sends at most ``max_per_minute`` messages a minute.
It reports itself with the modem dispatcher's events (``ModemStatus``, ``DeliveryUpdate``),
so ``services.dispatchers.Heartbeat`` shows it among the modems of this dispatcher.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

from bindesk import config
from bindesk.mail import compose
from bindesk.mail.smtp import (
    MailError,
    MailPermanentError,
    MailSetupError,
    MailTemporaryError,
    MailUncertainError,
    SmtpSettings,
    SmtpTransport,
)
from bindesk.mail.url import looks_like_address
from bindesk.services import mail
from bindesk.services.alerts import KIND_LABELS_NL, AlertKind
from bindesk.services.mail_outbox import MailingContent, MailJob, MailQueue
from bindesk.sms.dispatcher import DeliveryUpdate, Event, Listener, ModemStatus

log = logging.getLogger(__name__)

ALERT_FOOTER = (
    "U ontvangt dit bericht als lid van een buurtinformatienetwerk (BIN) van de politiezone."
)


@dataclass
class MailWorkerSettings:
    poll_interval: float = 0.2
    renew_every: float = 10.0
    expire_every: float = 15.0
    backoff_min: float = 1.0
    backoff_max: float = 60.0
    close_idle_after: float = 30.0  # hang up on the server after this long without work


def alert_subject(kind: str) -> str:
    try:
        label = KIND_LABELS_NL[AlertKind(kind)]
    except ValueError:
        label = kind
    return f"BIN-bericht ({label})"


def build_message(
    settings: SmtpSettings, job: MailJob, mailing: MailingContent | None
) -> EmailMessage:
    unsubscribe = compose.unsubscribe_for(settings, job.token)
    if mailing is not None:
        return compose.newsletter_message(
            settings,
            to=job.address,
            name=job.name,
            subject=mailing.subject,
            body=mailing.body,
            pdf=mailing.pdf,
            pdf_name=mailing.pdf_name,
            message_id=job.message_id,
            unsubscribe=unsubscribe,
        )
    return compose.alert_message(
        settings,
        to=job.address,
        name=job.name,
        subject=alert_subject(job.alert_kind),
        text=job.alert_text,
        message_id=job.message_id,
        unsubscribe=unsubscribe,
        footer=ALERT_FOOTER,
    )


class MailDispatcher:
    """The e-mail worker thread (and its lease thread) until :meth:`stop`."""

    def __init__(
        self,
        queue: MailQueue,
        settings: SmtpSettings,
        *,
        transport_factory: Callable[[SmtpSettings], SmtpTransport] | None = None,
        worker: MailWorkerSettings | None = None,
        host: str | None = None,
    ) -> None:
        self.queue = queue
        self.settings = settings
        self.worker = worker or MailWorkerSettings()
        # renew well within the lease (a short lease in tests renews often)
        self.worker.renew_every = min(self.worker.renew_every, queue.lease.total_seconds() / 3)
        self._factory = transport_factory or mail.transport
        self.worker_id = f"{host or config.desk_host()}:mail:{uuid.uuid4().hex[:8]}"
        self.label = f"e-mail via {settings.label}"
        queue.sender_domain = settings.sender_domain
        self._listeners: list[Listener] = []
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._leases: threading.Thread | None = None
        self._job: MailJob | None = None
        self._state = "connecting"
        self._mailings: dict[int, MailingContent] = {}
        self._last_send = 0.0

    @property
    def modem_ids(self) -> list[str]:
        return [self.worker_id]

    @property
    def state(self) -> str:
        return self._state

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="mail-worker", daemon=True)
        self._leases = threading.Thread(target=self._run_leases, name="mail-leases", daemon=True)
        self._thread.start()
        self._leases.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 90.0) -> None:
        """Finish the message in flight, then hang up."""
        self._stop.set()
        self._wake.set()
        for thread in (self._thread, self._leases):
            if thread is not None:
                thread.join(timeout)

    def is_idle(self) -> bool:
        return self._job is None and self.queue.pending() == 0

    def run_until_idle(
        self, check_every: float = 0.2, give_up: Callable[[], bool] | None = None
    ) -> bool:
        while not self._stop.is_set():
            if self.is_idle():
                return True
            if self._state == "needs_operator":
                return False
            if give_up is not None and give_up():
                return False
            self._stop.wait(check_every)
        return self.is_idle()

    # --- events ---------------------------------------------------------------------------

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("mail worker listener failed")

    def _status(self, state: str, message: str = "") -> None:
        if state == self._state and not message:
            return
        self._state = state
        self._emit(ModemStatus(self.worker_id, self.label, state, message))

    def _delivery(self, job: MailJob, state: str, error: str | None = None) -> None:
        self._emit(DeliveryUpdate(job.delivery_id, job.alert_id or 0, state, self.worker_id, error))

    # --- the worker thread -------------------------------------------------------------------

    def _pause(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _rate_wait(self) -> None:
        """At most max_per_minute messages a minute (waited before a claim, never while a
        row is held)."""
        rate = self.settings.max_per_minute
        if not rate:
            return
        gap = 60.0 / rate - (time.monotonic() - self._last_send)
        if gap > 0:
            self._stop.wait(gap)

    def _run(self) -> None:
        transport = self._factory(self.settings)
        backoff = self.worker.backoff_min
        idle_since = time.monotonic()
        self._status("ready", "")
        try:
            while not self._stop.is_set():
                self._rate_wait()
                if self._stop.is_set():
                    break
                try:
                    job = self.queue.claim_mail(self.worker_id)
                except Exception:
                    log.exception("claiming an e-mail failed")
                    self._stop.wait(1.0)
                    continue
                if job is None:
                    if time.monotonic() - idle_since > self.worker.close_idle_after:
                        transport.close()
                    self._pause(self.worker.poll_interval)
                    continue
                self._job = job
                self._delivery(job, "sending")
                try:
                    ok = self._send(transport, job)
                finally:
                    self._job = None
                    idle_since = time.monotonic()
                if ok:
                    backoff = self.worker.backoff_min
                elif self._state in ("down", "needs_operator"):
                    self._stop.wait(backoff)
                    backoff = min(backoff * 2, self.worker.backoff_max)
        finally:
            transport.close()
            self._status("stopped", "")

    def _send(self, transport: SmtpTransport, job: MailJob) -> bool:
        """Send one claimed row and record what happened; False when the server (or the
        settings) let us down."""
        if not looks_like_address(job.address):
            why = f"Geen geldig e-mailadres ('{job.address}'): niet verzonden."
            self._record(job, "failed", lambda: self.queue.mail_failed(job, why))
            return True
        try:
            mailing = None
            if job.mailing_id is not None:
                mailing = self._mailings.get(job.mailing_id)
                if mailing is None:
                    mailing = self._mailings[job.mailing_id] = self.queue.mailing(job.mailing_id)
            message = build_message(self.settings, job, mailing)
        except Exception as exc:
            log.exception("e-mail delivery %s cannot be built", job.delivery_id)
            why = f"Kan niet opgebouwd worden: {exc}"
            self._record(job, "failed", lambda: self.queue.mail_failed(job, why))
            return True
        self._last_send = time.monotonic()
        try:
            transport.send(message)
        except MailUncertainError as exc:
            why = exc.message
            self._record(job, "uncertain", lambda: self.queue.mail_uncertain(job, why))
            return True
        except MailSetupError as exc:
            why = exc.message
            self._record(job, "queued", lambda: self.queue.requeue(job, why))
            self._status("needs_operator", why)
            log.warning("mail: %s", why)
            return False
        except MailTemporaryError as exc:
            why = exc.message
            if exc.code is None:  # the server is not there: not this message's fault
                self._record(job, "queued", lambda: self.queue.requeue(job, why))
                self._status("down", why)
                log.warning("mail: %s", why)
                return False
            state = self.queue.mail_retry_later(job, why)
            self._delivery(job, state, why)
            self._status("ready", "")
            return True
        except MailPermanentError as exc:
            why = exc.message
            self._record(job, "failed", lambda: self.queue.mail_failed(job, why))
            self._status("ready", "")
            return True
        except MailError as exc:  # pragma: no cover - every MailError is one of the above
            why = exc.message
            self._record(job, "uncertain", lambda: self.queue.mail_uncertain(job, why))
            return True
        except ValueError as exc:  # a message bindesk itself refuses to send (no recipient)
            why = f"Kan niet verzonden worden: {exc}"
            self._record(job, "failed", lambda: self.queue.mail_failed(job, why))
            return True
        self._record(job, "sent", lambda: self.queue.mail_sent(job))
        self._status("ready", "")
        return True

    def _record(self, job: MailJob, state: str, write: Callable[[], None]) -> None:
        """Write an outcome (commit_insisting already waits out a busy database)."""
        for attempt in range(10):
            try:
                write()
                break
            except Exception:
                log.exception(
                    "recording %s for e-mail delivery %s failed (try %d)",
                    state,
                    job.delivery_id,
                    attempt + 1,
                )
                time.sleep(min(0.2 * 2**attempt, 5.0))
        else:
            log.error(
                "e-mail delivery %s stays 'sending'; its lease makes it uncertain", job.delivery_id
            )
            return
        self._delivery(job, state)

    # --- leases -----------------------------------------------------------------------------

    def _run_leases(self) -> None:
        last_renew = last_expire = time.monotonic()
        tick = min(1.0, self.worker.renew_every / 4)
        while not self._stop.wait(tick):
            now = time.monotonic()
            if now - last_renew >= self.worker.renew_every:
                last_renew = now
                job = self._job
                if job is not None:
                    try:
                        self.queue.renew([job])
                    except Exception:
                        log.exception("renewing the e-mail claim failed")
            if now - last_expire >= self.worker.expire_every:
                last_expire = now
                try:
                    if n := self.queue.expire_claims():
                        log.warning("%d expired claims are now 'uncertain'", n)
                except Exception:
                    log.exception("expiring claims failed")
