from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from bindesk.db.engine import Database
from bindesk.db.models import Member
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.dialogs.import_wizard import ImportWizard
from bindesk.gui.models.import_models import ColumnMappingModel
from bindesk.services.operators import Actor

GOOD = (
    "Familienaam;Voornaam;Straat;Nr;Postcode;Gemeente;Telefoon\n"
    "Van Acker;Hilde;Kerkstraat;4;9340;Oordegem;0460 98 00 01\n"
    "De Bruyne;Koen;Dorp;17;9340;Oordegem;0460/98.00.02\n"
)


def _count(db: Database) -> int:
    with db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)) or 0)


def _wizard(qtbot: QtBot, db: Database, actor: Actor, path: Path) -> ImportWizard:
    desk = Desk(db, actor)
    wizard = ImportWizard(desk, None)
    qtbot.addWidget(wizard)
    wizard.open()
    with qtbot.waitSignal(wizard.table_read):
        wizard.load_file(path)
    return wizard


def _next(qtbot: QtBot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled)
    button.click()


def test_file_with_bad_rows_all_or_nothing_then_skip(
    qtbot: QtBot, demo_db: Database, admin: Actor, data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "lijst.csv"
    shutil.copy(data_dir / "coordinator_oordegem_cp1252.csv", path)
    before = _count(demo_db)
    wizard = _wizard(qtbot, demo_db, admin, path)
    assert "6 rijen" in wizard.ui.file_info_label.text()
    assert "cp1252" in wizard.ui.file_info_label.text()
    _next(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.MAPPING
    assert wizard.mapping_model.mapping()[6] == "mobile"
    with qtbot.waitSignal(wizard.checked):
        _next(qtbot, wizard)
    plan = wizard.outcome.plan  # type: ignore[union-attr]
    assert len(plan.valid) == 3 and len(plan.problems) == 3
    reasons = [
        wizard.problem_model.index(r, 2).data() for r in range(wizard.problem_model.rowCount())
    ]
    assert any("vast nummer" in r for r in reasons)
    assert any("naam ontbreekt" in r for r in reasons)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()  # all-or-nothing with bad rows: nothing can be imported
    assert "niets geïmporteerd" in wizard.ui.check_page.subTitle()
    wizard.ui.skip_invalid_radio.click()
    assert commit.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        commit.click()
    assert wizard.result is not None and wizard.result.created == 3
    assert len(wizard.result.skipped) == 3
    assert _count(demo_db) == before + 3
    assert "3 nieuwe leden" in wizard.ui.result_label.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_all_good_file_imports_everything_and_mapping_can_change(
    qtbot: QtBot, demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "goed.csv"
    path.write_text(GOOD, encoding="utf-8")
    before = _count(demo_db)
    wizard = _wizard(qtbot, demo_db, admin, path)
    _next(qtbot, wizard)
    mapping = wizard.mapping_model
    # 'Telefoon' is recognised as the mobile; take it away and the page refuses to go on
    assert mapping.setData(mapping.index(6, ColumnMappingModel.FIELD), "", Qt.ItemDataRole.EditRole)
    assert "GSM" in wizard.ui.mapping_message_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    mapping.setData(mapping.index(6, ColumnMappingModel.FIELD), "mobile", Qt.ItemDataRole.EditRole)
    assert wizard.ui.mapping_message_label.text() == ""
    with qtbot.waitSignal(wizard.checked):
        _next(qtbot, wizard)
    assert not wizard.ui.skip_invalid_radio.isEnabled()  # nothing to skip
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    assert _count(demo_db) == before + 2


def test_unreadable_file_says_why(
    qtbot: QtBot, demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    desk = Desk(demo_db, admin)
    wizard = ImportWizard(desk, None)
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.failed) as failed:
        wizard.load_file(path)
    assert ".xlsx" in failed.args[0]
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_browse_uses_the_file_chooser(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "goed.csv"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(ask, "open_file", lambda *_a: str(path))
    wizard = ImportWizard(Desk(demo_db, admin), None)
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.table_read):
        wizard.ui.browse_button.click()
    assert wizard.ui.file_edit.text() == str(path)


def test_check_page_shows_each_field_that_would_change(
    qtbot: QtBot, demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    """Issue 7, item 7: the wizard shows what an import changes on existing members."""
    from bindesk.services import members

    with demo_db.read_session() as s:
        row = next(r for r in members.member_rows(s, admin) if r.status == "left")
    path = tmp_path / "naam-gsm.csv"
    path.write_text(
        f"Naam;Straat;GSM\n{row.last_name};Nieuwe Straat;{row.mobile}\n", encoding="utf-8"
    )
    wizard = _wizard(qtbot, demo_db, admin, path)
    _next(qtbot, wizard)
    with qtbot.waitSignal(wizard.checked):
        _next(qtbot, wizard)
    shown = [
        (wizard.problem_model.index(r, 0).data(), wizard.problem_model.index(r, 1).data(),
         wizard.problem_model.index(r, 2).data())
        for r in range(wizard.problem_model.rowCount())
    ]  # fmt: skip
    notice = f"{row.full_name} is uitgeschreven en blijft dat"
    assert any(r == "2" and k == "waarschuwing" and notice in t for r, k, t in shown)
    change = next(text for _r, kind, text in shown if kind == "wijziging")
    assert f"Straat: '{row.street}' → 'Nieuwe Straat'" in change
    assert "Voornaam" not in change  # the file has no first names: they stay
