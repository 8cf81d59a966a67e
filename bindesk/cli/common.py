"""What every verb shares: exit codes, the Dutch parser, the context, output helpers.

Kept light on purpose: no database, service or modem module is imported here at module
level, so ``bindesk --help`` does not pay for them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bindesk import config
from bindesk.domain.errors import InvalidInput

if TYPE_CHECKING:
    from bindesk.db.engine import Database
    from bindesk.services.operators import Actor
    from bindesk.sms.modem import ModemSpec

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class DutchParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout in de opdracht: {message}\n")


def actions(parser: argparse.ArgumentParser) -> Any:
    """The sub-actions of a verb group (``members list``, ``members add`` …)."""
    return parser.add_subparsers(dest="action", required=True, parser_class=DutchParser)


def json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="uitvoer als JSON (Engelse sleutels)")


def modem_flag(p: argparse.ArgumentParser, help_text: str | None = None) -> None:
    p.add_argument(
        "--modem",
        action="append",
        metavar="SPEC",
        help=help_text
        or "modem, bv. /dev/ttyUSB0, at115200:COM3?pin=1234 of sim "
        f"(herhaalbaar; ook ${config.ENV_MODEMS})",
    )


class Context:
    """What a verb needs: the database (opened lazily, migrated) and who acts."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None
        self._actor: Actor | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from bindesk.db.engine import open_database

            self._db = open_database(config.database_url(self.args.db))
        return self._db

    @property
    def actor(self) -> Actor:
        if self._actor is None:
            from bindesk.services.operators import cli_actor

            self._actor = cli_actor()
        return self._actor

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def login(self, verb: str) -> None:
        """The one place the command line decides who acts (services/operators.cli_login):
        once a database has operators, ``--user`` or a linked OS account; refused otherwise."""
        from bindesk.domain.errors import BindeskError
        from bindesk.services import operators

        if not operators.needs_cli_login(verb):
            return
        if not self.args.user:  # no operators yet, or a linked OS account: nothing to write
            with self.db.read_session() as s:
                self._actor = operators.cli_login(s, verb, username=None, password=str)
            return
        refused: BindeskError | None = None
        with self.db.session() as s:  # commits the login, or the failed attempt, to the audit
            try:
                self._actor = operators.cli_login(
                    s, verb, username=self.args.user, password=self._login_password
                )
            except BindeskError as exc:
                refused = exc
        if refused is not None:
            raise refused

    def _login_password(self) -> str:
        if self.args.login_password_stdin:
            return sys.stdin.readline().rstrip("\n")
        import getpass

        return getpass.getpass(f"Wachtwoord voor {self.args.user}: ")


def out(text: str = "") -> None:
    print(text, flush=True)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def out_json(data: Any) -> None:
    """JSON on stdout: a list one compact element per line (the C encoder: indenting would
    fall back to the pure-Python one, 1.3 s for 20 000 members), anything else indented."""
    if isinstance(data, list) and data:
        encode = json.JSONEncoder(ensure_ascii=False, default=str).encode
        sys.stdout.write("[\n  " + ",\n  ".join(encode(item) for item in data) + "\n]\n")
        sys.stdout.flush()
        return
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str), flush=True)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    out("\n".join(lines))  # one write, not one flushed write per row


def modem_specs(ctx: Context, *, stored: bool = False) -> list[ModemSpec]:
    """``--modem`` / ``BINDESK_MODEMS``; with ``stored``, else the modems stored for this PC."""
    from bindesk.sms.modem import ModemSpec

    raw = config.modem_specs(ctx.args.modem)
    if not raw and stored:
        from bindesk.services import modems

        with ctx.db.read_session() as s:
            specs = modems.stored_specs(s)
        if specs:
            return specs
    if not raw:
        raise InvalidInput(
            "Geen modem opgegeven. Gebruik --modem /dev/ttyUSB0 (of COM3), meerdere keren voor "
            f"meerdere modems, of zet ${config.ENV_MODEMS}"
            + (
                ", of bewaar een modem voor deze pc ('bindesk modem add /dev/ttyUSB0')"
                if stored
                else ""
            )
            + ". '--modem sim' gebruikt de gesimuleerde modem (SIMULATIE: er gaat niets echt "
            "de deur uit)."
        )
    return [ModemSpec.parse(r) for r in raw]
