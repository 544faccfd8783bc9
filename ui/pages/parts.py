"""The Parts screen (备件库): catalogue, receiving, counts, valuation — at cost price.

Four tabs, one scanner:

* **Catalogue** — search as you type (part number, name, model, supplier
  barcode; a bin code lists that bin), stock per part with the parts at or
  below their reorder point highlighted, and the selected part's movement
  history (a page at a time) and reservations. Warehouse staff create and
  edit parts and print part and bin labels.
* **Receiving** (`ui.pages.parts_receiving`) — a supplier's delivery, lot by
  lot: scan the part, type the quantities and the unit cost, tick what the
  inspection found; the lot passes into stock or goes to quarantine.
* **Count** (`ui.pages.parts_counting`) — scan a bin label, scan every piece,
  see the differences live, post; adjustments with a reason and the
  write-offs waiting for a manager.
* **Valuation** (`ui.pages.parts_valuation`) — stock at cost in total and per
  bin, the reorder list, and the cores customers owe after an advance
  exchange.

A part label scanned anywhere in the program opens the part here. While the
screen is shown, a scan goes to the tab in front: the catalogue opens it,
receiving takes it as the next lot, a count adds a piece. Nothing is shown as
done before the service has committed it; a refusal is the service's own
sentence in the banner.
"""

from __future__ import annotations

from dataclasses import dataclass

from depot.errors import DomainError
from depot.events import Changes
from depot.scan import PART_PREFIX, Scan, ScanKind
from exports.labels import LabelSize, bin_label, part_label, render_label
from inventory import catalogue, reports, stock
from inventory.catalogue import UNITS, PartHit
from inventory.models import Bin, Part
from ui import label_print
from ui.pages.base import Page
from ui.pages.legs import ServiceDialog
from ui.pages.parts_common import (
    LOW_BG,
    LOW_FG,
    MUTED_FG,
    RIGHT,
    bin_named,
    currency,
    esc,
    hint,
    is_warehouse,
    local_time,
    make_table,
    money,
    move_kind_label,
    set_row,
    signed,
)
from ui.pages.parts_counting import CountTab
from ui.pages.parts_receiving import ReceivingTab
from ui.pages.parts_valuation import ValuationTab
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QBrush,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QFileDialog,
    QFont,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    QSortFilterProxyModel,
    QSpinBox,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import heading

#: the search runs this long after the last key (a fast typist is one query)
SEARCH_DELAY_MS = 150
#: rows the list shows at most; more is a hint to type a few letters
LIST_LIMIT = 500
#: moves per page of a part's history
HISTORY_PAGE = 50
#: the page summary is recomputed this long after a change (a scan burst is one refresh)
SUMMARY_DELAY_MS = 400
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


# --------------------------------------------------------------------------- the list


@dataclass(frozen=True)
class CatalogueRow:
    hit: PartHit
    reorder_point: int | None

    @property
    def low(self) -> bool:
        """Free stock at or below the reorder point (the reorder list's rule)."""
        return (self.hit.is_active and self.reorder_point is not None
                and self.hit.free <= self.reorder_point)


def catalogue_rows(hits: list[PartHit]) -> list[CatalogueRow]:
    """The hits with their reorder points (one query), in the order given."""
    ids = [h.id for h in hits]
    points = dict(Part.select(Part.id, Part.reorder_point).where(Part.id.in_(ids)).tuples()) \
        if ids else {}
    return [CatalogueRow(h, points.get(h.id)) for h in hits]


def rows_for(ids: list[int]) -> list[CatalogueRow]:
    by_id = {h.id: h for h in catalogue.part_hits(ids)}
    return catalogue_rows([by_id[i] for i in ids if i in by_id])


def parts_in_bin(b: Bin, include_inactive: bool) -> list[int]:
    query = Part.select(Part.id).where(Part.bin == b.id)
    if not include_inactive:
        query = query.where(Part.is_active == True)  # noqa: E712
    return [pid for (pid,) in query.order_by(Part.part_number).limit(LIST_LIMIT).tuples()]


class CatalogueModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("CatalogueModel", "Part number"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Name"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Bin"),
        QT_TRANSLATE_NOOP("CatalogueModel", "On hand"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Reserved"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Free"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Avg cost"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Value"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Reorder at"),
    )
    FREE, REORDER = 5, 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CatalogueRow] = []
        self.currency = "CNY"

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CatalogueModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= 3:
            return int(RIGHT)
        return None

    def _values(self, row: CatalogueRow) -> tuple:
        h = row.hit
        return (h.part_number, h.name, h.bin_code, h.on_hand, h.reserved, h.free, h.avg_cost,
                h.value, row.reorder_point)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        h = row.hit
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 1 and not h.is_active:
                return QCoreApplication.translate("CatalogueModel", "{name} (discontinued)") \
                    .format(name=h.name)
            if col == 2:
                return h.bin_code or "—"
            if col in (6, 7):
                return money(h.avg_cost if col == 6 else h.value, self.currency) or "—"
            if col == self.REORDER:
                return "—" if row.reorder_point is None else row.reorder_point
            return self._values(row)[col]
        if role == Qt.ItemDataRole.UserRole:
            return h.id
        if role == SORT_ROLE:
            value = self._values(row)[col]
            return -1 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and row.low:
            return QBrush(LOW_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not h.is_active:
                return QBrush(MUTED_FG)
            if row.low and col in (self.FREE, self.REORDER):
                return QBrush(LOW_FG)
        if role == Qt.ItemDataRole.FontRole and row.low and col == self.FREE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.low:
                return QCoreApplication.translate(
                    "CatalogueModel", "{free} free, reorder point {n}: time to reorder.").format(
                    free=h.free, n=row.reorder_point)
            if col == 1:
                return h.name
        return None

    def set_rows(self, rows: list[CatalogueRow]) -> None:
        self.beginResetModel()
        self.currency = currency()
        self.rows = rows
        self.endResetModel()

    def update(self, ids: set[int]) -> set[int]:
        """Re-read the named parts that are listed; returns the ids that are not."""
        shown = {r.hit.id for r in self.rows}
        fresh = {r.hit.id: r for r in rows_for(sorted(ids & shown))}
        for i, row in enumerate(self.rows):
            new = fresh.get(row.hit.id)
            if new is not None and new != row:
                self.rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        return ids - shown

    def row_of(self, part_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.hit.id == part_id), -1)

    def low_count(self) -> int:
        return sum(1 for r in self.rows if r.low)


# --------------------------------------------------------------------------- the part dialog


