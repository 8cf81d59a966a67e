"""``bindesk tips`` and the privacy line of ``bindesk alert send``, in process."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bindesk.cli import main
from bindesk.db.engine import open_database
from bindesk.db.models import AuditEvent


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def _run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def _network(run) -> None:  # type: ignore[no-untyped-def]
    assert run("networks", "add", "Oordegem", "--municipality", "Lede")[0] == 0
    for mobile, street in (("0470 20 00 01", "Kerkstraat"), ("0470 20 00 02", "Dorp")):
        code, _, err = run(
            "members", "add", "--first-name", "A", "--last-name", "B", "--mobile", mobile,
            "--street", street, "--number", "1", "--postal-code", "9340",
            "--municipality", "Lede", "--network", "Oordegem",
        )  # fmt: skip
        assert code == 0, err


def test_tips_list_json_has_exactly_the_documented_shape(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("tips", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) >= 20
    for row in rows:
        assert list(row) == ["key", "title", "category", "kind", "text", "fields"]
        for field in row["fields"]:
            assert list(field) == ["name", "example"] and field["example"]
    brand = next(r for r in rows if r["key"] == "brand")
    assert brand["fields"] == [
        {"name": "straat", "example": "Koning Albertstraat"},
        {"name": "tijdstip", "example": "vanavond rond 21.30 uur"},
    ]


def test_tips_add_edit_retire(run, db_url: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(
        "tips", "add", "inbraak-garage", "--title", "Garages", "--category", "Inbraak",
        "--text", "BIN-melding: inbraken in garages in de {straat}. Sluit uw garage af.",
        "--field", "straat=de straat|Molenstraat", "--action", "Garage afsluiten",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run("tips", "edit", "inbraak-garage", "--title", "Inbraak in garages")
    assert code == 0 and "versie 2" in out
    row = next(
        r for r in json.loads(run("tips", "list", "--json")[1]) if r["key"] == "inbraak-garage"
    )
    assert row["title"] == "Inbraak in garages"
    assert row["fields"] == [{"name": "straat", "example": "Molenstraat"}]
    assert run("tips", "retire", "inbraak-garage")[0] == 0
    keys = [r["key"] for r in json.loads(run("tips", "list", "--json")[1])]
    assert "inbraak-garage" not in keys
    code, _, err = run("tips", "edit", "brand", "--text", "Brand bij 1-ABC-123 in de {straat}.")
    assert code == 1 and "nummerplaat" in err
    db = open_database(db_url)
    with db.read_session() as s:
        actions = [
            e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "tip"))
        ]
    db.dispose()
    assert actions == ["create", "update", "retire"]


def test_preview_json_carries_estimate_and_privacy_warnings(run) -> None:  # type: ignore[no-untyped-def]
    _network(run)
    code, out, _ = run(
        "alert", "send", "--network", "Oordegem", "--json",
        "--text", "Verdachte wagen 1-ABC-123, bestuurder genaamd Kevin. Bel 101.",
    )  # fmt: skip
    assert code == 0
    preview = json.loads(out)
    assert list(preview) == [
        "text", "recipients", "encoding", "segments", "estimate_seconds", "privacy_warnings"
    ]  # fmt: skip
    assert preview["recipients"] == 2 and preview["segments"] == 1
    # no modem has reported yet: one modem at the typical rate
    assert preview["estimate_seconds"] == pytest.approx(2 * 4.0)
    assert [w["kind"] for w in preview["privacy_warnings"]] == ["plate", "name"]
    assert preview["privacy_warnings"][0]["found"] == "1-ABC-123"
    code, out, _ = run("outbox", "status", "--json")
    assert json.loads(out)["alerts"] == []


def test_send_refuses_privacy_warnings_without_a_reason(run, db_url: str) -> None:  # type: ignore[no-untyped-def]
    _network(run)
    text = "Verdachte wagen 1-ABC-123 in de Kerkstraat. Bel 101."
    code, _, err = run("alert", "send", "--network", "Oordegem", "--text", text, "--yes")
    assert code == 1
    assert "nummerplaat" in err and "'1-ABC-123'" in err and "--privacy-reason" in err
    assert json.loads(run("outbox", "status", "--json")[1])["alerts"] == []
    code, out, err = run(
        "alert", "send", "--network", "Oordegem", "--text", text, "--yes", "--json",
        "--privacy-reason", "Gestolen wagen, parket vraagt uitkijken",
    )  # fmt: skip
    assert code == 0, err
    alert_id = json.loads(out)["alert_id"]
    db = open_database(db_url)
    with db.read_session() as s:
        after = s.scalars(
            select(AuditEvent.after).where(
                AuditEvent.action == "send", AuditEvent.entity_id == str(alert_id)
            )
        ).one()
    db.dispose()
    assert after and after["privacy_reason"] == "Gestolen wagen, parket vraagt uitkijken"


def test_follow_up_takes_the_original_street(run) -> None:  # type: ignore[no-untyped-def]
    _network(run)
    code, out, err = run(
        "alert", "send", "--network", "Oordegem", "--tip", "inbraak-gepleegd",
        "--street", "Kerkstraat", "--field", "tijdstip=vannacht", "--yes", "--json",
    )  # fmt: skip
    assert code == 0, err
    parent = json.loads(out)["alert_id"]
    code, out, err = run(
        "alert", "send", "--kind", "feedback", "--follow-up", str(parent), "--tip", "dader-gevat",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    assert "de melding in de Kerkstraat is gevat" in json.loads(out)["text"]
