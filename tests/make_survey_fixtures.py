"""Write the survey export fixtures in tests/data/surveys/.

Run: python tests/make_survey_fixtures.py

Each file imitates what a zone downloads from the tool; the expected counts in
tests/unit/services/test_surveys.py were counted by hand from the rows below.
The e-mail addresses and names are fictitious and must never reach the database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data" / "surveys"

# every e-mail address and name in the fixtures (the anonymity test looks for each)
EMAILS = [
    "an.peeters@telenet.be",
    "jan.desmet@gmail.com",
    "els.verhaegen@skynet.be",
    "bart.claes@hotmail.com",
    "sofie.wouters@proximus.be",
    "koen.maes@outlook.be",
    "lies.jacobs@gmail.com",
    "tom.mertens@telenet.be",
]
NAMES = [
    "An Peeters",
    "Jan De Smet",
    "Els Verhaegen",
    "Bart Claes",
    "Sofie Wouters",
    "Koen Maes",
    "Lies Jacobs",
    "Tom Mertens",
]
PHONES = ["0470 12 34 56", "+32 478 65 43 21", "0499/11.22.33", "0486 98 76 54"]

GOOGLE_HEADERS = [
    "Tijdstempel",
    "E-mailadres",
    "In welk BIN woont u?",
    "Hoe tevreden bent u over de werking van het BIN?",
    "Kent u de BIN-coördinator?",
    "Hoe wilt u berichten ontvangen?",
    "Stellingen [De berichten zijn duidelijk]",
    "Stellingen [Ik voel me veiliger]",
    "Hoeveel berichten las u dit jaar?",
    "Opmerkingen",
    "Naam",
]
GOOGLE_ROWS = [
    [
        "2026/10/01 09:12:03 CET",
        EMAILS[0],
        "BIN Erpe-Centrum",
        "Zeer tevreden",
        "Ja",
        "Sms, E-mail",
        "Helemaal eens",
        "Eens",
        "12",
        "Goed initiatief & snelle berichten",
        NAMES[0],
    ],
    [
        "2026/10/01 10:45:51 CET",
        EMAILS[1],
        "BIN Erpe-Centrum",
        "Tevreden",
        "Ja",
        "Sms",
        "Eens",
        "Eens",
        "8",
        "",
        NAMES[1],
    ],
    [
        "2026/10/02 18:03:17 CET",
        EMAILS[2],
        "BIN Lede-Oordegem",
        "Neutraal",
        "Nee",
        "Brief, in de bus",
        "Neutraal",
        "Oneens",
        "3",
        "Meer info over <b>inbraken</b> graag",
        NAMES[2],
    ],
    [
        "2026/10/03 07:30:00 CET",
        EMAILS[3],
        "BIN Lede-Oordegem",
        "Ontevreden",
        "Nee",
        "E-mail, Brief, in de bus",
        "Oneens",
        "Helemaal oneens",
        "0",
        "Té weinig controle",
        NAMES[3],
    ],
    [
        "2026/10/03 21:14:09 CET",
        EMAILS[4],
        "BIN Erpe-Centrum",
        "Weet niet / geen mening",
        "Ja",
        "Sms, Brief, in de bus",
        "Helemaal eens",
        "Neutraal",
        "15",
        "",
        NAMES[4],
    ],
    [
        "2026/10/05 12:00:45 CET",
        EMAILS[5],
        "BIN Mere",
        "Tevreden",
        "Ja",
        "E-mail",
        "Eens",
        "Eens",
        "10",
        "Bedankt aan de coördinator!",
        NAMES[5],
    ],
    [
        "2026/10/06 16:20:33 CET",
        EMAILS[6],
        "BIN Mere",
        "Zeer tevreden",
        "Nee",
        "Sms, E-mail",
        "Eens",
        "Weet niet / geen mening",
        "9,5",
        "",
        NAMES[6],
    ],
    [
        "2026/10/07 08:05:12 CET",
        EMAILS[7],
        "BIN Erpe-Centrum",
        "Tevreden",
        "Ja",
        "Sms",
        "Helemaal eens",
        "Eens",
        "20",
        "Mail me: tom.mertens@telenet.be",
        NAMES[7],
    ],
]

MS_HEADERS = [
    "ID",
    "Begintijd",
    "Tijd van voltooien",
    "E-mail",
    "Uw BIN",
    "De BIN-berichten komen op tijd",
    "Ik weet wat ik moet doen bij een verdachte situatie",
    "Naam",  # Forms reorders columns: never read by position
    "Welke onderwerpen wilt u in de nieuwsbrief?",
    "Rangschik de kanalen",
    "Geef de werking van het BIN een cijfer",
    "Wat kan beter?",
    "Tijd van laatste wijziging",
]
_T0 = dt.datetime(2026, 10, 12, 9, 0, 0)
MS_ROWS = [
    [
        1,
        0,
        EMAILS[0],
        "Erpe-Centrum",
        "Helemaal eens",
        "Eens",
        NAMES[0],
        "Inbraakpreventie;Fietsdiefstal;",
        "Sms;E-mail;Nieuwsbrief;",
        8,
        "Niets, prima zo",
    ],
    [
        2,
        1,
        EMAILS[1],
        "Erpe-Centrum",
        "Eens",
        "Eens",
        NAMES[1],
        "Inbraakpreventie;",
        "E-mail;Sms;Nieuwsbrief;",
        7,
        "",
    ],
    [
        3,
        2,
        EMAILS[2],
        "Lede-Oordegem",
        "Neutraal",
        "Helemaal eens",
        NAMES[2],
        "Fietsdiefstal;Oplichting via telefoon;",
        "Sms;Nieuwsbrief;E-mail;",
        6,
        "Sneller melden bij <b>verdachte</b> wagens & personen",
    ],
    [
        4,
        3,
        EMAILS[3],
        "Lede-Oordegem",
        "Oneens",
        "Weet niet / geen mening",
        NAMES[3],
        "Inbraakpreventie;Oplichting via telefoon;Fietsdiefstal;",
        "Nieuwsbrief;Sms;E-mail;",
        5,
        "Bel me op 0470 12 34 56",
    ],
    [
        5,
        4,
        EMAILS[4],
        "Mere",
        "Eens",
        "Oneens",
        NAMES[4],
        "Oplichting via telefoon;",
        "Sms;E-mail;Nieuwsbrief;",
        9,
        "",
    ],
    [
        6,
        5,
        EMAILS[5],
        "Mere",
        "Helemaal eens",
        "Eens",
        NAMES[5],
        "Inbraakpreventie;Fietsdiefstal;",
        "Sms;E-mail;Nieuwsbrief;",
        10,
        "Meer over oplichting",
    ],
]

LIME_HEADERS = [
    "id",
    "submitdate",
    "lastpage",
    "startlanguage",
    "seed",
    "startdate",
    "datestamp",
    "ipaddr",
    "In welk BIN woont u?",
    "Hoe vaak leest u de BIN-berichten?",
    "Via welke kanalen hoort u van het BIN? [Sms]",
    "Via welke kanalen hoort u van het BIN? [E-mail]",
    "Via welke kanalen hoort u van het BIN? [Website van de zone]",
    "Vindt u het BIN nuttig?",
    "Uw e-mailadres (als u wilt dat we u contacteren)",
    "Wat wilt u nog kwijt?",
]
LIME_ROWS = [
    [
        "1",
        "2026-10-20 10:01:02",
        "3",
        "nl",
        "123456",
        "2026-10-20 09:58:00",
        "2026-10-20 10:01:02",
        "81.82.83.84",
        "Erpe-Centrum",
        "Altijd",
        "Ja",
        "Ja",
        "",
        "Ja",
        EMAILS[0],
        "Fijn dat de politie dit doet",
    ],
    [
        "2",
        "2026-10-20 11:15:40",
        "3",
        "nl",
        "234567",
        "2026-10-20 11:10:00",
        "2026-10-20 11:15:40",
        "91.92.93.94",
        "Erpe-Centrum",
        "Vaak",
        "Ja",
        "",
        "",
        "Ja",
        "",
        "",
    ],
    [
        "3",
        "2026-10-21 19:40:00",
        "3",
        "nl",
        "345678",
        "2026-10-21 19:35:10",
        "2026-10-21 19:40:00",
        "101.102.103.104",
        "Lede-Oordegem",
        "Soms",
        "",
        "Ja",
        "Ja",
        "Nee",
        EMAILS[2],
        "Graag <b>meer</b> uitleg & tips",
    ],
    [
        "4",
        "",
        "1",
        "nl",
        "456789",
        "2026-10-22 08:00:00",
        "2026-10-22 08:01:00",
        "111.112.113.114",
        "Mere",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ],  # incomplete: no submitdate
    [
        "5",
        "2026-10-22 20:20:20",
        "3",
        "nl",
        "567890",
        "2026-10-22 20:15:00",
        "2026-10-22 20:20:20",
        "121.122.123.124",
        "Mere",
        "Zelden",
        "Ja",
        "",
        "",
        "Ja",
        EMAILS[4],
        "",
    ],
    [
        "6",
        "2026-10-23 06:45:00",
        "3",
        "nl",
        "678901",
        "2026-10-23 06:40:00",
        "2026-10-23 06:45:00",
        "131.132.133.134",
        "Lede-Oordegem",
        "Altijd",
        "",
        "Ja",
        "",
        "Ja",
        "",
        "Weet niet wie mijn coördinator is",
    ],
]

PLAIN_HEADERS = ["Naam", "Gemeente", "Tevredenheid (1-5)", "Contact", "Opmerking"]
PLAIN_ROWS = [
    [NAMES[0], "Erpe-Mere", "4", PHONES[0], "Prima werking, ook in Ottergem"],
    [NAMES[1], "Lede", "5", PHONES[1], "Snelle reactie bij de inbraak in de Kerkstraat"],
    [NAMES[2], "Lede", "2", PHONES[2], "Te weinig communicatie over de resultaten"],
    [NAMES[3], "Erpe-Mere", "3", PHONES[3], "Geen opmerkingen, alles oké"],
    [NAMES[4], "Erpe-Mere", "4", "", "Zeer goed, één keer te laat"],
]

# the breakdown fixture: BIN C has 3 responses
BY_BIN_HEADERS = ["BIN", "Tevredenheid", "Kent u de coördinator?"]
BY_BIN_ROWS = (
    [
        ["BIN A", s, k]
        for s, k in [
            ("Tevreden", "Ja"),
            ("Zeer tevreden", "Ja"),
            ("Tevreden", "Nee"),
            ("Neutraal", "Ja"),
            ("Tevreden", "Ja"),
            ("Ontevreden", "Nee"),
            ("Zeer tevreden", "Ja"),
        ]
    ]
    + [
        ["BIN B", s, k]
        for s, k in [
            ("Tevreden", "Ja"),
            ("Neutraal", "Nee"),
            ("Tevreden", "Ja"),
            ("Zeer tevreden", "Ja"),
            ("Ontevreden", "Nee"),
            ("Tevreden", "Ja"),
        ]
    ]
    + [
        ["BIN C", s, k]
        for s, k in [("Zeer ontevreden", "Nee"), ("Ontevreden", "Nee"), ("Zeer ontevreden", "Ja")]
    ]
)


def _csv(headers: list[str], rows: list[list[str]], **kw: object) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, **kw)  # type: ignore[arg-type]
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue()


def google_csv() -> bytes:
    # Google: UTF-8 without BOM, ',' separated, quoted only when needed, CRLF
    return _csv(GOOGLE_HEADERS, GOOGLE_ROWS).encode("utf-8")


def limesurvey_csv() -> bytes:
    # LimeSurvey: UTF-8 with BOM, ';' separated, every field quoted, CRLF
    text = _csv(LIME_HEADERS, LIME_ROWS, delimiter=";", quoting=csv.QUOTE_ALL)
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def plain_cp1252_csv() -> bytes:
    # what Belgian Excel writes as "CSV (gescheiden door lijstscheidingsteken)"
    return _csv(PLAIN_HEADERS, PLAIN_ROWS, delimiter=";").encode("cp1252")


def by_bin_csv() -> bytes:
    return _csv(BY_BIN_HEADERS, BY_BIN_ROWS, delimiter=";").encode("utf-8")


def ms_forms_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Form1"
    sheet.append(MS_HEADERS)
    workbook.properties.created = workbook.properties.modified = _T0
    for number, minutes, email, *answers, modified in _ms_rows():
        start = _T0 + dt.timedelta(hours=minutes * 5)
        done = start + dt.timedelta(minutes=4, seconds=17 * (number % 3))
        sheet.append([number, start, done, email, *answers, modified])
    for column in ("B", "C", "M"):
        for cell in sheet[column][1:]:
            cell.number_format = "m/d/yy h:mm:ss"
    workbook.save(path)


def _ms_rows() -> list[list[object]]:
    rows = []
    for number, minutes, email, bin_, s1, s2, name, topics, ranking, mark, text in MS_ROWS:
        rows.append(
            [
                number,
                minutes,
                email,
                bin_,
                s1,
                s2,
                name,
                topics,
                ranking,
                mark,
                text,
                _T0 + dt.timedelta(hours=int(str(minutes)) * 5, minutes=10),
            ]
        )
    return rows


def write_all(folder: Path = HERE) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "google_forms.csv": google_csv(),
        "limesurvey.csv": limesurvey_csv(),
        "plain_cp1252.csv": plain_cp1252_csv(),
        "by_bin.csv": by_bin_csv(),
    }
    written = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        written.append(folder / name)
    ms_forms_xlsx(folder / "microsoft_forms.xlsx")
    written.append(folder / "microsoft_forms.xlsx")
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path)
