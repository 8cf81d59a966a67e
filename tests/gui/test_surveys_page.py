"""The Enquêtes page and its import wizard, on real files and a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.domain.survey_files import DroppedColumn
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.dialogs.survey_import_wizard import SurveyImportWizard
from bindesk.gui.models.survey_models import (
    DroppedColumnModel,
    QuestionTypeModel,
    SurveyListModel,
    SurveyRow,
)
from bindesk.gui.operations import Change
from bindesk.gui.pages.surveys_page import SurveysPage
from bindesk.services import surveys
from bindesk.services.demo_survey import DEMO_SURVEY_TITLE
from bindesk.services.operators import Actor
from bindesk.services.surveys import analyse_file

SURVEYS = Path(__file__).parents[1] / "data" / "surveys"


def _wizard(qtbot: QtBot, db: Database, actor: Actor, path: Path) -> SurveyImportWizard:
    wizard = SurveyImportWizard(Desk(db, actor), None)
    qtbot.addWidget(wizard)
    wizard.open()
    with qtbot.waitSignal(wizard.analysed, timeout=10_000):
        wizard.load_file(path)
    return wizard


def _next(qtbot: QtBot, wizard: SurveyImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    button.click()


def _row_of(model: QuestionTypeModel, title: str) -> int:
    for row in range(model.rowCount()):
        if model.index(row, QuestionTypeModel.TITLE).data() == title:
            return row
    raise AssertionError(title)


def test_wizard_imports_microsoft_forms_with_a_corrected_type(
    qtbot: QtBot, db: Database, communicatie: Actor
) -> None:
    wizard = _wizard(qtbot, db, communicatie, SURVEYS / "microsoft_forms.xlsx")
    assert "Microsoft Forms: 6 antwoorden, 7 vragen, 6 kolommen weggelaten" in (
        wizard.ui.file_info_label.text()
    )
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no title yet
    wizard.ui.title_combo.setEditText("Bevraging Forms")
    _next(qtbot, wizard)
    assert wizard.currentId() == SurveyImportWizard.COLUMNS
    dropped = wizard.dropped_model
    reasons = {
        dropped.index(r, 0).data(): dropped.index(r, 1).data() for r in range(dropped.rowCount())
    }
    assert reasons["E-mail"] == "e-mailadres van de invuller"
    assert reasons["Naam"] == "naam van de invuller"
    model = wizard.question_model
    mark = _row_of(model, "Geef de werking van het BIN een cijfer")
    assert model.index(mark, QuestionTypeModel.TYPE).data() == "schaal (Likert)"
    with qtbot.waitSignal(wizard.analysed, timeout=10_000):
        model.setData(model.index(mark, QuestionTypeModel.TYPE), "number")
    assert model.overrides() == {"Geef de werking van het BIN een cijfer": "number"}
    with qtbot.waitSignal(wizard.checked, timeout=10_000):
        _next(qtbot, wizard)
    summary = wizard.ui.summary_label.text()
    assert "6 nieuwe antwoorden, 0 al eerder ingelezen" in summary
    assert "Geef de werking van het BIN een cijfer  (getal)" in summary
    with db.read_session() as s:
        assert surveys.list_surveys(s) == []  # the summary is a trial: nothing written
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        _next(qtbot, wizard)  # Importeren (commit)
    assert "6 antwoorden geïmporteerd" in wizard.ui.result_label.text()
    with db.read_session() as s:
        assert surveys.question_titles(s, "Bevraging Forms")[5] == (
            "Geef de werking van het BIN een cijfer",
            "number",
        )
        assert surveys.results(s, "Bevraging Forms")["responses"] == 6


def test_a_type_that_does_not_fit_is_refused_until_corrected(
    qtbot: QtBot, db: Database, communicatie: Actor
) -> None:
    wizard = _wizard(qtbot, db, communicatie, SURVEYS / "google_forms.csv")
    wizard.ui.title_combo.setEditText("G")
    _next(qtbot, wizard)
    model = wizard.question_model
    row = _row_of(model, "Opmerkingen")
    with qtbot.waitSignal(wizard.failed, timeout=10_000) as failed:
        model.setData(model.index(row, QuestionTypeModel.TYPE), "likert")
    assert "gekende schaal" in failed.args[0]
    assert "gekende schaal" in wizard.ui.columns_message_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    with qtbot.waitSignal(wizard.analysed, timeout=10_000):
        model.setData(model.index(row, QuestionTypeModel.TYPE), "text")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_wizard_says_when_a_file_is_not_a_survey(
    qtbot: QtBot, db: Database, communicatie: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "leeg.csv"
    path.write_bytes(b"")
    wizard = SurveyImportWizard(Desk(db, communicatie), None)
    qtbot.addWidget(wizard)
    wizard.open()
    with qtbot.waitSignal(wizard.failed, timeout=10_000):
        wizard.load_file(path)
    assert "Het bestand is leeg" in wizard.ui.file_info_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_browse_goes_through_ask(
    qtbot: QtBot, db: Database, communicatie: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ask, "open_file", lambda *_a: str(SURVEYS / "limesurvey.csv"))
    wizard = SurveyImportWizard(Desk(db, communicatie), None)
    qtbot.addWidget(wizard)
    wizard.open()
    with qtbot.waitSignal(wizard.analysed, timeout=10_000):
        wizard.ui.browse_button.click()
    assert "LimeSurvey: 5 antwoorden" in wizard.ui.file_info_label.text()
    assert "1 onvolledige overgeslagen" in wizard.ui.format_label.text()


def _page(qtbot: QtBot, make_window, db: Database, actor: Actor) -> SurveysPage:  # type: ignore[no-untyped-def]
    window = make_window(db, actor)
    page = window.show_page("surveys")
    assert isinstance(page, SurveysPage)
    qtbot.waitUntil(lambda: page.shown is not None, timeout=10_000)
    return page


def _labels(page: SurveysPage) -> list[QLabel]:
    return page.ui.results_container_widget.findChildren(QLabel)


def test_page_shows_the_demo_survey_as_charts(
    qtbot: QtBot,
    make_window,  # type: ignore[no-untyped-def]
    demo_db: Database,
    communicatie: Actor,
) -> None:
    page = _page(qtbot, make_window, demo_db, communicatie)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == DEMO_SURVEY_TITLE
    assert page.ui.survey_title_label.text() == f"{DEMO_SURVEY_TITLE}: 61 antwoorden"
    with demo_db.read_session() as s:
        data = surveys.results(s, DEMO_SURVEY_TITLE)
    closed = [q for q in data["questions"] if q["type"] != "text"]
    assert len(page.ui.results_container_widget.findChildren(QChartView)) == len(closed)
    texts = [label.text() for label in _labels(page)]
    assert "“Meer info over <b>oplichting</b> & phishing graag.”" in texts
    for label in _labels(page):
        assert label.textFormat() == Qt.TextFormat.PlainText  # file text is never markup


def test_breakdown_by_bin_names_the_suppressed_groups(
    qtbot: QtBot,
    make_window,  # type: ignore[no-untyped-def]
    demo_db: Database,
    communicatie: Actor,
) -> None:
    page = _page(qtbot, make_window, demo_db, communicatie)
    titles = [page.ui.by_combo.itemText(i) for i in range(page.ui.by_combo.count())]
    assert titles[:2] == ["(niet opsplitsen)", "In welk BIN woont u?"]
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        page.set_breakdown("In welk BIN woont u?")
    groups = page.ui.groups_label.text()
    assert "BIN Aaigem: te weinig antwoorden" in groups
    assert "Een ander BIN: te weinig antwoorden" in groups  # complementary
    assert "BIN Oordegem: 28 antwoorden" in groups
    notices = [lb.text() for lb in _labels(page) if lb.text().startswith("Niet getoond")]
    assert notices and all("BIN Aaigem" in n and "Een ander BIN" in n for n in notices)
    assert not any("BIN Aaigem: n =" in lb.text() for lb in _labels(page))
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        page.set_breakdown(None)
    assert page.ui.groups_label.text() == ""


def test_page_refreshes_after_an_import(
    qtbot: QtBot,
    make_window,  # type: ignore[no-untyped-def]
    db: Database,
    communicatie: Actor,
) -> None:
    window = make_window(db, communicatie)
    page = window.show_page("surveys")
    assert isinstance(page, SurveysPage)
    qtbot.waitUntil(lambda: not window.desk.tasks.busy, timeout=10_000)
    assert page.model.rowCount() == 0
    assert "Nog geen enquêtes" in page.ui.survey_title_label.text()
    with db.session() as s:
        surveys.import_survey(
            s, communicatie, (SURVEYS / "by_bin.csv").read_bytes(), "by_bin.csv", "Per BIN"
        )
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        window.desk.notify(Change.SURVEYS)
    assert page.ui.survey_title_label.text() == "Per BIN: 16 antwoorden"


def test_models(qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    surveys_model = SurveyListModel()
    surveys_model.set_rows([SurveyRow(1, "Najaar", 61, "01-12-2026 22:00")])
    qtmodeltester.check(surveys_model)
    dropped = DroppedColumnModel()
    dropped.set_columns([DroppedColumn("E-mail", "e-mailadres van de invuller")])
    qtmodeltester.check(dropped)
    raw = (SURVEYS / "google_forms.csv").read_bytes()
    questions = QuestionTypeModel()
    questions.set_questions(analyse_file(raw, "g.csv").questions)
    qtmodeltester.check(questions)
    assert not questions.setData(questions.index(0, QuestionTypeModel.TYPE), "schaal")
    assert not questions.setData(questions.index(0, QuestionTypeModel.TITLE), "text")
