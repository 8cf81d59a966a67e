"""Command line: every job the GUI does, a verb can do. No verb starts the GUI.

Exit codes: 0 done, 1 refused (the reason is printed in Dutch), 2 usage error, 3 internal.

One module per verb group (``bindesk/cli/<group>.py``) holds the group's parser
(``register``) beside its handlers. Only the module of the verb being run is imported,
so ``bindesk --help`` and read-only verbs load no Qt, no gammu and no unrelated service.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from bindesk import __version__, config
from bindesk.cli.common import EXIT_INTERNAL, EXIT_OK, EXIT_REFUSED, Context, DutchParser
from bindesk.domain.errors import BindeskError

# verb -> (module under bindesk.cli, help text); the order is the order of ``--help``.
VERBS: dict[str, tuple[str, str]] = {
    "networks": ("networks", "netwerken (BIN)"),
    "members": ("members", "leden"),
    "demo-data": ("demo", "demonetwerken en fictieve leden laden"),
    "db": ("db", "database"),
    "gui": ("gui", "het venster openen (standaard)"),
    "modem": ("modem", "modems"),
    "alert": ("alert", "berichten"),
    "tips": ("tips", "tipsbibliotheek"),
    "outbox": ("outbox", "verzendwachtrij"),
    "inbox": ("inbox", "ontvangen sms'en"),
    "audit": ("audit", "logboek"),
    "operators": ("operators", "gebruikers van bindesk"),
    "survey": ("survey", "anonieme enquêtes"),
    "newsletter": ("newsletter", "nieuwsbrief (PDF, per e-mail)"),
    "mail": ("mail", "mailserver (e-mail naar leden)"),
    "selftest": ("selftest", "zelftest van deze installatie (database, modem via Gammu)"),
}
_GLOBAL_WITH_VALUE = {"--db", "--user"}


def _chosen_verb(argv: Sequence[str]) -> str | None:
    """The verb on the command line, found without parsing (so only its module loads)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _GLOBAL_WITH_VALUE:
            skip = True
        elif token == "--" or not token.startswith("-"):
            return token
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv`` only the chosen verb's module is loaded, else every verb's."""
    parser = DutchParser(prog="bindesk", description="bindesk — buurtinformatienetwerken (BIN)")
    parser.add_argument("--version", action="version", version=f"bindesk {__version__}")
    parser.add_argument(
        "--db", help=f"database-URL of pad naar SQLite-bestand (ook ${config.ENV_DATABASE_URL})"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="meer logging")
    parser.add_argument(
        "--user",
        metavar="NAAM",
        help="als deze bindesk-gebruiker werken (nodig zodra de database gebruikers heeft)",
    )
    parser.add_argument(
        "--password-stdin",
        dest="login_password_stdin",
        action="store_true",
        help="het wachtwoord van --user van de standaardinvoer lezen (eerste regel)",
    )
    sub = parser.add_subparsers(dest="verb", parser_class=DutchParser)
    chosen = None if argv is None else _chosen_verb(argv)
    for verb, (module, help_text) in VERBS.items():
        p = sub.add_parser(verb, help=help_text)
        if argv is None or verb == chosen:
            importlib.import_module(f"bindesk.cli.{module}").register(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(argv).parse_args(argv)
    if args.verb is None:
        from bindesk.cli.gui import cmd_gui

        args.screenshot = None
        args.modem = None
        args.func = cmd_gui
    from bindesk import fileperms, log

    fileperms.restrict_umask()  # whatever we write (database, exports, logs): owner only
    log.setup(verbose=args.verbose)
    ctx = Context(args)
    try:
        ctx.login(" ".join(v for v in (args.verb or "gui", getattr(args, "action", None)) if v))
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
