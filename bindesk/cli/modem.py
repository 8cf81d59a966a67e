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
from bindesk.sms.modem import Modem, ModemError, ModemSpec


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("check", help="modem testen: signaal, netwerk, SMSC")
    modem_flag(p)
    json_flag(p)
    p.set_defaults(func=cmd_check)


def _check(spec: ModemSpec) -> dict[str, Any]:
    modem = Modem(spec)
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
    results = [_check(spec) for spec in modem_specs(ctx)]
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
