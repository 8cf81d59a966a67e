"""``bindesk modem``: check, detect, list, add, remove, test (the modems of this PC)."""

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
    table,
)
from bindesk.sms.modem import Modem, ModemError, ModemSpec, PinGuard


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("check", help="modem testen: signaal, netwerk, SMSC")
    modem_flag(p)
    json_flag(p)
    p.set_defaults(func=cmd_check)
    p = verbs.add_parser("detect", help="seriële poorten zoeken die een gsm-modem kunnen zijn")
    p.add_argument("--probe", action="store_true", help="elke poort ook openen via Gammu")
    json_flag(p)
    p.set_defaults(func=cmd_detect)
    p = verbs.add_parser("list", help="de modems die voor deze pc bewaard zijn")
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = verbs.add_parser("add", help="een modem voor deze pc bewaren")
    p.add_argument("spec", metavar="SPEC", help="bv. /dev/ttyUSB0, at115200:COM3 of sim")
    p.add_argument("--pin-stdin", action="store_true", help="de PIN-code van stdin lezen")
    p.add_argument("--smsc", metavar="NUMBER", help="nummer van de SMS-centrale, bv. +32475161616")
    p.add_argument("--description", default="", help="omschrijving, bv. 'modem onthaal'")
    p.set_defaults(func=cmd_add)
    p = verbs.add_parser("remove", help="een bewaarde modem verwijderen")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=cmd_remove)
    p = verbs.add_parser("test", help="een testbericht sturen via een bewaarde modem")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("number", metavar="NUMBER", help="gsm-nummer, bv. 0470123456")
    p.set_defaults(func=cmd_test)
    p = verbs.add_parser(
        "forget-pin",
        help="een geweigerde PIN-code vergeten (na controle): bindesk geeft hem dan weer in",
    )
    p.add_argument("--modem-id", default=None, help="alleen deze modem, bv. imei:350000000000001")
    p.set_defaults(func=cmd_forget_pin)


