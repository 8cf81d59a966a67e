"""``bindesk mail …``: the zone's mail server (set, show, test), the Microsoft 365 sign-in
(oauth-login) and the bounce mailbox (bounces, bounces-set)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from bindesk.cli.common import EXIT_OK, Context, actions, json_flag, out, out_json
from bindesk.domain.errors import InvalidInput

SECURITY_WORDS = {"starttls": "STARTTLS", "tls": "TLS (vanaf het begin)", "none": "geen"}
AUTH_WORDS = {"password": "wachtwoord", "oauth2": "OAuth2 (Microsoft 365)", "none": "geen"}


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("set", help="de mailserver instellen (alleen beheerder)")
    p.add_argument("--host", help="servernaam, bv. smtp.office365.com")
    p.add_argument("--port", type=int, help="poort (standaard 587, 465 voor TLS, 25 zonder)")
    p.add_argument("--security", choices=("starttls", "tls", "none"))
    p.add_argument("--auth", choices=("password", "oauth2", "none"))
    p.add_argument("--username", help="gebruiker (de mailbox)")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="het wachtwoord van de eerste regel van stdin lezen (nooit als argument)",
    )
    p.add_argument("--clear-password", action="store_true", help="het bewaarde wachtwoord wissen")
    p.add_argument("--sender-name", help="afzendernaam, bv. 'Politie BIN'")
    p.add_argument("--sender", help="afzenderadres")
    p.add_argument("--reply-to", help="antwoordadres")
    p.add_argument("--client-id", help="OAuth2: client-id van de app-registratie")
    p.add_argument("--tenant", help="OAuth2: tenant (domein of id)")
    p.add_argument("--rate", type=int, help="maximum berichten per minuut (0: geen maximum)")
    p.add_argument("--unsubscribe-address", help="adres voor uitschrijfmails")
    p.add_argument("--unsubscribe-url", help="https-pagina om uit te schrijven")
    p.set_defaults(func=cmd_set)
    p = verbs.add_parser("show", help="de mailinstellingen tonen (wachtwoord verborgen)")
    json_flag(p)
    p.set_defaults(func=cmd_show)
    p = verbs.add_parser("test", help="een testmail versturen")
    p.add_argument("address", metavar="ADRES")
    p.set_defaults(func=cmd_test)
    p = verbs.add_parser(
        "oauth-login",
        help="deze pc laten inloggen bij Microsoft 365 (OAuth2, apparaatcode) om te versturen",
    )
    p.add_argument("--sign-out", action="store_true", help="de bewaarde login vergeten")
    p.set_defaults(func=cmd_oauth_login)
    p = verbs.add_parser(
        "bounces", help="de bouncepostbus lezen: onbestelbare adressen en uitschrijvingen"
    )
    json_flag(p)
    p.set_defaults(func=cmd_bounces)
    p = verbs.add_parser("bounces-set", help="de bouncepostbus (IMAP) instellen (alleen beheerder)")
    p.add_argument("--host", help="IMAP-server, bv. outlook.office365.com")
    p.add_argument("--port", type=int, help="poort (standaard 993 voor TLS, 143 voor STARTTLS)")
    p.add_argument("--security", choices=("tls", "starttls"))
    p.add_argument("--username", help="gebruiker (de postbus)")
    p.add_argument("--folder", help="map (standaard INBOX)")
    p.add_argument(
        "--auth",
        choices=("password", "oauth2"),
        help="oauth2: Microsoft 365, met de app-registratie en login van 'mail oauth-login'",
    )
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="het wachtwoord van de eerste regel van stdin lezen (nooit als argument)",
    )
    p.set_defaults(func=cmd_bounces_set)


def cmd_set(ctx: Context) -> int:
    from bindesk.mail.smtp import DEFAULT_PORTS, SmtpSettings
    from bindesk.services import mail

    a = ctx.args
    if a.password_stdin and a.clear_password:
        raise InvalidInput("Kies --password-stdin of --clear-password, niet allebei.")
    password: object = mail.KEEP
    if a.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InvalidInput("Geen wachtwoord gelezen van stdin (de eerste regel is leeg).")
    elif a.clear_password:
        password = None
    with ctx.db.session() as s:
        current = mail.stored_settings(s)
        base = current or SmtpSettings(host="")
        security = a.security or base.security
        port = a.port or (base.port if current and not a.security else DEFAULT_PORTS[security])
        changed = replace(
            base,
            host=a.host if a.host is not None else base.host,
            port=port,
            security=security,
            auth=a.auth or base.auth,
            username=a.username if a.username is not None else base.username,
            sender_name=a.sender_name if a.sender_name is not None else base.sender_name,
            sender_address=a.sender if a.sender is not None else base.sender_address,
            reply_to=a.reply_to if a.reply_to is not None else base.reply_to,
            oauth_client_id=a.client_id if a.client_id is not None else base.oauth_client_id,
            oauth_tenant=a.tenant if a.tenant is not None else base.oauth_tenant,
            max_per_minute=((a.rate or None) if a.rate is not None else base.max_per_minute),
            unsubscribe_address=(
                a.unsubscribe_address
                if a.unsubscribe_address is not None
                else base.unsubscribe_address
            ),
            unsubscribe_url=(
                a.unsubscribe_url if a.unsubscribe_url is not None else base.unsubscribe_url
            ),
        )
        view = mail.save_settings(s, ctx.actor, changed, password)
    _print(view)
    if mail.env_url():
        out(
            "Let op: BINDESK_SMTP_URL is gezet en gaat in dit proces vóór de bewaarde instellingen."
        )
    return EXIT_OK


def _print(view: object) -> None:
    from bindesk.services.mail import MASK, MailSettingsView

    assert isinstance(view, MailSettingsView)
    s = view.settings
    if s is None:
        out("Er is nog geen mailserver ingesteld ('bindesk mail set --host … --sender …').")
        return
    source = {"env": "BINDESK_SMTP_URL", "stored": "bewaard in de database"}[view.source]
    rate = f"{s.max_per_minute} per minuut" if s.max_per_minute else "geen maximum"
    rows = [
        ("Bron", source),
        ("Server", f"{s.host}:{s.port}"),
        ("Beveiliging", SECURITY_WORDS[s.security]),
        ("Inloggen", AUTH_WORDS[s.auth]),
        ("Gebruiker", s.username or "-"),
        ("Wachtwoord", MASK if view.password_set else "(geen)"),
        ("Afzender", f"{s.sender_name} <{s.sender_address}>".strip()),
        ("Antwoordadres", s.reply_to or "-"),
        ("Tempo", rate),
        ("Uitschrijven", s.unsubscribe_address or s.reply_to or s.sender_address),
    ]
    if s.unsubscribe_url:
        rows.append(("Uitschrijfpagina", s.unsubscribe_url))
    if s.auth == "oauth2":
        rows += [("Client-id", s.oauth_client_id), ("Tenant", s.oauth_tenant or "organizations")]
    width = max(len(k) for k, _v in rows)
    for key, value in rows:
        out(f"{key.ljust(width)}  {value}")


def cmd_show(ctx: Context) -> int:
    from dataclasses import asdict

    from bindesk.services import mail

    with ctx.db.read_session() as s:
        view = mail.show_settings(s, ctx.actor)
    if ctx.args.json:
        doc = asdict(view.settings) if view.settings else None
        if doc is not None:
            doc["password"] = mail.MASK if view.password_set else None
        out_json({"source": view.source, "password_set": view.password_set, "settings": doc})
        return EXIT_OK
    _print(view)
    return EXIT_OK


def cmd_test(ctx: Context) -> int:
    from bindesk.services import mail

    with ctx.db.session() as s:
        message_id = mail.send_test_mail(s, ctx.actor, ctx.args.address)
    out(f"Testmail verstuurd naar {ctx.args.address} (Message-ID {message_id}).")
    return EXIT_OK


def cmd_oauth_login(ctx: Context) -> int:
    from bindesk.mail.oauth import IMAP_SCOPE, IT_REQUIREMENTS_NL, SMTP_SCOPE, MsalTokenProvider
    from bindesk.services import mail, mail_inbox

    with ctx.db.read_session() as s:
        view = mail.show_settings(s, ctx.actor)
        bounces = mail_inbox.stored_bounce_mailbox(s)
    # one sign-in for sending and, when it uses Microsoft 365 too, the bounce mailbox
    imap = bounces is not None and bounces.auth == "oauth2"
    settings = view.settings
    if settings is None or settings.auth != "oauth2" or not settings.oauth_client_id:
        raise InvalidInput(
            "Stel eerst inloggen met Microsoft 365 in: 'bindesk mail set --auth oauth2 "
            "--client-id … --tenant … --username …'.\n" + IT_REQUIREMENTS_NL
        )
    provider = MsalTokenProvider(
        settings.oauth_client_id,
        settings.oauth_tenant,
        mail.oauth_cache_path(),
        username=settings.username or None,
        scopes=(SMTP_SCOPE, IMAP_SCOPE) if imap else (SMTP_SCOPE,),
    )
    if ctx.args.sign_out:
        provider.sign_out()
        out("De Microsoft-login van deze pc is vergeten.")
        return EXIT_OK
    login = provider.start_login()
    out(login.instructions_nl())
    out("Wachten tot u ingelogd bent… (Ctrl+C breekt af)")
    account = provider.finish_login(login)
    out(f"Ingelogd als {account or settings.username}: deze pc kan nu e-mail versturen.")
    return EXIT_OK


def cmd_bounces(ctx: Context) -> int:
    from bindesk.services import mail_inbox

    run = mail_inbox.fetch_bounces(ctx.db, ctx.actor)
    if ctx.args.json:
        out_json(
            {
                "read": run.read,
                "handled": run.handled,
                "bounced_members": run.bounced_members,
                "failed_deliveries": run.failed_deliveries,
                "opted_out_members": run.opted_out_members,
                "lines": run.lines,
            }
        )
        return EXIT_OK
    for line in run.lines:
        out(f"- {line}")
    out(run.summary_nl())
    return EXIT_OK


def cmd_bounces_set(ctx: Context) -> int:
    from bindesk.mail.bounces import ImapSettings
    from bindesk.services import mail_inbox

    a = ctx.args
    password: object = mail_inbox.KEEP
    if a.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InvalidInput("Geen wachtwoord gelezen van stdin (de eerste regel is leeg).")
    with ctx.db.session() as s:
        current = mail_inbox.stored_bounce_mailbox(s) or ImapSettings(host="")
        security = a.security or current.security
        port = a.port or (
            current.port if current.host and not a.security else mail_inbox.DEFAULT_PORTS[security]
        )
        changed = replace(
            current,
            host=a.host if a.host is not None else current.host,
            port=port,
            security=security,
            username=a.username if a.username is not None else current.username,
            auth=a.auth or current.auth,
            folder=a.folder or current.folder,
            password=None,
        )
        view = mail_inbox.save_bounce_mailbox(s, ctx.actor, changed, password)
    shown = view.settings
    assert shown is not None
    how = (
        "inloggen met Microsoft 365"
        if shown.auth == "oauth2"
        else f"wachtwoord {'bewaard' if view.password_set else '(geen)'}"
    )
    out(
        f"Bouncepostbus: {shown.username} op {shown.host}:{shown.port} ({shown.security}), "
        f"map {shown.folder}, {how}."
    )
    return EXIT_OK
