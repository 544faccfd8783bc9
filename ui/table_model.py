"""A list model that paints without calling back into Python.

A view asks the model for seven roles of every visible cell each time it
paints, and inserting one row at the top of a list repaints all of them.
With a Python `data()` (plus `rowCount`/`columnCount` behind every
`index()`), redrawing today's intake list after a save cost 19 ms of the
10 ms the desk is allowed; formatting dates and translating labels on each
call was half of it, crossing into Python the other half. Here a subclass
turns a row into its cells once, when the row arrives, and the cells live in
Qt's own item model, so painting stays in C++ (7 ms for that list, most of
it shaping text).

Meant for lists of hundreds of rows (today's intake, a queue); a catalogue
of tens of thousands keeps a lazy model instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Generic, TypeVar

from ui.qt import QCoreApplication, QStandardItem, QStandardItemModel, Qt

R = TypeVar("R")

#: role → one value per column (a tuple), or one value for every column
Cells = dict[int, Any]

DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
USER = int(Qt.ItemDataRole.UserRole.value)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
FONT = int(Qt.ItemDataRole.FontRole.value)

_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RowsModel(QStandardItemModel, Generic[R]):
    """Rows of records keyed by `key(row)`; subclasses say what each row shows.

    `CONTEXT` and `HEADERS` name the translated column titles; `cells(row)`
    returns role → value, a tuple holding one value per column. `rows` is
    the records in display order, kept in step with the items; views must
    not sort this model themselves (put a proxy in front to sort).
    """

    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        self.rows: list[R] = []
        self._roles: set[int] = set()  # every role a row has set, to clear when dropped
        self._at: dict[Any, int] | None = {}  # key → row number; None: work it out again

    # -- what subclasses provide ---------------------------------------------------
    def cells(self, row: R) -> Cells:
        raise NotImplementedError

    def key(self, row: R) -> Any:
        raise NotImplementedError

    # -- Qt ------------------------------------------------------------------------
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def _items(self, row: R) -> list[QStandardItem]:
        cells = self.cells(row)
        self._roles.update(cells)
        items = []
        for column in range(len(self.HEADERS)):
            item = QStandardItem()
            item.setFlags(_FLAGS)
            for role, value in cells.items():
                value = value[column] if type(value) is tuple else value
                if value is not None:
                    item.setData(value, role)
            items.append(item)
        return items

    # -- changing the rows ---------------------------------------------------------
    def set_rows(self, rows: Iterable[R]) -> None:
        """Show `rows`; the same keys in the same order update in place (selection kept)."""
        rows = list(rows)
        if rows and [self.key(r) for r in rows] == [self.key(r) for r in self.rows]:
            for at, row in enumerate(rows):
                self.replace_row(at, row)
            return
        # one reset instead of a signal per removed and appended row
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            for row in rows:
                self.appendRow(self._items(row))
        finally:
            self.blockSignals(blocked)
        self.rows = rows
        self._at = None
        self.endResetModel()

    def replace_row(self, at: int, row: R) -> None:
        """Put `row` at `at`; only cells whose value changed are signalled and repainted."""
        if self._at is not None and self.key(self.rows[at]) != self.key(row):
            self._at = None
        self.rows[at] = row
        cells = self.cells(row)
        self._roles.update(cells)
        for column in range(len(self.HEADERS)):
            item = self.item(at, column)
            for role in self._roles:
                value = cells.get(role)
                value = value[column] if type(value) is tuple else value
                if item.data(role) != value:
                    item.setData(value, role)

    def insert_row(self, at: int, row: R) -> None:
        if self._at is not None and at == len(self.rows):
            self._at[self.key(row)] = at  # appended: the others keep their numbers
        else:
            self._at = None
        self.rows.insert(at, row)
        self.insertRow(at, self._items(row))

    def remove_row(self, at: int) -> None:
        self._at = None
        del self.rows[at]
        self.removeRow(at)

    def row_of(self, key: Any) -> int:
        """The row number showing `key`, or -1 (a dictionary: a busy day has 1,000 rows)."""
        if self._at is None:
            self._at = {self.key(r): i for i, r in enumerate(self.rows)}
        return self._at.get(key, -1)

    def place(self, row: R, before: Callable[[R], bool] | None = None, *,
              at_end: bool = False) -> None:
        """Update the row with the same key, or insert it: at the bottom with `at_end`,
        else above the first row `before` picks (at the top when `before` is None)."""
        at = self.row_of(self.key(row))
        if at >= 0:
            self.replace_row(at, row)
            return
        if at_end:
            to = len(self.rows)
        elif before is None:
            to = 0
        else:
            to = next((i for i, r in enumerate(self.rows) if before(r)), len(self.rows))
        self.insert_row(to, row)
