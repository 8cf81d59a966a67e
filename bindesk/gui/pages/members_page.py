"""Members: find a member fast (search as you type), filter, and manage them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy.orm import Session

from bindesk.domain.phone import display_mobile
from bindesk.domain.states import MemberStatus
from bindesk.gui import ask, i18n
from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.dialogs.import_wizard import ImportWizard
from bindesk.gui.dialogs.member_dialog import MemberDialog
from bindesk.gui.forms.ui_members_page import Ui_MembersPage
from bindesk.gui.models.member_model import (
    MemberTableModel,
    RowKeys,
    keys_of,
    phone_key,
    search_key,
    sort_keys,
)
from bindesk.gui.operations import Change
from bindesk.gui.words import count as _n
from bindesk.services import gdpr, member_files, members, networks
from bindesk.services.members import MemberRow
from bindesk.services.operators import Actor, Permission


@dataclass(frozen=True)
class MemberList:
    rows: list[MemberRow]
    keys: list[str]  # search key of each row
    phones: list[str]  # both phone forms of each row
    network_names: dict[int, str]
    sort_keys: dict[int, list[str]]  # column -> sort key of each row (header clicks)


def load_member_list(s: Session, actor: Actor) -> MemberList:
    """Runs off the GUI thread: rows, their search and sort keys, network names."""
    rows = members.member_rows(s, actor)
    names = {r.id: r.name for r in networks.list_networks(s)}
    keys = [search_key(r) for r in rows]
    phones = [phone_key(r) for r in rows]
    return MemberList(rows, keys, phones, names, sort_keys(rows, names))


def keyed_rows(
    rows: list[MemberRow], network_names: dict[int, str]
) -> tuple[list[MemberRow], list[RowKeys]]:
    """Runs off the GUI thread: rows refreshed after an edit, with all their keys."""
    return rows, keys_of(rows, network_names)


class MembersPage(QWidget):
    loaded = Signal()
    filtered = Signal(int)  # number of members shown
    exported = Signal(str)  # path of the file written
    personal_data_written = Signal(str)  # path of the HTML file
    erased = Signal(int)  # member id
    rows_reloaded = Signal()  # a few rows were refreshed in place

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_MembersPage()
        self.ui.setupUi(self)
        self.model = MemberTableModel(self)
        view = self.ui.members_view
        view.setModel(self.model)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 100, 170, 45, 70, 100, 115, 200)):
            view.setColumnWidth(column, width)
        view.verticalHeader().setDefaultSectionSize(24)
        view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.ui.status_combo.addItem(self.tr("Alle statussen"), None)
        for status in MemberStatus:
            self.ui.status_combo.addItem(i18n.label(status).capitalize(), str(status))
        self.ui.status_combo.addItem(
            self.tr("Afgemeld (geen berichten)"), MemberTableModel.STATUS_OPTED_OUT
        )
        self.ui.network_combo.addItem(self.tr("Alle netwerken"), None)

        self.ui.search_edit.textChanged.connect(self._search_changed)
        self.ui.network_combo.currentIndexChanged.connect(self._network_changed)
        self.ui.status_combo.currentIndexChanged.connect(self._status_changed)
        desk.changed.connect(self._data_changed)
        self._loading = False
        self.dialog: MemberDialog | None = None
        self.wizard: ImportWizard | None = None
        manage = desk.can(Permission.MANAGE_MEMBERS)
        export = desk.can(Permission.EXPORT_MEMBERS)
        for button, allowed in (
            (self.ui.add_button, manage),
            (self.ui.opt_out_button, manage),
            (self.ui.erase_button, manage),
            (self.ui.import_button, manage),
            (self.ui.personal_data_button, export),
            (self.ui.export_button, export),
        ):
            button.setVisible(allowed)
        self.ui.add_button.clicked.connect(self.add_member)
        self.ui.edit_button.clicked.connect(self.open_selected)
        view.doubleClicked.connect(self.open_selected)
        self.ui.opt_out_button.clicked.connect(self.toggle_opt_out)
        self.ui.personal_data_button.clicked.connect(self.export_personal_data)
        self.ui.erase_button.clicked.connect(self.erase_selected)
        self.ui.import_button.clicked.connect(self.import_file)
        self.ui.export_button.clicked.connect(self.export_list)
        self._update_count()
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.ui.loading_label.setVisible(True)
        actor = self.desk.actor
        self.desk.query(
            "members",
            lambda s: load_member_list(s, actor),
            owner=self,
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self.ui.loading_label.setText(message)

    def _loaded(self, result: MemberList) -> None:
        selected = self.selected_ids()
        self._fill_network_combo(result.network_names)
        self.model.set_network_names(result.network_names)
        self.model.filled.connect(
            lambda: self._filled(selected), Qt.ConnectionType.SingleShotConnection
        )
        self.model.set_rows(result.rows, result.keys, result.sort_keys, phones=result.phones)

    def _filled(self, selected: list[int]) -> None:
        self._loading = False
        self.ui.loading_label.setVisible(False)
        self.select_ids(selected)
        self._update_count()
        self.loaded.emit()

    def _fill_network_combo(self, names: dict[int, str]) -> None:
        combo = self.ui.network_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle netwerken"), None)
        for network_id, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            combo.addItem(name, network_id)
        position = combo.findData(current)
        combo.setCurrentIndex(max(position, 0))
        combo.blockSignals(False)
        if position < 0 and current is not None:
            self.model.set_criteria(network_id=None)

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.MEMBERS:
            self.refresh()

    # --- filtering ---------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self._filter(text=text)

    def _network_changed(self, _position: int) -> None:
        self._filter(network_id=self.ui.network_combo.currentData())

    def _status_changed(self, _position: int) -> None:
        self._filter(status=self.ui.status_combo.currentData())

    def _filter(self, **criteria: object) -> None:
        """Apply a criterion; the members selected before stay selected while shown."""
        selected = self.selected_ids()
        self.model.set_criteria(**criteria)  # type: ignore[arg-type]
        if selected and self.selected_ids() != selected:
            self.select_ids(selected)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            text = _n(total, self.tr("{n} lid"), self.tr("{n} leden"))
        else:
            text = _n(
                total, self.tr("{shown} van {n} lid"), self.tr("{shown} van {n} leden"), shown=shown
            )
        self.ui.count_label.setText(text)
        self.filtered.emit(shown)

    # --- selection ---------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return self.model.ids_of(self.ui.members_view.selectionModel().selectedRows())

    def select_ids(self, member_ids: list[int]) -> None:
        view = self.ui.members_view
        selection = QItemSelection()
        first = None
        for member_id in member_ids:
            position = self.model.position_of(member_id)
            if position is None:
                continue
            index = self.model.index(position, 0)
            last = index.siblingAtColumn(self.model.columnCount() - 1)
            selection.select(index, last)
            first = index if first is None else first
        view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            view.scrollTo(first)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        count = len(ids)
        self.ui.edit_button.setEnabled(count == 1)
        self.ui.personal_data_button.setEnabled(count == 1)
        self.ui.erase_button.setEnabled(count == 1)
        self.ui.opt_out_button.setEnabled(count >= 1)
        rows = [self.model.row_by_id(i) for i in ids]
        if rows and all(r is not None and r.opted_out for r in rows):
            self.ui.opt_out_button.setText(self.tr("Opnieuw a&anmelden…"))
        else:
            self.ui.opt_out_button.setText(self.tr("Af&melden"))
        if count > 1:
            self.ui.export_button.setText(self.tr("E&xporteren (selectie)…"))
        else:
            self.ui.export_button.setText(self.tr("E&xporteren…"))

    # --- one member ----------------------------------------------------------------------

    @desk_action
    def add_member(self) -> None:
        self._open_dialog(None)

    @desk_action
    def open_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._open_dialog(ids[0])

    def _open_dialog(self, member_id: int | None) -> None:
        network_id = self.ui.network_combo.currentData()
        self.dialog = MemberDialog(self.desk, member_id, network_id, self)
        self.dialog.saved.connect(self._member_saved)
        self.dialog.open()

    def _member_saved(self, member_id: int) -> None:
        self.reload_members([member_id], select=[member_id])
        self.desk.say(self.tr("Lid bewaard."))

    def reload_members(self, member_ids: list[int], select: list[int] | None = None) -> None:
        """Refresh a few rows in place (after an edit), without reloading the whole list;
        the worker that reads them computes their keys too."""
        actor, names = self.desk.actor, dict(self.model.network_names())
        self.desk.query(
            "member rows",
            lambda s: keyed_rows(members.member_rows(s, actor, member_ids), names),
            owner=self,
            on_done=lambda found: self._rows_reloaded(member_ids, *found, select or []),
        )

    def _rows_reloaded(
        self,
        member_ids: list[int],
        rows: list[MemberRow],
        keyed: list[RowKeys],
        select: list[int],
    ) -> None:
        found = {r.id for r in rows}
        self.model.upsert_many(rows, keyed)
        for member_id in member_ids:
            if member_id not in found:
                self.model.remove(member_id)
        self.model.refilter()
        if select:
            self.select_ids(select)
        self._update_count()
        self._update_buttons()
        self.rows_reloaded.emit()

    @desk_action
    def toggle_opt_out(self) -> None:
        ids = self.selected_ids()
        rows = [r for r in (self.model.row_by_id(i) for i in ids) if r is not None]
        if not rows:
            return
        if all(r.opted_out for r in rows):
            self._opt_in(rows)
            return
        names = ", ".join(r.full_name for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        if not ask.confirm(
            self,
            self.tr("Afmelden"),
            _n(
                len(rows),
                self.tr(
                    "{names} afmelden?\n\nVanaf nu krijgt dit lid geen enkel bericht "
                    "meer; berichten die nog in de wachtrij staan worden geannuleerd."
                ),
                self.tr(
                    "{names} afmelden?\n\nVanaf nu krijgen deze {n} leden geen enkel bericht "
                    "meer; berichten die nog in de wachtrij staan worden geannuleerd."
                ),
                names=names,
            ),
            self.tr("Afmelden"),
        ):
            return
        actor, ids = self.desk.actor, [r.id for r in rows]

        def write(s: Session) -> None:
            for member_id in ids:
                members.opt_out_at_desk(s, actor, members.get_member(s, member_id))

        def done(_none: None) -> None:
            self.desk.say(
                _n(len(ids), self.tr("{n} lid afgemeld."), self.tr("{n} leden afgemeld."))
            )

        self._write_members("opt out", ids, write, done)

    def _opt_in(self, rows: list[MemberRow]) -> None:
        method = ask.text(
            self,
            self.tr("Opnieuw aanmelden"),
            self.tr("Hoe gaf het lid opnieuw toestemming?"),
            self.tr("aan de balie"),
        )
        if method is None:
            return
        actor, ids = self.desk.actor, [r.id for r in rows]

        def write(s: Session) -> None:
            for member_id in ids:
                members.opt_in(s, actor, members.get_member(s, member_id), method)

        self._write_members("opt in", ids, write, lambda _none: None)

    def _write_members(
        self,
        name: str,
        ids: list[int],
        write: Callable[[Session], None],
        done: Callable[[None], None],
    ) -> None:
        """A change to these members: their rows here reload in place, the other pages
        reload on the announced change (networks count members; the outbox is cancelled)."""

        def reported(result: None) -> None:
            self.reload_members(ids)
            done(result)

        self.desk.write(
            name,
            write,
            owner=self,
            changes=Change.NETWORKS | Change.OUTBOX,
            on_done=reported,
        )

    @desk_action
    def export_personal_data(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        folder = ask.choose_folder(
            self, self.tr("Map kiezen voor het inzagebestand (persoonsgegevens)")
        )
        if not folder:
            return
        actor, member_id = self.desk.actor, ids[0]

        def done(paths: tuple[Path, Path]) -> None:
            json_path, html_path = paths
            self.last_personal_data = (json_path, html_path)
            self.desk.say(
                self.tr("Persoonsgegevens bewaard: {html} (leesbaar) en {json} (volledig).").format(
                    html=html_path, json=json_path.name
                )
            )
            self.personal_data_written.emit(str(html_path))

        self.desk.write(
            "personal data",
            lambda s: gdpr.write_personal_data(
                s, actor, members.get_member(s, member_id), Path(folder)
            ),
            owner=self,
            on_done=done,
        )

    @desk_action
    def erase_selected(self) -> None:
        ids = self.selected_ids()
        row = self.model.row_by_id(ids[0]) if len(ids) == 1 else None
        if row is None:
            return
        if not ask.confirm(
            self,
            self.tr("Lid definitief wissen"),
            self.tr(
                "{name} ({mobile}) definitief wissen?\n\n"
                "Alle persoonsgegevens worden verwijderd, ook uit het logboek. Verzonden "
                "berichten blijven enkel anoniem bewaard voor de statistiek. Dit kan niet "
                "ongedaan gemaakt worden.\n\n"
                "Wil het lid alleen geen berichten meer? Kies dan Annuleren en gebruik Afmelden."
            ).format(name=row.full_name, mobile=display_mobile(row.mobile)),
            self.tr("Definitief wissen"),
        ):
            return
        actor, member_id = self.desk.actor, row.id

        def done(_none: None) -> None:
            self.model.remove(member_id)
            self._update_count()
            self.desk.say(self.tr("Lid gewist."))
            self.erased.emit(member_id)

        self.desk.write(
            "erase",
            lambda s: gdpr.erase(s, actor, members.get_member(s, member_id)),
            owner=self,
            changes=Change.NETWORKS | Change.OUTBOX,
            on_done=done,
        )

    # --- lists in and out -----------------------------------------------------------------

    @desk_action
    def import_file(self) -> None:
        self.wizard = ImportWizard(self.desk, self.ui.network_combo.currentData(), self)
        self.wizard.open()

    @desk_action
    def export_list(self) -> None:
        selected = self.selected_ids()
        ids = selected if len(selected) > 1 else self.model.visible_ids()
        description = self.tr("selectie") if len(selected) > 1 else self.ui.count_label.text()
        if not ids:
            return
        suggested = "leden-{date}.xlsx".format(date=dt.date.today().strftime("%Y%m%d"))
        path = ask.save_file(
            self,
            self.tr("Ledenlijst exporteren"),
            suggested,
            self.tr("Excel (*.xlsx);;CSV, puntkomma (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".xlsx")
        actor = self.desk.actor

        def done(count: int) -> None:
            self.desk.say(
                self.tr("{count} leden geëxporteerd naar {path}.").format(count=count, path=target)
            )
            self.exported.emit(str(target))

        self.desk.write(
            "export",
            lambda s: member_files.export_member_ids(s, actor, ids, target, description),
            owner=self,
            on_done=done,
        )
