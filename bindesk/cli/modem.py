"""``bindesk modem check``: signal, network, SMSC of each modem."""

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
from bindesk.sms.modem import Modem, ModemError, ModemSpec, PinGuard


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("check", help="modem testen: signaal, netwerk, SMSC")
    modem_flag(p)
    json_flag(p)
    p.set_defaults(func=cmd_check)
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


def cmd_forget_pin(ctx: Context) -> int:
    from bindesk.services import settings

    with ctx.db.session() as s:
        n = settings.forget_refused_pins(s, ctx.actor, ctx.args.modem_id)
    if not n:
        err("Fout: er is geen geweigerde PIN-code onthouden.")
        return EXIT_REFUSED
    out(f"{n} geweigerde PIN-code(s) vergeten: bindesk geeft ze opnieuw in bij de volgende start.")
    return EXIT_OK
