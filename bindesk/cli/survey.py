"""``bindesk survey``: import an export file, list the surveys, show the results."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bindesk.cli.common import EXIT_OK, Context, actions, json_flag, out, out_json, table
from bindesk.domain.stats import SUPPRESSED_LABEL, nl_decimal
from bindesk.domain.survey_files import (
    FORMAT_LABELS_NL,
    QUESTION_TYPES,
    TYPE_LABELS_NL,
    SourceFormat,
    parse_type_overrides,
)
from bindesk.services import surveys


def cmd_survey_import(ctx: Context) -> int:
    a = ctx.args
    path = Path(a.file)
    raw = surveys.read_file(path)
    overrides = parse_type_overrides(a.type or [])
    with ctx.db.session() as s:
        result = surveys.import_survey(
            s, ctx.actor, raw, path.name, a.title, overrides, dry_run=a.dry_run
        )
        if a.dry_run:
            s.rollback()
    out(f"Formaat: {FORMAT_LABELS_NL[SourceFormat(result.format)]}")
    out("Weggelaten kolommen (niets ervan wordt bewaard):")
    for dropped in result.dropped:
        out(f"  - {dropped.header}: {dropped.reason}")
    if not result.dropped:
        out("  (geen)")
    out("Vragen:")
    for number, (title, kind) in enumerate(result.questions, start=1):
        out(f"  {number}. {title}  [{TYPE_LABELS_NL[kind]}]")
    if result.redacted:
        out(
            f"{result.redacted} e-mailadres(sen) of telefoonnummer(s) in antwoorden vervangen "
            "door [verwijderd]."
        )
    incomplete = f", {result.incomplete} onvolledig overgeslagen" if result.incomplete else ""
    counts = f"{result.added} nieuwe antwoorden, {result.already} al eerder ingelezen{incomplete}"
    if a.dry_run:
        out(f"\nProefimport van '{result.title}': {counts}. Er is niets weggeschreven.")
    else:
        what = "Nieuwe enquête" if result.new_survey else "Enquête"
        out(f"\n{what} '{result.title}': {counts}.")
        out(surveys.DELETE_EXPORT_ADVICE)
    return EXIT_OK


def cmd_survey_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        rows = surveys.list_surveys(s)
    if ctx.args.json:
        out_json(rows)
        return EXIT_OK
    if not rows:
        out("Nog geen enquêtes. Importeer er een met 'bindesk survey import BESTAND --title T'.")
        return EXIT_OK
    table(
        ["id", "titel", "antwoorden", "laatst ingelezen"],
        [
            [r["id"], r["title"], r["responses"], r["imported_at"].strftime("%d-%m-%Y %H:%M")]
            for r in rows
        ],
    )
    return EXIT_OK


def cmd_survey_results(ctx: Context) -> int:
    a = ctx.args
    with ctx.db.read_session() as s:
        data = surveys.results(s, a.survey, a.by)
    if a.json:
        out_json(data)
        return EXIT_OK
    if "groups" in data:
        out(f"Enquête: {data['survey']}, opgesplitst volgens '{data['by']}'")
        for group in data["groups"]:
            out(f"\n=== {group['group']} ===")
            if group["suppressed"]:
                out(f"{SUPPRESSED_LABEL} (minder dan 5, of af te leiden uit de andere groepen)")
                continue
            out(f"{group['responses']} antwoorden")
            _print_questions(group["questions"])
        return EXIT_OK
    out(f"Enquête: {data['survey']} — {data['responses']} antwoorden")
    _print_questions(data["questions"])
    return EXIT_OK


def _print_questions(questions: list[dict[str, Any]]) -> None:
    for number, q in enumerate(questions, start=1):
        out(f"\n{number}. {q['title']}  ({TYPE_LABELS_NL[q['type']]}, n = {q['n']})")
        if q["type"] == "text":
            for text in q["texts"]:
                out(f"   - {text}")
            continue
        width = max([len(k) for k in q["counts"]] + [10])
        for answer, count in q["counts"].items():
            pct = nl_decimal(q["percentages"][answer])
            out(f"   {answer.ljust(width)}  {count:>5}  {pct:>6} %")
        if q["type"] == "multiple":
            out("   (percentage van wie de vraag beantwoordde; meerdere keuzes mogelijk)")
        if q["type"] == "ranking":
            out("   (hoe vaak op de eerste plaats; gerangschikt volgens gemiddelde plaats)")
        if q["mean"] is not None:
            out(
                f"   gemiddelde {nl_decimal(q['mean'], 2)}, mediaan {nl_decimal(q['median'], 1)}"
                + (" (zonder 'weet niet / geen mening')" if q["type"] == "likert" else "")
            )


def register(parser: argparse.ArgumentParser) -> None:
    sv = actions(parser)
    p = sv.add_parser("import", help="antwoorden importeren (Forms, LimeSurvey, CSV, XLSX)")
    p.add_argument("file")
    p.add_argument("--title", required=True, help="titel van de enquête (bestaat ze al: bijvoegen)")
    p.add_argument(
        "--type",
        action="append",
        metavar='"VRAAG=TYPE"',
        help=f"type van een vraag corrigeren (herhaalbaar); types: {', '.join(QUESTION_TYPES)}",
    )
    p.add_argument("--dry-run", action="store_true", help="alleen tonen, niets wegschrijven")
    p.set_defaults(func=cmd_survey_import)
    p = sv.add_parser("list", help="enquêtes tonen")
    json_flag(p)
    p.set_defaults(func=cmd_survey_list)
    p = sv.add_parser("results", help="resultaten van een enquête")
    p.add_argument("survey", help="titel of id")
    p.add_argument("--by", metavar="VRAAG", help="opsplitsen volgens een vraag (bv. het BIN)")
    json_flag(p)
    p.set_defaults(func=cmd_survey_results)
