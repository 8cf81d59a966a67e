"""Importing the files the zone really downloads, counted by hand; anonymity; suppression."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, SurveyAnswer, SurveyDigest, SurveyResponse
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.services import surveys
from bindesk.services.operators import Actor, Role
from tests import make_survey_fixtures as fx

SURVEYS = Path(__file__).parents[2] / "data" / "surveys"
FILES = {
    "google": "google_forms.csv",
    "ms": "microsoft_forms.xlsx",
    "lime": "limesurvey.csv",
    "plain": "plain_cp1252.csv",
    "by_bin": "by_bin.csv",
}


@pytest.fixture
def officer() -> Actor:
    return Actor("comm1", "Communicatie", Role.COMMUNICATIE)


def fixture_bytes(key: str) -> bytes:
    return (SURVEYS / FILES[key]).read_bytes()


def do_import(db: Database, actor: Actor, key: str, title: str, **kw: Any) -> surveys.ImportResult:
    with db.session() as s:
        return surveys.import_survey(s, actor, fixture_bytes(key), FILES[key], title, **kw)


def by_title(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {q["title"]: q for q in data["questions"]}


def test_the_fixtures_are_what_the_generator_writes(tmp_path: Path) -> None:
    for path in fx.write_all(tmp_path):
        if path.suffix == ".csv":  # the xlsx zip carries timestamps of its own
            assert path.read_bytes() == (SURVEYS / path.name).read_bytes(), path.name


def test_google_forms_csv(db: Database, officer: Actor) -> None:
    result = do_import(db, officer, "google", "Google")
    assert (result.format, result.added, result.already, result.incomplete) == (
        "google-forms",
        8,
        0,
        0,
    )
    assert result.redacted == 1  # the e-mail address typed into a comment
    assert {d.header for d in result.dropped} == {"Tijdstempel", "E-mailadres", "Naam"}
    with db.read_session() as s:
        data = surveys.results(s, "Google")
    assert data["survey"] == "Google" and data["responses"] == 8
    q = by_title(data)
    assert q["In welk BIN woont u?"]["type"] == "single"
    assert q["In welk BIN woont u?"]["counts"] == {
        "BIN Erpe-Centrum": 4,
        "BIN Lede-Oordegem": 2,
        "BIN Mere": 2,
    }
    sat = q["Hoe tevreden bent u over de werking van het BIN?"]
    assert sat["type"] == "likert" and sat["n"] == 8
    assert list(sat["counts"].items()) == [
        ("Zeer ontevreden", 0),
        ("Ontevreden", 1),
        ("Neutraal", 1),
        ("Tevreden", 3),
        ("Zeer tevreden", 2),
        ("Weet niet / geen mening", 1),
    ]
    assert sat["percentages"]["Tevreden"] == 37.5
    assert sat["percentages"]["Weet niet / geen mening"] == 12.5
    assert sat["mean"] == round(27 / 7, 2)  # 'weet niet' is not in the mean
    assert sat["median"] == 4.0
    assert q["Kent u de BIN-coördinator?"]["type"] == "yesno"
    assert q["Kent u de BIN-coördinator?"]["counts"] == {"Ja": 5, "Nee": 3}
    # checkbox answers joined by ', ' while one option holds a comma itself
    channels = q["Hoe wilt u berichten ontvangen?"]
    assert channels["type"] == "multiple" and channels["n"] == 8
    assert channels["counts"] == {"Sms": 5, "E-mail": 4, "Brief, in de bus": 3}
    assert channels["percentages"] == {"Sms": 62.5, "E-mail": 50.0, "Brief, in de bus": 37.5}
    clear = q["Stellingen [De berichten zijn duidelijk]"]
    assert clear["type"] == "likert"
    assert clear["counts"] == {
        "Helemaal oneens": 0,
        "Oneens": 1,
        "Neutraal": 1,
        "Eens": 3,
        "Helemaal eens": 3,
    }
    assert clear["mean"] == 4.0
    safer = q["Stellingen [Ik voel me veiliger]"]
    assert safer["counts"]["Eens"] == 4 and safer["counts"]["Weet niet / geen mening"] == 1
    assert safer["mean"] == round(22 / 7, 2)
    number = q["Hoeveel berichten las u dit jaar?"]
    assert number["type"] == "number" and number["n"] == 8
    assert number["mean"] == round(77.5 / 8, 2) and number["median"] == 9.75
    comments = q["Opmerkingen"]
    assert comments["type"] == "text" and comments["n"] == 5
    assert comments["counts"] == {} and comments["mean"] is None
    assert sorted(comments["texts"]) == sorted(
        [
            "Goed initiatief & snelle berichten",
            "Meer info over <b>inbraken</b> graag",
            "Té weinig controle",
            "Bedankt aan de coördinator!",
            "Mail me: [verwijderd]",
        ]
    )


def test_microsoft_forms_xlsx(db: Database, officer: Actor) -> None:
    result = do_import(db, officer, "ms", "Forms")
    assert (result.format, result.added, result.incomplete, result.redacted) == (
        "microsoft-forms",
        6,
        0,
        1,
    )
    assert {d.header for d in result.dropped} == {
        "ID",
        "Begintijd",
        "Tijd van voltooien",
        "E-mail",
        "Naam",
        "Tijd van laatste wijziging",
    }
    with db.read_session() as s:
        q = by_title(surveys.results(s, "Forms"))
    assert list(q) == [
        "Uw BIN",
        "De BIN-berichten komen op tijd",
        "Ik weet wat ik moet doen bij een verdachte situatie",
        "Welke onderwerpen wilt u in de nieuwsbrief?",
        "Rangschik de kanalen",
        "Geef de werking van het BIN een cijfer",
        "Wat kan beter?",
    ]
    # each Likert statement is its own item titled by the statement
    on_time = q["De BIN-berichten komen op tijd"]
    assert on_time["type"] == "likert"
    assert on_time["counts"] == {
        "Helemaal oneens": 0,
        "Oneens": 1,
        "Neutraal": 1,
        "Eens": 2,
        "Helemaal eens": 2,
    }
    assert on_time["mean"] == round(23 / 6, 2)
    know = q["Ik weet wat ik moet doen bij een verdachte situatie"]
    assert know["n"] == 6 and know["counts"]["Weet niet / geen mening"] == 1
    assert know["mean"] == round(19 / 5, 2)
    topics = q["Welke onderwerpen wilt u in de nieuwsbrief?"]
    assert topics["type"] == "multiple"
    assert topics["counts"] == {
        "Inbraakpreventie": 4,
        "Fietsdiefstal": 4,
        "Oplichting via telefoon": 3,
    }
    assert topics["percentages"]["Oplichting via telefoon"] == 50.0
    ranking = q["Rangschik de kanalen"]
    assert ranking["type"] == "ranking"
    assert ranking["counts"] == {"Sms": 4, "E-mail": 1, "Nieuwsbrief": 1}
    mark = q["Geef de werking van het BIN een cijfer"]
    assert mark["type"] == "likert" and mark["mean"] == 7.5 and mark["median"] == 7.5
    assert list(mark["counts"]) == [str(i) for i in range(1, 11)]
    better = q["Wat kan beter?"]
    assert better["n"] == 4
    assert "Sneller melden bij <b>verdachte</b> wagens & personen" in better["texts"]
    assert "Bel me op [verwijderd]" in better["texts"]


def test_limesurvey_csv(db: Database, officer: Actor) -> None:
    result = do_import(db, officer, "lime", "Lime")
    assert (result.format, result.added, result.incomplete) == ("limesurvey", 5, 1)
    reasons = {d.header: d.reason for d in result.dropped}
    assert reasons["ipaddr"] == "IP-adres van de invuller"
    assert reasons["Uw e-mailadres (als u wilt dat we u contacteren)"] == (
        "de antwoorden zijn e-mailadressen"
    )
    assert {"id", "submitdate", "lastpage", "startlanguage", "seed"} <= set(reasons)
    with db.read_session() as s:
        q = by_title(surveys.results(s, "Lime"))
    assert q["In welk BIN woont u?"]["counts"] == {
        "Erpe-Centrum": 2,
        "Lede-Oordegem": 2,
        "Mere": 1,
    }
    assert q["Hoe vaak leest u de BIN-berichten?"]["counts"] == {
        "Nooit": 0,
        "Zelden": 1,
        "Soms": 1,
        "Vaak": 1,
        "Altijd": 2,
    }
    channels = q["Via welke kanalen hoort u van het BIN?"]  # three [Optie] columns, one question
    assert channels["type"] == "multiple" and channels["n"] == 5
    assert channels["counts"] == {"Sms": 3, "E-mail": 3, "Website van de zone": 1}
    assert q["Vindt u het BIN nuttig?"]["counts"] == {"Ja": 4, "Nee": 1}
    assert q["Wat wilt u nog kwijt?"]["n"] == 3
    assert "Graag <b>meer</b> uitleg & tips" in q["Wat wilt u nog kwijt?"]["texts"]


def test_plain_cp1252_csv(db: Database, officer: Actor) -> None:
    result = do_import(db, officer, "plain", "Gewoon")
    assert (result.format, result.added) == ("plain", 5)
    assert {d.header: d.reason for d in result.dropped} == {
        "Naam": "naam van de invuller",
        "Contact": "de antwoorden zijn telefoonnummers",
    }
    with db.read_session() as s:
        q = by_title(surveys.results(s, "Gewoon"))
    assert q["Gemeente"]["counts"] == {"Erpe-Mere": 3, "Lede": 2}
    assert q["Tevredenheid (1-5)"]["counts"] == {"1": 0, "2": 1, "3": 1, "4": 2, "5": 1}
    assert q["Tevredenheid (1-5)"]["mean"] == 3.6
    assert "Zeer goed, één keer te laat" in q["Opmerking"]["texts"]
    assert "Geen opmerkingen, alles oké" in q["Opmerking"]["texts"]


def test_no_email_name_phone_or_time_anywhere_in_the_database_file(
    db: Database, officer: Actor, db_url: str
) -> None:
    for key in ("google", "ms", "lime", "plain"):
        do_import(db, officer, key, key)
    path = Path(db_url.removeprefix("sqlite:///"))
    blob = b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )
    assert Path(f"{path}-wal").exists()  # the WAL is read too, not only the main file
    secrets = [*fx.EMAILS, *fx.NAMES, *fx.PHONES, "81.82.83.84", "2026-10-20 10:01:02"]
    secrets += [row[0] for row in fx.GOOGLE_ROWS]  # Google timestamps
    for secret in secrets:
        for form in {secret, secret.casefold()}:
            assert form.encode("utf-8") not in blob, secret
            assert form.encode("utf-16-le") not in blob, secret
    # and what is there: answers, but no link between a digest and a response
    with sqlite3.connect(path) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(survey_digests)")}
        assert columns == {"id", "survey_id", "digest"}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(survey_responses)")}
        assert columns == {"id", "survey_id"}


def test_reimport_and_a_later_export_add_only_new_responses(
    db: Database, officer: Actor, tmp_path: Path
) -> None:
    assert do_import(db, officer, "google", "G").added == 8
    again = do_import(db, officer, "google", "G")
    assert (again.added, again.already, again.new_survey) == (0, 8, False)
    later = tmp_path / "later.csv"
    extra = [
        "2026/10/09 11:11:11 CET",
        "nieuw@example.be",
        "BIN Mere",
        "Tevreden",
        "Ja",
        "Sms",
        "Eens",
        "Eens",
        "4",
        "",
        "Nieuwe Invuller",
    ]
    later.write_bytes(fx._csv(fx.GOOGLE_HEADERS, [*fx.GOOGLE_ROWS, extra]).encode())
    with db.session() as s:
        result = surveys.import_survey(s, officer, later.read_bytes(), "later.csv", "G")
    assert (result.added, result.already) == (1, 8)
    with db.read_session() as s:
        assert surveys.results(s, "G")["responses"] == 9
        assert s.scalar(select(func.count()).select_from(SurveyDigest)) == 9
        assert s.scalar(select(func.count()).select_from(SurveyResponse)) == 9


def test_identical_answers_without_a_time_are_two_people(db: Database, officer: Actor) -> None:
    raw = b"Tevredenheid;Opmerking\r\nTevreden;\r\nTevreden;\r\nOntevreden;Te laat\r\n"
    with db.session() as s:
        assert surveys.import_survey(s, officer, raw, "x.csv", "Twee").added == 3
    with db.session() as s:
        assert surveys.import_survey(s, officer, raw, "x.csv", "Twee").added == 0


def test_dry_run_writes_nothing(db: Database, officer: Actor) -> None:
    result = do_import(db, officer, "lime", "Proef", dry_run=True)
    assert result.added == 5 and result.dry_run
    with db.read_session() as s:
        assert surveys.list_surveys(s) == []
        assert s.scalar(select(func.count()).select_from(SurveyAnswer)) == 0


def test_type_override(db: Database, officer: Actor) -> None:
    result = do_import(db, officer, "plain", "Typed", overrides={"Tevredenheid (1-5)": "number"})
    assert ("Tevredenheid (1-5)", "number") in result.questions
    with pytest.raises(InvalidInput, match="Onbekend type"):
        do_import(db, officer, "plain", "Typed2", overrides={"Gemeente": "schaal"})
    with pytest.raises(InvalidInput, match="geen vraag 'Bestaat niet'"):
        do_import(db, officer, "plain", "Typed3", overrides={"Bestaat niet": "text"})
    with pytest.raises(InvalidInput, match="gekende schaal"):
        do_import(db, officer, "plain", "Typed4", overrides={"Opmerking": "likert"})


@pytest.mark.parametrize(
    ("raw", "name", "reason"),
    [
        (b"", "leeg.csv", "leeg"),
        (b"   \r\n", "leeg.csv", "leeg"),
        (b"PK\x03\x04 not really a zip", "kapot.xlsx", "Excel-bestand kan niet gelezen"),
        (
            b"Tijdstempel,E-mailadres\r\n2026/10/01 09:00:00,a@b.be\r\n",
            "alleen_meta.csv",
            "geen kolommen met vragen",
        ),
        (b"\x00\x01\x02\x03binary", "x.csv", "geen CSV"),
    ],
)
def test_unreadable_empty_or_questionless_files_write_nothing(
    db: Database, officer: Actor, raw: bytes, name: str, reason: str
) -> None:
    with pytest.raises(InvalidInput, match=reason), db.session() as s:
        surveys.import_survey(s, officer, raw, name, "Kapot")
    with db.read_session() as s:
        assert surveys.list_surveys(s) == []
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_only_communicatie_and_admin_may_import(db: Database, balie: Actor) -> None:
    with pytest.raises(PermissionDenied), db.session() as s:
        surveys.import_survey(s, balie, fixture_bytes("lime"), "l.csv", "Nee")
    with db.read_session() as s:
        assert surveys.list_surveys(s) == []


def test_list_and_free_text(db: Database, officer: Actor) -> None:
    do_import(db, officer, "lime", "Lime")
    with db.read_session() as s:
        (row,) = surveys.list_surveys(s)
        assert (row["title"], row["responses"]) == ("Lime", 5)
        assert row["imported_at"].tzinfo is not None
        texts = surveys.free_text_answers(s, row["id"])
    assert sorted(texts) == sorted(
        [
            ("Wat wilt u nog kwijt?", "Fijn dat de politie dit doet"),
            ("Wat wilt u nog kwijt?", "Graag <b>meer</b> uitleg & tips"),
            ("Wat wilt u nog kwijt?", "Weet niet wie mijn coördinator is"),
        ]
    )


# --- breakdown by BIN with small-group protection ------------------------------------------


def _published(db: Database) -> tuple[dict[str, Any], dict[str, Any]]:
    with db.read_session() as s:
        return surveys.results(s, "Per BIN"), surveys.results(s, "Per BIN", by="BIN")


def test_breakdown_hides_a_bin_of_three_and_its_complement(db: Database, officer: Actor) -> None:
    do_import(db, officer, "by_bin", "Per BIN")
    total, split = _published(db)
    assert total["responses"] == 16
    assert split["survey"] == "Per BIN" and split["by"] == "BIN"
    groups = {g["group"]: g for g in split["groups"]}
    assert groups["BIN A"]["suppressed"] is False and groups["BIN A"]["responses"] == 7
    a = by_title(groups["BIN A"])
    assert a["Tevredenheid"]["counts"] == {
        "Zeer ontevreden": 0,
        "Ontevreden": 1,
        "Neutraal": 1,
        "Tevreden": 3,
        "Zeer tevreden": 2,
    }
    assert a["Kent u de coördinator?"]["counts"] == {"Ja": 5, "Nee": 2}
    # BIN C (3) is too small; BIN B (6) would give it away by subtraction: both hidden
    for name in ("BIN B", "BIN C"):
        assert groups[name] == {
            "group": name,
            "responses": None,
            "suppressed": True,
            "questions": [],
        }


def test_bin_of_three_cannot_be_recovered_from_what_is_published(
    db: Database, officer: Actor, tmp_path: Path
) -> None:
    """Two different surveys publish exactly the same figures, while BIN C's true answers
    differ between them: no subtraction can recover BIN C from the published numbers."""
    do_import(db, officer, "by_bin", "Per BIN")
    published = _published(db)
    # swap the non-BIN answers of one BIN C response with one of BIN B
    rows = [list(r) for r in fx.BY_BIN_ROWS]
    b = next(i for i, r in enumerate(rows) if r[0] == "BIN B" and r[1] == "Tevreden")
    c = next(i for i, r in enumerate(rows) if r[0] == "BIN C" and r[1] == "Zeer ontevreden")
    rows[b][1:], rows[c][1:] = rows[c][1:], rows[b][1:]
    other = tmp_path / "other.csv"
    other.write_bytes(fx._csv(fx.BY_BIN_HEADERS, rows, delimiter=";").encode())
    from bindesk.db.engine import open_database

    second = open_database(f"sqlite:///{tmp_path / 'second.sqlite3'}")
    try:
        with second.session() as s:
            surveys.import_survey(s, officer, other.read_bytes(), "other.csv", "Per BIN")
        assert _published(second) == published
        true_c = [
            [r[1] for r in fx.BY_BIN_ROWS if r[0] == "BIN C"],
            [r[1] for r in rows if r[0] == "BIN C"],
        ]
        assert sorted(true_c[0]) != sorted(true_c[1])  # BIN C really differs
    finally:
        second.dispose()
    # and what subtraction does give is a mix of at least 5 people of two BINs
    total, split = published
    shown = sum(g["responses"] for g in split["groups"] if not g["suppressed"])
    assert total["responses"] - shown == 9


def test_breakdown_needs_a_single_choice_question(db: Database, officer: Actor) -> None:
    do_import(db, officer, "google", "G")
    with db.read_session() as s, pytest.raises(InvalidInput, match="één keuze"):
        surveys.results(s, "G", by="Opmerkingen")
