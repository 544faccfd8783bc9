"""The bench: the technician's queue on the left, one RMA on the right.

The queue is the work in order of urgency (mine / unassigned / overdue /
all), with the SLA time left of each RMA and overdue ones highlighted. The
RMA shows who it is (unit, customer, coverage and why), its SLA clocks, what
can be done now — every action of its state as a button, and for each one
that cannot be done, *why*, in words on the screen (not only in a tooltip) —
the timeline, the diagnosis, the parts issued to it, vendor repairs and
tasks.

Scanner first: scanning an RMA label anywhere opens it here; with this page
shown, a unit's serial opens its open RMA, and a part label issues one piece
to the RMA in repair. Every write goes through a service; a refusal is shown
as the service words it, and a stale write (another station saved the RMA
since this screen loaded it) says who and when, then reloads.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from depot import clock
from depot.errors import DomainError, StaleEdit
from depot.events import ALL, Changes
from depot.models import Role, User
from depot.scan import Scan, ScanKind
from rma import bench, diagnosis, doa, intake, parts, quotes, tasks, vendor, workflow
from rma.intake import ScanAction
from rma.models import Rma
from rma.repair_models import Quote
from rma.sla import SlaStatus
from rma.sla_status import rma_sla
from rma.states import CLOSED_STATES, RmaState
from rma.transitions import WAIVABLE, Action, ActionAvailability, Guard, state_label
from rma.warranty import EXCLUSION_LABELS, render_reason
from ui.pages.base import Page
from ui.pages.intake import coverage_label
from ui.pages.repair_forms import (
    CARD_STYLE,
    DUE_SOON_BG,
    DUE_SOON_FG,
    OVERDUE_BG,
    OVERDUE_FG,
    PAUSED_FG,
    DecisionDialog,
    FormDialog,
    NoteDialog,
    local,
    money,
    parse_amount,
    restyle,
    sla_long,
    sla_short,
    sla_status,
)
from ui.pages.unit_history import UnitHistoryTable
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QButtonGroup,
    QCheckBox,
    QColor,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QLocale,
    QModelIndex,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    Qt,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import heading

# --------------------------------------------------------------------------- words

#: button text per action ("…": asks for more first)
ACTION_TEXT: dict[Action, str] = {
    Action.START_DIAGNOSIS: QT_TRANSLATE_NOOP("BenchPage", "Start diagnosis"),
    Action.RECORD_DIAGNOSIS: QT_TRANSLATE_NOOP("BenchPage", "Record diagnosis"),
    Action.REQUEST_APPROVAL: QT_TRANSLATE_NOOP("BenchPage", "Issue quote"),
    Action.ACCEPT_QUOTE: QT_TRANSLATE_NOOP("BenchPage", "Customer accepted…"),
    Action.DECLINE_QUOTE: QT_TRANSLATE_NOOP("BenchPage", "Customer declined…"),
    Action.PAYMENT_COMPLETE: QT_TRANSLATE_NOOP("BenchPage", "Release for repair"),
    Action.ORDER_PARTS: QT_TRANSLATE_NOOP("BenchPage", "Parts on order"),
    Action.PARTS_ARRIVED: QT_TRANSLATE_NOOP("BenchPage", "Parts arrived"),
    Action.START_REPAIR: QT_TRANSLATE_NOOP("BenchPage", "Start repair"),
    Action.SEND_TO_VENDOR: QT_TRANSLATE_NOOP("BenchPage", "Send to vendor…"),
    Action.BACK_FROM_VENDOR: QT_TRANSLATE_NOOP("BenchPage", "Back from vendor…"),
    Action.FINISH_REPAIR: QT_TRANSLATE_NOOP("BenchPage", "Finish repair…"),
    Action.PASS_TEST: QT_TRANSLATE_NOOP("BenchPage", "Test passed"),
    Action.FAIL_TEST: QT_TRANSLATE_NOOP("BenchPage", "Test failed…"),
    Action.SHIP: QT_TRANSLATE_NOOP("BenchPage", "Ship…"),
    Action.CLOSE: QT_TRANSLATE_NOOP("BenchPage", "Close"),
    Action.RETURN_UNREPAIRED: QT_TRANSLATE_NOOP("BenchPage", "Return unrepaired…"),
    Action.REPLACE_DOA: QT_TRANSLATE_NOOP("BenchPage", "Replace (DOA)…"),
    Action.SCRAP: QT_TRANSLATE_NOOP("BenchPage", "Scrap…"),
    Action.CANCEL: QT_TRANSLATE_NOOP("BenchPage", "Cancel RMA…"),
    Action.REOPEN_FOR_QUOTE: QT_TRANSLATE_NOOP("BenchPage", "Extra part (revised quote)…"),
}

#: the main actions have a key each (Ctrl+S saves the diagnosis, Ctrl+Q opens the quote)
ACTION_KEYS: dict[Action, str] = {
    Action.START_DIAGNOSIS: "Ctrl+D",
    Action.REQUEST_APPROVAL: "Ctrl+I",
    Action.ORDER_PARTS: "Ctrl+Shift+O",
    Action.PARTS_ARRIVED: "Ctrl+Shift+A",
    Action.START_REPAIR: "Ctrl+R",
    Action.FINISH_REPAIR: "Ctrl+E",
    Action.PASS_TEST: "Ctrl+T",
    Action.FAIL_TEST: "Ctrl+Shift+T",
    Action.SHIP: "Ctrl+Shift+S",
}

#: the next step forward in each state is drawn as the primary button
FORWARD = frozenset({
    Action.START_DIAGNOSIS, Action.PAYMENT_COMPLETE, Action.PARTS_ARRIVED, Action.START_REPAIR,
    Action.BACK_FROM_VENDOR, Action.FINISH_REPAIR, Action.PASS_TEST, Action.SHIP, Action.CLOSE,
})
#: recorded with the diagnosis form's own button, not from the action row
NOT_BUTTONS = frozenset({Action.RECORD_DIAGNOSIS})

EVENT_TEXT: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("BenchPage", "Received"),
    "start_diagnosis": QT_TRANSLATE_NOOP("BenchPage", "Diagnosis started"),
    "record_diagnosis": QT_TRANSLATE_NOOP("BenchPage", "Diagnosis recorded"),
    "request_approval": QT_TRANSLATE_NOOP("BenchPage", "Quote issued"),
    "accept_quote": QT_TRANSLATE_NOOP("BenchPage", "Quote accepted"),
    "decline_quote": QT_TRANSLATE_NOOP("BenchPage", "Quote declined"),
    "payment_complete": QT_TRANSLATE_NOOP("BenchPage", "Released for repair"),
    "order_parts": QT_TRANSLATE_NOOP("BenchPage", "Parts ordered"),
    "parts_arrived": QT_TRANSLATE_NOOP("BenchPage", "Parts arrived"),
    "start_repair": QT_TRANSLATE_NOOP("BenchPage", "Repair started"),
    "send_to_vendor": QT_TRANSLATE_NOOP("BenchPage", "Sent to vendor"),
    "back_from_vendor": QT_TRANSLATE_NOOP("BenchPage", "Back from vendor"),
    "finish_repair": QT_TRANSLATE_NOOP("BenchPage", "Repair finished"),
    "pass_test": QT_TRANSLATE_NOOP("BenchPage", "Test passed"),
    "fail_test": QT_TRANSLATE_NOOP("BenchPage", "Test failed"),
    "ship": QT_TRANSLATE_NOOP("BenchPage", "Shipped"),
    "close": QT_TRANSLATE_NOOP("BenchPage", "Closed"),
    "return_unrepaired": QT_TRANSLATE_NOOP("BenchPage", "Returned unrepaired"),
    "replace_doa": QT_TRANSLATE_NOOP("BenchPage", "Replaced (DOA)"),
    "scrap": QT_TRANSLATE_NOOP("BenchPage", "Scrapped"),
    "cancel": QT_TRANSLATE_NOOP("BenchPage", "Cancelled"),
    "reopen_for_quote": QT_TRANSLATE_NOOP("BenchPage", "Back to quote approval"),
    "payment": QT_TRANSLATE_NOOP("BenchPage", "Payment"),
    "refund": QT_TRANSLATE_NOOP("BenchPage", "Refund"),
    "part_issued": QT_TRANSLATE_NOOP("BenchPage", "Part issued"),
    "part_returned": QT_TRANSLATE_NOOP("BenchPage", "Part returned"),
    "part_needed": QT_TRANSLATE_NOOP("BenchPage", "Part needed"),
    "part_not_needed": QT_TRANSLATE_NOOP("BenchPage", "Part not needed"),
    "coverage_changed": QT_TRANSLATE_NOOP("BenchPage", "Coverage changed"),
    "gate_waived": QT_TRANSLATE_NOOP("BenchPage", "Gate waived"),
    "warranty_extended": QT_TRANSLATE_NOOP("BenchPage", "Warranty extended"),
    "assigned": QT_TRANSLATE_NOOP("BenchPage", "Assigned"),
    "task_done": QT_TRANSLATE_NOOP("BenchPage", "Task done"),
    "loaner_out": QT_TRANSLATE_NOOP("BenchPage", "Loaner lent"),
    "loaner_back": QT_TRANSLATE_NOOP("BenchPage", "Loaner back"),
    "handed_over": QT_TRANSLATE_NOOP("BenchPage", "Handed over"),
    "shipping_leg": QT_TRANSLATE_NOOP("BenchPage", "Shipping leg"),
}

GATE_TEXT: dict[Guard, str] = {
    Guard.REPAIR_GATE: QT_TRANSLATE_NOOP(
        "BenchPage", "Repair gate (quote accepted and paid before repair)"),
    Guard.MONEY_SETTLED: QT_TRANSLATE_NOOP(
        "BenchPage", "Money gate (nothing outstanding before the unit leaves)"),
}

FILTERS = (
    (bench.Which.MINE, QT_TRANSLATE_NOOP("BenchPage", "Mine")),
    (bench.Which.UNASSIGNED, QT_TRANSLATE_NOOP("BenchPage", "Unassigned")),
    (bench.Which.OVERDUE, QT_TRANSLATE_NOOP("BenchPage", "Overdue")),
    (bench.Which.ALL, QT_TRANSLATE_NOOP("BenchPage", "All")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("BenchPage", text)


def is_manager(user: User | None) -> bool:
    return user is not None and user.role == Role.MANAGER.value


# --------------------------------------------------------------------------- the queue


class QueueModel(QAbstractTableModel):
    """The technician's queue, most urgent first; overdue rows highlighted."""

    HEADERS = (
        QT_TRANSLATE_NOOP("QueueModel", "RMA"),
        QT_TRANSLATE_NOOP("QueueModel", "Time left"),
        QT_TRANSLATE_NOOP("QueueModel", "State"),
        QT_TRANSLATE_NOOP("QueueModel", "Customer"),
        QT_TRANSLATE_NOOP("QueueModel", "Technician"),
    )
    SLA_COLUMN = 1
    CUSTOMER_COLUMN = 3
    TECHNICIAN_COLUMN = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[bench.QueueRow] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate("QueueModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        status = sla_status(row.sla)
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.number, sla_short(row.sla), state_label(row.state), row.customer,
                    row.technician or QCoreApplication.translate("QueueModel", "—"))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SLA_COLUMN:
                return sla_long(row.sla)
            return f"{row.number} · {row.serial} · {row.model} · {row.customer}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if status == "overdue":
                return QColor(OVERDUE_BG)
            if status == "due_soon":
                return QColor(DUE_SOON_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.SLA_COLUMN:
            return QColor({"overdue": OVERDUE_FG, "due_soon": DUE_SOON_FG,
                           "paused": PAUSED_FG}.get(status, "#1f2a36"))
        if role == Qt.ItemDataRole.UserRole:
            return row.rma_id
        return None

    def set_rows(self, rows: list[bench.QueueRow]) -> None:
        """Show `rows`; the same RMAs in the same order update in place (selection kept)."""
        if [r.rma_id for r in rows] == [r.rma_id for r in self.rows] and rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, rma_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.rma_id == rma_id), -1)