class PartDialog(ServiceDialog):
    """Create a part, or edit one (not its number, nor the price cap the first receipt set)."""

    def __init__(self, ctx, part: Part | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit part {number}").format(number=part.part_number)
                         if part else self.tr("New part"), parent)
        self.ctx = ctx
        self.part = part
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("P- and letters, digits, dashes, e.g. P-PSU-450"))
        self.number.setProperty("scanRouterIgnore", True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 工控机电源 250 W ATX power supply"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(list(UNITS))
        self.models = QLineEdit()
        self.models.setPlaceholderText(self.tr("comma separated, e.g. IPC-610, IPC-510"))
        self.bin = QComboBox()
        self.bin.setEditable(True)
        self.bin.addItem("", None)
        for b in Bin.select().where(Bin.is_active == True).order_by(Bin.code):  # noqa: E712
            self.bin.addItem(b.code, b.code)
        self.bin.lineEdit().setPlaceholderText(self.tr("no bin"))
        self.watch = QCheckBox(self.tr("Reorder when free stock falls to"))
        self.reorder = QSpinBox()
        self.reorder.setRange(0, 100_000)
        self.watch.toggled.connect(self.reorder.setEnabled)
        reorder_row = QHBoxLayout()
        reorder_row.addWidget(self.watch)
        reorder_row.addWidget(self.reorder)
        reorder_row.addStretch(1)
        self.documents = QCheckBox(self.tr("Deliveries come with papers (manual, certificates) "
                                           "— checked at receiving"))
        self.documents.setChecked(True)
        self.barcodes = QLineEdit()
        self.barcodes.setPlaceholderText(self.tr("scan the supplier's barcode (comma separates "
                                                 "several)"))
        self.barcodes.setProperty("scanRouterIgnore", True)
        self.active = QCheckBox(self.tr("In use (untick to discontinue)"))
        self.active.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)
        self.form.addRow(self.tr("Part number"), self.number)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Unit"), self.unit)
        self.form.addRow(self.tr("Fits models"), self.models)
        self.form.addRow(self.tr("Bin"), self.bin)
        self.form.addRow(self.tr("Reorder point"), reorder_row)
        self.form.addRow("", self.documents)
        self.form.addRow(self.tr("Supplier barcodes"), self.barcodes)
        self.form.addRow("", self.active)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.reorder.setEnabled(False)
        if part is None:
            self.active.hide()
        else:
            self._load(part)

    def _load(self, part: Part) -> None:
        self.number.setText(part.part_number)
        self.number.setEnabled(False)
        self.number.setToolTip(self.tr("The number is printed on labels and in the ledger; it "
                                       "cannot change."))
        self.name.setText(part.name)
        self.unit.setCurrentText(part.unit)
        self.models.setText(", ".join(catalogue.models_of(part)))
        self.bin.setCurrentText(part.bin.code if part.bin_id else "")
        self.watch.setChecked(part.reorder_point is not None)
        self.reorder.setValue(part.reorder_point or 0)
        self.documents.setChecked(part.requires_documents)
        self.active.setChecked(part.is_active)
        self.notes.setPlainText(part.notes)
        known = {b.printed for b in catalogue.barcodes_of(part)}
        self.barcodes.setText(", ".join(sorted(known)))
        self._known_barcodes = known

    def _typed_barcodes(self) -> list[str]:
        return [c.strip() for c in self.barcodes.text().split(",") if c.strip()]

    def submit(self) -> Part:
        actor = self.ctx.operator
        fields = dict(
            name=self.name.text(), unit=self.unit.currentText(),
            bin=self.bin.currentText().strip() or None,
            reorder_point=self.reorder.value() if self.watch.isChecked() else None,
            requires_documents=self.documents.isChecked(), notes=self.notes.toPlainText(),
        )
        if self.part is None:
            part = catalogue.create_part(actor, self.number.text(),
                                         compatible_models=self.models.text(),
                                         barcodes=self._typed_barcodes(), **fields)
            self.ctx.ok(self.tr("Part {number} added to the catalogue.").format(
                number=part.part_number))
            return part
        part = catalogue.update_part(actor, self.part.id, self.part.version,
                                     compatible_models=self.models.text(),
                                     is_active=self.active.isChecked(), **fields)
        # saved: a refused barcode below must not make a second OK a stale edit
        self.part = catalogue.get_part(part.id)
        typed = self._typed_barcodes()
        for code in typed:
            if code not in self._known_barcodes:
                catalogue.add_barcode(actor, part.id, code)
                self._known_barcodes.add(code)
        for code in sorted(self._known_barcodes - set(typed)):
            catalogue.remove_barcode(actor, code)
            self._known_barcodes.discard(code)
        self.ctx.ok(self.tr("Part {number} saved.").format(number=part.part_number))
        return part


# --------------------------------------------------------------------------- the part's details


