"""``bindesk newsletter …``: build, list, rebuild editions; the house style; tips."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.orm import Session

from bindesk.cli.common import EXIT_OK, Context, actions, json_flag, out, out_json, table
from bindesk.domain.errors import InvalidInput
from bindesk.pdf.document import Article, Comment
from bindesk.services import newsletter
from bindesk.services import tips as tip_library
from bindesk.services.newsletter import BuildResult, EditionContent


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            f"Bestand {path} kon niet gelezen worden ({exc}). Geef een UTF-8-tekstbestand op."
        ) from None


def _article(path: str) -> Article:
    """An article file: the first line is the title, the rest the text."""
    title, _, body = _read_text(path).strip().partition("\n")
    if not title.strip():
        raise InvalidInput(f"Artikel {path} is leeg: de eerste regel is de titel.")
    return Article(title.strip(), body.strip())


def _report(result: BuildResult) -> None:
    pages = "1 pagina" if result.pages == 1 else f"{result.pages} pagina's"
    out(
        f"Nieuwsbrief editie {result.edition} ({pages}) geschreven naar "
        f"{result.path} (bewaard als nummer {result.edition_id})."
    )


def _chosen_comments(
    session: Session, survey: str | None, numbers: list[int]
) -> tuple[Comment, ...]:
    if not numbers:
        return ()
    if not survey:
        raise InvalidInput("Reacties komen uit een enquête: geef ook --survey op.")
    comments = newsletter.reader_comments(session, survey)
    wrong = [n for n in numbers if not 1 <= n <= len(comments)]
    if wrong:
        raise InvalidInput(
            f"Reactie {wrong[0]} bestaat niet: de enquête heeft {len(comments)} reacties. "
            f"Bekijk ze met 'bindesk newsletter comments \"{survey}\"'."
        )
    return tuple(comments[n - 1] for n in numbers)


def cmd_newsletter_build(ctx: Context) -> int:
    a = ctx.args
    word = _read_text(a.word_file) if a.word_file else (a.word or "")
    with ctx.db.session() as s:
        content = EditionContent(
            title=a.title,
            period=a.period,
            survey=a.survey,
            comments=_chosen_comments(s, a.survey, a.comment or []),
            network_ids=tuple(newsletter.network_ids_by_name(s, a.network or [])),
            word=word,
            articles=tuple(_article(p) for p in a.article_file or []),
            tip_keys=tuple(a.tip or []),
        )
        result = newsletter.build(s, ctx.actor, content, Path(a.output))
    _report(result)
    return EXIT_OK


def cmd_newsletter_rebuild(ctx: Context) -> int:
    with ctx.db.session() as s:
        content = newsletter.load_edition(s, ctx.actor, ctx.args.id)
        result = newsletter.build(
            s, ctx.actor, content, Path(ctx.args.output), edition_id=ctx.args.id
        )
    _report(result)
    return EXIT_OK


def cmd_newsletter_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        rows = newsletter.list_editions(s, ctx.actor)
    data = [
        {
            "id": r.id,
            "edition": r.edition,
            "title": r.title,
            "period": r.period,
            "created_by": r.created_by,
            "updated_at": r.updated_at.isoformat(timespec="seconds"),
            "built_at": r.built_at.isoformat(timespec="seconds") if r.built_at else None,
            "pages": r.pages,
        }
        for r in rows
    ]
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    if not data:
        out("Nog geen nieuwsbrieven. Maak er een met 'bindesk newsletter build'.")
        return EXIT_OK
    table(
        ["Nr", "Editie", "Titel", "Periode", "Laatst gemaakt", "Pagina's"],
        [
            (
                d["id"],
                d["edition"] or "-",
                d["title"],
                d["period"],
                (d["built_at"] or "-").replace("T", " "),
                d["pages"] or "-",
            )
            for d in data
        ],
    )
    return EXIT_OK


STYLE_FLAGS = {
    "zone_name": "naam van de zone",
    "zone_phone": "telefoonnummer van de zone (niet dringend)",
    "zone_email": "e-mailadres van de zone",
    "zone_website": "website van de zone",
    "primary": "hoofdkleur, #RRGGBB",
    "accent": "accentkleur, #RRGGBB",
    "logo": "logo (PNG of JPEG)",
}


def cmd_newsletter_style(ctx: Context) -> int:
    changes = {k: getattr(ctx.args, k) for k in STYLE_FLAGS if getattr(ctx.args, k) is not None}
    with ctx.db.session() as s:
        style = (
            newsletter.set_house_style(s, ctx.actor, **changes)
            if changes
            else newsletter.house_style(s)
        )
    data = {k: getattr(style, k) for k in STYLE_FLAGS}
    data["logo"] = str(style.logo) if style.logo else None
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    if changes:
        out("Huisstijl van de nieuwsbrief bewaard.")
    for key, label in STYLE_FLAGS.items():
        out(f"{label}: {data[key] or '-'}")
    return EXIT_OK


def cmd_newsletter_comments(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        comments = newsletter.reader_comments(s, ctx.args.survey)
    if ctx.args.json:
        out_json(
            [
                {"number": i, "question": c.question, "text": c.text}
                for i, c in enumerate(comments, start=1)
            ]
        )
        return EXIT_OK
    if not comments:
        out("Deze enquête heeft geen antwoorden op open vragen.")
        return EXIT_OK
    for i, c in enumerate(comments, start=1):
        out(f"{i:>3}. {c.text}  ({c.question})")
    return EXIT_OK


def cmd_newsletter_tips(ctx: Context) -> int:
    tip_library.install_library(ctx.db)  # first use
    with ctx.db.read_session() as s:
        tips = newsletter.newsletter_tips(s)
    if ctx.args.json:
        out_json([{"key": t.key, "title": t.title, "text": t.text} for t in tips])
        return EXIT_OK
    table(["Sleutel", "Tip"], [(t.key, t.title) for t in tips])
    return EXIT_OK


def register(parser: argparse.ArgumentParser) -> None:
    nl = actions(parser)
    p = nl.add_parser("build", help="nieuwsbrief opmaken als PDF (en bewaren als editie)")
    p.add_argument("--title", required=True)
    p.add_argument("--period", required=True, help="2026-Q4 (kwartaal), 2026-11 (maand), 2026")
    p.add_argument("--survey", help="enquête (titel of id) met de resultaten in de nieuwsbrief")
    p.add_argument(
        "--comment",
        action="append",
        type=int,
        metavar="N",
        help="reactie nummer N uit 'newsletter comments' opnemen (herhaalbaar)",
    )
    p.add_argument(
        "--network", action="append", help="netwerk in de cijfers (herhaalbaar; standaard: alle)"
    )
    p.add_argument("--word", help="een woord van de zone (tekst)")
    p.add_argument("--word-file", help="een woord van de zone uit een tekstbestand")
    p.add_argument(
        "--article-file",
        action="append",
        help="artikel: tekstbestand, eerste regel is de titel (herhaalbaar)",
    )
    p.add_argument(
        "--tip", action="append", help="preventietip (sleutel, zie 'newsletter tips'; herhaalbaar)"
    )
    p.add_argument("-o", "--output", required=True, help="PDF-bestand")
    p.set_defaults(func=cmd_newsletter_build)
    p = nl.add_parser("rebuild", help="een bewaarde editie opnieuw opmaken")
    p.add_argument("id", type=int, help="nummer uit 'newsletter list'")
    p.add_argument("-o", "--output", required=True, help="PDF-bestand")
    p.set_defaults(func=cmd_newsletter_rebuild)
    p = nl.add_parser("list", help="bewaarde edities")
    json_flag(p)
    p.set_defaults(func=cmd_newsletter_list)
    p = nl.add_parser("style", help="huisstijl tonen of wijzigen: naam, nummer, kleuren, logo")
    for key, label in STYLE_FLAGS.items():
        p.add_argument("--" + key.replace("_", "-"), dest=key, help=label)
    json_flag(p)
    p.set_defaults(func=cmd_newsletter_style)
    p = nl.add_parser("comments", help="antwoorden op open vragen, genummerd, om uit te kiezen")
    p.add_argument("survey", help="enquête (titel of id)")
    json_flag(p)
    p.set_defaults(func=cmd_newsletter_comments)
    p = nl.add_parser("tips", help="preventietips die in de nieuwsbrief kunnen")
    json_flag(p)
    p.set_defaults(func=cmd_newsletter_tips)
    p = nl.add_parser("mail", help="een editie per e-mail versturen naar de leden van netwerken")
    p.add_argument("id", type=int, metavar="EDITIE", help="nummer uit 'newsletter list'")
    p.add_argument("--network", action="append", required=True, help="netwerk (herhaalbaar)")
    p.add_argument("--pdf", help="de gebouwde pdf (standaard: nu opgemaakt uit de editie)")
    p.set_defaults(func=cmd_newsletter_mail)
    for verb, help_text, func in (
        ("mail-status", "voortgang van het mailen van een editie", cmd_newsletter_mail_status),
        ("mail-cancel", "het mailen van een editie stoppen", cmd_newsletter_mail_cancel),
        ("mail-resume", "een gestopte mailing hervatten", cmd_newsletter_mail_resume),
    ):
        p = nl.add_parser(verb, help=help_text)
        p.add_argument("id", type=int, metavar="EDITIE", help="nummer uit 'newsletter list'")
        if verb == "mail-status":
            json_flag(p)
        p.set_defaults(func=func)


# --- per e-mail ---------------------------------------------------------------------------

_STATE_WORDS = {
    "queued": "in wachtrij",
    "sending": "wordt verzonden",
    "sent": "verzonden",
    "failed": "mislukt",
    "uncertain": "onzeker",
    "cancelled": "geannuleerd",
}


def cmd_newsletter_mail(ctx: Context) -> int:
    from bindesk.services import mail, mail_outbox

    a = ctx.args
    with ctx.db.session() as s:
        ids = newsletter.network_ids_by_name(s, a.network)
        summary = mail_outbox.start_mailing(
            s, a.id, ids, ctx.actor, pdf=Path(a.pdf) if a.pdf else None
        )
        configured = mail.is_configured(s)
    out(
        f"Nieuwsbrief {summary.newsletter_id}: {summary.queued} e-mail(s) in de wachtrij "
        f"(mailing {summary.mailing_id})."
    )
    skipped = [
        (summary.duplicates, "dubbel (zelfde adres in meer netwerken)"),
        (summary.already, "had deze editie al"),
        (summary.no_consent, "zonder toestemming voor e-mail of uitgeschreven"),
        (summary.invalid, "adres ongeldig of eerder onbestelbaar"),
    ]
    for n, why in skipped:
        if n:
            out(f"  overgeslagen: {n} {why}")
    if not configured:
        out(
            "Let op: er is geen mailserver ingesteld ('bindesk mail set'); de e-mails wachten "
            "tot 'bindesk outbox run' met een mailserver draait."
        )
    return EXIT_OK


def cmd_newsletter_mail_status(ctx: Context) -> int:
    from bindesk.services import mail_outbox

    with ctx.db.read_session() as s:
        progress = mail_outbox.mailing_progress(s, ctx.args.id)
    if ctx.args.json:
        out_json(
            {
                "newsletter_id": progress.newsletter_id,
                "counts": progress.counts,
                "total": progress.total,
                "done": progress.done,
                "mailings": progress.mailings,
                "cancelled": progress.cancelled,
            }
        )
        return EXIT_OK
    counts = ", ".join(f"{_STATE_WORDS.get(k, k)}: {v}" for k, v in sorted(progress.counts.items()))
    out(
        f"Nieuwsbrief {progress.newsletter_id}: {progress.done} van {progress.total} "
        f"afgehandeld ({counts or 'nog niets gemaild'})"
        + (" — gestopt" if progress.cancelled else "")
        + "."
    )
    return EXIT_OK


def cmd_newsletter_mail_cancel(ctx: Context) -> int:
    from bindesk.services import mail_outbox

    with ctx.db.session() as s:
        n = mail_outbox.cancel_mailing(s, ctx.args.id, ctx.actor)
    out(f"{n} e-mail(s) geannuleerd; wat nu verzonden wordt, gaat nog door.")
    return EXIT_OK


def cmd_newsletter_mail_resume(ctx: Context) -> int:
    from bindesk.services import mail_outbox

    with ctx.db.session() as s:
        n = mail_outbox.resume_mailing(s, ctx.args.id, ctx.actor)
    out(f"{n} e-mail(s) weer in de wachtrij.")
    return EXIT_OK
