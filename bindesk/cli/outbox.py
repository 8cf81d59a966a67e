"""``bindesk outbox``: run the queue through the modems, status, retry, cancel."""

from __future__ import annotations

import argparse
from typing import Any

from bindesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Context,
    actions,
    err,
    json_flag,
    modem_flag,
    modem_specs,
    out,
    out_json,
)
from bindesk.domain.errors import InvalidInput
from bindesk.services import demo, outbox, throughput


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("run", help="de wachtrij versturen via de modem(s)")
    modem_flag(p)
    p.add_argument("--until-idle", action="store_true", help="stoppen als alles verwerkt is")
    p.add_argument("--max-attempts", type=int, default=5, help="pogingen per sms (standaard 5)")
    p.add_argument(
        "--retry-base",
        type=float,
        default=2.0,
        help="wachttijd vóór de eerste nieuwe poging, in seconden (verdubbelt)",
    )
    p.add_argument("--allow-demo", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "--no-mail", action="store_true", help="geen e-mails versturen, ook als mail ingesteld is"
    )
    # how long an e-mail claim lives without renewal (tests: a killed run's row settles soon)
    p.add_argument("--mail-lease", type=float, default=120.0, help=argparse.SUPPRESS)
    p.add_argument("--quiet", action="store_true", help="geen regel per sms")
    p.set_defaults(func=cmd_run)
    p = verbs.add_parser("status", help="stand van de berichten")
    p.add_argument("--alert", type=int)
    json_flag(p)
    p.set_defaults(func=cmd_status)
    p = verbs.add_parser("retry", help="mislukte en onzekere leveringen opnieuw versturen")
    _targets(p)
    p.set_defaults(func=cmd_retry)
    p = verbs.add_parser("cancel", help="wat nog in de wachtrij staat annuleren")
    _targets(p)
    p.set_defaults(func=cmd_cancel)


def _targets(p: argparse.ArgumentParser) -> None:
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--alert", type=int, help="alle leveringen van dit bericht")
    which.add_argument(
        "--delivery",
        type=int,
        action="append",
        metavar="ID",
        help="alleen deze levering (herhaalbaar; zie 'outbox status --alert N --json')",
    )


def _print_event(event: object) -> None:
    from bindesk.sms.dispatcher import DeliveryUpdate, ModemStatus

    if isinstance(event, DeliveryUpdate):
        label = outbox.STATE_LABELS_NL.get(event.state, event.state)
        extra = f" — {event.error}" if event.error else ""
        if ":mail:" in event.modem_id:
            what = f"bericht {event.alert_id} / " if event.alert_id else ""
            out(f"{what}e-mail {event.delivery_id}: {label}{extra}")
        else:
            out(f"bericht {event.alert_id} / levering {event.delivery_id}: {label}{extra}")
    elif isinstance(event, ModemStatus):
        sim = " (SIMULATIE)" if event.simulated else ""
        text = event.message or {"ready": "klaar", "stopped": "gestopt"}.get(
            event.state, event.state
        )
        out(f"modem {event.label}{sim}: {text}")


def _mail_worker(ctx: Context, policy: outbox.RetryPolicy) -> Any:
    """The e-mail worker when mail is configured (stored settings or BINDESK_SMTP_URL)."""
    import datetime as dt

    from bindesk.services import mail
    from bindesk.services.mail_dispatch import MailDispatcher
    from bindesk.services.mail_outbox import MailQueue

    if ctx.args.no_mail:
        return None
    with ctx.db.read_session() as s:
        smtp = mail.effective_settings(s)
        if smtp is not None and demo.is_demo(s) and not ctx.args.allow_demo:
            err(
                "Let op: demogegevens met fictieve adressen; er worden geen e-mails verstuurd "
                "(--allow-demo als u zeker bent)."
            )
            return None
    if smtp is None:
        return None
    lease = dt.timedelta(seconds=max(1.0, ctx.args.mail_lease))
    return MailDispatcher(MailQueue(ctx.db, policy, lease), smtp)