def _check(spec: ModemSpec, guard: PinGuard) -> dict[str, Any]:
    modem = Modem(spec, pin_guard=guard)
    try:
        info = modem.open()
    except ModemError as exc:
        return {"modem": spec.label(), "ok": False, "error": exc.message}
    try:
        problem = (
            None
            if info.registered
            else (
                f"Modem {spec.label()} is niet aangemeld op het gsm-netwerk. Controleer de "
                "simkaart en het bereik (zet de modem eventueel dichter bij een raam)."
            )
        )
        return {
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
    finally:
        modem.close()


def cmd_check(ctx: Context) -> int:
    from bindesk.services import settings

    guard = settings.RefusedPins(ctx.db)  # a PIN the SIM refused is never entered again
    results = [_check(spec, guard) for spec in modem_specs(ctx)]
    ok = all(r["ok"] for r in results)
    if ctx.args.json:
        out_json(results)
        return EXIT_OK if ok else EXIT_REFUSED
    for r in results:
        out(f"Modem {r['modem']}" + (" (SIMULATIE)" if r.get("simulated") else ""))
        if r.get("imei"):
            out(f"  fabrikant/model: {r['manufacturer']} {r['model']}")
            out(f"  IMEI:            {r['imei']}")
            signal = r["signal_percent"]
            out(f"  signaal:         {'onbekend' if signal is None else f'{signal} %'}")
            out(f"  netwerk:         {r['network'] or '-'} ({r['network_code'] or '-'})")
            out(f"  SMSC:            {r['smsc'] or '-'}")
        out(f"  {'klaar om te versturen' if r['ok'] else 'FOUT: ' + str(r['error'])}")
    if not ok:
        err("Fout: minstens één modem kan niet versturen (zie hierboven).")
    return EXIT_OK if ok else EXIT_REFUSED


def cmd_detect(ctx: Context) -> int:
    from dataclasses import asdict

    from bindesk.sms import probe

    ports = probe.detect_ports()
    results = []
    for port in ports:
        doc: dict[str, Any] = asdict(port)
        if ctx.args.probe:
            doc["probe"] = asdict(probe.probe(ModemSpec.parse(port.device)))
        results.append(doc)
    if ctx.args.json:
        out_json(results)
        return EXIT_OK
    if not ports:
        out(probe.platform_hint())
        return EXIT_OK
    for doc in results:
        out(f"{doc['device']}  {doc['description'] or '-'}  {doc['hwid']}".rstrip())
        found = doc.get("probe")
        if found:
            if found["ok"]:
                out(
                    f"  {found['manufacturer']} {found['model']}, IMEI {found['imei']}, "
                    f"signaal {found['signal_percent']} %, netwerk {found['operator'] or '-'}, "
                    f"SMSC {found['smsc'] or '-'}"
                )
            else:
                out(f"  FOUT: {found['error']}")
    return EXIT_OK


def cmd_list(ctx: Context) -> int:
    from dataclasses import asdict

    from bindesk import config
    from bindesk.services import modems

    with ctx.db.read_session() as s:
        rows = modems.list_modems(s)
    if ctx.args.json:
        out_json([asdict(r) for r in rows])
        return EXIT_OK
    if not rows:
        out(
            f"Geen modems bewaard voor deze pc ({config.desk_host()}). Voeg er een toe met "
            "'bindesk modem add /dev/ttyUSB0' (of COM3)."
        )
        return EXIT_OK
    table(
        ["ID", "modem", "PIN", "SMSC", "actief", "omschrijving"],
        [
            [
                r.id,
                r.spec,
                "ingesteld" if r.has_pin else "-",
                r.smsc or "-",
                "ja" if r.enabled else "nee",
                r.description,
            ]
            for r in rows
        ],
    )
    return EXIT_OK


def cmd_add(ctx: Context) -> int:
    import sys

    from bindesk.services import modems

    pin = sys.stdin.readline().strip() if ctx.args.pin_stdin else None
    with ctx.db.session() as s:
        row = modems.add_modem(
            s,
            ctx.actor,
            ctx.args.spec,
            pin=pin,
            smsc=ctx.args.smsc,
            description=ctx.args.description,
        )
    out(
        f"Modem {row.id} ({row.label()}) bewaard voor deze pc"
        + (", PIN-code ingesteld" if row.has_pin else "")
        + ". 'bindesk outbox run' en het venster gebruiken hem vanaf nu."
    )
    return EXIT_OK


def cmd_remove(ctx: Context) -> int:
    from bindesk.services import modems

    with ctx.db.session() as s:
        modems.remove_modem(s, ctx.actor, ctx.args.id)
    out(f"Modem {ctx.args.id} verwijderd.")
    return EXIT_OK


def cmd_test(ctx: Context) -> int:
    from bindesk.domain.phone import parse_mobile
    from bindesk.services import modems
    from bindesk.services.operators import Permission
    from bindesk.sms import probe

    ctx.actor.require(Permission.SETTINGS)
    number = parse_mobile(ctx.args.number).e164
    with ctx.db.read_session() as s:
        spec = modems.modem_spec(s, ctx.args.id)
    try:
        references = probe.send_test(spec, number)
    except ModemError as exc:
        err(f"Fout: {exc.message}")
        return EXIT_REFUSED
    out(f"Testbericht verstuurd naar {number} via {spec.label()} (referentie {references[0]}).")
    return EXIT_OK


def cmd_forget_pin(ctx: Context) -> int:
    from bindesk.services import settings

    with ctx.db.session() as s:
        n = settings.forget_refused_pins(s, ctx.actor, ctx.args.modem_id)
    if not n:
        err("Fout: er is geen geweigerde PIN-code onthouden.")
        return EXIT_REFUSED
    out(f"{n} geweigerde PIN-code(s) vergeten: bindesk geeft ze opnieuw in bij de volgende start.")
    return EXIT_OK