class PartDetail(QWidget):
    """The selected part: what it is, its stock, its ledger a page at a time, its reservations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part_id: int | None = None
        self.offset = 0
        self.may_edit = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)

        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.text)
        buttons = QGridLayout()
        self.edit_button = QPushButton(self.tr("Edit part…"))
        self.pdf_button = QPushButton(self.tr("Labels as PDF…"))
        self.part_label_button = QPushButton(self.tr("Print part label…"))
        self.bin_label_button = QPushButton(self.tr("Print bin label…"))
        for i, b in enumerate((self.edit_button, self.pdf_button, self.part_label_button,
                               self.bin_label_button)):
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        box.addLayout(buttons)
        box.addStretch(1)
        row.addWidget(card, 4)

        self.tabs = QTabWidget()
        history = QWidget()
        hbox = QVBoxLayout(history)
        hbox.setContentsMargins(0, 4, 0, 0)
        self.moves = make_table([self.tr("When"), self.tr("Move"), self.tr("Qty"),
                                 self.tr("Unit cost"), self.tr("Value"), self.tr("Balance"),
                                 self.tr("Reference"), self.tr("By"), self.tr("Note")])
        self.moves.horizontalHeaderItem(5).setToolTip(self.tr("On hand after the move"))
        hbox.addWidget(self.moves, 1)
        pager = QHBoxLayout()
        self.newer = QPushButton(self.tr("◀ Newer"))
        self.older = QPushButton(self.tr("Older ▶"))
        self.page_label = QLabel()
        self.page_label.setObjectName("hint")
        pager.addWidget(self.newer)
        pager.addWidget(self.page_label)
        pager.addWidget(self.older)
        pager.addStretch(1)
        hbox.addLayout(pager)
        self.reservations = make_table([self.tr("Reserved for"), self.tr("Pieces held"),
                                        self.tr("Already issued"), self.tr("Since"),
                                        self.tr("By")])
        self.tabs.addTab(history, self.tr("Movement history"))
        self.tabs.addTab(self.reservations, self.tr("Reservations"))
        row.addWidget(self.tabs, 9)
        self.newer.clicked.connect(lambda: self.show_page(self.offset - HISTORY_PAGE))
        self.older.clicked.connect(lambda: self.show_page(self.offset + HISTORY_PAGE))
        self.show_part(None)

    def show_part(self, part_id: int | None, offset: int = 0) -> None:
        self.part_id = part_id
        if part_id is None:
            self.text.setText(self.tr(
                "<b>Scan a part label</b> or a supplier's barcode to open the part, or select "
                "one in the list.<br><br>Scan a <b>bin label</b> to list what the bin holds."))
            for b in (self.edit_button, self.part_label_button, self.bin_label_button,
                      self.pdf_button):
                b.setEnabled(False)
            self.moves.setRowCount(0)
            self.reservations.setRowCount(0)
            self.page_label.clear()
            self.newer.setEnabled(False)
            self.older.setEnabled(False)
            self.tabs.setTabText(1, self.tr("Reservations"))
            return
        try:
            part = catalogue.get_part(part_id)
        except DomainError as exc:
            self.part_id = None
            self.text.setText(esc(exc))
            return
        self._show_facts(part)
        self.edit_button.setEnabled(self.may_edit)
        self.part_label_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.bin_label_button.setEnabled(part.bin_id is not None)
        self._show_reservations(part)
        self.show_page(offset)

    def _show_facts(self, part: Part) -> None:
        cur = currency()
        lvl = stock.level(part)
        lines = [f"<span style='font-size:14pt; font-weight:600'>{esc(part.part_number)}</span>"
                 f"&nbsp; {esc(part.name)}"]
        where = part.bin.code if part.bin_id else self.tr("no bin")
        reorder = (self.tr("reorder at {n} free").format(n=part.reorder_point)
                   if part.reorder_point is not None else self.tr("not watched for reordering"))
        lines.append(self.tr("Bin {bin} · unit {unit} · {reorder}").format(
            bin=esc(where), unit=esc(part.unit), reorder=reorder))
        stock_line = self.tr("<b>{on_hand}</b> on hand · {reserved} reserved · <b>{free}</b> "
                             "free").format(on_hand=lvl.on_hand, reserved=lvl.reserved,
                                            free=lvl.free)
        if part.reorder_point is not None and part.is_active and lvl.free <= part.reorder_point:
            stock_line = (f"<span style='color:{LOW_FG.name()}; font-weight:600'>"
                          + stock_line + " — " + self.tr("at or below the reorder point")
                          + "</span>")
        lines.append(stock_line)
        avg = lvl.avg_cost
        cost_now = stock.current_unit_cost(part) if avg is None else avg
        lines.append(self.tr("Average cost {avg} · value {value} · price cap {cap}").format(
            avg=money(cost_now, cur) or "—", value=money(lvl.value, cur),
            cap=money(part.initial_price, cur) or self.tr("set by the first receipt")))
        models = catalogue.models_of(part)
        if models:
            lines.append(self.tr("Fits: {models}").format(models=esc(", ".join(models))))
        codes = [b.printed for b in catalogue.barcodes_of(part)]
        if codes:
            lines.append(self.tr("Supplier barcodes: {codes}").format(codes=esc(", ".join(codes))))
        if not part.requires_documents:
            lines.append(self.tr("Ships without papers: receiving does not ask for them."))
        if not part.is_active:
            lines.append(f"<span style='color:{MUTED_FG.name()}'>"
                         + self.tr("Discontinued: not received, not offered.") + "</span>")
        if part.notes:
            lines.append(f"<i>{esc(part.notes)}</i>")
        self.text.setText("<br>".join(lines))

    def _show_reservations(self, part: Part) -> None:
        held = stock.reservations(part=part.id)
        self.reservations.setRowCount(len(held))
        for r, res in enumerate(held):
            set_row(self.reservations, r, [
                res.reference, res.qty, res.issued_qty, local_time(res.created_at),
                res.created_by.name if res.created_by_id else ""], right=(1, 2))
        self.tabs.setTabText(1, self.tr("Reservations ({n})").format(n=len(held)))

    def show_page(self, offset: int) -> None:
        if self.part_id is None:
            return
        page = reports.movement_history(self.part_id, offset=max(0, offset), limit=HISTORY_PAGE)
        self.offset = page.offset
        cur = currency()
        self.moves.setRowCount(len(page.rows))
        for r, m in enumerate(page.rows):
            set_row(self.moves, r, [
                local_time(m.at), move_kind_label(m.kind), signed(m.qty),
                money(m.unit_cost, cur), money(m.value, cur), m.balance, m.reference,
                m.actor or "", m.note], right=(2, 3, 4, 5))
        if page.total:
            self.page_label.setText(self.tr("Moves {first}–{last} of {total}, newest first")
                                    .format(first=page.offset + 1,
                                            last=page.offset + len(page.rows), total=page.total))
        else:
            self.page_label.setText(self.tr("No moves yet: the part has never been received."))
        self.newer.setEnabled(page.offset > 0)
        self.older.setEnabled(page.offset + len(page.rows) < page.total)

    def reload(self) -> None:
        if self.part_id is not None:
            self.show_part(self.part_id, self.offset)


# --------------------------------------------------------------------------- the catalogue tab


class CatalogueTab(QWidget):
    KINDS = ("part", "stock", "move", "reservation", "bin", "setting")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("scanField")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search number, name, model or barcode — or scan a part or bin label…"))
        top.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("New part… (Ctrl+N)"))
        top.addWidget(self.new_button)
        outer.addLayout(top)
        filters = QHBoxLayout()
        self.low_only = QCheckBox(self.tr("Only parts at or below the reorder point"))
        self.inactive = QCheckBox(self.tr("Include discontinued parts"))
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        filters.addWidget(self.low_only)
        filters.addWidget(self.inactive)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        outer.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.model = CatalogueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # search rank until clicked
        self.table.setSortingEnabled(True)
        splitter.addWidget(self.table)
        self.detail = PartDetail()
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 300])
        outer.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.low_only.toggled.connect(lambda _on: self.run_search())
        self.inactive.toggled.connect(lambda _on: self.run_search())
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.new_button.clicked.connect(self.new_part)
        self.detail.edit_button.clicked.connect(self.edit_part)
        self.detail.part_label_button.clicked.connect(lambda: self.print_labels("part"))
        self.detail.bin_label_button.clicked.connect(lambda: self.print_labels("bin"))
        self.detail.pdf_button.clicked.connect(self.labels_to_pdf)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_part)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)

    # -- searching -----------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        inactive = self.inactive.isChecked()
        note = ""
        if self.low_only.isChecked():
            ids = [r.part_id for r in reports.reorder_list()]
            rows = rows_for(ids)
            if text:
                key = catalogue.search_key(text)
                rows = [r for r in rows if key in catalogue.search_key(
                    f"{r.hit.part_number} {r.hit.name} {r.hit.bin_code or ''}")]
        elif (b := bin_named(text)) is not None:
            rows = rows_for(parts_in_bin(b, inactive))
            note = self.tr("Bin {bin}{description}: ").format(
                bin=b.code, description=f" ({b.description})" if b.description else "")
        else:
            hits = catalogue.search_parts(text or PART_PREFIX, LIST_LIMIT,
                                          include_inactive=inactive)
            rows = catalogue_rows(hits)
        current = self.detail.part_id
        self.model.set_rows(rows)
        n = len(rows)
        if n >= LIST_LIMIT:
            note += self.tr("the first {n} parts; type to narrow down").format(n=n)
        else:
            note += self.tr("{n} part(s)").format(n=n)
        low = self.model.low_count()
        if low:
            note += " · " + self.tr("{n} at or below the reorder point").format(n=low)
        self.count_label.setText(note)
        if current is not None and self.model.row_of(current) >= 0:
            self._select(current)
        elif rows and (text or self.low_only.isChecked()):
            self._select(rows[0].hit.id)

    def open_part(self, part_id: int) -> None:
        """Show the part in the list (searching for it when it is not listed) and its details."""
        if self.model.row_of(part_id) < 0:
            part = catalogue.get_part(part_id)
            self.low_only.blockSignals(True)
            self.low_only.setChecked(False)
            self.low_only.blockSignals(False)
            if not part.is_active:
                self.inactive.blockSignals(True)
                self.inactive.setChecked(True)
                self.inactive.blockSignals(False)
            self.search.blockSignals(True)
            self.search.setText(part.part_number)
            self.search.blockSignals(False)
            self.run_search()
        self._select(part_id)
        self.detail.show_part(part_id)

    def _select(self, part_id: int) -> None:
        row = self.model.row_of(part_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            part_id = self.proxy.data(current, Qt.ItemDataRole.UserRole)
            if part_id != self.detail.part_id:
                self.detail.show_part(part_id)

    def handle_scan(self, scan: Scan) -> bool:
        if scan.kind == ScanKind.SERIAL and (b := bin_named(scan.value)) is not None:
            self.low_only.setChecked(False)
            self.search.blockSignals(True)
            self.search.setText(b.code)
            self.search.blockSignals(False)
            self.detail.show_part(None)
            self.run_search()
            return True
        part = self.ctx.attempt(catalogue.find_part, scan.raw)
        if part is not None:
            self.open_part(part.id)
        return True

    # -- dialogs and labels ---------------------------------------------------------------
    def new_part(self) -> PartDialog | None:
        if not is_warehouse(self.ctx.operator):
            self.ctx.error(self.tr("Warehouse staff or a manager add parts: scan your badge."))
            return None
        dialog = PartDialog(self.ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        dialog.open()
        return dialog

    def edit_part(self) -> PartDialog | None:
        if self.detail.part_id is None:
            return None
        part = self.ctx.attempt(catalogue.get_part, self.detail.part_id)
        if part is None:
            return None
        dialog = PartDialog(self.ctx, part, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        dialog.open()
        return dialog

    def _saved(self, part: object) -> None:
        if isinstance(part, Part):
            self.model.update({part.id})
            self.open_part(part.id)

    @property
    def label_size(self) -> LabelSize:
        """This workstation's label stock (Settings → Label printer), read at each print."""
        return label_print.station_label_size(self.ctx.settings)

    def label_images(self, which: str, size: LabelSize | None = None) -> list:
        """The part's label, its bin's, or both, at `size` (default: this station's stock)."""
        size = size or self.label_size
        part = catalogue.get_part(self.detail.part_id)
        where = part.bin.code if part.bin_id else ""
        images = []
        if which in ("part", "both"):
            images.append(render_label(part_label(part.part_number, part.name, where), size))
        if which in ("bin", "both") and where:
            images.append(render_label(bin_label(where), size))
        return images

    def print_labels(self, which: str) -> None:
        if self.detail.part_id is None:
            return
        size = self.label_size
        images = self.ctx.attempt(self.label_images, which, size)
        if images:
            label_print.preview_and_print(self, images, size)

    def labels_to_pdf(self) -> None:
        if self.detail.part_id is None:
            return
        part = catalogue.get_part(self.detail.part_id)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save labels as PDF"), f"{part.part_number}.pdf",
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        size = self.label_size
        images = self.ctx.attempt(self.label_images, "both", size)
        if images:
            label_print.print_to_pdf(images, size, path)
            self.ctx.ok(self.tr("Labels saved to {path}.").format(path=path))

    def activated(self) -> None:
        self.search.setFocus()

    def hideEvent(self, event) -> None:
        # a hidden tab searches nothing: it is searched again when it is shown
        self._timer.stop()
        super().hideEvent(event)

    def set_operator(self, user: object) -> None:
        may = is_warehouse(user)  # type: ignore[arg-type]
        tip = "" if may else self.tr("Warehouse staff or a manager edit the catalogue.")
        for b in (self.new_button, self.detail.edit_button):
            b.setToolTip(tip)
        self.new_button.setEnabled(may)
        self.detail.may_edit = may
        self.detail.edit_button.setEnabled(may and self.detail.part_id is not None)

    # -- refreshing -----------------------------------------------------------------------
    def refresh(self, changes: Changes | None) -> None:
        if changes is None:
            self.run_search()
            self.detail.reload()
            self.set_operator(self.ctx.operator)
            return
        if changes.touches("bin", "setting"):
            self.run_search()
            self.detail.reload()
            return
        ids = changes.ids("part") | changes.ids("stock")
        if "*" in ids:
            self.run_search()
            self.detail.reload()
            return
        numbers = {int(i) for i in ids}
        new_parts = {int(i) for i in changes.ids("part")}
        if numbers and self.model.update(numbers) & new_parts:
            self._timer.start()  # a part not listed was added or changed: it may match now
        shown = self.detail.part_id
        if shown is not None and (shown in numbers or changes.touches("reservation")):
            self.detail.reload()


