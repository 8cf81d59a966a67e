"""The STOP rule: real-looking Dutch replies, both ways (issue 7, item 6)."""

from __future__ import annotations

import pytest

from bindesk.domain.optout import ReplyKind, classify

OPT_OUT = ReplyKind.OPT_OUT
MAYBE = ReplyKind.MAYBE_OPT_OUT
REPLY = ReplyKind.REPLY

CASES = [
    # only an opt-out word: opts out at once
    ("STOP", OPT_OUT),
    ("stop", OPT_OUT),
    ("Stop.", OPT_OUT),
    ("  stop!! ", OPT_OUT),
    ("STOPPEN", OPT_OUT),
    ("Stoppen aub", OPT_OUT),
    (" Uit ", OPT_OUT),
    ("UIT a.u.b.", OPT_OUT),
    ("uit a.u.b", OPT_OUT),
    ("Uitschrijven aub", OPT_OUT),
    ("Uitschrijven graag.", OPT_OUT),
    ("AFMELDEN", OPT_OUT),
    ("afmelden graag!", OPT_OUT),
    ("Graag afmelden", OPT_OUT),
    ('"stop"', OPT_OUT),
    ("Stop 🙏", OPT_OUT),
    # may mean it: flagged for the desk ("mogelijke afmelding")
    ("Ik wil stoppen met deze berichten", MAYBE),
    ("Gelieve mij uit te schrijven, we zijn verhuisd", MAYBE),
    ("Schrijf mij maar uit", MAYBE),
    ("Meld me af aub", MAYBE),
    ("Ik wil geen berichten meer ontvangen", MAYBE),
    ("Geen sms meer sturen aub", MAYBE),
    ("Stop met die sms'en", MAYBE),
    ("Stop ermee", MAYBE),
    ("Hoe kan ik mij afmelden?", MAYBE),
    ("Verwijder mijn nummer a.u.b., ik woon hier niet meer", MAYBE),
    ("Mijn moeder is overleden, haal haar uit de lijst", MAYBE),
    ("Wij wensen te stoppen met het BIN", MAYBE),
    ("Afmelden voor de BIN berichten alstublieft", MAYBE),
    ("uitschrijving graag", MAYBE),
    # everything else is a reply
    ("Uit het raam zag ik een witte bestelwagen wegrijden", REPLY),
    ("Uitstekend, bedankt!", REPLY),
    ("uit de richting van de kerk kwam een scooter", REPLY),
    ("Bedankt voor de info", REPLY),
    ("Er staat een verdachte auto in de Kerkstraat, nummerplaat 1-ABC-123", REPLY),
    ("De wagen stopte aan nummer 14 en reed dan weg", REPLY),
    ("Niet stoppen met deze berichten, heel nuttig!", REPLY),
    ("Ok", REPLY),
    ("Ze zijn uitgestapt aan de bushalte", REPLY),
    ("Wie is dit?", REPLY),
    ("Ik heb niets gezien, de lichten waren uit", REPLY),
    ("Goed bezig!", REPLY),
    ("Is de bushalte gestopt met rijden vandaag?", REPLY),
    ("", REPLY),
]


def test_table_is_big_enough() -> None:
    assert sum(1 for _t, k in CASES if k is OPT_OUT) >= 10
    assert sum(1 for _t, k in CASES if k is not OPT_OUT) >= 25
    assert len(CASES) >= 30


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_classify(text: str, kind: ReplyKind) -> None:
    assert classify(text) is kind
