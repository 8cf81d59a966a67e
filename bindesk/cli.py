"""Command line: every job the GUI does, a verb can do. No verb starts the GUI.

Exit codes: 0 done, 1 refused (the reason is printed in Dutch), 2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bindesk import __version__, config
from bindesk.db.engine import Database, open_database
from bindesk.domain.errors import BindeskError, InvalidInput
from bindesk.services import (
    alerts,
    audit,
    demo,
    inbox,
    member_files,
    members,
    networks,
    operators,
    outbox,
    settings,
)
from bindesk.services.operators import Actor, cli_actor
from bindesk.sms.dispatcher import DeliveryUpdate, Dispatcher, ModemStatus
from bindesk.sms.modem import Modem, ModemError, ModemSpec

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class Context:
    """What a verb needs: the database (opened lazily, migrated) and who acts."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None
        self.actor: Actor = cli_actor()

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(config.database_url(self.args.db))
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def out(text: str = "") -> None:
    print(text, flush=True)


def out_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str), flush=True)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    out("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    out("  ".join("-" * w for w in widths))
    for row in cells:
        out("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


# --- networks -----------------------------------------------------------------------------


def cmd_networks_list(ctx: Context) -> int:
    with ctx.db.session() as s:
        rows = networks.list_networks(s)
    if ctx.args.json:
        out_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "municipality": r.municipality,
                    "coordinator": r.coordinator,
                    "active_members": r.active_members,
                    "active": r.active,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        out(
            "Nog geen netwerken. Voeg er een toe met 'bindesk networks add' of laad demogegevens "
            "met 'bindesk demo-data'."
        )
        return EXIT_OK
    table(
        ["Netwerk", "Gemeente", "Coördinator", "Actieve leden", "Status"],
        [
            (
                r.name,
                r.municipality,
                r.coordinator or "-",
                r.active_members,
                "actief" if r.active else "gedeactiveerd",
            )
            for r in rows
        ],
    )
    return EXIT_OK


def cmd_networks_add(ctx: Context) -> int:
    with ctx.db.session() as s:
        network = networks.add_network(
            s,
            ctx.actor,
            name=ctx.args.name,
            municipality=ctx.args.municipality,
            streets=ctx.args.streets,
            area_description=ctx.args.area or "",
        )
        done = f"Netwerk '{network.name}' ({network.municipality}) toegevoegd."
    out(done)  # after the commit: never report what did not land
    return EXIT_OK


# --- members ------------------------------------------------------------------------------


def cmd_members_list(ctx: Context) -> int:
    with ctx.db.session() as s:
        flt = members.MemberFilter(
            network=networks.get_network(s, ctx.args.network) if ctx.args.network else None,
            status=ctx.args.status,
        )
        found = members.list_members(s, ctx.actor, flt)
        if ctx.args.json:
            out_json([members.member_json(m) for m in found])
            return EXIT_OK
        table(
            ["Naam", "Voornaam", "Adres", "GSM", "Netwerken", "Status"],
            [
                (
                    m.last_name,
                    m.first_name,
                    f"{m.street} {m.house_number}".strip(),
                    m.mobile,
                    ", ".join(sorted(ms.network.name for ms in m.memberships)),
                    members.STATUS_LABELS_NL.get(m.status, m.status)
                    + (" (afgemeld)" if m.opted_out_at else ""),
                )
                for m in found
            ],
        )
        out(f"\n{len(found)} leden.")
    return EXIT_OK


def cmd_members_add(ctx: Context) -> int:
    a = ctx.args
    data = members.MemberInput(
        first_name=a.first_name,
        last_name=a.last_name,
        street=a.street,
        house_number=a.number,
        postal_code=a.postal_code,
        municipality=a.municipality,
        mobile=a.mobile,
        email=a.email or "",
        consent_method="" if a.no_consent else a.consent_method,
    )
    with ctx.db.session() as s:
        network = networks.get_network(s, a.network)
        member = members.add_member(s, ctx.actor, data, [network])
        lines = [f"{member.full_name} ({member.mobile}) toegevoegd aan {network.name}."]
        lines += [f"Let op: {warning}" for warning in data.cleaned().warnings]
        if not member.consent_at:
            lines.append(
                "Let op: geen toestemming geregistreerd; dit lid krijgt nog geen berichten."
            )
    for line in lines:
        out(line)
    return EXIT_OK


def cmd_members_import(ctx: Context) -> int:
    a = ctx.args
    table_ = member_files.read_table(Path(a.file))
    plan = member_files.plan_import(table_, consent_method=a.consent_method)
    with ctx.db.session() as s:
        network = networks.get_network(s, a.network)
        result = member_files.apply_import(
            s,
            ctx.actor,
            network,
            plan,
            skip_invalid=a.skip_invalid,
            dry_run=a.dry_run,
            source=Path(a.file).name,
        )
        if a.dry_run or not result.written:
            s.rollback()
    for warning in result.warnings:
        out(f"let op, {warning}")
    if result.skipped:
        label = "overgeslagen" if a.skip_invalid else "ongeldig"
        for problem in result.skipped:
            out(f"{problem}  [{label}]")
    if not result.written and not a.dry_run:
        out(
            f"\nNiets geïmporteerd: {len(result.skipped)} ongeldige rij(en). Verbeter het bestand, "
            "of gebruik --skip-invalid om alleen de geldige rijen te importeren."
        )
        return EXIT_REFUSED
    verb = "zou" if a.dry_run else ""
    if a.dry_run:
        out(
            f"\nProefimport: {result.created} nieuw, {result.updated} bijgewerkt, "
            f"{len(result.skipped)} ongeldig. Er is niets weggeschreven."
        )
        return EXIT_REFUSED if result.skipped and not a.skip_invalid else EXIT_OK
    del verb
    out(
        f"\nGeïmporteerd in {network.name}: {result.created} nieuw, {result.updated} bijgewerkt"
        + (f", {len(result.skipped)} overgeslagen." if result.skipped else ".")
    )
    return EXIT_OK


def cmd_members_export(ctx: Context) -> int:
    with ctx.db.session() as s:
        network = networks.get_network(s, ctx.args.network)
        found = members.list_members(s, ctx.actor, members.MemberFilter(network=network))
        count = member_files.export_members(s, ctx.actor, network, found, Path(ctx.args.output))
    out(f"{count} leden van {network.name} geëxporteerd naar {ctx.args.output}.")
    return EXIT_OK


# --- database, demo, gui ------------------------------------------------------------------


def cmd_demo_data(ctx: Context) -> int:
    with ctx.db.session() as s:
        counts = demo.load_demo_data(s, ctx.actor, force=ctx.args.force)
    out(
        f"Demogegevens geladen: {counts['networks']} netwerken, {counts['members']} leden "
        "(fictieve nummers +32 460 9…)."
    )
    return EXIT_OK


def cmd_db_upgrade(ctx: Context) -> int:
    db = Database(config.database_url(ctx.args.db))
    try:
        before = db.current_revision()
        backup = db.upgrade()
        after = db.current_revision()
    finally:
        db.dispose()
    if before == after:
        out(f"De database is al bijgewerkt (versie {after}).")
    else:
        out(f"Database bijgewerkt van {before or 'leeg'} naar {after}.")
        if backup:
            out(f"Kopie van vóór de upgrade: {backup}")
    return EXIT_OK


def cmd_gui(ctx: Context) -> int:
    from bindesk.gui.app import run

    return run(ctx.args)


# --- modem, alerts, outbox, inbox ---------------------------------------------------------


def _specs(ctx: Context) -> list[ModemSpec]:
    raw = config.modem_specs(ctx.args.modem)
    if not raw:
        raise InvalidInput(
            "Geen modem opgegeven. Gebruik --modem /dev/ttyUSB0 (of COM3), meerdere keren voor "
            f"meerdere modems, of zet ${config.ENV_MODEMS}. '--modem sim' gebruikt de "
            "gesimuleerde modem (SIMULATIE: er gaat niets echt de deur uit)."
        )
    return [ModemSpec.parse(r) for r in raw]


def cmd_modem_check(ctx: Context) -> int:
    results = []
    ok = True
    guard = settings.RefusedPins(ctx.db)
    for spec in _specs(ctx):
        modem = Modem(spec, pin_guard=guard)
        try:
            info = modem.open()
        except ModemError as exc:
            ok = False
            results.append({"modem": spec.label(), "ok": False, "error": exc.message})
            continue
        finally:
            pass
        try:
            problem = (
                None
                if info.registered
                else (
                    f"Modem {spec.label()} is niet aangemeld op het gsm-netwerk. Controleer de "
                    "simkaart en het bereik (zet de modem eventueel dichter bij een raam)."
                )
            )
            ok = ok and problem is None
            results.append(
                {
                    "modem": spec.label(),
                    "ok": problem is None,
                    "error": problem,
                    "simulated": info.simulated,
                    "manufacturer": info.manufacturer,
                    "model": info.model,
                    "imei": info.imei,
                    "signal_percent": info.signal_percent,
                    "network": info.network_name,
                    "network_code": info.network_code,
                    "registered": info.registered,
                    "smsc": info.smsc,
                }
            )
        finally:
            modem.close()
    if ctx.args.json:
        out_json(results)
    else:
        for r in results:
            title = f"Modem {r['modem']}" + (" (SIMULATIE)" if r.get("simulated") else "")
            out(title)
            if r.get("imei"):
                out(f"  fabrikant/model: {r['manufacturer']} {r['model']}")
                out(f"  IMEI:            {r['imei']}")
                signal = r["signal_percent"]
                out(f"  signaal:         {'onbekend' if signal is None else f'{signal} %'}")
                out(f"  netwerk:         {r['network'] or '-'} ({r['network_code'] or '-'})")
                out(f"  SMSC:            {r['smsc'] or '-'}")
            out(f"  {'klaar om te versturen' if r['ok'] else 'FOUT: ' + str(r['error'])}")
    if not ok and not ctx.args.json:
        print("Fout: minstens één modem kan niet versturen (zie hierboven).", file=sys.stderr)
    return EXIT_OK if ok else EXIT_REFUSED


def _fields(pairs: list[str] | None) -> dict[str, str]:
    fields: dict[str, str] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(
                f"Veld '{pair}' moet de vorm naam=waarde hebben, bv. straat=Kerkstraat."
            )
        fields[name.strip()] = value
    return fields


def cmd_alert_send(ctx: Context) -> int:
    a = ctx.args
    with ctx.db.session() as s:
        nets = [networks.get_network(s, n) for n in (a.network or [])]
        parent = alerts.get_alert(s, a.follow_up) if a.follow_up else None
        plan = alerts.draft(
            s,
            ctx.actor,
            networks=nets or None,
            kind=a.kind,
            text=a.text,
            tip_key=a.tip,
            fields=_fields(a.field),
            follow_up=parent,
            incident_street=a.street or "",
            transliterate=a.transliterate,
        )
        summary = {
            "recipients": len(plan.recipients),
            "encoding": plan.analysis.encoding.value,
            "segments": plan.analysis.segments,
        }
        if not a.yes:
            out(f"Voorbeeld ({alerts.KIND_LABELS_NL[plan.kind]}): {plan.text}")
            out(
                f"{summary['recipients']} ontvangers, {summary['segments']} sms-deel/delen "
                f"per bericht ({summary['encoding']})."
            )
            print(
                "Fout: niets verstuurd. Voeg --yes toe om dit bericht in de wachtrij te zetten.",
                file=sys.stderr,
            )
            return EXIT_REFUSED
        alert = alerts.queue(s, ctx.actor, plan)
        alert_id = alert.id
    if a.json:
        out_json({"alert_id": alert_id, **summary})
        return EXIT_OK
    out(
        f"Bericht {alert_id} in de wachtrij: {summary['recipients']} ontvangers, "
        f"{summary['segments']} sms-deel/delen per bericht ({summary['encoding']})."
    )
    if plan.changes and not plan.transliterated:
        changed = ", ".join(f"{c}→{r}" for c, r in plan.changes)
        out(
            f"Let op: tekens buiten het sms-alfabet ({changed}) maken het bericht Unicode "
            "(kortere delen). Met --transliterate worden ze vervangen."
        )
    out("Verzenden gebeurt door 'bindesk outbox run' op de pc met de modem(s).")
    return EXIT_OK


def _print_event(event: object) -> None:
    if isinstance(event, DeliveryUpdate):
        label = outbox.STATE_LABELS_NL.get(event.state, event.state)
        extra = f" — {event.error}" if event.error else ""
        out(f"bericht {event.alert_id} / levering {event.delivery_id}: {label}{extra}")
    elif isinstance(event, ModemStatus):
        sim = " (SIMULATIE)" if event.simulated else ""
        text = event.message or {"ready": "klaar", "stopped": "gestopt"}.get(
            event.state, event.state
        )
        out(f"modem {event.label}{sim}: {text}")


def cmd_outbox_run(ctx: Context) -> int:
    import signal
    import threading

    specs = _specs(ctx)
    db = ctx.db
    with db.session() as s:
        if (
            demo.is_demo(s)
            and not all(spec.simulated for spec in specs)
            and not ctx.args.allow_demo
        ):
            raise InvalidInput(
                "Deze database bevat demogegevens met fictieve nummers; die worden niet via een "
                "echte modem verstuurd. Gebruik '--modem sim', of --allow-demo als u zeker bent."
            )
    policy = outbox.RetryPolicy(
        max_attempts=ctx.args.max_attempts, base_seconds=ctx.args.retry_base
    )
    queue = outbox.OutboxQueue(db, policy)
    dispatcher = Dispatcher(queue, specs, pin_guard=settings.RefusedPins(db))
    if not ctx.args.quiet:
        dispatcher.add_listener(_print_event)
    handled: set[int] = set()  # what this run touched, for the summary
    dispatcher.add_listener(
        lambda e: handled.add(e.delivery_id) if isinstance(e, DeliveryUpdate) else None
    )
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    dispatcher.start()
    try:
        if ctx.args.until_idle:
            ok = dispatcher.run_until_idle(give_up=stop.is_set)
        else:
            while not stop.wait(0.5):
                pass
            ok = True
    except KeyboardInterrupt:
        ok = True
    finally:
        dispatcher.stop()
        signal.signal(signal.SIGTERM, previous)
    if not ok:
        print(
            "Fout: geen enkele modem kan versturen; de berichten blijven in de wachtrij.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if ctx.args.until_idle:
        return _run_summary(ctx, handled | queue.expired_ids)
    return EXIT_OK


def _run_summary(ctx: Context, handled: set[int]) -> int:
    """How every delivery this run touched ended; not 0 when any ended failed or uncertain."""
    with ctx.db.read_session() as s:
        counts = outbox.run_summary(s, sorted(handled))
    order = [state for state in outbox.STATES if counts.get(state)]
    text = ", ".join(f"{counts[k]} {outbox.STATE_LABELS_NL[k]}" for k in order)
    out(f"Samenvatting: {text or 'niets te versturen'}.")
    bad = counts.get("failed", 0) + counts.get("uncertain", 0)
    if bad:
        print(
            f"Fout: {bad} levering(en) eindigden mislukt of onzeker. Bekijk ze met 'bindesk "
            "outbox status --alert N' en verstuur opnieuw met 'bindesk outbox retry "
            "--delivery ID'.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    return EXIT_OK


def cmd_outbox_status(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        doc = outbox.status(s, ctx.args.alert)
    if ctx.args.json:
        out_json(doc)
        return EXIT_OK
    if not doc["alerts"]:
        out("Nog geen berichten verstuurd.")
    for alert in doc["alerts"]:
        counts = ", ".join(
            f"{outbox.STATE_LABELS_NL[k]}: {v}" for k, v in sorted(alert["counts"].items())
        )
        out(f"Bericht {alert['id']} ({alert['kind']}, {alert['created_at'][:16]}): {counts}")
        if ctx.args.alert is not None:
            for d in alert["deliveries"]:
                err = f" — {d['error']}" if d["error"] else ""
                out(
                    f"  levering {d['id']}: {d['mobile']}: {outbox.STATE_LABELS_NL[d['state']]} "
                    f"({d['attempts']} poging(en)){err}"
                )
    return EXIT_OK


def _change_report(ctx: Context, report: outbox.ChangeReport, done: str) -> int:
    """Say what changed and, for every row left alone, why; not 0 when nothing changed."""
    where = f"van bericht {ctx.args.alert} " if ctx.args.alert is not None else ""
    out(f"{len(report.changed)} levering(en) {where}{done}.")
    for delivery_id, reason in report.untouched:
        out(f"  levering {delivery_id}: niet gewijzigd, {reason}")
    if not report.changed:
        print(
            f"Fout: geen enkele levering {where}gewijzigd (zie hierboven waarom).", file=sys.stderr
        )
        return EXIT_REFUSED
    return EXIT_OK


def _outbox_targets(p: argparse.ArgumentParser) -> None:
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--alert", type=int, help="alle leveringen van dit bericht")
    which.add_argument(
        "--delivery",
        type=int,
        action="append",
        metavar="ID",
        help="alleen deze levering (herhaalbaar; zie 'outbox status --alert N')",
    )


def cmd_outbox_retry(ctx: Context) -> int:
    with ctx.db.session() as s:
        report = outbox.retry_deliveries(
            s, ctx.actor, alert_id=ctx.args.alert, delivery_ids=ctx.args.delivery
        )
    return _change_report(ctx, report, "opnieuw in de wachtrij")


def cmd_outbox_cancel(ctx: Context) -> int:
    with ctx.db.session() as s:
        report = outbox.cancel_deliveries(
            s, ctx.actor, alert_id=ctx.args.alert, delivery_ids=ctx.args.delivery
        )
    return _change_report(
        ctx, report, "geannuleerd (een sms die nu verzonden wordt, gaat nog door)"
    )


def cmd_modem_forget_pin(ctx: Context) -> int:
    with ctx.db.session() as s:
        n = settings.forget_refused_pins(s, ctx.actor, ctx.args.modem_id)
    if not n:
        print("Fout: er is geen geweigerde PIN-code onthouden.", file=sys.stderr)
        return EXIT_REFUSED
    out(f"{n} geweigerde PIN-code(s) vergeten: bindesk geeft ze opnieuw in bij de volgende start.")
    return EXIT_OK


def cmd_inbox_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        rows = inbox.list_messages(s)
        data = [
            {
                "id": m.id,
                "mobile": m.mobile,
                "text": m.text,
                "received_at": m.received_at.isoformat(),
                "action": m.action,
                "member_id": m.member_id,
            }
            for m in rows
        ]
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    if not data:
        out("Geen ontvangen berichten.")
    labels = {"reply": "antwoord", "opt_out": "afgemeld (STOP)", "unknown": "onbekend nummer"}
    for m in data:
        label = labels.get(m["action"], m["action"])
        out(f"{m['received_at'][:16]}  {m['mobile']}  [{label}]  {m['text']}")
    return EXIT_OK


def _register_sms_verbs(sub: Any) -> None:
    def modem_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--modem",
            action="append",
            metavar="SPEC",
            help="modem, bv. /dev/ttyUSB0, at115200:COM3?pin=1234 of sim "
            f"(herhaalbaar; ook ${config.ENV_MODEMS})",
        )

    modem = sub.add_parser("modem", help="modems").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = modem.add_parser("check", help="modem testen: signaal, netwerk, SMSC")
    modem_flag(p)
    _json_flag(p)
    p.set_defaults(func=cmd_modem_check)
    p = modem.add_parser(
        "forget-pin",
        help="een geweigerde PIN-code vergeten (na controle): bindesk geeft hem dan weer in",
    )
    p.add_argument("--modem-id", default=None, help="alleen deze modem, bv. imei:350000000000001")
    p.set_defaults(func=cmd_modem_forget_pin)

    alert = sub.add_parser("alert", help="berichten").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = alert.add_parser("send", help="bericht in de wachtrij zetten")
    p.add_argument("--network", action="append", help="netwerk (herhaalbaar)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--text", help="eigen tekst")
    group.add_argument("--tip", help="tip uit de bibliotheek (sleutel)")
    p.add_argument(
        "--field",
        action="append",
        metavar="NAAM=WAARDE",
        help="invulveld van de tip, bv. straat=Kerkstraat (herhaalbaar)",
    )
    p.add_argument("--kind", default="urgent", choices=["urgent", "prevention", "feedback"])
    p.add_argument("--follow-up", type=int, metavar="ALERT_ID", help="opvolging van bericht")
    p.add_argument("--street", help="straat van het incident (bewoners eerst)")
    p.add_argument(
        "--transliterate",
        action="store_true",
        help="tekens buiten het sms-alfabet vervangen (ë→e …) voor kortere sms'en",
    )
    p.add_argument("--yes", action="store_true", help="echt in de wachtrij zetten")
    _json_flag(p)
    p.set_defaults(func=cmd_alert_send)

    ob = sub.add_parser("outbox", help="verzendwachtrij").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = ob.add_parser("run", help="de wachtrij versturen via de modem(s)")
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
    p.add_argument("--quiet", action="store_true", help="geen regel per sms")
    p.set_defaults(func=cmd_outbox_run)
    p = ob.add_parser("status", help="stand van de berichten")
    p.add_argument("--alert", type=int)
    _json_flag(p)
    p.set_defaults(func=cmd_outbox_status)
    p = ob.add_parser("retry", help="mislukte en onzekere leveringen opnieuw versturen")
    _outbox_targets(p)
    p.set_defaults(func=cmd_outbox_retry)
    p = ob.add_parser("cancel", help="wat nog in de wachtrij staat annuleren")
    _outbox_targets(p)
    p.set_defaults(func=cmd_outbox_cancel)

    ib = sub.add_parser("inbox", help="ontvangen sms'en").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = ib.add_parser("list", help="ontvangen sms'en tonen")
    _json_flag(p)
    p.set_defaults(func=cmd_inbox_list)


# --- member records, networks, audit, operators (what the desk's pages do) ----------------


def _member(ctx: Context, s: Any) -> Any:
    return members.get_member(s, ctx.args.member_id)


def cmd_members_show(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        member = _member(ctx, s)
        data = members.member_json(member)
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    labels = {
        "first_name": "voornaam",
        "last_name": "naam",
        "street": "straat",
        "house_number": "nr",
        "postal_code": "postcode",
        "municipality": "gemeente",
        "mobile": "gsm",
        "email": "e-mail",
        "networks": "netwerken",
        "status": "status",
        "consent_at": "toestemming op",
        "consent_method": "toestemming hoe",
        "opted_out_at": "afgemeld op",
    }
    for key, label in labels.items():
        value = data[key]
        if isinstance(value, list):
            value = ", ".join(value)
        out(f"{label:16} {value if value not in (None, '') else '-'}")
    return EXIT_OK


def cmd_members_status(ctx: Context) -> int:
    with ctx.db.session() as s:
        member = _member(ctx, s)
        members.set_status(s, ctx.actor, member, ctx.args.status)
        done = f"{member.full_name}: status {members.STATUS_LABELS_NL[ctx.args.status]}."
    out(done)
    return EXIT_OK


def cmd_members_opt_out(ctx: Context) -> int:
    with ctx.db.session() as s:
        member = _member(ctx, s)
        members.opt_out_at_desk(s, ctx.actor, member)
        done = (
            f"{member.full_name} is afgemeld: geen berichten meer (wat nog wachtte is geannuleerd)."
        )
    out(done)
    return EXIT_OK


def cmd_members_opt_in(ctx: Context) -> int:
    with ctx.db.session() as s:
        member = _member(ctx, s)
        members.opt_in(s, ctx.actor, member, ctx.args.consent_method)
        done = f"{member.full_name} krijgt weer berichten (toestemming: {ctx.args.consent_method})."
    out(done)
    return EXIT_OK


def cmd_members_access(ctx: Context) -> int:
    with ctx.db.session() as s:
        member = _member(ctx, s)
        json_path, html_path = members.write_personal_data(
            s, ctx.actor, member, Path(ctx.args.output)
        )
    out(f"Persoonsgegevens geschreven naar {json_path} en {html_path}.")
    return EXIT_OK


def cmd_members_erase(ctx: Context) -> int:
    with ctx.db.session() as s:
        member = _member(ctx, s)
        name = member.full_name
        if not ctx.args.yes:
            print(
                f"Fout: niets gewist. Voeg --yes toe om {name} definitief te wissen "
                "(verzendingen blijven anoniem bewaard).",
                file=sys.stderr,
            )
            return EXIT_REFUSED
        members.erase(s, ctx.actor, member)
    out(f"{name} is gewist; de verzendingen aan deze persoon zijn geanonimiseerd.")
    return EXIT_OK


def cmd_networks_active(ctx: Context, active: bool) -> int:
    with ctx.db.session() as s:
        network = networks.get_network(s, ctx.args.name)
        networks.set_network_active(s, ctx.actor, network, active)
        state = "actief" if active else "gedeactiveerd (geschiedenis blijft bewaard)"
        done = f"Netwerk '{network.name}' is {state}."
    out(done)
    return EXIT_OK


def _audit_filter(ctx: Context) -> audit.AuditFilter:
    a = ctx.args
    return audit.AuditFilter(actor=a.actor, action=a.action, entity=a.entity, limit=a.limit)


def cmd_audit_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        events = audit.read_events(s, ctx.actor, _audit_filter(ctx))
        data = [
            {
                "id": e.id,
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "before": e.before,
                "after": e.after,
                "detail": e.detail,
            }
            for e in events
        ]
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    table(
        ["Wanneer", "Wie", "Wat", "Onderwerp", "Detail"],
        [
            (
                d["at"][:19].replace("T", " "),
                d["actor"],
                d["action"],
                f"{d['entity']} {d['entity_id'] or ''}".strip(),
                d["detail"],
            )
            for d in data
        ],
    )
    return EXIT_OK


def cmd_audit_export(ctx: Context) -> int:
    with ctx.db.session() as s:
        n = audit.export_events(s, ctx.actor, _audit_filter(ctx), Path(ctx.args.output))
    out(f"{n} gebeurtenissen geëxporteerd naar {ctx.args.output}.")
    return EXIT_OK


def cmd_operators_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        rows = operators.list_operators(s, ctx.actor)
    data = [
        {"username": r.username, "display_name": r.display_name, "role": r.role, "active": r.active}
        for r in rows
    ]
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    table(
        ["Gebruiker", "Naam", "Rol", "Actief"],
        [
            (d["username"], d["display_name"], d["role"], "ja" if d["active"] else "nee")
            for d in data
        ],
    )
    return EXIT_OK


def cmd_operators_add(ctx: Context) -> int:
    a = ctx.args
    password = (
        sys.stdin.readline().rstrip("\n")
        if a.password_stdin
        else getpass.getpass("Wachtwoord voor de nieuwe gebruiker: ")
    )
    with ctx.db.session() as s:
        first = not operators.has_operators(s)
        operator = operators.create_operator(
            s,
            None if first else ctx.actor,
            username=a.username,
            display_name=a.display_name or a.username,
            role=a.role,
            password=password,
        )
        done = f"Gebruiker '{operator.username}' ({operator.role}) aangemaakt."
    out(done)
    return EXIT_OK


def _member_record_verbs(mems: Any) -> None:
    def member_id(p: argparse.ArgumentParser) -> None:
        p.add_argument("member_id", type=int, metavar="LID", help="nummer van het lid (id)")

    p = mems.add_parser("show", help="één lid tonen")
    member_id(p)
    _json_flag(p)
    p.set_defaults(func=cmd_members_show)
    p = mems.add_parser("status", help="status van een lid wijzigen")
    member_id(p)
    p.add_argument("status", choices=members.STATUSES)
    p.set_defaults(func=cmd_members_status)
    p = mems.add_parser("opt-out", help="lid afmelden: geen berichten meer")
    member_id(p)
    p.set_defaults(func=cmd_members_opt_out)
    p = mems.add_parser("opt-in", help="lid opnieuw aanmelden met nieuwe toestemming")
    member_id(p)
    p.add_argument("--consent-method", required=True, help="hoe het lid toestemming gaf")
    p.set_defaults(func=cmd_members_opt_in)
    p = mems.add_parser("access", help="inzage: alle gegevens van een lid naar een map")
    member_id(p)
    p.add_argument("-o", "--output", required=True, metavar="MAP")
    p.set_defaults(func=cmd_members_access)
    p = mems.add_parser("erase", help="lid definitief wissen (GDPR)")
    member_id(p)
    p.add_argument("--yes", action="store_true", help="echt wissen")
    p.set_defaults(func=cmd_members_erase)


def _network_state_verbs(nets: Any) -> None:
    for verb, active, help_text in (
        ("deactivate", False, "netwerk deactiveren"),
        ("activate", True, "netwerk opnieuw activeren"),
    ):
        p = nets.add_parser(verb, help=help_text)
        p.add_argument("name")
        p.set_defaults(func=lambda ctx, active=active: cmd_networks_active(ctx, active))


def _register_desk_verbs(sub: Any) -> None:
    def audit_filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--actor", help="alleen deze gebruiker")
        p.add_argument("--action", help="alleen deze handeling (create, update, send, login…)")
        p.add_argument("--entity", help="alleen dit onderwerp (member, network, alert…)")
        p.add_argument("--limit", type=int, default=1000)

    au = sub.add_parser("audit", help="logboek").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = au.add_parser("list", help="logboek tonen")
    audit_filters(p)
    _json_flag(p)
    p.set_defaults(func=cmd_audit_list)
    p = au.add_parser("export", help="logboek naar CSV")
    audit_filters(p)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_audit_export)

    ops = sub.add_parser("operators", help="gebruikers van bindesk").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = ops.add_parser("list", help="gebruikers tonen")
    _json_flag(p)
    p.set_defaults(func=cmd_operators_list)
    p = ops.add_parser("add", help="gebruiker aanmaken (de eerste wordt admin)")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=[r.value for r in operators.Role])
    p.add_argument("--display-name")
    p.add_argument(
        "--password-stdin", action="store_true", help="wachtwoord van de standaardinvoer lezen"
    )
    p.set_defaults(func=cmd_operators_add)


# --- parser -------------------------------------------------------------------------------


class DutchParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout in de opdracht: {message}\n")


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="uitvoer als JSON (Engelse sleutels)")


def build_parser() -> argparse.ArgumentParser:
    parser = DutchParser(prog="bindesk", description="bindesk — buurtinformatienetwerken (BIN)")
    parser.add_argument("--version", action="version", version=f"bindesk {__version__}")
    parser.add_argument(
        "--db", help=f"database-URL of pad naar SQLite-bestand (ook ${config.ENV_DATABASE_URL})"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="meer logging")
    sub = parser.add_subparsers(dest="verb", parser_class=DutchParser)

    nets = sub.add_parser("networks", help="netwerken (BIN)").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = nets.add_parser("list", help="netwerken met coördinator en aantal actieve leden")
    _json_flag(p)
    p.set_defaults(func=cmd_networks_list)
    p = nets.add_parser("add", help="netwerk toevoegen")
    p.add_argument("name")
    p.add_argument("--municipality", required=True)
    p.add_argument("--streets", help='straten, gescheiden door ";"')
    p.add_argument("--area", help="omschrijving van het gebied")
    p.set_defaults(func=cmd_networks_add)
    _network_state_verbs(nets)

    mems = sub.add_parser("members", help="leden").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = mems.add_parser("list", help="leden tonen")
    p.add_argument("--network")
    p.add_argument("--status", choices=members.STATUSES)
    _json_flag(p)
    p.set_defaults(func=cmd_members_list)
    p = mems.add_parser("add", help="lid toevoegen")
    p.add_argument("--network", required=True)
    p.add_argument("--first-name", required=True)
    p.add_argument("--last-name", required=True)
    p.add_argument("--street", required=True)
    p.add_argument("--number", required=True)
    p.add_argument("--postal-code", required=True)
    p.add_argument("--municipality", required=True)
    p.add_argument("--mobile", required=True)
    p.add_argument("--email")
    p.add_argument(
        "--consent-method",
        default="inschrijving aan de balie",
        help="hoe het lid toestemming gaf (standaard: inschrijving aan de balie)",
    )
    p.add_argument(
        "--no-consent",
        action="store_true",
        help="nog geen toestemming: het lid krijgt geen berichten",
    )
    p.set_defaults(func=cmd_members_add)
    p = mems.add_parser("import", help="ledenlijst importeren (CSV of XLSX)")
    p.add_argument("file")
    p.add_argument("--network", required=True)
    p.add_argument("--dry-run", action="store_true", help="alleen controleren, niets wegschrijven")
    p.add_argument(
        "--skip-invalid", action="store_true", help="geldige rijen importeren, ongeldige overslaan"
    )
    p.add_argument("--consent-method", default="inschrijvingslijst van de coördinator")
    p.set_defaults(func=cmd_members_import)
    p = mems.add_parser("export", help="ledenlijst exporteren (.csv of .xlsx)")
    p.add_argument("--network", required=True)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_members_export)
    _member_record_verbs(mems)

    p = sub.add_parser("demo-data", help="demonetwerken en fictieve leden laden")
    p.add_argument("--force", action="store_true", help="ook als er al leden zijn")
    p.set_defaults(func=cmd_demo_data)

    dbp = sub.add_parser("db", help="database").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = dbp.add_parser("upgrade", help="migraties uitvoeren (maakt eerst een kopie)")
    p.set_defaults(func=cmd_db_upgrade)

    p = sub.add_parser("gui", help="het venster openen (standaard)")
    p.add_argument("--screenshot", metavar="DIR", help="schermafdrukken maken en afsluiten")
    p.add_argument(
        "--modem",
        action="append",
        metavar="SPEC",
        help=f"modem van deze pc, bv. /dev/ttyUSB0 (herhaalbaar; ook ${config.ENV_MODEMS})",
    )
    p.set_defaults(func=cmd_gui)

    _register_sms_verbs(sub)
    _register_desk_verbs(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        args.screenshot = None
        args.func = cmd_gui
    from bindesk import log

    log.setup(verbose=args.verbose)
    ctx = Context(args)
    try:
        return int(args.func(ctx))
    except BindeskError as exc:
        print(f"Fout: {exc.message}", file=sys.stderr, flush=True)
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except KeyboardInterrupt:
        print("Onderbroken.", file=sys.stderr)
        return 130
    except Exception:
        logging.getLogger("bindesk.cli").exception("unexpected error in %s", args.verb)
        print(
            f"Onverwachte fout in bindesk. Details staan in het logbestand {log.setup()}. "
            "Meld dit aan de beheerder.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        ctx.close()
