"""Who may do what, also outside the window (issue 7, item 11)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from bindesk.cli import main
from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent
from bindesk.services import operators

PASSWORD = "geheim-wachtwoord"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def _fast_hashes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(operators, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(operators, "os_user_name", lambda: "jan")  # the OS account running us
    yield


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def as_user(name: str, *argv: str) -> tuple[str, ...]:
    return ("--user", name, "--password-stdin", *argv)


@pytest.fixture
def staffed(run: Run) -> Run:
    """A database with an admin, a desk operator and a service account for the dispatcher."""
    assert run("networks", "add", "BIN A", "--municipality", "Lede")[0] == 0  # empty: as today
    assert (
        run("operators", "add", "chef", "--role", "admin", "--password-stdin", stdin=PASSWORD)[0]
        == 0
    )
    for name, role in (("an", "balie"), ("verzender", "dienst")):
        code, _o, err = run(
            *as_user("chef", "operators", "add", name, "--role", role, "--password-stdin"),
            stdin=f"{PASSWORD}\n{PASSWORD}\n",
        )
        assert code == 0, err
    return run


def test_an_empty_database_works_as_today(run: Run) -> None:
    assert run("networks", "add", "BIN A", "--municipality", "Lede")[0] == 0
    assert run("members", "list", "--json")[0] == 0


def test_without_a_login_personal_data_and_changes_are_refused(staffed: Run) -> None:
    for argv in (
        ("members", "list"),
        ("members", "export", "--network", "BIN A", "-o", "x.csv"),
        ("networks", "add", "BIN B", "--municipality", "Lede"),
        ("operators", "add", "boef", "--role", "admin", "--password-stdin"),
        ("outbox", "status"),
        ("audit", "list"),
    ):
        code, _out, err = staffed(*argv, stdin=PASSWORD)
        assert code == 1 and "--user NAAM" in err, argv


def test_wrong_password_is_refused_and_on_record(staffed: Run, db: Database) -> None:
    code, _out, err = staffed(*as_user("an", "members", "list"), stdin="fout\n")
    assert code == 1 and "klopt niet" in err
    with db.read_session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "login_failed"))


def test_role_and_name_reach_the_audit_log(staffed: Run, db: Database) -> None:
    assert staffed(*as_user("an", "members", "list", "--json"), stdin=PASSWORD)[0] == 0
    code, _out, err = staffed(
        *as_user("an", "networks", "add", "BIN B", "--municipality", "Lede"), stdin=PASSWORD
    )
    assert code == 1 and "Uw rol (balie) mag geen netwerken beheren" in err
    assert (
        staffed(
            *as_user("chef", "networks", "add", "BIN B", "--municipality", "Lede"), stdin=PASSWORD
        )[0]
        == 0
    )
    with db.read_session() as s:
        created = s.scalars(select(AuditEvent).where(AuditEvent.entity == "network")).all()
        assert [e.actor for e in created] == ["os:jan", "chef"]


def test_service_operator_may_only_send(staffed: Run) -> None:
    code, _out, err = staffed(*as_user("verzender", "members", "list"), stdin=PASSWORD)
    assert code == 1 and "dienst (alleen verzenden)" in err
    code, _out, err = staffed(*as_user("verzender", "alert", "send", "--text", "x"), stdin=PASSWORD)
    assert code == 1 and "mag geen alarmberichten versturen" in err
    # what it may do: run the queue (here: no modem given, so it stops at that refusal)
    code, _out, err = staffed(
        *as_user("verzender", "outbox", "run", "--until-idle"), stdin=PASSWORD
    )
    assert code == 1 and "Geen modem opgegeven" in err


def test_linked_os_account_acts_as_its_operator(staffed: Run, db: Database) -> None:
    code, out, err = staffed(
        *as_user("chef", "operators", "link-os-user", "jan", "an"), stdin=PASSWORD
    )
    assert code == 0, err
    assert "'an' (balie)" in out
    code, out, _err = staffed("members", "list", "--json")  # no --user: the OS account 'jan'
    assert code == 0 and json.loads(out) == []
    code, _out, err = staffed("operators", "list")
    assert code == 1 and "Uw rol (balie)" in err


def test_the_first_operator_must_be_an_admin(run: Run) -> None:
    code, _out, err = run(
        "operators", "add", "x", "--role", "balie", "--password-stdin", stdin=PASSWORD
    )
    assert code == 1 and "Maak eerst een hoofdgebruiker aan" in err


def test_every_verb_has_a_permission_or_is_open() -> None:
    """A new verb must say what it needs (else it gets the strictest: manage_operators)."""
    import argparse

    from bindesk.cli import build_parser
    from bindesk.domain.access import CLI_OPEN_VERBS, CLI_VERB_PERMISSIONS

    parser = build_parser()
    groups = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    verbs = []
    for verb, group in groups.choices.items():
        found = [a for a in group._actions if isinstance(a, argparse._SubParsersAction)]
        verbs += [f"{verb} {action}" for action in found[0].choices] if found else [verb]
    assert [v for v in verbs if v not in CLI_VERB_PERMISSIONS and v not in CLI_OPEN_VERBS] == []


def test_the_os_account_comes_from_the_os_not_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import getpass
    import importlib

    real = importlib.import_module("bindesk.services.operators")
    monkeypatch.undo()  # the autouse fixture replaced os_user_name: test the real one
    for variable in ("USER", "LOGNAME", "USERNAME", "LNAME"):
        monkeypatch.setenv(variable, "chef")
    assert getpass.getuser() == "chef"  # what the environment claims
    assert real.os_user_name() not in ("", "chef")
