"""``bindesk selftest``: does this installation (or PyInstaller bundle) work? One Dutch line
per step: resources, a temporary database with every migration, demo data and an alert in the
outbox, the newsletter PDF when that exists, and one SMS through python-gammu to the emulator
(on a pty; where there is none, Windows, through the simulated modem). Exit 0 when all pass.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bindesk import __version__, config
from bindesk.cli.common import EXIT_OK, EXIT_REFUSED, Context, err, out

TEST_NUMBER = "+32470000099"
TEST_TEXT = "bindesk selftest: één sms via Gammu."


def register(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(func=cmd_selftest)


def _resources() -> str:
    needed = [config.resource("tips", "presets.json"), config.resource("i18n", "bindesk_en.qm")]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise RuntimeError("ontbreekt: " + ", ".join(missing))
    return str(config.resource_root())


def _database(folder: Path) -> Callable[[], str]:
    def step() -> str:
        from bindesk.db.engine import open_database

        db = open_database(f"sqlite:///{folder / 'selftest.sqlite3'}")
        try:
            current, head = db.current_revision(), db.head_revision()
            if current != head:
                raise RuntimeError(f"revisie {current}, verwacht {head}")
            return f"revisie {current}"
        finally:
            db.dispose()

    return step


def _outbox(folder: Path) -> Callable[[], str]:
    def step() -> str:
        from bindesk.db.engine import open_database
        from bindesk.services import alerts, demo, networks, outbox
        from bindesk.services.operators import cli_actor

        db = open_database(f"sqlite:///{folder / 'selftest.sqlite3'}")
        try:
            actor = cli_actor()
            with db.session() as s:
                demo.load_demo_data(s, actor)
                first = networks.list_networks(s)[0]
                network = networks.get_network(s, first.id)
                plan = alerts.draft(s, actor, networks=[network], text="selftest")
                alert_id = alerts.queue(s, actor, plan).id
            with db.read_session() as s:
                waiting = outbox.counts(s, alert_id).get("queued", 0)
            return f"bericht {alert_id} met {waiting} sms'en in de wachtrij"
        finally:
            db.dispose()

    return step


def _newsletter(folder: Path) -> str:
    """A one-page newsletter with a chart, in the shipped font (embedded, accents intact)."""
    from bindesk.pdf.document import NewsletterData, Style, render

    target = folder / "selftest-nieuwsbrief.pdf"
    survey = {
        "survey": "Zelftest",
        "responses": 5,
        "questions": [
            {
                "title": "Hoe tevreden bent u over het BIN?",
                "type": "single",
                "n": 5,
                "counts": {"Tevreden": 3, "Ontevreden": 2},
                "percentages": {"Tevreden": 60.0, "Ontevreden": 40.0},
                "mean": None,
                "median": None,
                "texts": [],
            }
        ],
    }
    data = NewsletterData(
        style=Style(zone_name="Politiezone Zelftest — één, ë, €"),
        title="Zelftest",
        period_label="2026",
        survey=survey,
    )
    pages = render(data, target)
    raw = target.read_bytes()
    if not raw.startswith(b"%PDF") or pages < 1:
        raise RuntimeError(f"geen geldige PDF in {target}")
    if b"/FontFile2" not in raw:
        raise RuntimeError("het lettertype is niet ingebed in de PDF")
    return f"{pages} pagina('s), lettertype ingebed"


def _sms() -> str:
    from bindesk.sms.modem import Modem, ModemSpec

    try:
        from bindesk.sms.emulator import Emulator
    except ImportError:  # no pty (Windows): the simulated modem, still through gammu's codec
        with Modem(ModemSpec.parse("sim"), sim_delay=0) as modem:
            modem.send(TEST_NUMBER, TEST_TEXT, unicode=True)
            received = [(m.number, m.text) for m in modem.emulator.sent()]
        where = "gesimuleerde modem (geen pty op dit systeem)"
    else:
        with Emulator() as emu:
            with Modem(ModemSpec.parse(f"at:{emu.device}")) as modem:
                modem.send(TEST_NUMBER, TEST_TEXT, unicode=True)
            received = [(m.number, m.text) for m in emu.sent()]
        where = "emulator via de AT-driver van Gammu"
    if received != [(TEST_NUMBER, TEST_TEXT)]:
        raise RuntimeError(f"ontvangen: {received!r}")
    return where


def cmd_selftest(ctx: Context) -> int:
    out(f"bindesk {__version__} — zelftest")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="bindesk-selftest-") as tmp:
        folder = Path(tmp)
        steps: list[tuple[str, Callable[[], str]]] = [
            ("Hulpbestanden (tips, vertalingen)", _resources),
            ("Tijdelijke database met alle migraties", _database(folder)),
            ("Demogegevens en een bericht in de wachtrij", _outbox(folder)),
            ("PDF van de nieuwsbrief", lambda: _newsletter(folder)),
            ("Eén sms via Gammu", _sms),
        ]
        for title, step in steps:
            started = time.monotonic()
            try:
                detail = step()
            except Exception as exc:  # every failure is reported, the next step still runs
                failed += 1
                out(f"MISLUKT  {title}: {exc}")
                continue
            out(f"in orde  {title}: {detail} ({time.monotonic() - started:.1f} s)")
    if failed:
        err(f"Fout: {failed} stap(pen) mislukt; zie hierboven. Meld dit aan de beheerder.")
        return EXIT_REFUSED
    out("Alles in orde.")
    return EXIT_OK
