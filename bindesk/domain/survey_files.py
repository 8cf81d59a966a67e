"""Survey export files: read them, recognise the tool, drop what identifies, infer the questions.

Pure: everything works on the bytes or rows it is given. The files are what the zone
downloads from Microsoft Forms (XLSX), Google Forms (CSV), LimeSurvey (CSV/XLSX, "full
question text / full answers") or a plain sheet with one column per question.

Anonymity comes first: metadata, e-mail, name, IP, token and referrer columns, and any
column whose values look like e-mail addresses or phone numbers, are dropped here, before
anything could be stored; e-mail addresses and phone numbers typed inside an answer are
replaced by ``[verwijderd]``.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import hashlib
import hmac
import io
import json
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bindesk.domain.errors import InvalidInput

MAX_ROWS = 100_000
REDACTED = "[verwijderd]"

QUESTION_TYPES = ("single", "likert", "yesno", "multiple", "ranking", "number", "text")
TYPE_LABELS_NL = {
    "single": "één keuze",
    "likert": "schaal (Likert)",
    "yesno": "ja/nee",
    "multiple": "meerkeuze",
    "ranking": "rangschikking",
    "number": "getal",
    "text": "vrije tekst",
}


class SourceFormat(enum.StrEnum):
    MICROSOFT_FORMS = "microsoft-forms"
    GOOGLE_FORMS = "google-forms"
    LIMESURVEY = "limesurvey"
    PLAIN = "plain"


FORMAT_LABELS_NL = {
    SourceFormat.MICROSOFT_FORMS: "Microsoft Forms",
    SourceFormat.GOOGLE_FORMS: "Google Forms",
    SourceFormat.LIMESURVEY: "LimeSurvey",
    SourceFormat.PLAIN: "gewone tabel",
}


def norm_header(text: str) -> str:
    """'Tijd van voltooien' -> 'tijdvanvoltooien'; 'E-mail' -> 'email' (accents dropped)."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lstrip("\ufeff").casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def norm_answer(text: str) -> str:
    """Compare answers case- and space-insensitively: ' Zeer  Tevreden.' -> 'zeer tevreden'."""
    return " ".join(text.casefold().split()).strip(" .")


# --- columns that never reach the database ------------------------------------------------

# normalised header -> why it is dropped
_META = "metagegevens van het formulier"
_TIME = "tijdstip van indienen (alleen gebruikt om dubbele antwoorden te herkennen)"
DROPPED_HEADERS: dict[str, str] = {
    **dict.fromkeys(
        [
            "id",
            "antwoordid",
            "responseid",
            "begintijd",
            "starttime",
            "tijdvanlaatstewijziging",
            "lastmodifiedtime",
            "lastpage",
            "laatstepagina",
            "startlanguage",
            "starttaal",
            "seed",
            "startdate",
            "startdatum",
            "datestamp",
            "datumlaatsteactie",
        ],
        _META,
    ),
    **dict.fromkeys(
        [
            "submitdate",
            "datumverstuurd",
            "tijdvanvoltooien",
            "completiontime",
            "tijdstempel",
            "timestamp",
        ],
        _TIME,
    ),
    **dict.fromkeys(
        ["email", "emailadres", "emailaddress", "mail", "mailadres", "eposta"],
        "e-mailadres van de invuller",
    ),
    **dict.fromkeys(
        [
            "naam",
            "name",
            "voornaam",
            "achternaam",
            "familienaam",
            "volledigenaam",
            "fullname",
            "firstname",
            "lastname",
            "respondent",
        ],
        "naam van de invuller",
    ),
    **dict.fromkeys(["ipaddr", "ipadres", "ipaddress", "ip"], "IP-adres van de invuller"),
    **dict.fromkeys(["token", "toegangscode"], "persoonlijke toegangscode (token)"),
    **dict.fromkeys(["refurl", "verwijzendeurl", "referrer"], "verwijzende webpagina"),
    **dict.fromkeys(
        ["telefoon", "telefoonnummer", "gsm", "gsmnummer", "mobiel", "phone"],
        "telefoonnummer van de invuller",
    ),
}
SUBMIT_TIME_HEADERS = frozenset(h for h, why in DROPPED_HEADERS.items() if why == _TIME)

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<![\w])(?:\+|00)?\d(?:[\s./-]?\d){7,13}(?![\w])")


def _looks_like_email(value: str) -> bool:
    return EMAIL_RE.fullmatch(value.strip()) is not None


