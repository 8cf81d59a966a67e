"""Bad input refused at the door, the same on every database (issue 7, item 8)."""

from __future__ import annotations

import logging
import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from bindesk.cli import main
from bindesk.db.engine import Database
from bindesk.domain.errors import InvalidInput
from bindesk.services import member_files, networks
from bindesk.services.operators import Actor

ADD = [
    "members", "add", "--network", "BIN A", "--first-name", "Jan", "--last-name", "Peeters",
    "--street", "Kerkstraat", "--postal-code", "9340", "--municipality", "Lede",
]  # fmt: skip


def cli(url: str, *argv: str) -> int:
    return main(["--db", url, *argv])


def refusal_for_long_house_number(url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert cli(url, "networks", "add", "BIN A", "--municipality", "Lede") == 0
    code = cli(url, *ADD, "--number", "1" * 61, "--mobile", "0470123456")
    err = capsys.readouterr().err
    assert code == 1, err  # refused (1), not an internal error (3)
    return err


def test_long_house_number_is_refused_in_dutch(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refusal_for_long_house_number(db_url, capsys)
    assert "huisnummer is te lang (61 tekens, hoogstens 20)" in err


def test_letters_in_the_number_are_refused_from_the_cli(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(db_url, "networks", "add", "BIN A", "--municipality", "Lede") == 0
    assert cli(db_url, *ADD, "--number", "1", "--mobile", "0470-ABC-123") == 1
    assert "bevat letters" in capsys.readouterr().err


def test_sql_parameters_never_reach_the_log_file(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from bindesk import log

    assert cli(db_url, "networks", "add", "BIN A", "--municipality", "Lede") == 0
    path = db.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as raw:  # an unexpected database error on insert
        raw.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON members BEGIN SELECT RAISE(ABORT, 'kapot'); END"
        )
    assert cli(db_url, *ADD, "--number", "12", "--mobile", "0470 55 66 77") == 3
    capsys.readouterr()
    log.setup()
    files = [
        Path(h.baseFilename)
        for h in logging.getLogger().handlers
        if isinstance(h, logging.FileHandler)
    ]
    logged = "".join(f.read_text(encoding="utf-8") for f in files)
    assert "IntegrityError" in logged or "kapot" in logged
    assert "+32470556677" not in logged and "Peeters" not in logged


def test_a_50_mb_csv_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "groot.csv"
    with path.open("wb") as handle:
        handle.write(b"Naam;GSM\n")
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, no time to write
    tracemalloc.start()
    try:
        with pytest.raises(InvalidInput, match="te groot"):
            member_files.read_table(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # never read into memory


def test_zero_width_space_in_a_street_is_refused_by_the_service(db: Database, admin: Actor) -> None:
    from bindesk.services import members

    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN A", municipality="Lede")
        with pytest.raises(InvalidInput, match="breedte nul"):
            members.add_member(
                s,
                admin,
                members.MemberInput(last_name="X", street="Kerk\u200bstraat", mobile="0470123456"),
                [net],
            )
