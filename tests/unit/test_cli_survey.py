"""bindesk survey import|list|results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bindesk.cli import main

SURVEYS = Path(__file__).parents[1] / "data" / "surveys"


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def _run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def test_import_list_results(run) -> None:  # type: ignore[no-untyped-def]
    lime = str(SURVEYS / "limesurvey.csv")
    code, out, _ = run("survey", "import", lime, "--title", "Najaar", "--dry-run")
    assert code == 0 and "Proefimport" in out and "niets weggeschreven" in out
    assert run("survey", "list", "--json")[1].strip() == "[]"
    code, out, _ = run("survey", "import", lime, "--title", "Najaar")
    assert code == 0
    assert "ipaddr: IP-adres van de invuller" in out
    assert "5 nieuwe antwoorden, 0 al eerder ingelezen, 1 onvolledig overgeslagen" in out
    assert "Verwijder nu het exportbestand" in out
    code, out, _ = run("survey", "import", lime, "--title", "Najaar")
    assert "0 nieuwe antwoorden, 5 al eerder ingelezen" in out
    code, out, _ = run("survey", "list")
    assert "Najaar" in out and " 5 " in out
    code, out, _ = run("survey", "results", "Najaar")
    assert code == 0
    assert "Via welke kanalen hoort u van het BIN?  (meerkeuze, n = 5)" in out
    assert "60,0 %" in out and "gemiddelde 3,80" in out
    code, out, _ = run("survey", "results", "Najaar", "--json")
    data = json.loads(out)
    assert set(data) == {"survey", "responses", "questions"}
    assert set(data["questions"][0]) == {
        "title",
        "type",
        "n",
        "counts",
        "percentages",
        "mean",
        "median",
        "texts",
    }


def test_type_override_and_breakdown(run) -> None:  # type: ignore[no-untyped-def]
    path = str(SURVEYS / "by_bin.csv")
    code, out, _ = run("survey", "import", path, "--title", "BIN", "--type", "Tevredenheid=single")
    assert code == 0 and "Tevredenheid  [één keuze]" in out
    code, out, _ = run("survey", "results", "BIN", "--by", "BIN")
    assert code == 0
    assert out.count("te weinig antwoorden") == 2 and "7 antwoorden" in out
    data = json.loads(run("survey", "results", "BIN", "--by", "BIN", "--json")[1])
    assert set(data) == {"survey", "by", "groups"}
    assert [(g["group"], g["responses"]) for g in data["groups"]] == [
        ("BIN A", 7),
        ("BIN B", None),
        ("BIN C", None),
    ]


def test_refusals_exit_1_in_dutch(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    code, _, err = run("survey", "import", str(empty), "--title", "X")
    assert code == 1 and "Het bestand is leeg" in err
    code, _, err = run("survey", "import", str(tmp_path / "nergens.csv"), "--title", "X")
    assert code == 1 and "niet gevonden" in err
    code, _, err = run(
        "survey",
        "import",
        str(SURVEYS / "by_bin.csv"),
        "--title",
        "X",
        "--type",
        "zonder-gelijkteken",
    )
    assert code == 1 and "Vraag=type" in err
    code, _, err = run("survey", "results", "Bestaat niet")
    assert code == 1 and "Geen enquête" in err
    assert run("survey", "list", "--json")[1].strip() == "[]"