def _looks_like_phone(value: str) -> bool:
    v = value.strip()
    return PHONE_RE.fullmatch(v) is not None and sum(c.isdigit() for c in v) >= 9


def redact(text: str) -> tuple[str, int]:
    """Replace e-mail addresses and phone numbers inside an answer; return (text, how many)."""
    text, emails = EMAIL_RE.subn(REDACTED, text)

    def phone(match: re.Match[str]) -> str:
        return REDACTED if sum(c.isdigit() for c in match.group(0)) >= 9 else match.group(0)

    redacted, _ = PHONE_RE.subn(phone, text)
    phones = redacted.count(REDACTED) - text.count(REDACTED)
    return redacted, emails + phones


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    """A file as read: headers and data rows, every cell a string."""

    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""
    delimiter: str = ""


def read_sheet(raw: bytes, filename: str = "") -> Sheet:
    """Read CSV or XLSX bytes; raise :class:`InvalidInput` (Dutch) when they cannot be read."""
    if not raw.strip():
        raise InvalidInput("Het bestand is leeg. Kies het exportbestand van de enquête.")
    if raw[:4] == b"PK\x03\x04" or filename.lower().endswith((".xlsx", ".xlsm")):
        return _read_xlsx(raw)
    if filename.lower().endswith(".xls") or raw[:4] == b"\xd0\xcf\x11\xe0":
        raise InvalidInput(
            "Oude Excel-bestanden (.xls) worden niet gelezen. Open het bestand in Excel en "
            "bewaar het als .xlsx of als CSV."
        )
    return _read_csv(raw)


