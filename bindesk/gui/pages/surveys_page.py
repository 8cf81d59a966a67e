"""Enquêtes: the imported surveys, their results as charts, and the breakdown by a question
(e.g. the BIN) with small groups suppressed. All reading runs off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy.orm import Session

from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.dialogs.survey_import_wizard import SurveyImportWizard
from bindesk.gui.forms.ui_surveys_page import Ui_SurveysPage
from bindesk.gui.models.survey_models import ID_ROLE, SurveyListModel, SurveyRow
from bindesk.gui.operations import Change
from bindesk.gui.survey_charts import breakdown_card, clear, question_card
from bindesk.services import surveys


@dataclass(frozen=True)
class Shown:
    survey_id: int
    by: str | None
    data: dict[str, Any]
    questions: list[tuple[str, str]]  # (title, type) of every question


class SurveysPage(QWidget):
    loaded = Signal()
    results_shown = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_SurveysPage()
        self.ui.setupUi(self)
        self.model = SurveyListModel(self)
        view = self.ui.surveys_view
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(
            SurveyListModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.results_splitter.setSizes([380, 900])
        self.ui.import_button.clicked.connect(self.open_import)
        self.ui.by_combo.activated.connect(lambda _i: self._load_results())
        self.wizard: SurveyImportWizard | None = None
        self.shown: Shown | None = None
        self._select_after_load: str | None = None
        self._request = 0
        desk.changed.connect(self._data_changed)
        self._show_nothing()

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        def work(s: Session) -> list[SurveyRow]:
            return [
                SurveyRow(
                    r["id"],
                    r["title"],
                    r["responses"],
                    r["imported_at"].astimezone().strftime("%d-%m-%Y %H:%M"),
                )
                for r in surveys.list_surveys(s)
            ]

        self.desk.query("surveys", work, owner=self, on_done=self._loaded)

    def _loaded(self, rows: list[SurveyRow]) -> None:
        selected = self.selected_id()
        wanted = self._select_after_load
        self._select_after_load = None
        self.model.set_rows(rows)
        target = next((i for i, r in enumerate(rows) if r.title == wanted), None)
        if target is None:
            target = next((i for i, r in enumerate(rows) if r.id == selected), None)
        if target is None and rows:
            target = 0
        if target is not None:
            self.ui.surveys_view.selectRow(target)
        else:
            self._show_nothing()
        self.loaded.emit()

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.SURVEYS:
            self.refresh()

    def selected_id(self) -> int | None:
        rows = self.ui.surveys_view.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def select_title(self, title: str) -> None:
        for position, row in enumerate(self.model.rows()):
            if row.title == title:
                self.ui.surveys_view.selectRow(position)
                return

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        survey_id = self.selected_id()
        if survey_id is None:
            self._show_nothing()
            return
        if self.shown is None or self.shown.survey_id != survey_id:
            self.ui.by_combo.clear()
        self._load_results()

    # --- results -------------------------------------------------------------------------

    def set_breakdown(self, title: str | None) -> None:
        """Break the shown survey down by question ``title`` (None: no breakdown)."""
        position = 0 if title is None else self.ui.by_combo.findData(title)
        if position >= 0:
            self.ui.by_combo.setCurrentIndex(position)
            self._load_results()

    def _load_results(self) -> None:
        survey_id = self.selected_id()
        if survey_id is None:
            return
        by = self.ui.by_combo.currentData() if self.ui.by_combo.count() else None
        by = str(by) if by else None
        self._request += 1
        request = self._request

        def work(s: Session) -> Shown:
            data = surveys.results(s, survey_id, by)
            questions = surveys.question_titles(s, survey_id)
            return Shown(survey_id, by, data, questions)

        def done(shown: Shown) -> None:
            if request == self._request:
                self._show(shown)

        self.desk.query("survey results", work, owner=self, on_done=done)

    def _show_nothing(self) -> None:
        self.shown = None
        clear(self.ui.cards_layout)
        self.ui.survey_title_label.setText(
            self.tr("Nog geen enquêtes. Klik Importeren om een export in te lezen.")
            if self.model.rowCount() == 0
            else ""
        )
        self.ui.groups_label.setText("")
        self.ui.by_combo.clear()
        self.ui.by_combo.setEnabled(False)

    def _fill_by_combo(self, shown: Shown) -> None:
        if self.ui.by_combo.count():
            return
        self.ui.by_combo.addItem(self.tr("(niet opsplitsen)"), None)
        for title, kind in shown.questions:
            if kind in ("single", "yesno"):
                self.ui.by_combo.addItem(title, title)
        self.ui.by_combo.setEnabled(self.ui.by_combo.count() > 1)

    def _show(self, shown: Shown) -> None:
        self.shown = shown
        self._fill_by_combo(shown)
        data = shown.data
        clear(self.ui.cards_layout)
        layout = self.ui.cards_layout
        if shown.by is None:
            self.ui.survey_title_label.setText(
                self.tr("{title}: {n} antwoorden").format(title=data["survey"], n=data["responses"])
            )
            self.ui.groups_label.setText("")
            for question in data["questions"]:
                layout.addWidget(question_card(question))
        else:
            self.ui.survey_title_label.setText(data["survey"])
            groups = data["groups"]
            parts = [
                f"{g['group']}: "
                + (
                    self.tr("te weinig antwoorden")
                    if g["suppressed"]
                    else self.tr("{n} antwoorden").format(n=g["responses"])
                )
                for g in groups
            ]
            hidden = [g["group"] for g in groups if g["suppressed"]]
            note = (
                self.tr(
                    "Groepen met minder dan 5 antwoorden worden niet getoond, en ook de "
                    "kleinste andere groep als ze anders af te leiden zouden zijn."
                )
                if hidden
                else ""
            )
            self.ui.groups_label.setText(" · ".join(parts) + ("\n" + note if note else ""))
            visible = [g for g in groups if not g["suppressed"]]
            titles = [q["title"] for q in visible[0]["questions"]] if visible else []
            kinds = dict(shown.questions)
            for index, title in enumerate(titles):
                per_group = [(g["group"], g["questions"][index]) for g in visible]
                layout.addWidget(breakdown_card(title, kinds[title], per_group, hidden))
            if not visible:
                layout.addWidget(
                    question_card(
                        {
                            "title": self.tr("Geen enkele groep kan getoond worden"),
                            "type": "text",
                            "n": 0,
                            "mean": None,
                            "texts": [],
                        }
                    )
                )
        layout.addStretch(1)
        self.results_shown.emit()

    # --- import --------------------------------------------------------------------------

    @desk_action
    def open_import(self) -> None:
        wizard = SurveyImportWizard(self.desk, self)
        self.wizard = wizard
        wizard.imported.connect(lambda: self._after_import(wizard))
        wizard.setModal(True)
        wizard.show()

    def _after_import(self, wizard: SurveyImportWizard) -> None:
        if wizard.result is not None:
            self._select_after_load = wizard.result.title