# --------------------------------------------------------------------------- dialogs


class VendorDialog(FormDialog):
    """Send the unit to its supplier: vendor, their RMA number, dates."""

    def __init__(self, action: Callable[..., object], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("VendorDialog", "Send to vendor"), parent)
        self.action = action
        today = clock.today()
        self.vendor = QLineEdit()
        self.vendor.setPlaceholderText(self.tr("e.g. Zebra Technologies Repair Center"))
        self.vendor_rma = QLineEdit()
        self.sent_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("yyyy-MM-dd")
        self.sent_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.has_expected = QCheckBox(self.tr("Expected back on"))
        self.expected = QDateEdit(QDate(today.year, today.month, today.day).addDays(14))
        self.expected.setCalendarPopup(True)
        self.expected.setDisplayFormat("yyyy-MM-dd")
        self.expected.setEnabled(False)
        self.has_expected.toggled.connect(self.expected.setEnabled)
        expected_row = QHBoxLayout()
        expected_row.addWidget(self.has_expected)
        expected_row.addWidget(self.expected, 1)
        self.note = QLineEdit()
        hint = QLabel(self.tr("Sending raises a task: tell the customer the repair takes longer."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Vendor"), self.vendor)
        self.form.addRow(self.tr("Vendor's RMA number"), self.vendor_rma)
        self.form.addRow(self.tr("Sent on"), self.sent_on)
        self.form.addRow("", expected_row)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(hint)

    def submit(self) -> object:
        expected: date | None = None
        if self.has_expected.isChecked():
            expected = self.expected.date().toPython()
        return self.action(vendor=self.vendor.text(), vendor_rma=self.vendor_rma.text(),
                           sent_on=self.sent_on.date().toPython(), expected_back=expected,
                           note=self.note.text())


class BackFromVendorDialog(FormDialog):
    def __init__(self, action: Callable[..., object], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("BackFromVendorDialog", "Back from vendor"),
                         parent)
        self.action = action
        today = clock.today()
        self.back_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.back_on.setCalendarPopup(True)
        self.back_on.setDisplayFormat("yyyy-MM-dd")
        self.back_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What the vendor did"))
        self.form.addRow(self.tr("Back on"), self.back_on)
        self.form.addRow(self.tr("Note"), self.note)

    def submit(self) -> object:
        return self.action(back_on=self.back_on.date().toPython(), note=self.note.text())


class DoaDialog(FormDialog):
    """Dead on arrival: scan the serial of the new unit from stock."""

    def __init__(self, action: Callable[..., object], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DoaDialog", "Replace (dead on arrival)"),
                         parent)
        self.action = action
        self.serial = QLineEdit()
        self.serial.setProperty("scanRouterIgnore", True)  # the scanner types into this field
        self.serial.setPlaceholderText(self.tr("Scan the new unit's serial number"))
        self.note = QLineEdit()
        hint = QLabel(self.tr("The new unit inherits the warranty of the old one, extended by "
                              "the days it spent at the depot."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow(self.tr("New serial number"), self.serial)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(hint)
        self.serial.returnPressed.connect(self.note.setFocus)
        self.serial.setFocus()

    def submit(self) -> object:
        return self.action(self.serial.text(), note=self.note.text())


class ShipDialog(FormDialog):
    def __init__(self, action: Callable[..., object], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ShipDialog", "Ship the unit back"), parent)
        self.action = action
        self.carrier = QLineEdit()
        self.carrier.setPlaceholderText(self.tr("e.g. SF Express"))
        self.tracking = QLineEdit()
        self.tracking.setProperty("scanRouterIgnore", True)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Carrier"), self.carrier)
        self.form.addRow(self.tr("Tracking number"), self.tracking)
        self.form.addRow(self.tr("Note"), self.note)
        self.carrier.returnPressed.connect(self.tracking.setFocus)
        self.carrier.setFocus()

    def submit(self) -> object:
        return self.action(carrier=self.carrier.text(), tracking=self.tracking.text(),
                           note=self.note.text())


class ExtraPartDialog(FormDialog):
    """A part found necessary during repair; on a chargeable RMA it goes back to quote."""

    def __init__(self, action: Callable[..., object], chargeable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ExtraPartDialog", "Extra part"), parent)
        self.action = action
        self.part = QLineEdit()
        self.part.setProperty("scanRouterIgnore", True)
        self.part.setPlaceholderText(self.tr("Scan or type the part number, e.g. P-BELT"))
        self.qty = QSpinBox()
        self.qty.setRange(1, 10_000)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("only for a part the catalogue does not price"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why it is needed"))
        self.form.addRow(self.tr("Part"), self.part)
        self.form.addRow(self.tr("Quantity"), self.qty)
        self.form.addRow(self.tr("Unit price"), self.price)
        self.form.addRow(self.tr("Note"), self.note)
        if chargeable:
            hint = QLabel(self.tr("The repair pauses: the customer approves and pays a revised "
                                  "quote with this part first."))
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            self.form.addRow(hint)
        self.part.setFocus()

    def submit(self) -> object:
        price = parse_amount(self.price.text()) if self.price.text().strip() else None
        return self.action(self.part.text(), self.qty.value(), unit_price=price,
                           note=self.note.text())


class WaiverDialog(FormDialog):
    """A manager lets this RMA through one gate once, with a reason (audited)."""

    def __init__(self, action: Callable[[str, str], object], parent: QWidget | None = None,
                 *, suggested: Guard | None = None) -> None:
        super().__init__(QCoreApplication.translate("WaiverDialog", "Waive a gate"), parent)
        self.action = action
        self.gate = QComboBox()
        for gate in sorted(WAIVABLE, key=lambda g: g.value, reverse=True):
            self.gate.addItem(_t(GATE_TEXT[gate]), gate.value)
        if suggested is not None:
            self.gate.setCurrentIndex(max(0, self.gate.findData(suggested.value)))
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(self.tr("Why this RMA may pass (it is audited)"))
        hint = QLabel(self.tr("The waiver is used up by the next action that needs the gate."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Gate"), self.gate)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(hint)

    def submit(self) -> object:
        return self.action(self.gate.currentData(), self.reason.toPlainText())


# --------------------------------------------------------------------------- the page


class _Handles:
    """RMA labels open the bench from anywhere; serials and parts only while it is shown."""

    def __get__(self, page: BenchPage | None, owner: type) -> frozenset[ScanKind]:
        if page is None or not page.isVisible():
            return frozenset({ScanKind.RMA})
        return frozenset({ScanKind.RMA, ScanKind.SERIAL, ScanKind.PART})


class BenchPage(Page):
    handles = _Handles()  # type: ignore[assignment]

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(CARD_STYLE)
        self.rma: Rma | None = None
        self.availability: dict[Action, ActionAvailability] = {}
        self.action_buttons: dict[Action, QPushButton] = {}
        self.quote_ids: set[str] = set()
        self.dialog: FormDialog | None = None
        self.which = bench.Which.MINE
        self._findings_loaded = ""
        self._loaded_for: int | None = None
        self._acting = False
        self._queue_timer = QTimer(self)
        self._queue_timer.setSingleShot(True)
        self._queue_timer.timeout.connect(self._queued_reload)
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)  # SLA clocks move: refresh the time left every minute
        self._tick.timeout.connect(self._minute)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Bench")))
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("benchScan")
        self.scan_field.setPlaceholderText(
            self.tr("Scan or type an RMA number or serial number (Ctrl+L)"))
        self.scan_field.returnPressed.connect(self._typed_scan)
        top.addWidget(self.scan_field, 1)
        outer.addLayout(top)

        splitter = QSplitter()
        outer.addWidget(splitter, 1)
        splitter.addWidget(self._build_queue())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 550])

        QShortcut(QKeySequence("Ctrl+L"), self, self._focus_scan)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_diagnosis)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.open_quote)
        for action, keys in ACTION_KEYS.items():
            QShortcut(QKeySequence(keys), self, lambda a=action: self.do(a))
        for i, (which, _text) in enumerate(FILTERS, start=1):
            QShortcut(QKeySequence(f"Alt+{i}"), self, lambda w=which: self.set_filter(w))
        ctx.operator_changed.connect(self._operator_changed)
        ctx.online_changed.connect(lambda _online: self._fill_actions())
        self._operator_changed(ctx.operator)

    # ----------------------------------------------------------------- building
    def _build_queue(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 6, 0)
        filters = QHBoxLayout()
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        for i, (which, text) in enumerate(FILTERS, start=1):
            button = QPushButton(_t(text))
            button.setCheckable(True)
            button.setToolTip(f"Alt+{i}")
            button.clicked.connect(lambda _=False, w=which: self.set_filter(w))
            self.filter_group.addButton(button)
            self.filter_buttons[which.value] = button
            filters.addWidget(button)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.queue_model = QueueModel(self)
        self.queue = QTableView()
        self.queue.setObjectName("benchQueue")
        self.queue.setModel(self.queue_model)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.verticalHeader().setVisible(False)
        self.queue.setWordWrap(False)
        header = self.queue.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QueueModel.CUSTOMER_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.queue.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.queue.selectionModel().currentRowChanged.connect(self._queue_row_changed)
        self.queue.activated.connect(self._queue_activated)
        layout.addWidget(self.queue, 1)
        self.queue_hint = QLabel()
        self.queue_hint.setObjectName("hint")
        layout.addWidget(self.queue_hint)
        return box

    def _build_detail(self) -> QWidget:
        self.detail_stack = QStackedWidget()
        empty = QLabel(self.tr("Scan an RMA label, or pick an RMA from the queue."))
        empty.setObjectName("hint")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_stack.addWidget(empty)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self._build_header())
        layout.addWidget(self._build_actions())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_timeline(), self.tr("Timeline"))
        self.tabs.addTab(self._build_diagnosis(), self.tr("Diagnosis"))
        self.tabs.addTab(self._build_parts(), self.tr("Parts"))
        self.tabs.addTab(self._build_vendor(), self.tr("Vendor and tasks"))
        self.history = UnitHistoryTable()
        self.history.open_rma.connect(self.open_rma)
        self.history_tab = self.tabs.addTab(self.history, self.tr("Unit history"))
        self.tabs.setMinimumHeight(300)
        layout.addWidget(self.tabs, 1)
        scroll.setWidget(body)
        self.detail_stack.addWidget(scroll)
        return self.detail_stack

    def _build_header(self) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setVerticalSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("rmaTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setObjectName("statePill")
        self.unit_line = QLabel()
        self.unit_line.setWordWrap(True)
        self.fault_line = QLabel()
        self.fault_line.setWordWrap(True)
        self.fault_line.setObjectName("hint")
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage")
        self.coverage_reason = QLabel()
        self.coverage_reason.setWordWrap(True)
        self.coverage_reason.setObjectName("hint")
        self.sla = QLabel()
        self.sla.setObjectName("sla")
        self.sla.setWordWrap(True)
        self.tech_line = QLabel()
        self.take_button = QPushButton(self.tr("Take it"))
        self.take_button.clicked.connect(self.take)
        self.assign_combo = QComboBox()
        self.assign_combo.setToolTip(self.tr("A manager hands the RMA to a technician"))
        self.assign_combo.activated.connect(self._assign_chosen)

        first = QHBoxLayout()
        first.setSpacing(10)
        first.addWidget(self.title)
        first.addWidget(self.state)
        first.addStretch(1)
        grid.addLayout(first, 0, 0)
        grid.addWidget(self.unit_line, 1, 0)
        grid.addWidget(self.fault_line, 2, 0)
        grid.addWidget(self.coverage, 3, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.coverage_reason, 4, 0)
        grid.addWidget(self.sla, 5, 0)
        who = QHBoxLayout()
        who.addWidget(self.tech_line)
        who.addWidget(self.take_button)
        who.addWidget(self.assign_combo)
        who.addStretch(1)
        grid.addLayout(who, 6, 0)
        return card

    def _build_actions(self) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 8, 12, 10)
        self.actions_grid = QGridLayout()
        self.actions_grid.setHorizontalSpacing(6)
        self.actions_grid.setVerticalSpacing(6)
        layout.addLayout(self.actions_grid)
        extra = QHBoxLayout()
        self.quote_button = QPushButton(self.tr("Quote and payments (Ctrl+Q)"))
        self.quote_button.clicked.connect(self.open_quote)
        self.waive_button = QPushButton(self.tr("Waive a gate…"))
        self.waive_button.setToolTip(self.tr("Manager: let this RMA through a gate once, with "
                                             "a reason"))
        self.waive_button.clicked.connect(self.waive)
        extra.addWidget(self.quote_button)
        extra.addStretch(1)
        extra.addWidget(self.waive_button)
        layout.addLayout(extra)
        self.keys_label = QLabel()
        self.keys_label.setObjectName("hint")
        self.keys_label.setWordWrap(True)
        layout.addWidget(self.keys_label)
        self.why_label = QLabel()
        self.why_label.setObjectName("why")
        self.why_label.setWordWrap(True)
        self.why_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.why_label)
        return card

    def _build_timeline(self) -> QWidget:
        # three columns so the notes get the width: what happened (and the state it
        # moved to) on the first line of the last column, the note below it
        self.timeline = QTableWidget(0, 3)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What happened")])
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setWordWrap(True)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.timeline.resizeRowsToContents())
        return self.timeline

    def _build_diagnosis(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.diagnosis_hint = QLabel()
        self.diagnosis_hint.setObjectName("hint")
        self.diagnosis_hint.setWordWrap(True)
        layout.addWidget(self.diagnosis_hint)
        form = QGridLayout()
        self.findings = QPlainTextEdit()
        self.findings.setPlaceholderText(self.tr("What you found (required), e.g. PSU primary "
                                                 "MOSFET shorted"))
        self.findings.setFixedHeight(72)
        self.cause = QComboBox()
        self.save_diagnosis_button = QPushButton(self.tr("Save diagnosis (Ctrl+S)"))
        self.save_diagnosis_button.setProperty("primary", True)
        self.save_diagnosis_button.clicked.connect(self.save_diagnosis)
        form.addWidget(QLabel(self.tr("Findings")), 0, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.findings, 0, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Fault cause")), 1, 0)
        form.addWidget(self.cause, 1, 1)
        form.addWidget(self.save_diagnosis_button, 1, 3)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)

        ex_title = QLabel(self.tr("Warranty exclusion"))
        ex_title.setObjectName("sectionTitle")
        layout.addWidget(ex_title)
        exclusion = QHBoxLayout()
        self.exclusion_reason = QComboBox()
        self.exclusion_note = QLineEdit()
        self.exclusion_note.setPlaceholderText(
            self.tr("What shows it (the customer sees this note), e.g. liquid marks on board"))
        self.exclusion_button = QPushButton(self.tr("Record exclusion"))
        self.exclusion_button.clicked.connect(self.record_exclusion)
        self.withdraw_button = QPushButton(self.tr("Withdraw exclusion…"))
        self.withdraw_button.clicked.connect(self.withdraw_exclusion)
        exclusion.addWidget(self.exclusion_reason)
        exclusion.addWidget(self.exclusion_note, 1)
        exclusion.addWidget(self.exclusion_button)
        exclusion.addWidget(self.withdraw_button)
        layout.addLayout(exclusion)
        self.exclusion_state = QLabel()
        self.exclusion_state.setObjectName("hint")
        self.exclusion_state.setWordWrap(True)
        layout.addWidget(self.exclusion_state)

        need_title = QLabel(self.tr("Needed parts"))
        need_title.setObjectName("sectionTitle")
        layout.addWidget(need_title)
        self.needed = QTableWidget(0, 4)
        self.needed.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("Description"), self.tr("Qty"), self.tr("Found during")])
        self.needed.verticalHeader().setVisible(False)
        self.needed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needed.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.needed.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.needed.setMinimumHeight(90)
        layout.addWidget(self.needed, 1)
        add = QHBoxLayout()
        self.need_part = QLineEdit()
        self.need_part.setPlaceholderText(self.tr("Part number, e.g. P-PSU-450"))
        self.need_qty = QSpinBox()
        self.need_qty.setRange(1, 10_000)
        self.need_add = QPushButton(self.tr("Add needed part"))
        self.need_add.clicked.connect(self.add_needed_part)
        self.need_part.returnPressed.connect(self.add_needed_part)
        self.need_remove = QPushButton(self.tr("Remove selected"))
        self.need_remove.clicked.connect(self.remove_needed_part)
        add.addWidget(self.need_part, 1)
        add.addWidget(self.need_qty)
        add.addWidget(self.need_add)
        add.addWidget(self.need_remove)
        layout.addLayout(add)
        return box

    def _build_parts(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.parts_hint = QLabel(self.tr("Scan a part label while the RMA is in repair: one "
                                         "piece is issued from stock to it."))
        self.parts_hint.setObjectName("hint")
        self.parts_hint.setWordWrap(True)
        layout.addWidget(self.parts_hint)
        self.parts_table = QTableWidget(0, 6)
        self.parts_table.setObjectName("partsUsed")
        self.parts_table.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("Description"), self.tr("Issued"), self.tr("Returned"),
             self.tr("Unit cost"), self.tr("Issued at")])
        self.parts_table.verticalHeader().setVisible(False)
        self.parts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.parts_table, 1)
        row = QHBoxLayout()
        self.return_button = QPushButton(self.tr("Return selected to stock"))
        self.return_button.clicked.connect(self.return_part)
        row.addStretch(1)
        row.addWidget(self.return_button)
        layout.addLayout(row)
        return box

    def _build_vendor(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        vendor_title = QLabel(self.tr("Vendor repairs"))
        vendor_title.setObjectName("sectionTitle")
        layout.addWidget(vendor_title)
        self.vendor_table = QTableWidget(0, 5)
        self.vendor_table.setHorizontalHeaderLabels(
            [self.tr("Vendor"), self.tr("Vendor's RMA"), self.tr("Sent"),
             self.tr("Expected back"), self.tr("Back")])
        self.vendor_table.verticalHeader().setVisible(False)
        self.vendor_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vendor_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.vendor_table, 1)
        task_title = QLabel(self.tr("Tasks"))
        task_title.setObjectName("sectionTitle")
        layout.addWidget(task_title)
        self.task_table = QTableWidget(0, 3)
        self.task_table.setHorizontalHeaderLabels(
            [self.tr("Task"), self.tr("Due"), self.tr("Done")])
        self.task_table.verticalHeader().setVisible(False)
        self.task_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.task_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.task_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.task_table, 1)
        row = QHBoxLayout()
        self.task_done_button = QPushButton(self.tr("Mark selected task done"))
        self.task_done_button.clicked.connect(self.complete_task)
        row.addStretch(1)
        row.addWidget(self.task_done_button)
        layout.addLayout(row)
        return box

    # ----------------------------------------------------------------- scans and opening
    def activated(self) -> None:
        self._tick.start()
        if self.rma is None:
            self.scan_field.setFocus()

    def _focus_scan(self) -> None:
        self.scan_field.setFocus()
        self.scan_field.selectAll()

    def _typed_scan(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if not text:
            return
        from depot.scan import parse_scan

        try:
            scan = parse_scan(text)
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        if scan.kind not in (ScanKind.RMA, ScanKind.SERIAL, ScanKind.PART):
            self.ctx.error(self.tr("{code} is not an RMA, serial or part number.").format(
                code=scan.value))
            return
        self.handle_scan(scan)

    def handle_scan(self, scan: Scan) -> None:
        if scan.kind == ScanKind.PART:
            self.issue_part(scan.value)
            return
        result = self.ctx.attempt(intake.lookup_scan, scan.raw)
        if result is None:
            return
        if result.action == ScanAction.OPEN_RMA and result.rma is not None:
            self.open_rma(result.rma.id)
        elif result.action in (ScanAction.RECEIVE, ScanAction.REGISTER_UNIT):
            self.ctx.error(self.tr("{serial} has no open RMA: receive it at the intake desk "
                                   "first.").format(serial=result.serial or scan.value))
        else:
            self.ctx.error(self.tr("Scanned {code}: the bench opens RMAs and issues parts.")
                           .format(code=scan.value))

    def open_item(self, payload: object) -> None:
        if isinstance(payload, Rma):
            payload = payload.id
        if isinstance(payload, int):
            self.open_rma(payload)
            return
        found = self.ctx.attempt(workflow.get_rma, str(payload))
        if found is not None:
            self.open_rma(found.id)

    def open_rma(self, rma_id: int) -> None:
        try:
            row = workflow.get_rma(int(rma_id))
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        changed = self.rma is None or self.rma.id != row.id
        self.rma = row
        if changed:
            self.tabs.setCurrentIndex(0)
        self._show_detail()
        self._select_in_queue(row.id)

    # ----------------------------------------------------------------- queue
    def set_filter(self, which: bench.Which | str) -> None:
        self.which = bench.Which(which)
        self.filter_buttons[self.which.value].setChecked(True)
        self.reload_queue()

    def reload_queue(self) -> None:
        actor = self.ctx.operator
        try:
            everything = bench.queue(actor, bench.Which.ALL) if actor else []
            mine = bench.queue(actor, bench.Which.MINE) if actor else []
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        counts = {
            bench.Which.MINE: len(mine),
            bench.Which.UNASSIGNED: sum(1 for r in everything if not r.technician),
            bench.Which.OVERDUE: sum(1 for r in everything if r.status is SlaStatus.OVERDUE),
            bench.Which.ALL: len(everything),
        }
        for which, text in FILTERS:
            self.filter_buttons[which.value].setText(
                self.tr("{filter} ({n})").format(filter=_t(text), n=counts[which]))
        if self.which is bench.Which.MINE:
            rows = mine
        elif self.which is bench.Which.UNASSIGNED:
            rows = [r for r in everything if not r.technician]
        elif self.which is bench.Which.OVERDUE:
            rows = [r for r in everything if r.status is SlaStatus.OVERDUE]
        else:
            rows = everything
        self.queue_model.set_rows(rows)
        self.queue.setColumnHidden(QueueModel.TECHNICIAN_COLUMN, self.which is bench.Which.MINE)
        if actor is None:
            self.queue_hint.setText(self.tr("Scan your badge to see your queue."))
        elif not rows:
            self.queue_hint.setText(self.tr("Nothing here."))
        else:
            self.queue_hint.setText(self.tr("Most urgent first; overdue rows are red."))
        if self.rma is not None:
            self._select_in_queue(self.rma.id)

    def _select_in_queue(self, rma_id: int) -> None:
        row = self.queue_model.row_of(rma_id)
        selection = self.queue.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        current = selection.currentIndex()
        if current.isValid() and current.row() == row:
            return
        selection.blockSignals(True)
        self.queue.selectRow(row)
        selection.blockSignals(False)

    def _queue_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rma_id = self.queue_model.data(current, Qt.ItemDataRole.UserRole)
        if rma_id is not None and (self.rma is None or self.rma.id != rma_id):
            self.open_rma(rma_id)

    def _queue_activated(self, index: QModelIndex) -> None:
        rma_id = self.queue_model.data(index, Qt.ItemDataRole.UserRole)
        if rma_id is not None:
            self.open_rma(rma_id)

    def _operator_changed(self, user: User | None) -> None:
        if user is not None:  # a technician starts on their own work, others see everything
            self.which = (bench.Which.MINE if user.role == Role.TECHNICIAN.value
                          else bench.Which.ALL)
        self.filter_buttons[self.which.value].setChecked(True)
        if not self.isVisible():
            return  # loaded when shown (the main window refreshes a page it shows)
        self.reload_queue()
        if self.rma is not None:
            self._show_detail()

    def _queued_reload(self) -> None:
        if self.isVisible():  # a closed window's timer must not query a database gone meanwhile
            self.reload_queue()

    def hideEvent(self, event) -> None:
        self._queue_timer.stop()
        self._tick.stop()
        super().hideEvent(event)

    def _minute(self) -> None:
        if not self.isVisible():
            self._tick.stop()
            return
        self.reload_queue()
        if self.rma is not None:
            self._fill_sla()

    # ----------------------------------------------------------------- detail
    def _show_detail(self) -> None:
        if self.rma is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail_stack.setCurrentIndex(1)
        self.rma = workflow.get_rma(self.rma.id)
        events = workflow.events(self.rma)
        self._fill_header(events)
        self._fill_actions()
        self._fill_timeline(events)
        self._fill_diagnosis()
        self._fill_parts()
        self._fill_vendor()
        self._fill_history()
        self.quote_ids = {str(q.id) for q in quotes.quotes_of(self.rma)}
        self._loaded_for = self.rma.id

    def _fill_header(self, events: list[workflow.RmaEventView]) -> None:
        rma = self.rma
        assert rma is not None
        unit = rma.unit
        model = unit.model
        customer = rma.customer.name if rma.customer else self.tr("no customer on record")
        self.title.setText(rma.number)
        self.state.setText(state_label(rma.state))
        self.unit_line.setText(self.tr("<b>{serial}</b> · {model} ({code}) · {customer}").format(
            serial=html.escape(unit.serial), model=html.escape(model.name),
            code=html.escape(model.code), customer=html.escape(customer)))
        received = local(rma.received_at)
        self.fault_line.setText(self.tr("Received {when} · reported fault: {fault}").format(
            when=received, fault=rma.fault or "—"))
        self.coverage.setText(coverage_label(rma.coverage))
        restyle(self.coverage, coverage=str(rma.coverage))
        self.coverage_reason.setText(self._coverage_reason(events))
        self._fill_sla()
        tech = rma.technician
        self.tech_line.setText(self.tr("Technician: {name}").format(
            name=tech.name if tech else self.tr("nobody yet")))
        operator = self.ctx.operator
        open_rma = RmaState(rma.state) not in CLOSED_STATES
        mine = operator is not None and tech is not None and tech.id == operator.id
        self.take_button.setVisible(
            open_rma and not mine and operator is not None
            and operator.role in (Role.TECHNICIAN.value, Role.MANAGER.value)
            and not is_manager(operator))
        self.assign_combo.setVisible(open_rma and is_manager(operator))
        if is_manager(operator):
            self.assign_combo.blockSignals(True)
            self.assign_combo.clear()
            self.assign_combo.addItem(self.tr("Assign to…"), None)
            for user in User.select().where(
                User.active & User.role.in_([Role.TECHNICIAN.value, Role.MANAGER.value])
            ).order_by(User.name):
                self.assign_combo.addItem(user.name, user.id)
            self.assign_combo.addItem(self.tr("nobody (back to unassigned)"), 0)
            self.assign_combo.blockSignals(False)

    def _coverage_reason(self, events: list[workflow.RmaEventView]) -> str:
        """The coverage decision in the operator's language where the timeline allows it."""
        assert self.rma is not None
        for event in reversed(events):
            if event.kind == "coverage_changed":
                break
            data = event.data if isinstance(event.data, dict) else {}
            if "reason_code" in data and "reason_args" in data:
                if data.get("coverage") == self.rma.coverage:
                    try:
                        return render_reason(
                            data["reason_code"], data["reason_args"],
                            lambda t: QCoreApplication.translate("Warranty", t))
                    except (KeyError, ValueError):
                        break
                break
        return self.rma.coverage_reason

    def _fill_sla(self) -> None:
        assert self.rma is not None
        clocks = rma_sla(self.rma)
        self.sla.setText(self.tr("SLA: {clocks}").format(clocks=sla_long(clocks)))
        restyle(self.sla, status=sla_status(clocks))

    def _fill_actions(self) -> None:
        while self.actions_grid.count():
            item = self.actions_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.action_buttons = {}
        self.availability = {}
        if self.rma is None:
            return
        try:
            found = workflow.available_actions(self.rma, self.ctx.operator)
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        offered = [a for a in found if a.in_state and a.action not in NOT_BUTTONS
                   and (a.action is not Action.REQUEST_APPROVAL or self._issuing_is_next())]
        self.availability = {a.action: a for a in found}
        online = self.ctx.online
        for i, item in enumerate(offered):
            text = _t(ACTION_TEXT[item.action])
            keys = ACTION_KEYS.get(item.action)
            button = QPushButton(text)
            button.setObjectName(f"action_{item.action.value}")
            enabled = item.enabled and online
            button.setEnabled(enabled)
            if item.enabled and item.action in FORWARD:
                button.setProperty("primary", True)
            tip = item.reason
            if keys:
                tip = f"{keys} — {tip}" if tip else keys
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, a=item.action: self.do(a))
            self.actions_grid.addWidget(button, i // 3, i % 3)
            self.action_buttons[item.action] = button
        for col in range(3):
            self.actions_grid.setColumnStretch(col, 1)
        legend = [f"{ACTION_KEYS[a.action]} {_t(ACTION_TEXT[a.action]).rstrip('…')}"
                  for a in offered if a.action in ACTION_KEYS]
        self.keys_label.setText(self.tr("Keys: {keys}").format(
            keys=" · ".join([*legend, self.tr("Ctrl+Q quote"), self.tr("Ctrl+L scan")])))
        self.why_label.setText(self._why_text(offered))
        self.why_label.setVisible(bool(self.why_label.text()))
        manager = is_manager(self.ctx.operator)
        open_rma = RmaState(self.rma.state) not in CLOSED_STATES
        self.waive_button.setVisible(manager and open_rma)
        self.waive_button.setEnabled(online)
        self.quote_button.setVisible(self.rma.coverage in ("out_of_warranty", "excluded")
                                     or bool(self.quote_ids))

    def _issuing_is_next(self) -> bool:
        """Issuing is the next step with a draft, or before any quote; else it is a revision."""
        assert self.rma is not None
        mine = quotes.quotes_of(self.rma)
        self.quote_ids = {str(q.id) for q in mine}
        return not mine or any(q.status == "draft" for q in mine)

    def _why_text(self, offered: list[ActionAvailability]) -> str:
        """Why each unavailable action is unavailable, one line per reason, actions grouped."""
        if not self.ctx.online:
            reason = self.ctx.offline_reason or self.tr("The server cannot be reached.")
            return html.escape(self.tr("Actions wait until the server is back: {reason}")
                               .format(reason=reason))
        if not offered:
            return html.escape(self.tr("{rma} is {state}: nothing is left to do.").format(
                rma=self.rma.number if self.rma else "", state=state_label(self.rma.state)
                if self.rma else ""))
        grouped: dict[str, list[str]] = {}
        notes: list[str] = []
        for item in offered:
            if item.enabled:
                if item.reason:
                    notes.append(f"{_t(ACTION_TEXT[item.action])}: {item.reason}")
                continue
            grouped.setdefault(item.reason, []).append(_t(ACTION_TEXT[item.action])
                                                       .rstrip("…"))
        lines = [
            self.tr("<b>{actions}</b>: {reason}").format(
                actions=html.escape(", ".join(names)), reason=html.escape(reason))
            for reason, names in grouped.items()
        ]
        lines += [html.escape(n) for n in notes]
        return "<br>".join(lines)

    def _fill_timeline(self, events: list[workflow.RmaEventView]) -> None:
        rows = list(reversed(events))  # newest first: what just happened is on top
        self.timeline.setRowCount(len(rows))
        for i, event in enumerate(rows):
            label = EVENT_TEXT.get(event.kind)
            what = _t(label) if label else event.kind.replace("_", " ")
            if event.to_state and event.to_state != event.from_state:
                moved = (f"{state_label(event.from_state)} → {state_label(event.to_state)}"
                         if event.from_state else state_label(event.to_state))
                what = f"{what} · {moved}"
            when = QTableWidgetItem(local(event.at, "%m-%d %H:%M"))
            when.setToolTip(local(event.at))
            who = QTableWidgetItem(event.actor_name or "—")
            if event.station:
                who.setToolTip(self.tr("Station: {name}").format(name=event.station))
            text = QTableWidgetItem(f"{what}\n{event.note}" if event.note else what)
            text.setToolTip(event.note)
            for col, cell in enumerate((when, who, text)):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.timeline.setItem(i, col, cell)
        self.timeline.resizeRowsToContents()
        QTimer.singleShot(0, self.timeline.resizeRowsToContents)  # again once laid out

    def _fill_history(self) -> None:
        """The unit's earlier RMAs; the tab says how many, so a repeat visit shows unopened."""
        assert self.rma is not None
        earlier = self.history.show_unit(self.rma.unit_id, self.rma.id)
        self.tabs.setTabText(self.history_tab, self.tr("Unit history ({n})").format(n=earlier)
                             if earlier else self.tr("Unit history"))

    def _fill_diagnosis(self) -> None:
        rma = self.rma
        assert rma is not None
        diagnosing = rma.state == RmaState.DIAGNOSING.value
        diag = diagnosis.diagnosis_of(rma)
        zh = QLocale().name().startswith("zh")
        current_cause = self.cause.currentData() if self._loaded_for == rma.id else None
        self.cause.blockSignals(True)
        self.cause.clear()
        self.cause.addItem(self.tr("— pick the fault cause —"), "")
        for cause in diagnosis.cause_codes():
            self.cause.addItem(cause.label_zh if zh and cause.label_zh else cause.label,
                               cause.code)
        stored = diag.cause_code if diag else ""
        keep_typing = (self._loaded_for == rma.id
                       and self.findings.toPlainText() != self._findings_loaded)
        chosen = current_cause if keep_typing and current_cause else stored
        self.cause.setCurrentIndex(max(0, self.cause.findData(chosen)))
        self.cause.blockSignals(False)
        if not keep_typing:
            self._findings_loaded = diag.findings if diag else ""
            self.findings.setPlainText(self._findings_loaded)
        for widget in (self.findings, self.cause, self.save_diagnosis_button):
            widget.setEnabled(diagnosing)
        if diagnosing:
            self.diagnosis_hint.setText(self.tr("Every save goes on the timeline."))
        elif rma.state == RmaState.RECEIVED.value:
            self.diagnosis_hint.setText(self.tr("Start the diagnosis to record findings."))
        else:
            self.diagnosis_hint.setText(self.tr("Findings are recorded while the RMA is "
                                                "diagnosing; this is what was recorded."))
        self.exclusion_reason.clear()
        for code, label in diagnosis.exclusion_reasons():
            self.exclusion_reason.addItem(QCoreApplication.translate("Warranty", label), code)
        excluded = diag is not None and bool(diag.exclusion_code)
        self.exclusion_reason.setEnabled(diagnosing and not excluded)
        self.exclusion_note.setEnabled(diagnosing and not excluded)
        self.exclusion_button.setEnabled(diagnosing and not excluded)
        self.withdraw_button.setVisible(excluded)
        self.withdraw_button.setEnabled(diagnosing)
        if excluded:
            label = EXCLUSION_LABELS.get(diag.exclusion_code, diag.exclusion_code)
            self.exclusion_state.setText(self.tr("Exclusion recorded: {reason} — {note}").format(
                reason=QCoreApplication.translate("Warranty", label), note=diag.exclusion_note))
        else:
            self.exclusion_state.setText(self.tr(
                "Record an exclusion when the fault is not covered (accident, liquid, "
                "self-disassembly…): the repair becomes chargeable."))
        needs = diagnosis.needed_parts(rma)
        self.needed.setRowCount(len(needs))
        during = {"diagnosis": self.tr("diagnosis"), "repair": self.tr("repair")}
        for i, need in enumerate(needs):
            cells = [need.part_code, need.description, str(need.qty),
                     during.get(need.found_during, need.found_during)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, need.id)
                self.needed.setItem(i, col, item)
        self.needed.resizeColumnsToContents()
        self.needed.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        open_rma = RmaState(rma.state) not in CLOSED_STATES
        for widget in (self.need_part, self.need_qty, self.need_add, self.need_remove):
            widget.setEnabled(open_rma)

    def _fill_parts(self) -> None:
        assert self.rma is not None
        lines = parts.parts_of(self.rma)
        self.parts_table.setRowCount(len(lines))
        for i, line in enumerate(lines):
            cells = [line.part_code, line.description, str(line.qty), str(line.returned_qty),
                     money(line.unit_cost), local(line.issued_at)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                if col in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.parts_table.setItem(i, col, item)
        self.parts_table.resizeColumnsToContents()
        self.parts_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        in_repair = self.rma.state == RmaState.IN_REPAIR.value
        self.parts_hint.setText(
            self.tr("Scan a part label now: one piece is issued from stock to {rma}.").format(
                rma=self.rma.number) if in_repair else
            self.tr("Parts are issued by scanning their label while the RMA is in repair."))
        self.return_button.setEnabled(bool(lines))
        self.tabs.setTabText(2, self.tr("Parts ({n})").format(n=len(lines)) if lines
                             else self.tr("Parts"))

    def _fill_vendor(self) -> None:
        assert self.rma is not None
        repairs = vendor.vendor_repairs_of(self.rma)
        self.vendor_table.setRowCount(len(repairs))
        for i, rep in enumerate(repairs):
            cells = [rep.vendor, rep.vendor_rma, rep.sent_on.isoformat(),
                     rep.expected_back.isoformat() if rep.expected_back else "",
                     rep.back_on.isoformat() if rep.back_on else ""]
            for col, text in enumerate(cells):
                self.vendor_table.setItem(i, col, QTableWidgetItem(text))
        todo = tasks.tasks_of(self.rma)
        self.task_table.setRowCount(len(todo))
        for i, task in enumerate(todo):
            done = (self.tr("{when} by {who}").format(
                when=local(task.done_at), who=task.done_by.name if task.done_by else "?")
                if task.done_at else "")
            cells = [task.title, local(task.due), done]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, task.id)
                if col == 1 and not task.done_at and task.due and task.due < clock.now():
                    item.setBackground(QColor(OVERDUE_BG))
                self.task_table.setItem(i, col, item)
        self.task_done_button.setEnabled(any(t.done_at is None for t in todo))
        open_tasks = sum(1 for t in todo if t.done_at is None)
        self.tabs.setTabText(3, self.tr("Vendor and tasks ({n} open)").format(n=open_tasks)
                             if open_tasks else self.tr("Vendor and tasks"))

    # ----------------------------------------------------------------- writing
    def _act(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a service; refusals become the banner, a stale write also reloads."""
        self._acting = True
        try:
            return fn(*args, **kwargs)
        except StaleEdit as exc:
            self._stale(str(exc))
            return None
        except DomainError as exc:
            self.ctx.error(str(exc))
            return None
        finally:
            self._acting = False

    def _stale(self, text: str) -> None:
        self.ctx.error(text)
        self._findings_loaded = self.findings.toPlainText()  # keep what was typed
        self._after_write()

    def _after_write(self) -> None:
        if self.rma is not None:
            self._show_detail()
        self.reload_queue()

    def _moved(self, result: object) -> None:
        if result is None or self.rma is None:
            return
        self._after_write()
        self.ctx.ok(self.tr("{rma} is now {state}.").format(rma=self.rma.number,
                                                           state=state_label(self.rma.state)))

    def _open_dialog(self, dialog: FormDialog, done: Callable[[object], None] | None = None
                     ) -> FormDialog:
        dialog.stale.connect(self._stale)
        dialog.accepted.connect(lambda: (done or self._moved)(dialog.result_value))
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def do(self, action: Action) -> FormDialog | None:
        """Run one action of the action row (button or shortcut)."""
        if self.rma is None:
            self.ctx.error(self.tr("Open an RMA first: scan its label."))
            return None
        item = self.availability.get(action)
        if item is None or not item.in_state or action not in self.action_buttons:
            self.ctx.error(item.reason if item is not None and item.reason
                           else self.tr("This action is not possible now."))
            return None
        if not item.enabled:
            self.ctx.error(item.reason)  # the shortcut of an unavailable action says why
            return None
        if not self.ctx.online:
            self.ctx.error(self.tr("The server cannot be reached: try again when it is back."))
            return None
        actor, rma = self.ctx.operator, self.rma
        simple: dict[Action, Callable[..., Rma]] = {
            Action.START_DIAGNOSIS: workflow.start_diagnosis,
            Action.PAYMENT_COMPLETE: workflow.payment_complete,
            Action.ORDER_PARTS: workflow.order_parts,
            Action.PARTS_ARRIVED: workflow.parts_arrived,
            Action.START_REPAIR: workflow.start_repair,
            Action.PASS_TEST: workflow.pass_test,
            Action.CLOSE: workflow.close,
        }
        if action in simple:
            result = self._act(simple[action], actor, rma)
            self._moved(result)
            if result is not None and action is Action.START_DIAGNOSIS:
                self.tabs.setCurrentIndex(1)
                self.findings.setFocus()
            return None
        if action is Action.REQUEST_APPROVAL:
            issued = self._act(quotes.issue_quote, actor, rma)
            if issued is not None:
                self._after_write()
                self.ctx.ok(self.tr("Quote {quote} issued: {total}, valid until {date}.").format(
                    quote=issued.number, total=money(issued.total, issued.currency),
                    date=issued.valid_until.isoformat() if issued.valid_until else "—"))
            return None
        notes: dict[Action, tuple[Callable[..., Rma], str, str]] = {
            Action.FINISH_REPAIR: (workflow.finish_repair, self.tr("Finish repair"),
                                   self.tr("Describe the work done (it goes on the unit's "
                                           "history and the service report).")),
            Action.FAIL_TEST: (workflow.fail_test, self.tr("Test failed"),
                               self.tr("What failed in the test? The unit goes back into "
                                       "repair.")),
            Action.RETURN_UNREPAIRED: (workflow.return_unrepaired, self.tr("Return unrepaired"),
                                       self.tr("Why does the unit go back unrepaired?")),
            Action.SCRAP: (workflow.scrap, self.tr("Scrap at the customer's request"),
                           self.tr("Reference of the customer's written request to scrap "
                                   "the unit:")),
            Action.CANCEL: (workflow.cancel, self.tr("Cancel RMA"),
                            self.tr("Why is the RMA cancelled (opened in error, withdrawn)?")),
        }
        if action in notes:
            fn, title, prompt = notes[action]
            return self._open_dialog(NoteDialog(
                title, prompt, lambda text: fn(actor, rma, note=text), self))
        if action in (Action.ACCEPT_QUOTE, Action.DECLINE_QUOTE):
            accept = action is Action.ACCEPT_QUOTE
            fn2 = quotes.accept_quote if accept else quotes.decline_quote
            title = self.tr("Customer accepted the quote") if accept else \
                self.tr("Customer declined the quote")
            prompt = (self.tr("Record how the customer's acceptance reached us.") if accept
                      else self.tr("Record how the customer's refusal reached us; the "
                                   "diagnosis fee and return shipping are then owed."))
            return self._open_dialog(DecisionDialog(
                title, prompt, lambda method, note: fn2(actor, rma, method, note=note), self))
        if action is Action.SEND_TO_VENDOR:
            return self._open_dialog(VendorDialog(
                lambda **kw: vendor.send_to_vendor(actor, rma, **kw), self))
        if action is Action.BACK_FROM_VENDOR:
            return self._open_dialog(BackFromVendorDialog(
                lambda **kw: vendor.back_from_vendor(actor, rma, **kw), self))
        if action is Action.SHIP:
            return self._open_dialog(ShipDialog(
                lambda **kw: workflow.ship(actor, rma, **kw), self))
        if action is Action.REPLACE_DOA:
            return self._open_dialog(DoaDialog(
                lambda serial, note: doa.replace_doa(actor, rma, serial, note=note), self))
        if action is Action.REOPEN_FOR_QUOTE:
            chargeable = rma.coverage in ("out_of_warranty", "excluded")
            return self._open_dialog(ExtraPartDialog(
                lambda code, qty, **kw: parts.add_part_during_repair(actor, rma, code, qty, **kw),
                chargeable, self), self._extra_part_done)
        return None

    def _extra_part_done(self, quote: object) -> None:
        self._after_write()
        if isinstance(quote, Quote):
            self.ctx.ok(self.tr("The repair pauses: revised quote {quote} is drafted for the "
                                "customer to approve.").format(quote=quote.number))
        else:
            self.ctx.ok(self.tr("Part noted as needed; the repair goes on."))

    def take(self) -> None:
        if self.rma is None or self.ctx.operator is None:
            return
        if self._act(workflow.assign_technician, self.ctx.operator, self.rma,
                     self.ctx.operator) is not None:
            self._after_write()
            self.ctx.ok(self.tr("{rma} is yours.").format(rma=self.rma.number))

    def _assign_chosen(self, index: int) -> None:
        user_id = self.assign_combo.itemData(index)
        if user_id is None or self.rma is None:
            return
        user = User.get_by_id(user_id) if user_id else None
        if self._act(workflow.assign_technician, self.ctx.operator, self.rma, user) is not None:
            self._after_write()
            self.ctx.ok(self.tr("{rma} assigned to {name}.").format(
                rma=self.rma.number, name=user.name if user else self.tr("nobody")))
        else:
            self.assign_combo.setCurrentIndex(0)

    def waive(self) -> FormDialog | None:
        if self.rma is None:
            return None
        actor, rma = self.ctx.operator, self.rma
        blocked = self.availability.get(Action.SHIP)
        suggested = Guard.MONEY_SETTLED if blocked is not None and blocked.in_state \
            and not blocked.enabled else Guard.REPAIR_GATE

        def done(_result: object) -> None:
            self._after_write()
            self.ctx.ok(self.tr("Gate waived for {rma}; the next action that needs it passes "
                                "once.").format(rma=rma.number))

        return self._open_dialog(WaiverDialog(
            lambda gate, reason: workflow.waive_gate(actor, rma, gate, reason), self,
            suggested=suggested), done)

    def open_quote(self) -> None:
        if self.rma is None:
            self.ctx.error(self.tr("Open an RMA first: scan its label."))
            return
        self.ctx.open_request.emit("quotes", self.rma.id)

    # -- diagnosis
    def save_diagnosis(self) -> None:
        if self.rma is None:
            return
        if self.rma.state != RmaState.DIAGNOSING.value:
            self.ctx.error(self.tr("{rma} is {state}: findings are recorded while it is "
                                   "diagnosing.").format(rma=self.rma.number,
                                                         state=state_label(self.rma.state)))
            return
        text = self.findings.toPlainText()
        saved = self._act(diagnosis.record_diagnosis, self.ctx.operator, self.rma, text,
                          self.cause.currentData() or "")
        if saved is not None:
            self._findings_loaded = text
            self._after_write()
            self.ctx.ok(self.tr("Diagnosis of {rma} saved.").format(rma=self.rma.number))

    def record_exclusion(self) -> None:
        if self.rma is None:
            return
        row = self._act(diagnosis.record_exclusion, self.ctx.operator, self.rma,
                        self.exclusion_reason.currentData(), self.exclusion_note.text())
        if row is not None:
            self.exclusion_note.clear()
            self._after_write()
            self.ctx.ok(self.tr("Exclusion recorded: {rma} is now {coverage}.").format(
                rma=self.rma.number, coverage=coverage_label(self.rma.coverage)))

    def withdraw_exclusion(self) -> FormDialog | None:
        if self.rma is None:
            return None
        actor, rma = self.ctx.operator, self.rma
        return self._open_dialog(NoteDialog(
            self.tr("Withdraw the exclusion"),
            self.tr("Why is the exclusion withdrawn? Coverage is decided again without it."),
            lambda text: diagnosis.clear_exclusion(actor, rma, text), self))

    def add_needed_part(self) -> None:
        if self.rma is None:
            return
        need = self._act(diagnosis.add_needed_part, self.ctx.operator, self.rma,
                         self.need_part.text(), self.need_qty.value())
        if need is not None:
            self.need_part.clear()
            self.need_qty.setValue(1)
            self._after_write()
            self.ctx.ok(self.tr("{qty} × {part} noted as needed.").format(
                qty=need.qty, part=need.part_code))

    def remove_needed_part(self) -> None:
        row = self.needed.currentRow()
        if row < 0:
            self.ctx.error(self.tr("Select the needed part to remove."))
            return
        need_id = self.needed.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self._acting = True
        try:
            diagnosis.remove_needed_part(self.ctx.operator, need_id)
        except DomainError as exc:
            self.ctx.error(str(exc))
        finally:
            self._acting = False
        self._after_write()

    # -- parts
    def issue_part(self, code: str) -> None:
        if self.rma is None:
            self.ctx.error(self.tr("Open the RMA first (scan its label), then scan the part."))
            return
        line = self._act(parts.issue_part_by_scan, self.ctx.operator, self.rma, code)
        if line is None:
            return
        self._after_write()
        self.tabs.setCurrentIndex(2)
        self.ctx.ok(self.tr("Issued {qty} × {part} {name} to {rma}.").format(
            qty=line.qty, part=line.part_code, name=line.description, rma=self.rma.number))

    def return_part(self) -> None:
        row = self.parts_table.currentRow()
        if row < 0 or self.rma is None:
            self.ctx.error(self.tr("Select the issued part to return."))
            return
        line_id = self.parts_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        line = self._act(parts.return_part, self.ctx.operator, line_id)
        if line is not None:
            self._after_write()
            self.ctx.ok(self.tr("{part} back in stock.").format(part=line.part_code))

    def complete_task(self) -> None:
        row = self.task_table.currentRow()
        if row < 0:
            open_rows = [i for i in range(self.task_table.rowCount())
                         if not self.task_table.item(i, 2).text()]
            if len(open_rows) != 1:
                self.ctx.error(self.tr("Select the task that is done."))
                return
            row = open_rows[0]
        task_id = self.task_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if self._act(tasks.complete_task, self.ctx.operator, task_id) is not None:
            self._after_write()
            self.ctx.ok(self.tr("Task done."))

    # ----------------------------------------------------------------- refresh
    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None:
            self.reload_queue()
            if self.rma is not None:
                self._show_detail()
            return
        if self._acting:
            return  # our own write: the caller reloads once it has its answer
        if changes.touches("rma"):
            self._queue_timer.start(150)
        if self.rma is None:
            return
        mine = str(self.rma.id)
        ids = changes.ids("rma")
        if (mine in ids or ALL in ids
                or changes.ids("quote") & (self.quote_ids | {ALL})
                or (changes.touches("task") and ALL in changes.ids("task"))):
            self._show_detail()
        elif changes.touches("task"):
            todo = {str(t.id) for t in tasks.tasks_of(self.rma)}
            if todo & changes.ids("task"):
                self._show_detail()

