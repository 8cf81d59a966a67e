"""``bindesk tips``: the tip library (list, add, edit, retire)."""

from __future__ import annotations

import argparse

from bindesk.cli.common import EXIT_OK, Context, actions, json_flag, out, out_json, table
from bindesk.domain.errors import InvalidInput
from bindesk.services import tips


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("list", help="tips in de bibliotheek, in hun volgorde")
    p.add_argument("--kind", choices=list(tips.KINDS), help="alleen deze soort")
    p.add_argument("--retired", action="store_true", help="ook ingetrokken tips")
    json_flag(p)
    p.set_defaults(func=cmd_list)
    for verb, help_text in (("add", "tip toevoegen"), ("edit", "tip wijzigen")):
        p = verbs.add_parser(verb, help=help_text)
        p.add_argument("key", help="sleutel, bv. inbraak-garage")
        p.add_argument("--title", required=verb == "add")
        p.add_argument("--text", required=verb == "add", help="tekst met velden, bv. {straat}")
        p.add_argument(
            "--kind", choices=list(tips.KINDS), default="urgent" if verb == "add" else None
        )
        p.add_argument("--category", help="thema, bv. Inbraak")
        p.add_argument("--action", help="de preventieve actie die de tip vraagt")
        p.add_argument(
            "--field",
            action="append",
            metavar="NAAM=UITLEG|VOORBEELD",
            help="uitleg en voorbeeld van een veld, bv. 'straat=de straat|Kerkstraat'",
        )
        p.set_defaults(func=cmd_add if verb == "add" else cmd_edit)
    p = verbs.add_parser("retire", help="tip intrekken (niet meer aangeboden)")
    p.add_argument("key")
    p.add_argument("--undo", action="store_true", help="ingetrokken tip terug aanbieden")
    p.set_defaults(func=cmd_retire)


def _fields(pairs: list[str] | None) -> list[dict[str, str]] | None:
    if pairs is None:
        return None
    result = []
    for pair in pairs:
        name, sep, rest = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(
                f"Veld '{pair}' moet de vorm naam=uitleg|voorbeeld hebben, "
                "bv. 'straat=de straat van het incident|Kerkstraat'."
            )
        hint, _, example = rest.partition("|")
        result.append({"name": name.strip(), "hint": hint.strip(), "example": example.strip()})
    return result


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    tips.install_library(ctx.db)  # first use
    with ctx.db.read_session() as s:
        rows = tips.list_presets(s, a.kind, include_retired=a.retired)
        if a.json:
            out_json([tips.as_json(r) for r in rows])
            return EXIT_OK
        table(
            ["Sleutel", "Titel", "Thema", "Soort", "Tekst"],
            [
                (
                    r.key + ("" if r.active else " (ingetrokken)"),
                    r.title,
                    r.category,
                    tips.KIND_LABELS_NL.get(r.kind, r.kind),
                    r.text,
                )
                for r in rows
            ],
        )
    return EXIT_OK


def cmd_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.db.session() as s:
        row = tips.add_preset(
            s,
            ctx.actor,
            key=a.key,
            title=a.title,
            text=a.text,
            kind=a.kind,
            category=a.category or "",
            fields=_fields(a.field) or [],
            action=a.action or "",
        )
        out(f"Tip '{row.key}' toegevoegd.")
    return EXIT_OK


def cmd_edit(ctx: Context) -> int:
    a = ctx.args
    with ctx.db.session() as s:
        row = tips.edit_preset(
            s,
            ctx.actor,
            a.key,
            title=a.title,
            text=a.text,
            kind=a.kind,
            category=a.category,
            fields=_fields(a.field),
            action=a.action,
        )
        out(f"Tip '{row.key}' gewijzigd (versie {row.version}).")
    return EXIT_OK


def cmd_retire(ctx: Context) -> int:
    a = ctx.args
    with ctx.db.session() as s:
        row = tips.set_retired(s, ctx.actor, a.key, retired=not a.undo)
        out(f"Tip '{row.key}' {'weer aangeboden' if row.active else 'ingetrokken'}.")
    return EXIT_OK