def _decode(raw: bytes) -> tuple[str, str]:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16"), "utf-16"
    if b"\x00" in raw[:4096]:
        raise InvalidInput(
            "Dit bestand is geen CSV- of Excel-bestand. Download de antwoorden opnieuw als "
            "CSV of .xlsx en probeer opnieuw."
        )
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line (outside quotes) into the most fields."""
    first = next(iter(text.splitlines()), "")
    best, best_fields = ",", 0
    for candidate in (";", ",", "\t"):
        try:
            fields = len(next(csv.reader([first], delimiter=candidate)))
        except (csv.Error, StopIteration):
            continue
        if fields > best_fields:
            best, best_fields = candidate, fields
    return best


def _read_csv(raw: bytes) -> Sheet:
    text, encoding = _decode(raw)
    if not text.strip():
        raise InvalidInput("Het bestand is leeg. Kies het exportbestand van de enquête.")
    delimiter = _sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise InvalidInput(
            f"Het CSV-bestand is beschadigd ({exc}). Download de antwoorden opnieuw en "
            "probeer opnieuw."
        ) from None
    return _sheet(rows, encoding, delimiter)


def _read_xlsx(raw: bytes) -> Sheet:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise InvalidInput(
            f"Het Excel-bestand kan niet gelezen worden ({exc.__class__.__name__}). Open het "
            "in Excel, bewaar het opnieuw als .xlsx en probeer opnieuw."
        ) from None
    try:
        sheet = workbook.active if workbook.active is not None else workbook.worksheets[0]
        rows = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _sheet(rows, "xlsx", "")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _sheet(rows: list[list[str]], encoding: str, delimiter: str) -> Sheet:
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise InvalidInput("Het bestand is leeg. Kies het exportbestand van de enquête.")
    headers = [h.strip().lstrip("\ufeff").strip() for h in rows[0]]
    width = len(headers)
    data = [(r + [""] * width)[:width] for r in rows[1:] if any(c.strip() for c in r)]
    if len(data) > MAX_ROWS:
        raise InvalidInput(f"Het bestand heeft meer dan {MAX_ROWS} antwoorden; splits het op.")
    return Sheet(headers=headers, rows=data, encoding=encoding, delimiter=delimiter)


def detect_format(headers: Sequence[str]) -> SourceFormat:
    names = {norm_header(h) for h in headers}
    if {"submitdate", "lastpage"} <= names or {"submitdate", "startlanguage"} <= names:
        return SourceFormat.LIMESURVEY
    if (
        "id" in names
        and names & {"begintijd", "starttime"}
        and names
        & {
            "tijdvanvoltooien",
            "completiontime",
        }
    ):
        return SourceFormat.MICROSOFT_FORMS
    if names & {"tijdstempel", "timestamp"}:
        return SourceFormat.GOOGLE_FORMS
    return SourceFormat.PLAIN


# --- scales and answer kinds --------------------------------------------------------------

SCALES: tuple[tuple[str, ...], ...] = (
    ("Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden"),
    ("Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"),
    ("Helemaal niet akkoord", "Niet akkoord", "Neutraal", "Akkoord", "Helemaal akkoord"),
    ("Nooit", "Zelden", "Soms", "Vaak", "Altijd"),
)
# other spellings of a middle point: same position as "Neutraal"
_MIDDLE = {
    "noch tevreden, noch ontevreden",
    "niet tevreden, niet ontevreden",
    "niet tevreden en niet ontevreden",
    "noch eens, noch oneens",
    "niet eens, niet oneens",
    "niet eens en niet oneens",
    "noch akkoord, noch niet akkoord",
    "neutraal",
}
DONT_KNOW = frozenset(
    norm_answer(v)
    for v in (
        "Weet niet",
        "Weet ik niet",
        "Geen mening",
        "Weet niet / geen mening",
        "Weet niet/geen mening",
        "Weet niet / Geen mening",
        "Geen idee",
        "N.v.t.",
        "Nvt",
        "Niet van toepassing",
        "Don't know",
        "No opinion",
        "Not applicable",
    )
)
YES = frozenset({"ja", "yes", "y", "j"})
NO = frozenset({"nee", "no", "n", "neen"})
MULTI_TICKED = frozenset({"ja", "y", "yes", "1", "x", "waar", "true"})


def is_dont_know(value: str) -> bool:
    return norm_answer(value) in DONT_KNOW


def scale_position(value: str, options: Sequence[str]) -> int | None:
    """1-based position of an answer on a Likert scale, None for 'weet niet' or off-scale."""
    n = norm_answer(value)
    for index, option in enumerate(options, start=1):
        if norm_answer(option) == n:
            return index
    if n in _MIDDLE and len(options) % 2 == 1:
        return len(options) // 2 + 1
    return None


def parse_number(value: str) -> float | None:
    text = value.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def _match_scale(distinct: Sequence[str]) -> tuple[str, ...] | None:
    """The scale every (non 'weet niet') answer is on, with labels as spelled in the file."""
    values = [v for v in distinct if not is_dont_know(v)]
    if len({norm_answer(v) for v in values}) < 2:
        return None
    for scale in SCALES:
        if all(scale_position(v, scale) is not None for v in values):
            spelled = {scale_position(v, scale): v.strip() for v in reversed(values)}
            return tuple(spelled.get(i, label) for i, label in enumerate(scale, start=1))
    numbers = [parse_number(v) for v in values]
    if all(x is not None and x.is_integer() for x in numbers):
        ints = [int(x) for x in numbers if x is not None]
        if min(ints) >= 1 and max(ints) <= 5:
            return tuple(str(i) for i in range(1, 6))
        if min(ints) >= 1 and max(ints) <= 10:
            return tuple(str(i) for i in range(1, 11))
    return None


# --- questions ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DroppedColumn:
    header: str
    reason: str


@dataclass
class Question:
    """One question as imported. ``options``: the scale in order (likert), the options seen
    (single, multiple, ranking, yesno); ``columns``: the file's columns it was read from."""

    title: str
    type: str
    columns: tuple[int, ...]
    options: list[str] = field(default_factory=list)
    split: str = ""  # how a multiple/ranking cell is joined: ";", ", " or "columns"
    inferred: str = ""  # what type inference said before an override


Answer = str | list[str]


@dataclass
class SurveyFile:
    """What the import would store: questions, anonymous answers, and what was dropped."""

    format: SourceFormat
    questions: list[Question]
    dropped: list[DroppedColumn]
    responses: list[tuple[str, list[Answer]]]  # (submit time, one answer per question)
    incomplete: int = 0  # LimeSurvey rows without submitdate: skipped
    redacted: int = 0  # e-mail addresses / phone numbers removed from answers
    headers: list[str] = field(default_factory=list)


_BRACKET = re.compile(r"^(?P<q>.*\S)\s*\[(?P<o>[^\[\]]+)\]$")


