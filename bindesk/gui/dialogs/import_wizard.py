"""Import a coordinator's member list: file -> columns -> check -> import -> result.

Reading, checking and writing run off the GUI thread. Nothing is written before the
operator presses Importeren on the check page; all-or-nothing is the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QWidget, QWizard
from sqlalchemy.orm import Session

from bindesk.domain.errors import InvalidInput
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_import_wizard import Ui_ImportWizard
from bindesk.gui.models.import_models import (
    ColumnMappingModel,
    FieldDelegate,
    PreviewModel,
    ProblemModel,
)
from bindesk.gui.operations import Change
from bindesk.gui.tasks import Progress
from bindesk.services import member_files, networks
from bindesk.services.member_files import ImportPlan, ImportResult, Table

DEFAULT_CONSENT = "inschrijvingslijst van de coördinator"


@dataclass(frozen=True)
class CheckOutcome:
    plan: ImportPlan
    would_create: int
    would_update: int
    trial: ImportResult | None = None


class ImportWizard(QWizard):
    table_read = Signal()
    checked = Signal()
    imported = Signal()
    networks_loaded = Signal()
    failed = Signal(str)

    FILE, MAPPING, CHECK, RESULT = range(4)

    def __init__(
        self, desk: Desk, network_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< V&orige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Sluiten"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Importeren"))
        self.ui.check_page.setCommitPage(True)
        self.table: Table | None = None
        self.path: Path | None = None
        self.outcome: CheckOutcome | None = None
        self.result: ImportResult | None = None

        self._network_id = network_id
        desk.query(
            "networks",
            lambda s: networks.list_networks(s, include_inactive=False),
            owner=self,
            on_done=self._networks_loaded,
        )
        self.ui.consent_method_edit.setText(DEFAULT_CONSENT)
        self.ui.browse_button.clicked.connect(self.browse)

        self.mapping_model = ColumnMappingModel(self)
        self.preview_model = PreviewModel(self)
        self.problem_model = ProblemModel(self)
        self.ui.mapping_view.setModel(self.mapping_model)
        self.ui.mapping_view.setItemDelegateForColumn(
            ColumnMappingModel.FIELD, FieldDelegate(self.ui.mapping_view)
        )
        self.ui.mapping_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.preview_view.setModel(self.preview_model)
        self.ui.problems_view.setModel(self.problem_model)
        self.ui.problems_view.horizontalHeader().setStretchLastSection(True)
        self.mapping_model.mapping_changed.connect(self._mapping_changed)
        self.ui.all_or_nothing_radio.toggled.connect(self._mode_changed)
        self.currentIdChanged.connect(self._entered)

    def _networks_loaded(self, rows: list[networks.NetworkRow]) -> None:
        for row in rows:
            self.ui.network_combo.addItem(row.name, row.id)
        combo = self.ui.network_combo
        combo.setCurrentIndex(max(0, combo.findData(self._network_id)))
        self.ui.file_page.set_complete(self.table is not None and combo.count() > 0)
        self.networks_loaded.emit()

    # --- step 1: the file ---------------------------------------------------------------

    def browse(self) -> None:
        path = ask.open_file(
            self,
            self.tr("Ledenlijst kiezen"),
            self.tr("Ledenlijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read the file in the background; Next is enabled once it is read."""
        self.path = path
        self.table = None
        self.ui.file_edit.setText(str(path))
        self.ui.file_page.set_complete(False)
        self.ui.file_info_label.setText(self.tr("Bestand wordt gelezen…"))
        self.desk.run(
            "read members file",
            lambda _p: member_files.read_table(path),
            on_done=self._file_read,
            on_error=self._file_failed,
        )

    def _file_read(self, table: Table) -> None:
        self.table = table
        rows = sum(1 for r in table.rows if any(c.strip() for c in r))
        details = []
        if table.encoding and table.encoding != "xlsx":
            details.append(self.tr("tekenset {enc}").format(enc=table.encoding))
        if table.delimiter:
            shown = {";": ";", ",": ",", "\t": "tab"}.get(table.delimiter, table.delimiter)
            details.append(self.tr("scheidingsteken {sep}").format(sep=shown))
        extra = f" ({', '.join(details)})" if details else ""
        self.ui.file_info_label.setStyleSheet("")
        self.ui.file_info_label.setText(
            self.tr("{rows} rijen en {cols} kolommen gelezen{extra}.").format(
                rows=rows, cols=len(table.headers), extra=extra
            )
        )
        self.mapping_model.set_table(table, member_files.guess_mapping(table.headers))
        self.preview_model.set_table(table)
        self.preview_model.set_mapping(self.mapping_model.mapping())
        self.ui.file_page.set_complete(self.ui.network_combo.count() > 0)
        self.table_read.emit()

    def _file_failed(self, message: str) -> None:
        self.ui.file_info_label.setStyleSheet("color: #b00020;")
        self.ui.file_info_label.setText(message)
        self.failed.emit(message)

    # --- step 2: the columns ---------------------------------------------------------------

    def _mapping_changed(self) -> None:
        mapping = self.mapping_model.mapping()
        self.preview_model.set_mapping(mapping)
        message = ""
        if self.table is not None:
            try:
                member_files.check_mapping(self.table.headers, mapping)
            except InvalidInput as exc:
                message = str(exc)
        self.ui.mapping_message_label.setText(message)
        self.ui.mapping_page.set_complete(self.table is not None and not message)

    def _open_field_editors(self) -> None:
        for row in range(self.mapping_model.rowCount()):
            self.ui.mapping_view.openPersistentEditor(
                self.mapping_model.index(row, ColumnMappingModel.FIELD)
            )

    # --- step 3: the check -----------------------------------------------------------------

    def _entered(self, page_id: int) -> None:
        if page_id == self.MAPPING:
            self._open_field_editors()
        elif page_id == self.CHECK:
            self._check()
        elif page_id == self.RESULT:
            self._import()

    def network_id(self) -> int:
        value = self.ui.network_combo.currentData()
        assert isinstance(value, int)
        return value

    def _check(self) -> None:
        table = self.table
        assert table is not None
        mapping = self.mapping_model.mapping()
        consent = self.ui.consent_method_edit.text().strip()
        network_id = self.network_id()
        desk = self.desk
        self.outcome = None
        self.ui.check_page.set_complete(False)
        self.ui.check_progress.setVisible(True)
        self.ui.check_summary_label.setText(self.tr("Elke rij wordt nagekeken…"))
        self.problem_model.set_problems([], [])

        actor = desk.actor

        def work(s: Session) -> CheckOutcome:
            plan = member_files.plan_import(table, mapping, consent_method=consent)
            network = networks.get_network(s, network_id)
            trial = member_files.apply_import(
                s, actor, network, plan, skip_invalid=True, dry_run=True
            )
            return CheckOutcome(plan, trial.created, trial.updated, trial)

        self.desk.query(
            "check import", work, owner=self, on_done=self._checked, on_error=self._check_failed
        )

    def _checked(self, outcome: CheckOutcome) -> None:
        self.outcome = outcome
        plan = outcome.plan
        self.ui.check_progress.setVisible(False)
        trial = outcome.trial
        self.problem_model.set_problems(
            plan.problems,
            plan.warnings + (trial.notices if trial else []),
            trial.changes if trial else [],
        )
        self.ui.problems_view.resizeColumnsToContents()
        self.ui.problems_view.horizontalHeader().setStretchLastSection(True)
        text = self.tr(
            "{valid} rijen in orde: {new} nieuwe leden, {updated} bestaande leden bijgewerkt."
        ).format(valid=len(plan.valid), new=outcome.would_create, updated=outcome.would_update)
        if plan.problems:
            text += " " + self.tr("{bad} rijen met fouten (zie hieronder).").format(
                bad=len(plan.problems)
            )
        else:
            text += " " + self.tr("Geen fouten gevonden.")
        if plan.warnings:
            text += " " + self.tr("{n} waarschuwingen.").format(n=len(plan.warnings))
        self.ui.check_summary_label.setText(text)
        has_problems = bool(plan.problems)
        self.ui.all_or_nothing_radio.setEnabled(has_problems)
        self.ui.skip_invalid_radio.setEnabled(has_problems)
        self._mode_changed()
        self.checked.emit()

    def _check_failed(self, message: str) -> None:
        self.ui.check_progress.setVisible(False)
        self.ui.check_summary_label.setText(message)
        self.failed.emit(message)

    def _mode_changed(self, *_args: object) -> None:
        outcome = self.outcome
        if outcome is None:
            self.ui.check_page.set_complete(False)
            return
        plan = outcome.plan
        skip = self.ui.skip_invalid_radio.isChecked()
        ready = bool(plan.valid) and (skip or not plan.problems)
        self.ui.check_page.set_complete(ready)
        if plan.problems and not skip:
            self.ui.check_page.setSubTitle(
                self.tr(
                    "Alles of niets: er wordt niets geïmporteerd zolang er fouten zijn. "
                    "Verbeter het bestand en kies het opnieuw, of kies 'ongeldige rijen "
                    "overslaan'."
                )
            )
        else:
            self.ui.check_page.setSubTitle(
                self.tr("Elke rij is nagekeken. Er is nog niets weggeschreven.")
            )

    # --- step 4: import and result -----------------------------------------------------------

    def _import(self) -> None:
        outcome = self.outcome
        assert outcome is not None
        plan = outcome.plan
        skip = self.ui.skip_invalid_radio.isChecked()
        network_id = self.network_id()
        source = self.path.name if self.path else ""
        desk = self.desk
        self.ui.result_page.set_complete(False)
        self.ui.import_progress.setMaximum(max(len(plan.valid), 1))
        self.ui.import_progress.setValue(0)
        self.ui.result_label.setText(self.tr("Bezig met importeren…"))
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

        actor = desk.actor

        def work(progress: Progress) -> ImportResult:
            # short transactions (import_in_batches opens its own sessions, off the GUI
            # thread): the dispatcher keeps sending during a long import
            return member_files.import_in_batches(
                desk.db,
                actor,
                network_id,
                plan,
                skip_invalid=skip,
                source=source,
                progress=lambda done, total: progress(done, total),
            )

        def done(result: ImportResult) -> None:
            desk.notify(Change.MEMBERS | Change.NETWORKS | Change.AUDIT)
            self._imported(result)

        self.desk.run(
            "import members",
            work,
            on_done=done,
            on_error=self._import_failed,
            on_progress=lambda done, _total, _text: self.ui.import_progress.setValue(done),
        )

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.ui.import_progress.setValue(self.ui.import_progress.maximum())
        name = self.ui.network_combo.currentText()
        text = self.tr(
            "Geïmporteerd in {network}: {new} nieuwe leden, {updated} bijgewerkt, "
            "{unchanged} ongewijzigd."
        ).format(
            network=name, new=result.created, updated=result.updated, unchanged=result.unchanged
        )
        if result.skipped:
            text += "\n" + self.tr("{n} ongeldige rijen overgeslagen: {rows}.").format(
                n=len(result.skipped),
                rows=", ".join(str(p.row) for p in result.skipped[:30])
                + (" …" if len(result.skipped) > 30 else ""),
            )
        self.ui.result_label.setText(text)
        self.ui.result_page.set_complete(True)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.desk.say(text.splitlines()[0])
        self.imported.emit()

    def _import_failed(self, message: str) -> None:
        self.ui.result_label.setStyleSheet("color: #b00020;")
        self.ui.result_label.setText(
            self.tr(
                "De import is gestopt: {reason} Wat al geïmporteerd was, blijft bewaard; start "
                "de import opnieuw om de rest te doen (niemand komt er dubbel in)."
            ).format(reason=message)
        )
        self.ui.result_page.set_complete(True)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.failed.emit(message)
