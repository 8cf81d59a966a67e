"""Import a survey export: file -> columns found, dropped and why, types -> summary -> result.

Reading, analysing, the trial import and the import itself run off the GUI thread.
Nothing is written before the operator presses Importeren on the summary page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QWidget, QWizard
from sqlalchemy.orm import Session

from bindesk.domain.survey_files import FORMAT_LABELS_NL, SurveyFile
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_survey_import_wizard import Ui_SurveyImportWizard
from bindesk.gui.models.survey_models import (
    DroppedColumnModel,
    QuestionTypeModel,
    TypeDelegate,
    type_labels,
)
from bindesk.gui.operations import Change
from bindesk.services import surveys
from bindesk.services.surveys import ImportResult


@dataclass(frozen=True)
class FileRead:
    raw: bytes
    analysis: SurveyFile
    titles: list[str]  # the surveys that exist already


class SurveyImportWizard(QWizard):
    analysed = Signal()
    checked = Signal()
    imported = Signal()
    failed = Signal(str)

    FILE, COLUMNS, SUMMARY, RESULT = range(4)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_SurveyImportWizard()
        self.ui.setupUi(self)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< V&orige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Sluiten"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Importeren"))
        self.ui.summary_page.setCommitPage(True)
        self.path: Path | None = None
        self.raw: bytes | None = None
        self.analysis: SurveyFile | None = None
        self.trial: ImportResult | None = None
        self.result: ImportResult | None = None
        self._generation = 0  # a later analysis supersedes an earlier one still running

        self.dropped_model = DroppedColumnModel(self)
        self.question_model = QuestionTypeModel(self)
        self.ui.dropped_view.setModel(self.dropped_model)
        self.ui.dropped_view.horizontalHeader().setStretchLastSection(True)
        self.ui.questions_view.setModel(self.question_model)
        self.ui.questions_view.setItemDelegateForColumn(
            QuestionTypeModel.TYPE, TypeDelegate(self.ui.questions_view)
        )
        header = self.ui.questions_view.horizontalHeader()
        header.setSectionResizeMode(QuestionTypeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QuestionTypeModel.TYPE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(QuestionTypeModel.TYPE, 150)
        header.setSectionResizeMode(QuestionTypeModel.SAMPLE, QHeaderView.ResizeMode.Stretch)
        self.question_model.types_changed.connect(self._reanalyse)
        self.ui.browse_button.clicked.connect(self.browse)
        self.ui.title_combo.currentTextChanged.connect(lambda _t: self._update_file_page())
        self.currentIdChanged.connect(self._entered)

    # --- step 1: the file -----------------------------------------------------------------

    def browse(self) -> None:
        path = ask.open_file(
            self,
            self.tr("Exportbestand van de enquête kiezen"),
            self.tr("Enquête-exports (*.csv *.xlsx *.txt);;Alle bestanden (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and analyse the file in the background; Next is enabled once it is read."""
        self.path = path
        self.analysis = None
        self.ui.file_edit.setText(str(path))
        self.ui.file_page.set_complete(False)
        self.ui.file_info_label.setStyleSheet("")
        self.ui.file_info_label.setText(self.tr("Bestand wordt gelezen…"))

        def work(s: Session) -> FileRead:
            raw = surveys.read_file(path)
            analysis = surveys.analyse_file(raw, path.name)
            titles = [row["title"] for row in surveys.list_surveys(s)]
            return FileRead(raw, analysis, titles)

        self.desk.query(
            "read survey file",
            work,
            owner=self,
            on_done=self._file_read,
            on_error=self._file_failed,
        )

    def _file_read(self, read: FileRead) -> None:
        self.raw = read.raw
        current = self.ui.title_combo.currentText()
        self.ui.title_combo.clear()
        self.ui.title_combo.addItems(read.titles)
        self.ui.title_combo.setEditText(current)
        self._show_analysis(read.analysis, keep_types=False)
        a = read.analysis
        self.ui.file_info_label.setText(
            self.tr(
                "{fmt}: {responses} antwoorden, {questions} vragen, {dropped} kolommen weggelaten."
            ).format(
                fmt=FORMAT_LABELS_NL[a.format],
                responses=len(a.responses),
                questions=len(a.questions),
                dropped=len(a.dropped),
            )
        )
        self._update_file_page()
        self.analysed.emit()

    def _file_failed(self, message: str) -> None:
        self.ui.file_info_label.setStyleSheet("color: #b00020;")
        self.ui.file_info_label.setText(message)
        self.failed.emit(message)

    def _update_file_page(self) -> None:
        ready = self.analysis is not None and bool(self.ui.title_combo.currentText().strip())
        self.ui.file_page.set_complete(ready)

    # --- step 2: columns and types --------------------------------------------------------

    def _show_analysis(self, analysis: SurveyFile, *, keep_types: bool) -> None:
        self.analysis = analysis
        self.ui.format_label.setText(
            self.tr("Herkend als {fmt}; {n} antwoorden").format(
                fmt=FORMAT_LABELS_NL[analysis.format], n=len(analysis.responses)
            )
            + (
                self.tr(", {n} onvolledige overgeslagen").format(n=analysis.incomplete)
                if analysis.incomplete
                else ""
            )
            + "."
        )
        self.dropped_model.set_columns(analysis.dropped)
        self.ui.dropped_view.resizeColumnToContents(0)
        self.question_model.set_questions(analysis.questions, keep_types=keep_types)
        self._open_type_editors()
        self.ui.columns_message_label.setText("")
        self.ui.columns_page.set_complete(True)

    def _open_type_editors(self) -> None:
        for row in range(self.question_model.rowCount()):
            self.ui.questions_view.openPersistentEditor(
                self.question_model.index(row, QuestionTypeModel.TYPE)
            )

    def _reanalyse(self) -> None:
        raw, path = self.raw, self.path
        assert raw is not None and path is not None
        overrides = self.question_model.overrides()
        self._generation += 1
        generation = self._generation
        self.ui.columns_page.set_complete(False)
        self.ui.columns_message_label.setText("")

        def done(analysis: SurveyFile) -> None:
            if generation == self._generation:
                self.analysis = analysis
                self.ui.columns_page.set_complete(True)
                self.analysed.emit()

        def failed(message: str) -> None:
            if generation == self._generation:
                self.ui.columns_message_label.setText(message)
                self.failed.emit(message)

        self.desk.run(
            "analyse survey file",
            lambda _p: surveys.analyse_file(raw, path.name, overrides),
            on_done=done,
            on_error=failed,
        )

    # --- step 3: summary (a trial import) ---------------------------------------------------

    def _entered(self, page_id: int) -> None:
        if page_id == self.COLUMNS:
            self._open_type_editors()
        elif page_id == self.SUMMARY:
            self._check()
        elif page_id == self.RESULT:
            self._import()

    def survey_title(self) -> str:
        return self.ui.title_combo.currentText().strip()

    def _import_work(self, dry_run: bool) -> Callable[[Session], ImportResult]:
        """The (trial) import as an operation; what it needs is read here, on the GUI thread."""
        raw, path = self.raw, self.path
        assert raw is not None and path is not None
        overrides = self.question_model.overrides()
        title = self.survey_title()
        actor = self.desk.actor

        def work(s: Session) -> ImportResult:
            result = surveys.import_survey(
                s, actor, raw, path.name, title, overrides, dry_run=dry_run
            )
            if dry_run:
                s.rollback()
            return result

        return work

    def _check(self) -> None:
        self.trial = None
        self.ui.summary_page.set_complete(False)
        self.ui.summary_label.setText(self.tr("De antwoorden worden nagekeken…"))
        self.desk.write(  # a trial: written, then rolled back
            "check survey import",
            self._import_work(dry_run=True),
            owner=self,
            on_done=self._checked,
            on_error=self._check_failed,
        )

    def _summary(self, result: ImportResult) -> str:
        labels = type_labels()
        lines = [
            self.tr("Enquête: {title} ({state})").format(
                title=result.title,
                state=self.tr("nieuw") if result.new_survey else self.tr("bestaat al, aanvullen"),
            ),
            self.tr(
                "{added} nieuwe antwoorden, {already} al eerder ingelezen, "
                "{incomplete} onvolledige overgeslagen."
            ).format(added=result.added, already=result.already, incomplete=result.incomplete),
            self.tr("Weggelaten kolommen: {columns}.").format(
                columns=", ".join(d.header for d in result.dropped) or self.tr("geen")
            ),
        ]
        if result.redacted:
            lines.append(
                self.tr(
                    "{n} e-mailadressen of telefoonnummers in antwoorden vervangen door "
                    "[verwijderd]."
                ).format(n=result.redacted)
            )
        lines.append(self.tr("Vragen:"))
        lines += [f"  • {title}  ({labels[kind]})" for title, kind in result.questions]
        return "\n".join(lines)

    def _checked(self, result: ImportResult) -> None:
        self.trial = result
        self.ui.summary_label.setText(self._summary(result))
        self.ui.summary_page.set_complete(result.added > 0)
        if result.added == 0:
            self.ui.summary_page.setSubTitle(
                self.tr("Alle antwoorden in dit bestand zijn al ingelezen: er is niets nieuw.")
            )
        self.checked.emit()

    def _check_failed(self, message: str) -> None:
        self.ui.summary_label.setText(message)
        self.failed.emit(message)

    # --- step 4: import -----------------------------------------------------------------------

    def _import(self) -> None:
        self.ui.result_page.set_complete(False)
        self.ui.result_label.setText(self.tr("Bezig met importeren…"))
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.desk.write(
            "import survey",
            self._import_work(dry_run=False),
            owner=self,
            changes=Change.SURVEYS,
            on_done=self._imported,
            on_error=self._import_failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        text = self.tr("'{title}': {added} antwoorden geïmporteerd.").format(
            title=result.title, added=result.added
        )
        advice = self.tr(
            "Verwijder nu het exportbestand (en de kopie in uw Downloads): het bevat wat "
            "bindesk niet bewaart, zoals e-mailadressen en tijdstippen."
        )
        self.ui.result_label.setText(f"{text}\n\n{advice}")
        self.ui.result_page.set_complete(True)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.desk.say(text)
        self.imported.emit()

    def _import_failed(self, message: str) -> None:
        self.ui.result_label.setStyleSheet("color: #b00020;")
        self.ui.result_label.setText(self.tr("Niets geïmporteerd: {reason}").format(reason=message))
        self.ui.result_page.set_complete(True)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.failed.emit(message)