def _classify(
    headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> tuple[list[int], list[DroppedColumn], int | None]:
    """Kept column indexes, dropped columns with their reason, the submit-time column."""
    kept: list[int] = []
    dropped: list[DroppedColumn] = []
    submit: int | None = None
    for index, header in enumerate(headers):
        key = norm_header(header)
        values = [r[index].strip() for r in rows if r[index].strip()]
        if not header.strip():
            if values:
                dropped.append(DroppedColumn(f"kolom {index + 1}", "kolom zonder titel"))
            continue
        if key in DROPPED_HEADERS:
            dropped.append(DroppedColumn(header, DROPPED_HEADERS[key]))
            if key in SUBMIT_TIME_HEADERS and submit is None:
                submit = index
            continue
        if values and sum(map(_looks_like_email, values)) * 2 >= len(values):
            dropped.append(DroppedColumn(header, "de antwoorden zijn e-mailadressen"))
            continue
        if values and sum(map(_looks_like_phone, values)) * 2 >= len(values):
            dropped.append(DroppedColumn(header, "de antwoorden zijn telefoonnummers"))
            continue
        if not values:
            dropped.append(DroppedColumn(header, "niemand heeft deze vraag beantwoord"))
            continue
        kept.append(index)
    return kept, dropped, submit


def _segment(cell: str, atoms: set[str]) -> list[str] | None:
    """Split a Google checkbox cell 'a, b, c' into known options (an option may hold ', ')."""
    pieces = cell.split(", ")
    best: list[list[str] | None] = [None] * (len(pieces) + 1)
    best[0] = []
    for end in range(1, len(pieces) + 1):
        for start in range(end):
            head = best[start]
            joined = ", ".join(pieces[start:end])
            if head is not None and joined in atoms:
                candidate = [*head, joined]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[len(pieces)]


def _segment_loose(cell: str, atoms: set[str]) -> tuple[int, list[str]] | None:
    """Like :func:`_segment`, but a single piece may be an option never seen alone; returns
    (how many pieces were unknown, the parts), fewest unknown pieces first."""
    pieces = cell.split(", ")
    best: list[tuple[int, list[str]] | None] = [None] * (len(pieces) + 1)
    best[0] = (0, [])
    for end in range(1, len(pieces) + 1):
        for start in range(end):
            head = best[start]
            if head is None:
                continue
            joined = ", ".join(pieces[start:end])
            if joined in atoms:
                candidate = (head[0], [*head[1], joined])
            elif end - start == 1:
                candidate = (head[0] + 1, [*head[1], joined])
            else:
                continue
            current = best[end]
            if current is None or (candidate[0], len(candidate[1])) < (
                current[0],
                len(current[1]),
            ):
                best[end] = candidate
    return best[len(pieces)]


def _comma_atoms(values: Sequence[str]) -> set[str]:
    """Options of a ', '-joined column: the cells that are not themselves a join of others.

    A cell that is mostly known options plus one never seen alone ('Sms, E-mail, Website')
    is split too, and the new option is known from then on (until nothing changes)."""
    distinct = set(values)
    atoms = set()
    for value in distinct:
        split = _segment(value, distinct - {value}) if ", " in value else None
        if split is None or len(split) < 2:
            atoms.add(value)
    changed = True
    while changed:
        changed = False
        for value in sorted(a for a in atoms if ", " in a):
            found = _segment_loose(value, atoms - {value})
            if found is None or len(found[1]) < 2:
                continue
            unknown, parts = found
            if len(parts) - unknown > unknown:
                atoms.discard(value)
                atoms.update(parts)
                changed = True
                break
    return atoms


_OPEN_WORDS = ("opmerking", "toelichting", "suggestie", "waarom", "kan beter", "commentaar")


def _open_title(title: str) -> bool:
    folded = title.casefold()
    return any(word in folded for word in _OPEN_WORDS)


def _infer(values: Sequence[str], fmt: SourceFormat, title: str = "") -> tuple[str, list[str], str]:
    """(type, options, split) for one column's non-empty values."""
    distinct = list(dict.fromkeys(v.strip() for v in values))
    if any(v.endswith(";") for v in values) or (
        fmt is SourceFormat.MICROSOFT_FORMS and any(";" in v for v in values)
    ):
        lists = [[p.strip() for p in v.split(";") if p.strip()] for v in values]
        options = list(dict.fromkeys(p for lst in lists for p in lst))
        sets = {frozenset(lst) for lst in lists}
        orders = {tuple(lst) for lst in lists}
        if (
            len(sets) == 1
            and len(options) >= 2
            and len(orders) >= 2
            and all(len(lst) == len(options) for lst in lists)
        ):
            return "ranking", options, ";"
        return "multiple", options, ";"
    norms = {norm_answer(v) for v in distinct if not is_dont_know(v)}
    if norms and norms <= (YES | NO) and norms & YES and len(norms) <= 2:
        return "yesno", _yesno_options(distinct), ""
    scale = _match_scale(distinct)
    if scale is not None:
        return "likert", list(scale), ""
    numbers = [parse_number(v) for v in values if not is_dont_know(v)]
    if numbers and all(x is not None for x in numbers):
        return "number", [], ""
    if fmt is SourceFormat.GOOGLE_FORMS and any(", " in v for v in distinct):
        atoms = _comma_atoms(distinct)
        if any(v not in atoms for v in distinct):
            ordered = list(dict.fromkeys(a for v in distinct for a in _segment(v, atoms) or [v]))
            return "multiple", ordered, ", "
    # a closed question: few distinct short answers, at least a third of them repeats,
    # and not titled as an open question ('Opmerkingen', 'Wat kan beter?')
    repeats = len(values) - len(distinct)
    average = sum(map(len, distinct)) / len(distinct) if distinct else 0
    if (
        len(distinct) <= 15
        and repeats * 3 >= len(values)
        and all(len(v) <= 60 for v in distinct)
        and average <= 30
        and not _open_title(title)
    ):
        return "single", distinct, ""
    return "text", [], ""


def _yesno_options(distinct: Sequence[str]) -> list[str]:
    yes = next((v for v in distinct if norm_answer(v) in YES), "Ja")
    no = next((v for v in distinct if norm_answer(v) in NO), "Nee")
    return [yes, no]


def _questions(
    headers: Sequence[str], rows: Sequence[Sequence[str]], kept: Sequence[int], fmt: SourceFormat
) -> list[Question]:
    """Group LimeSurvey/Google 'Vraag [Optie]' tick columns; infer every other column."""
    questions: list[Question] = []
    groups: dict[str, list[int]] = {}
    for index in kept:
        match = _BRACKET.match(headers[index])
        ticks = {norm_answer(r[index]) for r in rows if r[index].strip()}
        if match and ticks and ticks <= MULTI_TICKED:
            groups.setdefault(match.group("q"), []).append(index)
    grouped = {i for cols in groups.values() if len(cols) >= 2 for i in cols}
    seen_groups: set[str] = set()
    for index in kept:
        if index in grouped:
            match = _BRACKET.match(headers[index])
            assert match is not None
            title = match.group("q")
            if title not in seen_groups:
                seen_groups.add(title)
                cols = groups[title]
                options = [_BRACKET.match(headers[c]).group("o").strip() for c in cols]  # type: ignore[union-attr]
                questions.append(Question(title, "multiple", tuple(cols), options, "columns"))
            continue
        values = [r[index].strip() for r in rows if r[index].strip()]
        kind, options, split = _infer(values, fmt, headers[index])
        questions.append(Question(headers[index].strip(), kind, (index,), options, split))
    for q in questions:
        q.inferred = q.type
    titles = Counter(q.title for q in questions)
    for title, count in titles.items():
        if count > 1:
            raise InvalidInput(
                f"De vraag '{title}' staat {count} keer in het bestand. Geef elke vraag een "
                "eigen titel en probeer opnieuw."
            )
    return questions


def parse_type_overrides(specs: Sequence[str]) -> dict[str, str]:
    """'Vraag=likert' (as given on the command line) -> {'Vraag': 'likert'}."""
    overrides: dict[str, str] = {}
    for spec in specs:
        title, sep, kind = spec.rpartition("=")
        if not sep or not title.strip():
            raise InvalidInput(
                f'\'{spec}\' is geen geldig type. Schrijf "Vraag=type", bv. "Tevredenheid=likert".'
            )
        overrides[title.strip()] = kind.strip().lower()
    return overrides


def _apply_override(q: Question, kind: str, values: Sequence[str]) -> None:
    if kind not in QUESTION_TYPES:
        raise InvalidInput(
            f"Onbekend type '{kind}' voor '{q.title}'. Kies uit: {', '.join(QUESTION_TYPES)}."
        )
    if kind == q.type:
        return
    if q.split == "columns" and kind != "multiple":
        raise InvalidInput(
            f"'{q.title}' staat als één kolom per optie in het bestand en kan alleen "
            "'multiple' zijn."
        )
    distinct = list(dict.fromkeys(values))
    q.split = ""
    if kind == "likert":
        scale = _match_scale(distinct)
        if scale is None:
            raise InvalidInput(
                f"De antwoorden op '{q.title}' passen op geen gekende schaal (zeer ontevreden … "
                "zeer tevreden, helemaal oneens … helemaal eens, nooit … altijd, 1–5, 1–10). "
                "Kies een ander type."
            )
        q.options = list(scale)
    elif kind == "yesno":
        if not {norm_answer(v) for v in distinct if not is_dont_know(v)} <= YES | NO:
            raise InvalidInput(f"De antwoorden op '{q.title}' zijn niet alleen ja of nee.")
        q.options = _yesno_options(distinct)
    elif kind == "number":
        bad = [v for v in distinct if not is_dont_know(v) and parse_number(v) is None]
        if bad:
            raise InvalidInput(f"'{q.title}' bevat antwoorden die geen getal zijn, bv. '{bad[0]}'.")
        q.options = []
    elif kind in ("multiple", "ranking"):
        q.split = ";" if any(";" in v for v in distinct) else ", "
        if q.split == ";":
            parts = [p.strip() for v in distinct for p in v.split(";") if p.strip()]
        else:
            atoms = _comma_atoms(distinct)
            parts = [a for v in distinct for a in (_segment(v, atoms) or [v])]
        q.options = list(dict.fromkeys(parts))
    elif kind == "single":
        q.options = distinct
    else:
        q.options = []
    q.type = kind


def _cell_answer(q: Question, row: Sequence[str], atoms: set[str]) -> tuple[Answer, int]:
    """One response's answer to a question (after redaction), and how many redactions."""
    if q.split == "columns":
        ticked = [
            opt
            for opt, c in zip(q.options, q.columns, strict=True)
            if norm_answer(row[c]) in MULTI_TICKED
        ]
        return ticked, 0
    value, redactions = redact(row[q.columns[0]].strip())
    if q.type in ("multiple", "ranking"):
        if not value:
            return [], redactions
        if q.split == ";":
            return [p.strip() for p in value.split(";") if p.strip()], redactions
        return (_segment(value, atoms) or [value]), redactions
    return value, redactions


def analyse(sheet: Sheet, overrides: Mapping[str, str] | None = None) -> SurveyFile:
    """Recognise the tool, drop identifying columns, infer questions, read the answers."""
    fmt = detect_format(sheet.headers)
    kept, dropped, submit = _classify(sheet.headers, sheet.rows)
    rows = sheet.rows
    incomplete = 0
    if fmt is SourceFormat.LIMESURVEY and submit is not None:
        complete = [r for r in rows if r[submit].strip()]
        incomplete = len(rows) - len(complete)
        rows = complete
    if not kept:
        raise InvalidInput(
            "Het bestand bevat geen kolommen met vragen (alleen metagegevens of persoonlijke "
            "gegevens). Kies het exportbestand met de antwoorden."
        )
    questions = _questions(sheet.headers, rows, kept, fmt)
    overrides = dict(overrides or {})
    by_title = {q.title: q for q in questions}
    for title, kind in overrides.items():
        q = by_title.get(title)
        if q is None:
            raise InvalidInput(
                f"Er is geen vraag '{title}' in het bestand. Vragen: " + "; ".join(by_title)
            )
        _apply_override(q, kind, [r[q.columns[0]].strip() for r in rows if r[q.columns[0]].strip()])
    responses: list[tuple[str, list[Answer]]] = []
    redacted = 0
    atoms = {id(q): set(q.options) for q in questions if q.split == ", "}
    for row in rows:
        answers: list[Answer] = []
        for q in questions:
            answer, count = _cell_answer(q, row, atoms.get(id(q), set()))
            redacted += count
            answers.append(answer)
        if any(answers):
            responses.append((row[submit].strip() if submit is not None else "", answers))
    for q in questions:  # text answers are kept apart; single options as stored
        if q.type == "text":
            q.options = []
    return SurveyFile(
        format=fmt,
        questions=questions,
        dropped=dropped,
        responses=responses,
        incomplete=incomplete,
        redacted=redacted,
        headers=list(sheet.headers),
    )


# --- de-duplication -----------------------------------------------------------------------


def response_digests(key: bytes, responses: Sequence[tuple[str, Sequence[Answer]]]) -> list[str]:
    """One keyed digest per response: HMAC-SHA256 of (submit time, answers, occurrence).

    The occurrence number counts identical (time, answers) rows before this one, so two
    people who gave the same answers (a plain sheet has no time) stay two responses, and a
    later export that contains the earlier rows yields the same digests for them.
    """
    seen: Counter[str] = Counter()
    digests: list[str] = []
    for submitted, answers in responses:
        payload = json.dumps([submitted, list(answers)], ensure_ascii=False, sort_keys=True)
        occurrence = seen[payload]
        seen[payload] += 1
        message = f"{payload}\x1f{occurrence}".encode()
        digests.append(hmac.new(key, message, hashlib.sha256).hexdigest())
    return digests
