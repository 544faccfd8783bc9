"""The handover desk: start a handover, scan what changes hands, confirm, print the sheet.

Scanner first: while a handover is open, every scan of a unit (RMA label or
serial), part or loaner goes onto it; a refused item beeps, the message
names the item and the reason, and it is also kept in the "refused" list so
after a pile of forty scans the person can see which boxes to put aside.
Scanning a handover sheet's barcode (HO-…) reopens that handover.
"""

from __future__ import annotations

from depot.errors import DomainError
from depot.events import Changes
from depot.scan import Scan, ScanKind
from exports.jobs import HandoverSheetJob, default_folder
from rma import handover as ho
from rma.signoff_models import Handover, HandoverKind, HandoverState
from ui.context import AppContext
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.workers import JobPanel

#: scans a handover takes as items (besides HO-… numbers, which open one)
ITEM_SCANS = frozenset({ScanKind.RMA, ScanKind.SERIAL, ScanKind.GS1, ScanKind.PART,
                        ScanKind.LOANER})


class HandoverPanel(QWidget):
    """Everything about handovers, embedded as a tab of the Reports page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: Handover | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter()
        outer.addWidget(splitter)

        # -- left: start one, or pick an open one ------------------------------
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 8, 0)
        start = QFrame()
        start.setObjectName("card")
        form = QFormLayout(start)
        self.kind = QComboBox()
        for kind in HandoverKind:
            self.kind.addItem(ho.kind_label(kind), kind.value)
        self.from_party = QLineEdit()
        self.from_party.setPlaceholderText(self.tr("Who hands over"))
        self.to_party = QLineEdit()
        self.to_party.setPlaceholderText(self.tr("Who receives (courier, vendor, person)"))
        self.start_button = QPushButton(self.tr("Start handover"))
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self._start)
        form.addRow(QLabel(self.tr("<b>New handover</b>")))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("From"), self.from_party)
        form.addRow(self.tr("To"), self.to_party)
        form.addRow("", self.start_button)
        lbox.addWidget(start)
        lbox.addWidget(QLabel(self.tr("Open handovers")))
        self.open_list = QListWidget()
        self.open_list.itemActivated.connect(self._picked)
        self.open_list.itemClicked.connect(self._picked)
        lbox.addWidget(self.open_list, 1)
        splitter.addWidget(left)

        # -- right: the handover being filled -----------------------------------
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel(self.tr("No handover open: start one, or scan a handover sheet."))
        self.title.setObjectName("handoverTitle")
        self.title.setWordWrap(True)
        rbox.addWidget(self.title)
        scan_row = QHBoxLayout()
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(self.tr("Scan units, parts or loaners…"))
        self.scan_field.returnPressed.connect(self._typed)
        self.qty = QSpinBox()
        self.qty.setRange(1, ho.MAX_QTY)
        self.qty.setPrefix(self.tr("Qty "))
        self.qty.setToolTip(self.tr("Pieces per scan of a part"))
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(self.qty)
        rbox.addLayout(scan_row)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Item"), self.tr("Type"), self.tr("Description"),
            self.tr("Qty"), self.tr("State")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        rbox.addWidget(self.table, 3)

        rbox.addWidget(QLabel(self.tr("Refused scans")))
        self.refused = QListWidget()
        self.refused.setObjectName("refusedList")
        self.refused.setMaximumHeight(110)
        rbox.addWidget(self.refused, 1)

        buttons = QGridLayout()
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.clicked.connect(self._remove)
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setPlaceholderText(self.tr("Why cancel (required)"))
        self.cancel_button = QPushButton(self.tr("Cancel handover"))
        self.cancel_button.clicked.connect(self._cancel)
        self.confirm_button = QPushButton(self.tr("Confirm handover"))
        self.confirm_button.setProperty("primary", True)
        self.confirm_button.clicked.connect(self._confirm)
        self.sheet_button = QPushButton(self.tr("Write handover sheet (.xlsx)"))
        self.sheet_button.clicked.connect(self._sheet)
        buttons.addWidget(self.remove_button, 0, 0)
        buttons.addWidget(self.cancel_reason, 0, 1)
        buttons.addWidget(self.cancel_button, 0, 2)
        buttons.addWidget(self.sheet_button, 1, 0)
        buttons.addWidget(self.confirm_button, 1, 2)
        rbox.addLayout(buttons)
        self.jobs = JobPanel()
        self.jobs.finished.connect(lambda path: self.ctx.ok(
            self.tr("Handover sheet written: {path}").format(path=path)))
        self.jobs.failed.connect(self.ctx.error)
        self.jobs.cancelled.connect(lambda: self.ctx.info(
            self.tr("Export cancelled; nothing was written.")))
        rbox.addWidget(self.jobs)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 900])
        self._show()
        self.reload_open()

    # -- scans ------------------------------------------------------------------
    def wants(self, kind: ScanKind) -> bool:
        """True for scans this panel takes right now (items only while one is open)."""
        return kind == ScanKind.HANDOVER or (self.is_open() and kind in ITEM_SCANS)

    def is_open(self) -> bool:
        return self.current is not None and self.current.state == HandoverState.OPEN.value

    def handle_scan(self, scan: Scan) -> None:
        if scan.kind == ScanKind.HANDOVER:
            self.open_number(scan.value)
            return
        self.add(scan.raw)

    def open_number(self, number: str) -> None:
        row = self.ctx.attempt(ho.get_handover, number)
        if row is not None:
            self.current = row
            self._show()
            self.ctx.info(self.tr("Opened handover {number} ({state}).").format(
                number=row.number, state=ho.state_label_of(row.state)))

    def add(self, text: str) -> None:
        if not self.is_open():
            self.ctx.error(self.tr("Start a handover (or scan one) before scanning items."))
            return
        assert self.current is not None
        try:
            item = ho.add_by_scan(self.ctx.operator, self.current.id, text,  # type: ignore[arg-type]
                                  qty=self.qty.value())
        except DomainError as refusal:
            self.ctx.error(str(refusal))
            self.refused.insertItem(0, QListWidgetItem(str(refusal)))
            return
        self.qty.setValue(1)
        self.ctx.ok(self.tr("{code} added to {number}.").format(code=item.code,
                                                                number=self.current.number))
        self._reload_current()

    def _typed(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if not text:
            return
        from depot.scan import parse_scan

        try:
            scan = parse_scan(text)
        except DomainError as refusal:
            self.ctx.error(str(refusal))
            return
        self.handle_scan(scan)

    # -- actions ----------------------------------------------------------------
    def _start(self) -> None:
        row = self.ctx.attempt(ho.create, self.ctx.operator, self.kind.currentData(),
                               self.from_party.text(), self.to_party.text())
        if row is None:
            return
        self.current = row
        self.refused.clear()
        self._show()
        self.reload_open()
        self.scan_field.setFocus()
        self.ctx.ok(self.tr("Handover {number} started: scan what changes hands.").format(
            number=row.number))

    def _picked(self, item: QListWidgetItem) -> None:
        self.open_number(item.data(Qt.ItemDataRole.UserRole))

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row < 0 or not self.is_open():
            self.ctx.error(self.tr("Select the line to remove."))
            return
        item_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.ctx.attempt(ho.remove_item, self.ctx.operator, item_id)
        self._reload_current()

    def _cancel(self) -> None:
        if not self.is_open():
            return
        assert self.current is not None
        row = self.ctx.attempt(ho.cancel, self.ctx.operator, self.current.id,
                               self.cancel_reason.text())
        if row is not None:
            self.cancel_reason.clear()
            self.current = row
            self._show()
            self.reload_open()
            self.ctx.ok(self.tr("Handover {number} cancelled.").format(number=row.number))

    def _confirm(self) -> None:
        if not self.is_open():
            self.ctx.error(self.tr("There is no open handover to confirm."))
            return
        assert self.current is not None
        row = self.ctx.attempt(ho.confirm, self.ctx.operator, self.current.id,
                               expected_version=self.current.version)
        if row is None:
            self._reload_current()
            return
        self.current = row
        self._show()
        self.reload_open()
        self.ctx.ok(self.tr("Handover {number} confirmed.").format(number=row.number))
        self._sheet()

    def _sheet(self) -> None:
        if self.current is None:
            self.ctx.error(self.tr("Open a handover first."))
            return
        folder = self.ctx.settings.value("exports/folder", "") or str(default_folder())
        if self.jobs.start(HandoverSheetJob(self.current.number, folder)) is None:
            self.ctx.error(self.tr("An export is already running."))

    # -- showing ------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.touches("handover", "rma", "loaner"):
            return
        self.reload_open()
        if self.current is not None:
            self._reload_current()

    def reload_open(self) -> None:
        self.open_list.clear()
        for row in ho.open_handovers():
            item = QListWidgetItem(f"{row.number} · {ho.kind_label(row.kind)} · "
                                   f"{row.from_party} → {row.to_party}")
            item.setData(Qt.ItemDataRole.UserRole, row.number)
            self.open_list.addItem(item)

    def _reload_current(self) -> None:
        if self.current is None:
            return
        try:
            self.current = ho.get_handover(self.current.id)
        except DomainError:
            self.current = None
        self._show()

    def _show(self) -> None:
        row = self.current
        editable = self.is_open()
        for widget in (self.scan_field, self.qty, self.remove_button, self.cancel_button,
                       self.cancel_reason, self.confirm_button):
            widget.setEnabled(editable)
        self.sheet_button.setEnabled(row is not None)
        if row is None:
            self.title.setText(self.tr("No handover open: start one, or scan a handover sheet."))
            self.table.setRowCount(0)
            return
        self.title.setText(self.tr("<b>{number}</b> · {kind} · {giver} → {taker} · {state}")
                           .format(number=row.number, kind=ho.kind_label(row.kind),
                                   giver=_html(row.from_party), taker=_html(row.to_party),
                                   state=ho.state_label_of(row.state)))
        items = ho.items_of(row.id)
        types = {"rma": self.tr("Unit (RMA)"), "part": self.tr("Part"),
                 "loaner": self.tr("Loaner")}
        self.table.setRowCount(len(items))
        for r, view in enumerate(items):
            values = (str(view.position), view.code, types.get(view.item_type, view.item_type),
                      view.description, str(view.qty), view.state)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, view.id)
                if c in (0, 4):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        if items:
            self.table.scrollToBottom()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