# --------------------------------------------------------------------------- the page


class _Handles:
    """Part labels open this page from anywhere; bins and barcodes only while it is shown."""

    def __get__(self, page: PartsPage | None, owner: type) -> frozenset[ScanKind]:
        if page is None or not page.isVisible():
            return frozenset({ScanKind.PART})
        return frozenset({ScanKind.PART, ScanKind.SERIAL, ScanKind.GS1})


class PartsPage(Page):
    handles = _Handles()  # type: ignore[assignment]

    CATALOGUE, RECEIVING, COUNT, VALUATION = range(4)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._just_shown = False
        self._stale: set[int] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Parts")))
        self.summary = hint()
        self.summary.setWordWrap(False)
        top.addWidget(self.summary, 1)
        outer.addLayout(top)

        self.tabs = QTabWidget()
        self.catalogue = CatalogueTab(ctx)
        self.receiving = ReceivingTab(ctx)
        self.counting = CountTab(ctx)
        self.valuation = ValuationTab(ctx)
        self.tabs.addTab(self.catalogue, self.tr("Catalogue"))
        self.tabs.addTab(self.receiving, self.tr("Receiving"))
        self.tabs.addTab(self.counting, self.tr("Count"))
        self.tabs.addTab(self.valuation, self.tr("Valuation and cores"))
        outer.addWidget(self.tabs, 1)
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(SUMMARY_DELAY_MS)
        self._summary_timer.timeout.connect(self.update_summary)

        self.tabs.currentChanged.connect(self._tab_changed)
        self.valuation.open_part.connect(self.show_part)
        self.counting.open_part.connect(self.show_part)
        ctx.operator_changed.connect(self._operator_changed)
        for key, index in (("Alt+1", 0), ("Alt+2", 1), ("Alt+3", 2), ("Alt+4", 3)):
            QShortcut(QKeySequence(key), self, lambda i=index: self.tabs.setCurrentIndex(i))
        self._operator_changed(ctx.operator)

    def _tab_list(self) -> list:
        return [self.catalogue, self.receiving, self.counting, self.valuation]

    # -- scans and requests ------------------------------------------------------------
    def activated(self) -> None:
        # a scan routed here from another screen arrives right after this: see handle_scan
        self._just_shown = True
        QTimer.singleShot(0, self._settled)
        self.tabs.currentWidget().activated()

    def _settled(self) -> None:
        self._just_shown = False

    def hideEvent(self, event) -> None:
        # a hidden page does no work: it reloads what it shows when it is shown again
        self._summary_timer.stop()
        super().hideEvent(event)

    def handle_scan(self, scan: Scan) -> None:
        if self._just_shown and scan.kind == ScanKind.PART:
            # scanned on another screen: open the part, never count or receive it by surprise
            self.tabs.setCurrentIndex(self.CATALOGUE)
        self._just_shown = False
        tab = self.tabs.currentWidget()
        if not tab.handle_scan(scan):
            self.catalogue.handle_scan(scan)
            self.tabs.setCurrentIndex(self.CATALOGUE)

    def open_item(self, payload: object) -> None:
        """Another screen asks for a part: its id, or its number or barcode."""
        if isinstance(payload, int) and not isinstance(payload, bool):
            part = self.ctx.attempt(catalogue.get_part, payload)
        else:
            part = self.ctx.attempt(catalogue.find_part, str(payload))
        if part is not None:
            self.show_part(part.id)

    def show_part(self, part_id: int) -> None:
        self.tabs.setCurrentIndex(self.CATALOGUE)
        self.catalogue.open_part(part_id)

    # -- refreshing --------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        current = self.tabs.currentIndex()
        if changes is None:
            self._stale = set(range(self.tabs.count())) - {current}
            self.tabs.currentWidget().refresh(None)
            self.update_summary()
            return
        for i, tab in enumerate(self._tab_list()):
            if not changes.touches(*tab.KINDS):
                continue
            if i == current:
                tab.refresh(changes)
            else:
                self._stale.add(i)  # a tab behind another one reloads when it comes forward
        if changes.touches("stock", "part", "lot", "core", "setting"):
            self._summary_timer.start()

    def _tab_changed(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            self.tabs.widget(index).refresh(None)
        self.tabs.widget(index).activated()

    def update_summary(self) -> None:
        total = reports.valuation()
        low = len(reports.reorder_list())
        parts = [self.tr("{n} parts in stock, {value} at cost").format(
            n=total.parts, value=money(total.total_value, currency()))]
        if low:
            parts.append(self.tr("{n} at or below the reorder point").format(n=low))
        waiting = self.receiving.quarantine_count()
        if waiting:
            parts.append(self.tr("{n} lot(s) in quarantine").format(n=waiting))
        late = self.valuation.overdue_count()
        if late:
            parts.append(self.tr("{n} core(s) overdue").format(n=late))
        self.summary.setText(" · ".join(parts))

    def _operator_changed(self, user: object) -> None:
        for tab in self._tab_list():
            tab.set_operator(user)
