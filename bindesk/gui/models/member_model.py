"""The members table: one model that holds every member and shows those the search keeps.

Built for 20 000 rows and a keystroke budget well under 50 ms on the GUI thread:

* the search key and the phone forms of every row are computed once, off the GUI thread,
  when the rows arrive (:func:`search_key`, :func:`phone_key`), as lists aligned with them;
* a search decides every row in one pass of list comprehensions over those strings and
  swaps the shown rows in with one model reset. There is no ``QSortFilterProxyModel``:
  its re-filter calls a Python ``filterAcceptsRow`` once per row (20 000 calls, ~20 ms
  per keystroke) and a proxy sort calls a Python ``lessThan`` hundreds of thousands of times;
* the sort key of every row in every column is a string computed off the GUI thread
  (:func:`sort_keys` when the rows arrive, :func:`keys_of` for rows refreshed after an
  edit), kept aligned with the rows; a header click sorts by them with ``list.sort`` and a
  C key (``keys.__getitem__``), which never calls back into Python: 1-5 ms at 20 000 members.
  Computing the keys is the Python part (20-50 ms per column at 20 000), and it never runs
  on the GUI thread for rows that came through the page's workers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from bindesk.domain.phone import display_mobile, national_mobile
from bindesk.domain.states import MemberStatus
from bindesk.gui import i18n
from bindesk.gui.models.rows import NamedColumnsTableModel
from bindesk.services.members import MemberRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# The roles the table answers, as ints: a paint asks ~10 roles of every visible cell, and
# comparing the int Qt passes with an enum member is a Python call each time.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID = int(ID_ROLE)
_ANSWERED = frozenset((_DISPLAY, _FOREGROUND, _TOOLTIP, _ID))

_Index = QModelIndex | QPersistentModelIndex
# a row's keys: its search key, its phone forms and its sort key in every column (keys_of)
RowKeys = tuple[str, str, tuple[str, ...]]

_NUMBER = re.compile(r"\d+")
_PHONE_SEPARATORS = re.compile(r"[\s./()-]")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Chloë' and 'chloe' are the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_key(row: MemberRow) -> str:
    """Everything a desk officer might type: name, street, number, place, both phone forms."""
    national = national_mobile(row.mobile)
    return fold(
        " ".join(
            (
                row.last_name,
                row.first_name,
                row.street,
                row.house_number,
                row.postal_code,
                row.municipality,
                row.mobile,
                national,
                row.email,
            )
        )
    )


def phone_key(row: MemberRow) -> str:
    """The mobile in both forms, for a query typed as a number ('0470 12 34')."""
    return row.mobile + "\n" + national_mobile(row.mobile)


@dataclass(frozen=True)
class Query:
    """What the operator typed, ready to match."""

    terms: tuple[str, ...]
    digits: str  # the whole query as one phone number fragment ('' when it is not one)

    @classmethod
    def parse(cls, text: str) -> Query:
        compact = _PHONE_SEPARATORS.sub("", text.strip())
        digits = ""
        if len(compact) >= 3 and (
            compact.isdigit() or (compact[:1] == "+" and compact[1:].isdigit())
        ):
            digits = compact
            if digits.startswith("0032"):
                digits = "+32" + digits[4:]
        return cls(tuple(fold(text).split()), digits)

    def matching(
        self, candidates: list[int], keys: Sequence[str], phones: Sequence[str]
    ) -> list[int]:
        """The candidates (positions in ``keys`` and ``phones``, in their order) that match:
        every term is in the search key, or the whole query as a number is in the phone forms
        (:func:`phone_key`). One pass of list comprehensions per term: 20 000 rows in a few ms."""
        if not self.terms:
            return candidates
        first, *more = self.terms
        by_text = [i for i in candidates if first in keys[i]]
        for term in more:
            by_text = [i for i in by_text if term in keys[i]]
        if not self.digits:
            return by_text
        digits, hits = self.digits, set(by_text)
        return [i for i in candidates if i in hits or digits in phones[i]]

    def matches(self, key: str, phones: str) -> bool:
        """One row: its :func:`search_key` and :func:`phone_key`."""
        return bool(self.matching([0], [key], [phones]))


@dataclass(frozen=True)
class MemberFilter:
    """The search and the two filters of the members page (Qt-free)."""

    STATUS_OPTED_OUT = "opted_out"

    text: str = ""
    network_id: int | None = None
    status: str | None = None  # a MemberStatus value, STATUS_OPTED_OUT, or None for all

    def active(self) -> bool:
        return bool(self.text.strip() or self.network_id is not None or self.status)

    def keep(
        self,
        candidates: list[int],
        rows: Sequence[MemberRow],
        keys: Sequence[str],
        phones: Sequence[str],
    ) -> list[int]:
        """The candidates (positions in ``rows``, in their order) that pass."""
        kept = Query.parse(self.text).matching(candidates, keys, phones)
        if self.network_id is not None:
            network_id = self.network_id
            kept = [i for i in kept if network_id in rows[i].network_ids]
        if self.status == self.STATUS_OPTED_OUT:
            kept = [i for i in kept if rows[i].opted_out]
        elif self.status:
            status = self.status
            kept = [i for i in kept if rows[i].status == status]
        return kept


def _natural(text: str) -> str:
    """A house number in natural order ('9' before '10', '12b' after '12'), as a string."""
    match = _NUMBER.match(text.strip())
    number = int(match.group()) if match else 10**19
    return f"{min(number, 10**19):020d}\0{fold(text)}"


class MemberTableModel(NamedColumnsTableModel):
    """Every member (``_base``, with its search keys), shown in sort order through the filter.

    ``_order`` holds the positions in ``_base`` of every member in the current sort order,
    ``_shown`` those that pass the filter, and ``_rows`` (what the view reads) the shown
    members themselves. ``filled`` says the rows are in (after :meth:`set_rows` and after a
    search changed what is shown). 20 000 rows go in with one model reset (~15 ms with the
    paint): without a proxy there is no per-row Python call to spread over several turns of
    the event loop (filling in steps of 2 000 rows cost ~70 ms of Qt's own work per step).
    ``ID_ROLE`` gives the member id of any cell.
    """

    filled = Signal()
    STATUS_OPTED_OUT = MemberFilter.STATUS_OPTED_OUT

    COLUMNS = (
        "last_name",
        "first_name",
        "street",
        "house_number",
        "postal_code",
        "municipality",
        "mobile",
        "networks",
        "status",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base: list[MemberRow] = []
        self._keys: list[str] = []  # aligned with _base
        self._phones: list[str] = []  # aligned with _base
        self._position: dict[int, int] = {}  # member id -> position in _base
        self._order: list[int] = []
        self._shown: list[int] = []
        self._rows: list[MemberRow] = []  # _base[i] for i in _shown
        # column -> the sort key of every row (aligned with _base), computed off the GUI
        # thread (sort_keys, keys_of); a column without keys gets them on its first sort
        self._sort_keys: dict[int, list[str]] = {}
        self._in_order = False  # _order is in (_sort_column, _sort_order) order
        self._filter = MemberFilter()
        self._network_names: dict[int, str] = {}
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._grey = QBrush(QColor(120, 120, 120))
        self._headers = (
            self.tr("Naam"),
            self.tr("Voornaam"),
            self.tr("Straat"),
            self.tr("Nr"),
            self.tr("Postcode"),
            self.tr("Gemeente"),
            self.tr("GSM"),
            self.tr("Netwerken"),
            self.tr("Status"),
        )
        self._status_labels = i18n.labels_of(MemberStatus)

    # --- content -------------------------------------------------------------------

    def set_network_names(self, names: dict[int, str]) -> None:
        self._network_names = dict(names)
        if self._rows:
            column = self.COLUMNS.index("networks")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def set_rows(
        self,
        rows: list[MemberRow],
        keys: list[str] | None = None,
        sort_keys: dict[int, list[str]] | None = None,
        *,
        phones: list[str] | None = None,
    ) -> None:
        """Replace every row; ``keys``/``phones`` (aligned with ``rows``) and ``sort_keys``
        (see :func:`sort_keys`) may be precomputed off the GUI thread."""
        self.beginResetModel()
        self._base = list(rows)
        self._keys = list(keys) if keys is not None else [search_key(r) for r in rows]
        self._phones = list(phones) if phones is not None else [phone_key(r) for r in rows]
        self._position = {r.id: i for i, r in enumerate(self._base)}
        self._sort_keys = {c: list(k) for c, k in (sort_keys or {}).items()}
        self._order = self._sorted(list(range(len(self._base))))
        self._shown = self._filtered(self._order)
        self._rows = self._rows_of(self._shown)
        self.endResetModel()
        self.filled.emit()

    def has_sort_keys(self) -> bool:
        """Every column's keys are in (a header click then only sorts, in C)."""
        return len(self._sort_keys) == len(self.COLUMNS)

    def _column_keys(self, column: int) -> list[str]:
        keys = self._sort_keys.get(column)
        if keys is None:  # rows given without keys (tests, a few rows): computed once here
            key = sort_key(self.COLUMNS[column], self._network_names)
            keys = self._sort_keys[column] = [key(r) for r in self._base]
        return keys

    def _sorted(self, positions: list[int]) -> list[int]:
        """``positions`` (every live row) in the current sort order: ``list.sort`` with a C
        key over strings (unique: the member id ends each), so descending is the reverse."""
        keys = self._column_keys(self._sort_column)
        positions.sort(
            key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder
        )
        self._in_order = True
        return positions

    def _filtered(self, order: list[int]) -> list[int]:
        if not self._filter.active():
            return list(order)
        return self._filter.keep(order, self._base, self._keys, self._phones)

    # --- the search and the filters ---------------------------------------------------

    def set_criteria(
        self,
        text: str | None = None,
        network_id: int | bool | None = False,
        status: str | bool | None = False,
    ) -> None:
        """Change any of the criteria (None/False as documented: False = keep) and show
        the rows that pass."""
        current = self._filter
        self._filter = MemberFilter(
            current.text if text is None else text,
            current.network_id if network_id is False else network_id,  # type: ignore[arg-type]
            current.status if status is False else status,  # type: ignore[arg-type]
        )
        self.refilter()

    def refilter(self) -> None:
        """Decide every row again and show the ones that pass (one model reset)."""
        shown = self._filtered(self._order)
        if shown == self._shown:
            return  # the same rows: no reset, the selection and the scroll stay
        self.beginResetModel()
        self._shown = shown
        self._rows = self._rows_of(shown)
        self.endResetModel()
        self.filled.emit()

    # --- one row -----------------------------------------------------------------------

    def upsert(self, row: MemberRow) -> None:
        """Add a member or refresh one row in place (after an edit)."""
        self.upsert_many([row])

    def upsert_many(
        self, rows: Sequence[MemberRow], keyed: Sequence[RowKeys] | None = None
    ) -> None:
        """Add members or refresh their rows in place (after an edit). ``keyed`` (aligned
        with ``rows``, see :func:`keys_of`) comes from the worker that read the rows; without
        it the keys are computed here (~30 µs a row). A new member shows (at the end) until
        the filter is applied again."""
        if not rows:
            return
        if keyed is None:
            keyed = keys_of(rows, self._network_names)
        added: list[tuple[MemberRow, RowKeys]] = []
        refreshed: list[int] = []
        for row, row_keyed in zip(rows, keyed, strict=True):
            position = self._position.get(row.id)
            if position is None:
                added.append((row, row_keyed))
                continue
            search, phones, by_column = row_keyed
            self._base[position] = row
            self._keys[position] = search
            self._phones[position] = phones
            for column, keys in self._sort_keys.items():
                keys[position] = by_column[column]
            refreshed.append(row.id)
        if refreshed:
            at = self._shown_at(set(refreshed))
            for member_id, shown_at in at.items():
                self._rows[shown_at] = self._base[self._position[member_id]]
            if at:
                last = len(self.COLUMNS) - 1
                first_row, last_row = min(at.values()), max(at.values())
                self.dataChanged.emit(self.index(first_row, 0), self.index(last_row, last))
            self._in_order = False  # a refreshed row may belong elsewhere now
        if added:
            shown_at = len(self._rows)
            self.beginInsertRows(QModelIndex(), shown_at, shown_at + len(added) - 1)
            for row, (search, phones, by_column) in added:
                position = len(self._base)
                self._base.append(row)
                self._keys.append(search)
                self._phones.append(phones)
                for column, keys in self._sort_keys.items():
                    keys.append(by_column[column])
                self._position[row.id] = position
                self._order.append(position)
                self._shown.append(position)
                self._rows.append(row)
            self._in_order = False  # appended at the end
            self.endInsertRows()

    def remove(self, member_id: int) -> None:
        position = self._position.get(member_id)
        if position is None:
            return
        shown_at = self.position_of(member_id)
        if shown_at is not None:
            self.beginRemoveRows(QModelIndex(), shown_at, shown_at)
        del self._base[position], self._keys[position], self._phones[position]
        for keys in self._sort_keys.values():
            del keys[position]
        self._position = {r.id: i for i, r in enumerate(self._base)}

        def moved(positions: list[int]) -> list[int]:
            return [i - (i > position) for i in positions if i != position]

        self._order = moved(self._order)
        self._shown = moved(self._shown)
        if shown_at is not None:
            del self._rows[shown_at]
            self.endRemoveRows()

    # --- reading -----------------------------------------------------------------------

    def network_names(self) -> dict[int, str]:
        return self._network_names

    def total(self) -> int:
        """Every member loaded, shown or not."""
        return len(self._order)

    def rows_view(self) -> list[MemberRow]:
        """The shown rows themselves (no copy), in the order of the view."""
        return self._rows

    def all_rows(self) -> list[MemberRow]:
        """Every member loaded (a copy), in load order."""
        return list(self._base)

    def row_by_id(self, row_id: int) -> MemberRow | None:
        position = self._position.get(row_id)
        return self._base[position] if position is not None else None

    def position_of(self, member_id: int) -> int | None:
        """The member's row in the view, or None when it is not shown."""
        position = self._position.get(member_id)
        if position is None:
            return None
        try:
            return self._shown.index(position)
        except ValueError:
            return None

    def visible_ids(self) -> list[int]:
        """The ids of the members the filter keeps, in the view's order."""
        base = self._base
        return [base[i].id for i in self._shown]

    def ids_of(self, indexes: Iterable[QModelIndex]) -> list[int]:
        seen: list[int] = []
        for index in indexes:
            member_id = index.data(ID_ROLE)
            if member_id is not None and member_id not in seen:
                seen.append(member_id)
        return seen

    # --- Qt model ------------------------------------------------------------------

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None  # most of a paint's questions: answered before anything else
        at = index.row()
        if not 0 <= at < len(self._rows) or not index.isValid():
            return None
        row = self._rows[at]
        if role == _DISPLAY:
            return self._display(row, self.COLUMNS[index.column()])
        if role == _ID:
            return row.id
        if role == _FOREGROUND:
            return None if row.receives_messages else self._grey
        column = self.COLUMNS[index.column()]
        if column == "status":
            return self._status_tooltip(row)
        if column == "mobile":
            return row.mobile
        return None

    def _display(self, row: MemberRow, column: str) -> str:
        if column == "mobile":
            return display_mobile(row.mobile)
        if column == "networks":
            return ", ".join(
                self._network_names.get(n, "?") + (" ★" if n in row.coordinator_of else "")
                for n in row.network_ids
            )
        if column == "status":
            text = self._status_labels.get(row.status, row.status)
            if row.opted_out:
                text += self.tr(" · afgemeld")
            elif not row.has_consent:
                text += self.tr(" · geen toestemming")
            return text
        return str(getattr(row, column))

    def _status_tooltip(self, row: MemberRow) -> str:
        if row.receives_messages:
            return self.tr("Ontvangt berichten.")
        if row.opted_out:
            return self.tr("Afgemeld: krijgt geen berichten meer.")
        if not row.has_consent:
            return self.tr("Geen toestemming geregistreerd: krijgt geen berichten.")
        return self.tr("Niet actief: krijgt geen berichten.")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        if (column, order) == (self._sort_column, self._sort_order) and self._in_order:
            return  # the view asks again for the order it already has (one header click)
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.isValid() else None for i in persistent]
        shown = set(self._shown) if len(self._shown) != len(self._order) else None
        self._order = self._sorted(self._order)
        self._shown = list(self._order) if shown is None else [i for i in self._order if i in shown]
        self._rows = self._rows_of(self._shown)
        at = self._shown_at({i for i in ids if i is not None})
        self.changePersistentIndexList(
            persistent,
            [
                self.index(at[member_id], old.column())
                if member_id is not None and member_id in at
                else QModelIndex()
                for old, member_id in zip(persistent, ids, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _rows_of(self, positions: list[int]) -> list[MemberRow]:
        """``_base[i]`` for every position, in C (``itemgetter``): ~4x a comprehension."""
        if not positions:
            return []
        if len(positions) == 1:
            return [self._base[positions[0]]]
        return list(itemgetter(*positions)(self._base))

    def _shown_at(self, member_ids: set[int]) -> dict[int, int]:
        """Member id -> row in the view, for the few members the view holds on to (the
        current row, the selection's corners): ``list.index`` searches in C."""
        if len(member_ids) > 16:  # a large selection: one pass over the shown rows
            return {r.id: n for n, r in enumerate(self._rows) if r.id in member_ids}
        return {m: at for m in member_ids if (at := self.position_of(m)) is not None}


def sort_key(name: str, network_names: dict[int, str]) -> Callable[[MemberRow], str]:
    """The order of a column as one string per row (fields joined by NUL, which sorts before
    any character, so a field that is a prefix of another sorts first, as in a tuple); the
    member id at the end breaks ties, so descending is the reverse. Strings, not tuples:
    ``sorted`` compares them in C without calling back into Python, several times faster,
    and it holds the interpreter lock for the whole sort (the window waits meanwhile)."""

    def with_id(r: MemberRow, *fields: str) -> str:
        return "\0".join((*fields, f"{r.id:012d}"))

    if name == "house_number":
        return lambda r: with_id(r, _natural(r.house_number), fold(r.street))
    if name == "networks":
        return lambda r: with_id(
            r,
            ", ".join(
                network_names.get(n, "?") + (" ★" if n in r.coordinator_of else "")
                for n in r.network_ids
            ).casefold(),
        )
    if name in ("last_name", "first_name"):
        other = "first_name" if name == "last_name" else "last_name"
        return lambda r: with_id(r, fold(getattr(r, name)), fold(getattr(r, other)))
    if name == "street":
        return lambda r: with_id(r, fold(r.street), _natural(r.house_number))
    return lambda r: with_id(r, fold(str(getattr(r, name))))


def sort_keys(rows: list[MemberRow], network_names: dict[int, str]) -> dict[int, list[str]]:
    """For every column, the sort key of every row (aligned with ``rows``): computed off the
    GUI thread, so that a header click on 20 000 members only sorts strings, in C."""
    keyed: dict[int, list[str]] = {}
    for column, name in enumerate(MemberTableModel.COLUMNS):
        key = sort_key(name, network_names)
        keyed[column] = [key(r) for r in rows]
    return keyed


def keys_of(rows: Sequence[MemberRow], network_names: dict[int, str]) -> list[RowKeys]:
    """All keys of each row (:func:`search_key`, :func:`phone_key`, every column's
    :func:`sort_key`): for rows refreshed after an edit, computed where they were read."""
    by_column = [sort_key(name, network_names) for name in MemberTableModel.COLUMNS]
    return [(search_key(r), phone_key(r), tuple(key(r) for key in by_column)) for r in rows]
