"""GUI fixtures: no unexpected modal dialog, a desk on a fresh database per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.gui import make_singletons_immortal
from bindesk.gui.desk import Desk
from bindesk.gui.main_window import MainWindow
from bindesk.gui.operations import refuse_on_gui_thread
from bindesk.services import demo, operators
from bindesk.services.operators import Actor, Role

GUI_DIR = Path(__file__).parent

make_singletons_immortal()  # what the desk does at start (bindesk.gui.app.application)

# Messages of Qt's offscreen platform plugin about what it cannot do; not our warnings.
OFFSCREEN_NOISE = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


class UnexpectedModal(AssertionError):
    pass


def _refuse(what: str) -> Callable[..., Any]:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        texts = [a for a in args if isinstance(a, str)]
        raise UnexpectedModal(f"unexpected modal dialog {what}: {texts}")

    return refuse


@pytest.fixture(autouse=True)
def _no_unexpected_modal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blocking dialog nobody answers would hang the test forever: fail at once instead.

    Tests that expect a question patch ``bindesk.gui.ask`` (the one place that asks).
    """
    monkeypatch.setattr(QDialog, "exec", _refuse("QDialog.exec"))
    monkeypatch.setattr(QMessageBox, "exec", _refuse("QMessageBox.exec"))
    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, _refuse(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _refuse(f"QFileDialog.{name}"))
    for name in ("getText", "getInt", "getItem"):
        monkeypatch.setattr(QInputDialog, name, _refuse(f"QInputDialog.{name}"))


@pytest.fixture(autouse=True)
def _no_database_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every database a GUI test opens refuses a session opened on the GUI thread by desk
    code (the guard the desk installs on its own database): a page that touches the
    database on the GUI thread fails its test. Test code itself may set up and check."""
    monkeypatch.setattr(Database, "session_guard", staticmethod(refuse_on_gui_thread))


@pytest.fixture(autouse=True)
def _fast_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 with its production cost makes every login ~0.1 s; tests need the logic only."""
    monkeypatch.setattr(operators, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def demo_db(db: Database, admin: Actor) -> Database:
    with db.session() as s:
        demo.load_demo_data(s, admin)
    return db


@pytest.fixture
def communicatie() -> Actor:
    return Actor("comm1", "Medewerker Communicatie", Role.COMMUNICATIE)


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Build the main window for a database and an actor; shown, first page loaded."""
    made: list[MainWindow] = []

    def make(db: Database, actor: Actor, *, wait: bool = True, watch: bool = False) -> MainWindow:
        window = MainWindow(Desk(db, actor), watch=watch)
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1366, 768)
        window.show()
        if wait:
            qtbot.waitUntil(lambda: not window.desk.tasks.busy, timeout=10_000)
        return window

    yield make
    for window in made:
        if window.watcher is not None:
            window.watcher.stop()
        window.desk.tasks.shutdown()


@pytest.fixture
def with_operators(demo_db: Database, admin: Actor) -> Database:
    """Demo data plus one operator per role (password 'geheim123' for all)."""
    with demo_db.session() as s:
        operators.create_operator(
            s, None, username="admin", display_name="Beheerder", role="admin", password=PASSWORD
        )
        for username, role in (
            ("balie1", "balie"),
            ("beheer1", "beheer"),
            ("comm1", "communicatie"),
        ):
            operators.create_operator(
                s,
                admin,
                username=username,
                display_name=username.title(),
                role=role,
                password=PASSWORD,
            )
    return demo_db


PASSWORD = "geheim123"
