from __future__ import annotations

import pytest

from bindesk.domain.errors import InvalidInput
from bindesk.domain.survey_files import (
    SourceFormat,
    analyse,
    detect_format,
    read_sheet,
    redact,
    response_digests,
)


@pytest.mark.parametrize(
    "scale",
    [
        ["Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden"],
        ["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"],
        ["Helemaal niet akkoord", "Niet akkoord", "Neutraal", "Akkoord", "Helemaal akkoord"],
        ["Nooit", "Zelden", "Soms", "Vaak", "Altijd"],
        ["1", "2", "3", "4", "5"],
        [str(i) for i in range(1, 11)],
    ],
)
def test_dutch_scales_recognised_in_order(scale: list[str]) -> None:
    # answers in a shuffled order, one scale point never chosen, one 'weet niet'
    seen = [*list(reversed(scale[1:])), "Weet niet / geen mening", *scale[1:3]]
    text = "Vraag;Andere\n" + "".join(f"{v};x{i}\n" for i, v in enumerate(seen))
    (q, _) = analyse(read_sheet(text.encode(), "s.csv")).questions
    assert q.type == "likert"
    assert q.options == scale


def test_english_microsoft_forms_headers_in_any_order_and_case() -> None:
    headers = [
        "Completion time",
        "Vraag",
        "EMAIL",
        "id",
        "name",
        "Start time",
        "Last modified time",
    ]
    assert detect_format(headers) is SourceFormat.MICROSOFT_FORMS
    text = ",".join(headers) + "\n" + "1/1/26,Ja,a@b.be,1,An,1/1/26,1/1/26\n" * 2
    parsed = analyse(read_sheet(text.encode(), "f.csv"))
    assert [q.title for q in parsed.questions] == ["Vraag"]
    assert len(parsed.dropped) == 6


def test_limesurvey_comma_separated_is_sniffed() -> None:
    text = '"id","submitdate","lastpage","startlanguage","seed","Vraag [A]","Vraag [B]"\r\n'
    text += '"1","2026-01-01 10:00:00","2","nl","5","Y",""\r\n'
    text += '"2","2026-01-01 11:00:00","2","nl","6","Y","Y"\r\n'
    parsed = analyse(read_sheet(b"\xef\xbb\xbf" + text.encode(), "l.csv"))
    assert parsed.format is SourceFormat.LIMESURVEY
    (q,) = parsed.questions
    assert (q.title, q.type, q.options) == ("Vraag", "multiple", ["A", "B"])
    assert [a for _, a in parsed.responses] == [[["A"]], [["A", "B"]]]


def test_google_checkbox_option_with_a_comma() -> None:
    rows = ["Ja, graag", "Nee", "Ja, graag, Nee", "Misschien, later", "Nee, Misschien, later"]
    text = "Tijdstempel,Keuze\n" + "".join(
        f'2026-01-0{i} 10:00,"{r}"\n' for i, r in enumerate(rows)
    )
    (q,) = analyse(read_sheet(text.encode(), "g.csv")).questions
    assert q.type == "multiple"
    assert sorted(q.options) == ["Ja, graag", "Misschien, later", "Nee"]


def test_columns_whose_values_are_phones_or_emails_are_dropped_and_typed_ones_redacted() -> None:
    text = "Vraag;Bereikbaar op;Opmerking\n"
    text += "Ja;0470 12 34 56;bel 0470 12 34 56 of mail an@x.be\nNee;+32478654321;\nJa;;ok\n"
    parsed = analyse(read_sheet(text.encode(), "p.csv"))
    assert [d.reason for d in parsed.dropped] == ["de antwoorden zijn telefoonnummers"]
    assert parsed.redacted == 2
    assert parsed.responses[0][1][1] == "bel [verwijderd] of mail [verwijderd]"
    assert redact("postcode 9340, huisnr 12") == ("postcode 9340, huisnr 12", 0)


def test_digests_are_keyed_and_count_identical_rows() -> None:
    rows = [("", ["Ja"]), ("", ["Ja"])]
    one, two = response_digests(b"k" * 32, rows)
    assert one != two
    assert response_digests(b"other key", rows)[0] != one


def test_cp1252_and_errors() -> None:
    raw = "Opmerking;Gemeente\nTé laat;Lede\nOké;Lede\n".encode("cp1252")
    s = read_sheet(raw, "c.csv")
    assert s.encoding == "cp1252" and s.rows[0][0] == "Té laat"
    with pytest.raises(InvalidInput, match="leeg"):
        read_sheet(b"", "c.csv")
    with pytest.raises(InvalidInput, match=r"\.xls"):
        read_sheet(b"\xd0\xcf\x11\xe0rest", "oud.xls")
    with pytest.raises(InvalidInput, match="2 keer"):
        analyse(read_sheet(b"Vraag;Vraag\nJa;Nee\n", "d.csv"))


def test_google_checkbox_option_never_chosen_alone() -> None:
    rows = ["Sms", "E-mail", "Sms, E-mail", "Sms, E-mail, Website", "Sms, Website", "Ja, maar laat"]
    text = "Tijdstempel,Keuze\n" + "".join(
        f'2026-01-0{i} 10:00,"{r}"\n' for i, r in enumerate(rows)
    )
    parsed = analyse(read_sheet(text.encode(), "g.csv"))
    (q,) = parsed.questions
    assert q.type == "multiple"
    assert sorted(q.options) == ["E-mail", "Ja, maar laat", "Sms", "Website"]
    assert [a for _, a in parsed.responses][3:] == [
        [["Sms", "E-mail", "Website"]],
        [["Sms", "Website"]],
        [["Ja, maar laat"]],
    ]


def test_limesurvey_xlsx_reads_the_active_sheet() -> None:
    import io

    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Uitleg"
    first.append(["niet deze"])
    sheet = workbook.create_sheet("results-survey123")
    sheet.append(["id", "submitdate", "lastpage", "startlanguage", "seed", "token", "Nuttig?"])
    sheet.append([1, "2026-10-01 10:00:00", 2, "nl", 5, "abc123", "Ja"])
    sheet.append([2, None, 1, "nl", 6, "def456", ""])
    sheet.append([3, "2026-10-02 10:00:00", 2, "nl", 7, "ghi789", "Nee"])
    workbook.active = 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    parsed = analyse(read_sheet(buffer.getvalue(), "results.xlsx"))
    assert parsed.format is SourceFormat.LIMESURVEY
    assert parsed.incomplete == 1
    assert [(q.title, q.type) for q in parsed.questions] == [("Nuttig?", "yesno")]
    assert "persoonlijke toegangscode (token)" in [d.reason for d in parsed.dropped]