def cmd_run(ctx: Context) -> int:
    import signal
    import threading

    from bindesk.services import settings
    from bindesk.services.dispatchers import Heartbeat
    from bindesk.sms.dispatcher import DeliveryUpdate, Dispatcher, modem_id_for

    db = ctx.db
    policy = outbox.RetryPolicy(
        max_attempts=ctx.args.max_attempts, base_seconds=ctx.args.retry_base
    )
    mailer = _mail_worker(ctx, policy)
    try:
        specs = modem_specs(ctx, stored=True)
    except InvalidInput:
        if mailer is None:
            raise
        specs = []  # e-mail only: no modem on this PC
    with db.read_session() as s:
        if (
            specs
            and demo.is_demo(s)
            and not all(spec.simulated for spec in specs)
            and not ctx.args.allow_demo
        ):
            raise InvalidInput(
                "Deze database bevat demogegevens met fictieve nummers; die worden niet via een "
                "echte modem verstuurd. Gebruik '--modem sim', of --allow-demo als u zeker bent."
            )
    queue = outbox.OutboxQueue(db, policy)
    workers: list[Any] = []
    if specs:
        dispatcher = Dispatcher(queue, specs, pin_guard=settings.RefusedPins(db))
        throughput.attach(dispatcher, db)  # every desk's estimate reads these modems' rates
        workers.append(dispatcher)
    if mailer is not None:
        workers.append(mailer)
    heartbeat = Heartbeat(db, kind="cli")
    beats = [(modem_id_for(spec, i), spec.label(), spec.simulated) for i, spec in enumerate(specs)]
    if mailer is not None:
        beats.append((mailer.worker_id, mailer.label, False))
    heartbeat.set_modems(beats)
    handled: set[int] = set()  # what this run touched, for the summary
    for worker in workers:
        worker.add_listener(heartbeat.listen)
        if not ctx.args.quiet:
            worker.add_listener(_print_event)
        worker.add_listener(
            lambda e: handled.add(e.delivery_id) if isinstance(e, DeliveryUpdate) else None
        )
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    heartbeat.start()
    for worker in workers:
        worker.start()
    try:
        if ctx.args.until_idle:
            # every worker runs until it is idle (or cannot go on); the summary says the rest
            ok = all([worker.run_until_idle(give_up=stop.is_set) for worker in workers])
        else:
            while not stop.wait(0.5):
                pass
            ok = True
    except KeyboardInterrupt:
        ok = True
    finally:
        for worker in workers:
            worker.stop()
        heartbeat.stop()
        signal.signal(signal.SIGTERM, previous)
    if not ok:
        err(
            "Fout: geen enkele modem (of de mailserver) kan versturen; de berichten blijven in "
            "de wachtrij."
        )
        return EXIT_REFUSED
    if ctx.args.until_idle:
        expired = queue.expired_ids | (mailer.queue.expired_ids if mailer is not None else set())
        return _summary(ctx, handled | expired)
    return EXIT_OK


def _summary(ctx: Context, handled: set[int]) -> int:
    """How every delivery this run touched ended; not 0 when any ended failed or uncertain."""
    with ctx.db.read_session() as s:
        counts = outbox.run_summary(s, sorted(handled))
    order = [state for state in outbox.STATES if counts.get(state)]
    text = ", ".join(f"{counts[k]} {outbox.STATE_LABELS_NL[k]}" for k in order)
    out(f"Samenvatting: {text or 'niets te versturen'}.")
    bad = counts.get("failed", 0) + counts.get("uncertain", 0)
    if bad:
        err(
            f"Fout: {bad} levering(en) eindigden mislukt of onzeker. Bekijk ze met 'bindesk "
            "outbox status --alert N' en verstuur opnieuw met 'bindesk outbox retry "
            "--delivery ID'."
        )
        return EXIT_REFUSED
    return EXIT_OK


def cmd_status(ctx: Context) -> int:
    from bindesk.services import dispatchers

    with ctx.db.read_session() as s:
        doc = outbox.status(s, ctx.args.alert)
        doc["dispatchers"] = dispatchers.status_json(s)
    if ctx.args.json:
        out_json(doc)
        return EXIT_OK
    live = [d for d in doc["dispatchers"] if d["alive"]]
    if not live:
        out(
            "Let op: geen verzendpost actief; niemand verstuurt de wachtrij ('bindesk outbox run')."
        )
    for d in live:
        ready = sum(1 for m in d["modems"] if m["state"] == "ready")
        out(f"Verzendpost {d['host']}: {ready} van {len(d['modems'])} modem(s) klaar.")
    if not doc["alerts"]:
        out("Nog geen berichten verstuurd.")
    for alert in doc["alerts"]:
        counts = ", ".join(
            f"{outbox.STATE_LABELS_NL[k]}: {v}" for k, v in sorted(alert["counts"].items())
        )
        out(f"Bericht {alert['id']} ({alert['kind']}, {alert['created_at'][:16]}): {counts}")
        if ctx.args.alert is not None:
            for d in alert["deliveries"]:
                extra = f" — {d['error']}" if d["error"] else ""
                to = d["email"] if d["channel"] == "email" else d["mobile"]
                out(
                    f"  levering {d['id']}: {to}: {outbox.STATE_LABELS_NL[d['state']]} "
                    f"({d['attempts']} poging(en)){extra}"
                )
    return EXIT_OK


def _report(ctx: Context, report: outbox.ChangeReport, done: str) -> int:
    """Say what changed and, for every row left alone, why; not 0 when nothing changed."""
    where = f"van bericht {ctx.args.alert} " if ctx.args.alert is not None else ""
    out(f"{len(report.changed)} levering(en) {where}{done}.")
    for delivery_id, reason in report.untouched:
        out(f"  levering {delivery_id}: niet gewijzigd, {reason}")
    if not report.changed:
        err(f"Fout: geen enkele levering {where}gewijzigd (zie hierboven waarom).")
        return EXIT_REFUSED
    return EXIT_OK


def cmd_retry(ctx: Context) -> int:
    with ctx.db.session() as s:
        report = outbox.retry_deliveries(
            s, ctx.actor, alert_id=ctx.args.alert, delivery_ids=ctx.args.delivery
        )
    return _report(ctx, report, "opnieuw in de wachtrij")


def cmd_cancel(ctx: Context) -> int:
    with ctx.db.session() as s:
        report = outbox.cancel_deliveries(
            s, ctx.actor, alert_id=ctx.args.alert, delivery_ids=ctx.args.delivery
        )
    return _report(ctx, report, "geannuleerd (een sms die nu verzonden wordt, gaat nog door)")
