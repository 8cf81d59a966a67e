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
