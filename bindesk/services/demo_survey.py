"""A demo survey for the demo database: a Google-Forms-style export, imported as an officer
would, so the Enquêtes page (and the newsletter) show real figures. Fictitious answers;
BIN Aaigem has 3 responses so the breakdown shows suppression."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random

from sqlalchemy.orm import Session

from bindesk.services import surveys
from bindesk.services.operators import Actor
from bindesk.services.surveys import ImportResult

DEMO_SURVEY_TITLE = "BIN-bevraging najaar 2026"
# BIN Aaigem (3) is suppressed; "Een ander BIN" (6), the smallest other group, with it
RESPONSES_PER_BIN = {"BIN Oordegem": 28, "BIN Bambrugge": 24, "BIN Aaigem": 3, "Een ander BIN": 6}
SATISFACTION = ["Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden"]
AGREEMENT = ["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"]
CHANNELS = ["Sms", "E-mail", "Brief, in de bus", "Website van de zone"]
COMMENTS = [
    "Goed dat de wijkinspecteur langskomt na een melding.",
    "De sms'en komen snel, bedankt!",
    "Graag meer tips over inbraakpreventie in de vakantie.",
    "Ik wist niet wie onze coördinator is.",
    "Soms te veel berichten over dezelfde wagen.",
    "Meer info over <b>oplichting</b> & phishing graag.",
    "Een nieuwsbrief op papier voor wie geen gsm heeft.",
    "Prima werking, ga zo door.",
    "Het zou fijn zijn te horen hoe een melding afliep.",
    "Liever geen berichten 's nachts als het niet dringend is.",
]
HEADERS = [
    "Tijdstempel",
    "E-mailadres",
    "In welk BIN woont u?",
    "Hoe tevreden bent u over de werking van het BIN?",
    "Stellingen [De berichten zijn duidelijk]",
    "Stellingen [De berichten komen op tijd]",
    "Stellingen [Ik voel me veiliger door het BIN]",
    "Hoe wilt u berichten ontvangen?",
    "Kent u de BIN-coördinator?",
    "Hoeveel BIN-berichten las u het voorbije jaar?",
    "Opmerkingen",
]


def _pick(rng: random.Random, options: list[str], weights: list[int]) -> str:
    return rng.choices(options, weights=weights)[0]


def demo_export() -> bytes:
    """The demo export file (always the same bytes)."""
    rng = random.Random(20261201)
    start = dt.datetime(2026, 10, 1, 8, 0, 0)
    rows: list[list[str]] = []
    serial = 0
    for network, count in RESPONSES_PER_BIN.items():
        for _ in range(count):
            serial += 1
            when = start + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 40))
            channels = [
                c
                for c, p in zip(CHANNELS, (75, 45, 20, 10), strict=True)
                if rng.randint(1, 100) <= p
            ] or ["Sms"]
            rows.append(
                [
                    when.strftime("%Y/%m/%d %H:%M:%S") + " CET",
                    f"demo-invuller-{serial}@example.be",
                    network,
                    _pick(rng, [*SATISFACTION, "Weet niet / geen mening"], [2, 4, 10, 30, 16, 3]),
                    _pick(rng, AGREEMENT, [1, 3, 8, 28, 20]),
                    _pick(rng, AGREEMENT, [2, 6, 12, 24, 12]),
                    _pick(rng, [*AGREEMENT, "Weet niet / geen mening"], [3, 7, 15, 20, 8, 4]),
                    ", ".join(channels),
                    _pick(rng, ["Ja", "Nee"], [55, 45]),
                    str(rng.randint(0, 30)),
                    rng.choice(COMMENTS) if rng.randint(1, 100) <= 15 else "",
                ]
            )
    rows.sort(key=lambda r: r[0])
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def load_demo_survey(session: Session, actor: Actor) -> ImportResult:
    """Import the demo export (again: adds nothing the second time)."""
    return surveys.import_survey(
        session, actor, demo_export(), "demo-bevraging.csv", DEMO_SURVEY_TITLE
    )
