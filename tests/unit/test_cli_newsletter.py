"""``bindesk newsletter``: build from the database, list, rebuild, house style, tips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bindesk.cli import main
from tests.unit.pdf.pdfcheck import fonts_of, text_of


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def _run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def test_build_list_and_rebuild(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("demo-data")[0] == 0
    code, out, err = run(
        "newsletter", "style", "--zone-name", "Politiezone Zoë", "--zone-phone", "053 00 00 00"
    )
    assert code == 0, err
    article = tmp_path / "artikel.txt"
    article.write_text("Veilig de winter door\nLaat uw woning bewoond lijken.\n", "utf-8")
    pdf = tmp_path / "nb.pdf"
    code, out, err = run(
        "newsletter",
        "build",
        "--title",
        "BIN-nieuws",
        "--period",
        "2026-11",
        "--network",
        "Oordegem",
        "--word",
        "Beste buren & vrienden <3",
        "--article-file",
        str(article),
        "--tip",
        "vakantie",
        "-o",
        str(pdf),
    )
    assert code == 0, err
    assert "editie 1" in out
    text = text_of(pdf)
    assert "Politiezone Zoë" in text and "november 2026" in text and "053 00 00 00" in text
    assert "Beste buren & vrienden <3" in text and "Veilig de winter door" in text
    assert "Met vakantie" in text and "BIN Oordegem" in text and "BIN Aaigem" not in text
    assert all(fonts_of(pdf).values())

    code, out, _ = run("newsletter", "list", "--json")
    (row,) = json.loads(out)
    assert (row["edition"], row["title"], row["period"]) == (1, "BIN-nieuws", "2026-11")
    again = tmp_path / "opnieuw.pdf"
    assert run("newsletter", "rebuild", str(row["id"]), "-o", str(again))[0] == 0
    assert text_of(again) == text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--period", "najaar"], "kwartaal"),
        (["--period", "2026", "--network", "Nergens"], "Nergens"),
        (["--period", "2026", "--tip", "inbraak-gepleegd"], "Inbraak gepleegd"),
    ],
)
def test_refusals_exit_1_in_dutch_and_write_nothing(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, argv: list[str], message: str
) -> None:
    pdf = tmp_path / "nb.pdf"
    code, _out, err = run("newsletter", "build", "--title", "T", *argv, "-o", str(pdf))
    assert code == 1 and message in err
    assert not pdf.exists()
    assert json.loads(run("newsletter", "list", "--json")[1]) == []


def test_style_refuses_a_bad_colour(run) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run("newsletter", "style", "--primary", "blauw")
    assert code == 1 and "#RRGGBB" in err


def test_build_with_a_survey_and_chosen_comments(  # type: ignore[no-untyped-def]
    run, tmp_path: Path
) -> None:
    """End to end: the demo survey's results (as `survey results --json` gives them) are
    in the PDF in Dutch form; the chosen comment prints literally."""
    from bindesk.domain.period import dutch_percent
    from bindesk.services.demo_survey import DEMO_SURVEY_TITLE

    assert run("demo-data")[0] == 0
    code, out, _ = run("survey", "results", DEMO_SURVEY_TITLE, "--json")
    results = json.loads(out)
    code, out, _ = run("newsletter", "comments", DEMO_SURVEY_TITLE, "--json")
    comments = json.loads(out)
    (chosen,) = [c for c in comments if "<b>" in c["text"]][:1]
    pdf = tmp_path / "nb.pdf"
    code, out, err = run(
        "newsletter",
        "build",
        "--title",
        "BIN-nieuws",
        "--period",
        "2026-Q4",
        "--survey",
        DEMO_SURVEY_TITLE,
        "--comment",
        str(chosen["number"]),
        "-o",
        str(pdf),
    )
    assert code == 0, err
    text = text_of(pdf)
    assert f"Wat u ons vertelde: {DEMO_SURVEY_TITLE}" in text
    assert f"{results['responses']} inwoners" in text
    checked = 0
    for q in results["questions"]:
        if q["type"] == "likert":
            grid = q["title"].partition("[")[2].rstrip("]") or q["title"]
            assert grid in text, grid
            continue
        assert q["title"] in text, q["title"]
        if q["type"] in ("single", "yesno", "multiple"):
            for answer, pct in q["percentages"].items():
                assert f"{answer} {dutch_percent(pct)}".replace("\u00a0", " ") in text, answer
                checked += 1
    assert checked >= 8
    assert "Meer info over <b>oplichting</b> & phishing graag." in text
    assert all(fonts_of(pdf).values())


def test_comments_need_their_survey_and_must_exist(  # type: ignore[no-untyped-def]
    run, tmp_path: Path
) -> None:
    from bindesk.services.demo_survey import DEMO_SURVEY_TITLE

    assert run("demo-data")[0] == 0
    pdf = str(tmp_path / "nb.pdf")
    base = ("newsletter", "build", "--title", "T", "--period", "2026", "-o", pdf)
    code, _out, err = run(*base, "--comment", "1")
    assert code == 1 and "--survey" in err
    code, _out, err = run(*base, "--survey", DEMO_SURVEY_TITLE, "--comment", "999")
    assert code == 1 and "Reactie 999 bestaat niet" in err
    code, _out, err = run(*base, "--survey", "Bestaat niet")
    assert code == 1 and "Geen enquête" in err
    assert not Path(pdf).exists()
