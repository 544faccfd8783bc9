"""Quotes & payments: the chargeable side of a repair (DOMAIN §3–4).

Left, the RMAs waiting on the customer — quote to approve, money to pay —
with what each still owes. Right, the selected RMA's quote: lines for parts
(scanned or typed; priced from the catalogue at cost, never above the
part's first price, refusals shown as the service words them), labour,
on-site fee and shipping; the diagnosis fee owed on a decline; the total,
always the exact sum of the lines in minor units. Issue, revise, record the
customer's acceptance or refusal and how it reached us; take payments
(partial ones add up; the amount is typed as text and parsed exactly, never
as a float) and, for a manager, refunds with a reason. The quote goes to the
customer as .xlsx and PDF, written on a worker thread.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from depot import clock
from depot.errors import DomainError, StaleEdit
from depot.events import ALL, Changes
from depot.models import Role
from depot.scan import Scan, ScanKind, parse_scan
from exports.jobs import default_folder, safe_file_name
from exports.xlsx import Cancelled, JobCancelled, Progress
from rma import bench, payments, quotes, stock_link, workflow
from rma.models import Rma
from rma.payments import PaymentMethod, method_label
from rma.quote_math import LineKind, QuoteStatus
from rma.repair_models import Quote, QuoteLine
from rma.states import CLOSED_STATES, RmaState
from rma.transitions import Action, ActionAvailability, state_label
from ui.pages.base import Page
from ui.pages.intake import coverage_label
from ui.pages.repair_forms import (
    CARD_STYLE,
    DecisionDialog,
    FormDialog,
    decision_label,
    local,
    money,
    parse_amount,
    restyle,
)
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
    QModelIndex,
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
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import heading
from ui.workers import JobPanel

CHARGEABLE = ("out_of_warranty", "excluded")
WAITING = (RmaState.AWAITING_APPROVAL.value, RmaState.AWAITING_PAYMENT.value)

FILTERS = (
    ("waiting", QT_TRANSLATE_NOOP("QuotesPage", "Waiting on the customer")),
    ("to_quote", QT_TRANSLATE_NOOP("QuotesPage", "To quote")),
    ("chargeable", QT_TRANSLATE_NOOP("QuotesPage", "All chargeable")),
)

KIND_TEXT = {
    LineKind.PART: QT_TRANSLATE_NOOP("QuotesPage", "Part"),
    LineKind.LABOUR: QT_TRANSLATE_NOOP("QuotesPage", "Labour"),
    LineKind.ONSITE: QT_TRANSLATE_NOOP("QuotesPage", "On-site fee"),
    LineKind.SHIPPING: QT_TRANSLATE_NOOP("QuotesPage", "Shipping"),
}

SOURCE_TEXT = {
    "cost": QT_TRANSLATE_NOOP("QuotesPage", "at cost price"),
    "cap": QT_TRANSLATE_NOOP("QuotesPage", "capped at the part's initial price"),
    "entered": QT_TRANSLATE_NOOP("QuotesPage", "price entered"),
    "policy": QT_TRANSLATE_NOOP("QuotesPage", "labour policy"),
}

QUOTE_ACTIONS = (Action.REQUEST_APPROVAL, Action.ACCEPT_QUOTE, Action.DECLINE_QUOTE)


def _t(text: str) -> str:
    return QCoreApplication.translate("QuotesPage", text)


# --------------------------------------------------------------------------- the export job


@dataclass(frozen=True)
class QuoteExportJob:
    """The customer's quote as ``Q-….xlsx`` or ``Q-….pdf`` (run on a worker thread)."""

    quote: str
    folder: Path
    kind: str  # "xlsx" | "pdf"

    @property
    def title(self) -> str:
        return QCoreApplication.translate("QuotesPage", "quote {number} ({kind})").format(
            number=self.quote, kind=f".{self.kind}")

    def run(self, progress: Progress, cancelled: Cancelled) -> Path:
        from exports.quote_sheet import write_quote_pdf, write_quote_sheet

        target = Path(self.folder) / safe_file_name(f"{self.quote}.{self.kind}")
        target.parent.mkdir(parents=True, exist_ok=True)
        if self.kind == "xlsx":
            return write_quote_sheet(self.quote, target, progress=progress, cancelled=cancelled)
        progress(0, 1)
        if cancelled():
            raise JobCancelled
        path = write_quote_pdf(self.quote, target)
        progress(1, 1)
        return path


# --------------------------------------------------------------------------- the list


@dataclass(frozen=True)
class MoneyRow:
    rma_id: int
    number: str
    customer: str
    state: str
    coverage: str
    quote: str
    quote_status: str
    total: int | None
    outstanding: int
    currency: str


class MoneyListModel(QAbstractTableModel):
    """RMAs with their current quote and what is still owed."""

    HEADERS = (
        QT_TRANSLATE_NOOP("MoneyListModel", "RMA"),
        QT_TRANSLATE_NOOP("MoneyListModel", "Customer"),
        QT_TRANSLATE_NOOP("MoneyListModel", "State"),
        QT_TRANSLATE_NOOP("MoneyListModel", "Outstanding"),
    )
    MONEY_COLUMNS = (3,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MoneyRow] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate("MoneyListModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            owed = money(row.outstanding, row.currency) if row.outstanding else "—"
            return (row.number, row.customer, state_label(row.state), owed)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.quote:
                return QCoreApplication.translate("MoneyListModel", "no quote yet")
            return QCoreApplication.translate("MoneyListModel", "{quote} · {status} · total "
                                              "{total}").format(
                quote=row.quote, status=quotes.status_label(row.quote_status),
                total=money(row.total or 0, row.currency))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and row.outstanding > 0:
            return QColor("#a12a1c")
        if role == Qt.ItemDataRole.UserRole:
            return row.rma_id
        return None

    def set_rows(self, rows: list[MoneyRow]) -> None:
        if rows and [r.rma_id for r in rows] == [r.rma_id for r in self.rows]:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, rma_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.rma_id == rma_id), -1)


def money_row(rma_id: int, number: str, customer: str, state: str, coverage: str) -> MoneyRow:
    current = quotes.current_quote(rma_id)
    summary = payments.money_summary(rma_id)
    return MoneyRow(
        rma_id=rma_id, number=number, customer=customer, state=state, coverage=coverage,
        quote=current.number if current else "", quote_status=current.status if current else "",
        total=current.total if current else None, outstanding=summary.outstanding,
        currency=summary.currency)


# --------------------------------------------------------------------------- dialogs


class RefundDialog(FormDialog):
    """A manager pays money back: amount, method, reason (shown on the ledger)."""

    def __init__(self, action: Callable[..., object], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RefundDialog", "Record a refund"), parent)
        self.action = action
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method_label(method), method.value)
        self.reference = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the money goes back (required)"))
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Reference"), self.reference)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.amount.setFocus()

    def submit(self) -> object:
        return self.action(parse_amount(self.amount.text()), self.method.currentData(),
                           self.reason.text(), reference=self.reference.text())


# --------------------------------------------------------------------------- the page


class _Handles:
    """RMA labels and part labels are this page's business only while it is shown."""

    def __get__(self, page: QuotesPage | None, owner: type) -> frozenset[ScanKind]:
        if page is None or not page.isVisible():
            return frozenset()
        return frozenset({ScanKind.RMA, ScanKind.PART})


class QuotesPage(Page):
    handles = _Handles()  # type: ignore[assignment]

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(CARD_STYLE)
        self.rma: Rma | None = None
        self.quote: Quote | None = None
        self.lines: list[QuoteLine] = []
        self.quote_ids: set[str] = set()
        self.availability: dict[Action, ActionAvailability] = {}
        self.dialog: FormDialog | None = None
        self.which = "waiting"
        self._acting = False
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.timeout.connect(lambda: self.isVisible() and self.reload_list())
        self._price_timer = QTimer(self)
        self._price_timer.setSingleShot(True)
        self._price_timer.timeout.connect(lambda: self.isVisible() and self._preview_line())

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Quotes & payments")))
        self.scan_field = QLineEdit()
        self.scan_field.setPlaceholderText(self.tr("Scan or type an RMA number (Ctrl+L)"))
        self.scan_field.returnPressed.connect(self._typed_scan)
        top.addWidget(self.scan_field, 1)
        outer.addLayout(top)
        splitter = QSplitter()
        outer.addWidget(splitter, 1)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([430, 740])
        self.jobs = JobPanel()
        self.jobs.failed.connect(self.ctx.error)
        self.jobs.finished.connect(
            lambda path: self.ctx.ok(self.tr("Saved {file}.").format(file=Path(str(path)).name)))
        self.jobs.cancelled.connect(lambda: self.ctx.info(self.tr("Export cancelled.")))
        outer.addWidget(self.jobs)

        QShortcut(QKeySequence("Ctrl+L"), self, self._focus_scan)
        QShortcut(QKeySequence("Ctrl+I"), self, self.issue)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record_payment)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_draft)
        # who may pay, refund or quote changes with the operator; shown pages reload
        ctx.operator_changed.connect(lambda _user: self.isVisible() and self.refresh(None))

    # ----------------------------------------------------------------- building
    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 6, 0)
        filters = QHBoxLayout()
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        for i, (key, text) in enumerate(FILTERS, start=1):
            button = QPushButton(_t(text))
            button.setCheckable(True)
            button.setToolTip(f"Alt+{i}")
            button.clicked.connect(lambda _=False, k=key: self.set_filter(k))
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            filters.addWidget(button)
            QShortcut(QKeySequence(f"Alt+{i}"), self, lambda k=key: self.set_filter(k))
        filters.addStretch(1)
        self.filter_buttons[self.which].setChecked(True)
        layout.addLayout(filters)
        self.list_model = MoneyListModel(self)
        self.list = QTableView()
        self.list.setObjectName("moneyList")
        self.list.setModel(self.list_model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().currentRowChanged.connect(self._list_row_changed)
        layout.addWidget(self.list, 1)
        self.list_hint = QLabel()
        self.list_hint.setObjectName("hint")
        layout.addWidget(self.list_hint)
        return box

    def _build_detail(self) -> QWidget:
        self.detail_stack = QStackedWidget()
        empty = QLabel(self.tr("Scan an RMA label, or pick an RMA from the list."))
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
        layout.addWidget(self._build_quote())
        layout.addWidget(self._build_payments())
        layout.addStretch(1)
        scroll.setWidget(body)
        self.detail_stack.addWidget(scroll)
        return self.detail_stack

    def _build_header(self) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(3)
        first = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("rmaTitle")
        self.state = QLabel()
        self.state.setObjectName("statePill")
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage")
        self.bench_button = QPushButton(self.tr("Open on the bench"))
        self.bench_button.clicked.connect(self.open_bench)
        first.setSpacing(10)
        first.addWidget(self.title)
        first.addWidget(self.state)
        first.addStretch(1)
        first.addWidget(self.bench_button)
        layout.addLayout(first)
        layout.addWidget(self.coverage, 0, Qt.AlignmentFlag.AlignLeft)
        self.unit_line = QLabel()
        self.unit_line.setWordWrap(True)
        layout.addWidget(self.unit_line)
        return card

    def _build_quote(self) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 8, 12, 10)
        title_row = QHBoxLayout()
        self.quote_title = QLabel()
        self.quote_title.setObjectName("sectionTitle")
        self.valid_label = QLabel()
        self.valid_label.setObjectName("hint")
        title_row.addWidget(self.quote_title)
        title_row.addStretch(1)
        title_row.addWidget(self.valid_label)
        layout.addLayout(title_row)
        self.revisions_label = QLabel()
        self.revisions_label.setObjectName("hint")
        self.revisions_label.setWordWrap(True)
        layout.addWidget(self.revisions_label)

        self.lines_table = QTableWidget(0, 6)
        self.lines_table.setObjectName("quoteLines")
        self.lines_table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Part"), self.tr("Description"), self.tr("Qty"),
             self.tr("Unit price"), self.tr("Amount")])
        self.lines_table.verticalHeader().setVisible(False)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lines_table.itemSelectionChanged.connect(self._line_selected)
        layout.addWidget(self.lines_table)

        totals = QHBoxLayout()
        self.fee_label = QLabel()
        self.fee_label.setObjectName("hint")
        self.total_label = QLabel()
        self.total_label.setObjectName("bigMoney")
        totals.addWidget(self.fee_label, 1)
        totals.addWidget(self.total_label)
        layout.addLayout(totals)
        self.unpriced_label = QLabel()
        self.unpriced_label.setObjectName("why")
        self.unpriced_label.setWordWrap(True)
        layout.addWidget(self.unpriced_label)

        # -- the line editor (drafts only)
        self.editor = QWidget()
        grid = QGridLayout(self.editor)
        grid.setContentsMargins(0, 4, 0, 0)
        self.kind = QComboBox()
        for kind in LineKind:
            self.kind.addItem(_t(KIND_TEXT[kind]), kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.part = QLineEdit()
        self.part.setPlaceholderText(self.tr("Part number (or scan the part)"))
        self.part.textChanged.connect(lambda _t: self._price_timer.start(250))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("Description (optional for catalogue "
                                                    "parts)"))
        self.qty = QSpinBox()
        self.qty.setRange(1, 10_000)
        self.qty.valueChanged.connect(lambda _v: self._preview_line())
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("Unit price"))
        self.price.textChanged.connect(lambda _t: self._preview_line())
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.clicked.connect(self.add_line)
        for field in (self.part, self.description, self.price):
            field.returnPressed.connect(self.add_line)
        self.update_button = QPushButton(self.tr("Update selected"))
        self.update_button.clicked.connect(self.update_line)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_line)
        grid.addWidget(self.kind, 0, 0)
        grid.addWidget(self.part, 0, 1)
        grid.addWidget(self.description, 0, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("Qty")), 1, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.qty, 1, 1)
        grid.addWidget(self.price, 1, 2)
        grid.addWidget(self.add_button, 1, 3)
        self.preview = QLabel()
        self.preview.setObjectName("hint")
        self.preview.setWordWrap(True)
        grid.addWidget(self.preview, 2, 0, 1, 3)
        edit_row = QHBoxLayout()
        edit_row.addStretch(1)
        edit_row.addWidget(self.update_button)
        edit_row.addWidget(self.remove_button)
        grid.addLayout(edit_row, 2, 3)
        grid.setColumnStretch(2, 1)
        fee_row = QHBoxLayout()
        fee_row.addWidget(QLabel(self.tr("Diagnosis fee if declined")))
        self.fee = QLineEdit()
        self.fee.setMaximumWidth(120)
        self.fee.returnPressed.connect(self.set_fee)
        self.fee_button = QPushButton(self.tr("Set fee"))
        self.fee_button.clicked.connect(self.set_fee)
        fee_row.addWidget(self.fee)
        fee_row.addWidget(self.fee_button)
        fee_row.addStretch(1)
        grid.addLayout(fee_row, 3, 0, 1, 4)
        self.line_error = QLabel()
        self.line_error.setObjectName("fieldError")
        self.line_error.setWordWrap(True)
        self.line_error.hide()
        grid.addWidget(self.line_error, 4, 0, 1, 4)
        layout.addWidget(self.editor)

        self.quote_buttons = QGridLayout()
        self.draft_button = QPushButton(self.tr("New quote"))
        self.draft_button.clicked.connect(self.new_draft)
        self.issue_button = QPushButton(self.tr("Issue quote (Ctrl+I)"))
        self.issue_button.setProperty("primary", True)
        self.issue_button.clicked.connect(self.issue)
        self.accept_button = QPushButton(self.tr("Customer accepted…"))
        self.accept_button.clicked.connect(self.accept)
        self.decline_button = QPushButton(self.tr("Customer declined…"))
        self.decline_button.clicked.connect(self.decline)
        self.xlsx_button = QPushButton(self.tr("Export .xlsx"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self.tr("Export PDF"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        for i, button in enumerate(self._quote_button_order()):
            self.quote_buttons.addWidget(button, i // 4, i % 4)
        for col in range(4):
            self.quote_buttons.setColumnStretch(col, 1)
        layout.addLayout(self.quote_buttons)
        self.quote_why = QLabel()
        self.quote_why.setObjectName("why")
        self.quote_why.setWordWrap(True)
        self.quote_why.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.quote_why)
        return card

    def _build_payments(self) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 8, 12, 10)
        title = QLabel(self.tr("Payments"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        summary = QGridLayout()
        self.due_value = QLabel()
        self.paid_value = QLabel()
        self.outstanding_value = QLabel()
        self.outstanding_caption = QLabel(self.tr("Outstanding"))
        for col, (caption, value) in enumerate(
                ((QLabel(self.tr("Due")), self.due_value),
                 (QLabel(self.tr("Paid")), self.paid_value),
                 (self.outstanding_caption, self.outstanding_value))):
            caption.setObjectName("hint")
            value.setObjectName("bigMoney")
            summary.addWidget(caption, 0, col)
            summary.addWidget(value, 1, col)
        layout.addLayout(summary)
        self.money_note = QLabel()
        self.money_note.setObjectName("hint")
        self.money_note.setWordWrap(True)
        layout.addWidget(self.money_note)

        entry = QGridLayout()
        self.amount = QLineEdit()
        self.amount.setObjectName("paymentAmount")
        self.amount.setPlaceholderText(self.tr("Amount, e.g. 500.00"))
        self.amount.returnPressed.connect(self.record_payment)
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method_label(method), method.value)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Reference (transfer no., receipt)"))
        self.reference.returnPressed.connect(self.record_payment)
        self.paid_on = QDateEdit()
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.pay_note = QLineEdit()
        self.pay_note.setPlaceholderText(self.tr("Note (optional)"))
        self.excess = QCheckBox(self.tr("Allow more than is outstanding"))
        self.excess.setToolTip(self.tr("Only when the customer really paid more: the excess "
                                       "becomes a credit to refund."))
        self.pay_button = QPushButton(self.tr("Record payment (Ctrl+Enter)"))
        self.pay_button.setProperty("primary", True)
        self.pay_button.clicked.connect(self.record_payment)
        entry.addWidget(self.amount, 0, 0)
        entry.addWidget(self.method, 0, 1)
        entry.addWidget(self.paid_on, 0, 2)
        entry.addWidget(self.reference, 1, 0)
        entry.addWidget(self.pay_note, 1, 1, 1, 2)
        entry.addWidget(self.excess, 2, 0)
        entry.addWidget(self.pay_button, 2, 1, 1, 2)
        entry.setColumnStretch(0, 2)
        entry.setColumnStretch(1, 1)
        entry.setColumnStretch(2, 1)
        layout.addLayout(entry)

        self.ledger = QTableWidget(0, 6)
        self.ledger.setObjectName("ledger")
        self.ledger.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Amount"), self.tr("Method"), self.tr("Reference"),
             self.tr("By"), self.tr("Note")])
        self.ledger.verticalHeader().setVisible(False)
        self.ledger.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger.setMinimumHeight(100)
        lh = self.ledger.horizontalHeader()
        lh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.ledger)
        refund_row = QHBoxLayout()
        self.refund_hint = QLabel()
        self.refund_hint.setObjectName("hint")
        self.refund_button = QPushButton(self.tr("Record refund…"))
        self.refund_button.clicked.connect(self.refund)
        refund_row.addWidget(self.refund_hint, 1)
        refund_row.addWidget(self.refund_button)
        layout.addLayout(refund_row)
        return card

    def hideEvent(self, event) -> None:
        # a hidden (or closed) page runs no queries: it reloads when shown again
        self._list_timer.stop()
        self._price_timer.stop()
        super().hideEvent(event)

    def _quote_button_order(self) -> tuple[QPushButton, ...]:
        return (self.draft_button, self.issue_button, self.accept_button, self.decline_button,
                self.xlsx_button, self.pdf_button)

    def _relayout_quote_buttons(self) -> None:
        """Put the buttons that are shown next to each other (hidden ones leave no hole)."""
        for button in self._quote_button_order():
            self.quote_buttons.removeWidget(button)
        shown = [b for b in self._quote_button_order() if not b.isHidden()]
        for i, button in enumerate(shown):
            self.quote_buttons.addWidget(button, i // 4, i % 4)

    def _fit_lines_table(self) -> None:
        """As tall as its lines (2 to 8 rows), so the payments stay in view."""
        table = self.lines_table
        table.resizeRowsToContents()
        count = table.rowCount()
        default = table.verticalHeader().defaultSectionSize()
        body = sum(table.rowHeight(i) for i in range(min(count, 8)))
        body += max(0, 2 - count) * default
        height = (table.horizontalHeader().sizeHint().height() + body
                  + 2 * table.frameWidth() + 2)
        self.lines_table.setFixedHeight(height)

    # ----------------------------------------------------------------- opening
    def activated(self) -> None:
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
        try:
            scan = parse_scan(text)
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        if scan.kind not in (ScanKind.RMA, ScanKind.PART):
            self.ctx.error(self.tr("{code} is not an RMA number.").format(code=scan.value))
            return
        self.handle_scan(scan)

    def handle_scan(self, scan: Scan) -> None:
        if scan.kind == ScanKind.PART:
            self.add_scanned_part(scan.value)
            return
        found = self.ctx.attempt(workflow.get_rma, scan.value)
        if found is not None:
            self.open_rma(found.id)

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
        if self.rma is None or self.rma.id != row.id:
            self._clear_entry()
        self.rma = row
        self._show_detail()
        self._select_in_list(row.id)

    def open_bench(self) -> None:
        if self.rma is not None:
            self.ctx.open_request.emit("bench", self.rma.id)

    # ----------------------------------------------------------------- list
    def set_filter(self, key: str) -> None:
        self.which = key
        self.filter_buttons[key].setChecked(True)
        self.reload_list()

    def reload_list(self) -> None:
        actor = self.ctx.operator
        if actor is None:
            self.list_model.set_rows([])
            self.list_hint.setText(self.tr("Scan your badge to see the list."))
            return
        try:
            open_rows = bench.queue(actor, bench.Which.ALL)
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        chargeable = [r for r in open_rows if r.coverage in CHARGEABLE]
        picks = {
            "waiting": [r for r in chargeable if r.state in WAITING],
            "to_quote": [r for r in chargeable
                         if r.state in (RmaState.DIAGNOSING.value, RmaState.DECLINED.value)],
            "chargeable": chargeable,
        }
        for key, text in FILTERS:
            self.filter_buttons[key].setText(
                self.tr("{filter} ({n})").format(filter=_t(text), n=len(picks[key])))
        shown = sorted(picks[self.which], key=lambda r: r.number)
        rows = [money_row(r.rma_id, r.number, r.customer, r.state, r.coverage) for r in shown]
        self.list_model.set_rows(rows)
        owed = sum(r.outstanding for r in rows if r.outstanding > 0)
        self.list_hint.setText(
            self.tr("{n} RMA(s); {amount} outstanding in total.").format(
                n=len(rows), amount=money(owed)) if rows else self.tr("Nothing here."))
        if self.rma is not None:
            self._select_in_list(self.rma.id)

    def _select_in_list(self, rma_id: int) -> None:
        row = self.list_model.row_of(rma_id)
        selection = self.list.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        current = selection.currentIndex()
        if current.isValid() and current.row() == row:
            return
        selection.blockSignals(True)
        self.list.selectRow(row)
        selection.blockSignals(False)

    def _list_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rma_id = self.list_model.data(current, Qt.ItemDataRole.UserRole)
        if rma_id is not None and (self.rma is None or self.rma.id != rma_id):
            self.open_rma(rma_id)

    # ----------------------------------------------------------------- detail
    def _show_detail(self) -> None:
        if self.rma is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail_stack.setCurrentIndex(1)
        self.rma = workflow.get_rma(self.rma.id)
        rma = self.rma
        unit = rma.unit
        self.title.setText(rma.number)
        self.state.setText(state_label(rma.state))
        self.coverage.setText(coverage_label(rma.coverage))
        restyle(self.coverage, coverage=str(rma.coverage))
        customer = rma.customer.name if rma.customer else self.tr("no customer on record")
        contact = ""
        if rma.customer and (rma.customer.contact_person or rma.customer.phone):
            contact = " · " + " ".join(
                p for p in (rma.customer.contact_person, rma.customer.phone) if p)
        self.unit_line.setText(self.tr("<b>{customer}</b>{contact}<br>{serial} · {model} · "
                                       "reported fault: {fault}").format(
            customer=html.escape(customer), contact=html.escape(contact),
            serial=html.escape(unit.serial), model=html.escape(unit.model.name),
            fault=html.escape(rma.fault or "—")))
        all_quotes = quotes.quotes_of(rma)
        self.quote_ids = {str(q.id) for q in all_quotes}
        self.quote = quotes.current_quote(rma)
        self.lines = quotes.quote_lines(self.quote) if self.quote else []
        try:
            self.availability = {a.action: a for a in
                                 workflow.available_actions(rma, self.ctx.operator)}
        except DomainError as exc:
            self.ctx.error(str(exc))
            self.availability = {}
        self._fill_quote(all_quotes)
        self._fill_money()

    def _fill_quote(self, all_quotes: list[Quote]) -> None:
        rma, quote = self.rma, self.quote
        assert rma is not None
        is_open = RmaState(rma.state) not in CLOSED_STATES
        chargeable = rma.coverage in CHARGEABLE
        draft = quote is not None and quote.status == QuoteStatus.DRAFT.value
        if quote is None:
            self.quote_title.setText(self.tr("No quote yet"))
            self.valid_label.setText("")
        else:
            self.quote_title.setText(self.tr("Quote {number} · {status}").format(
                number=quote.number, status=quotes.status_label(quote.status)))
            if quote.valid_until is not None:
                expired = quote.valid_until < clock.today() and quote.status in (
                    QuoteStatus.ISSUED.value,)
                text = (self.tr("expired on {date}") if expired
                        else self.tr("valid until {date}"))
                self.valid_label.setText(text.format(date=quote.valid_until.isoformat()))
            elif draft:
                self.valid_label.setText(self.tr("valid until {date} if issued today").format(
                    date=quotes.valid_until_default().isoformat()))
            else:
                self.valid_label.setText("")
        others = [q for q in all_quotes if quote is None or q.id != quote.id]
        decided = ""
        if quote is not None and quote.decided_at is not None:
            decided = self.tr("{status} by {method} on {when} ({who}).").format(
                status=quotes.status_label(quote.status).capitalize(),
                method=decision_label(quote.decision_method).lower(),
                when=local(quote.decided_at), who=quote.decided_by.name if quote.decided_by
                else "?")
        earlier = self.tr("Other revisions: {list}").format(list=", ".join(
            f"{q.number} ({quotes.status_label(q.status)})" for q in others)) if others else ""
        self.revisions_label.setText(" ".join(t for t in (decided, earlier) if t))
        self.revisions_label.setVisible(bool(self.revisions_label.text()))

        code = quote.currency if quote is not None else None
        self.lines_table.setRowCount(len(self.lines))
        for i, line in enumerate(self.lines):
            kind = LineKind(line.kind)
            cells = [_t(KIND_TEXT[kind]), line.part_code, line.description, str(line.qty),
                     money(line.unit_price, code), money(line.amount, code)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 4:
                    source = _t(SOURCE_TEXT.get(line.price_source, line.price_source))
                    cap = (self.tr("; initial price {cap}").format(cap=money(line.price_cap,
                                                                            code))
                           if line.price_cap is not None else "")
                    item.setToolTip(source + cap)
                self.lines_table.setItem(i, col, item)
        if quote is not None:
            self.total_label.setText(self.tr("Total {amount} {currency}").format(
                amount=money(quote.total, code), currency=quote.currency))
            self.fee_label.setText(self.tr("Diagnosis fee owed if declined: {amount}").format(
                amount=money(quote.diagnosis_fee, code)))
        else:
            self.total_label.setText("")
            self.fee_label.setText("")
        unpriced = quotes.unpriced_needed_parts(rma) if is_open and chargeable else []
        if unpriced:
            self.unpriced_label.setText(self.tr("Needed parts not on the quote: {parts}").format(
                parts=", ".join(f"{qty} × {code_} {text}".strip()
                                for code_, qty, text in unpriced)))
        self.unpriced_label.setVisible(bool(unpriced))

        self.editor.setVisible(draft and is_open)
        if draft and is_open:
            if not self.fee.hasFocus():
                self.fee.setText(money(quote.diagnosis_fee, code))
            self._kind_changed()
        has_draft = draft
        self.draft_button.setText(self.tr("Revise quote") if all_quotes
                                  else self.tr("New quote"))
        self.draft_button.setEnabled(is_open and chargeable and not has_draft and self.ctx.online)
        self.draft_button.setToolTip(
            self.tr("Ctrl+N — a revision starts as a copy of the latest quote the customer "
                    "saw.") if all_quotes else "Ctrl+N")
        buttons = {Action.REQUEST_APPROVAL: self.issue_button,
                   Action.ACCEPT_QUOTE: self.accept_button,
                   Action.DECLINE_QUOTE: self.decline_button}
        reasons: dict[str, list[str]] = {}
        for action, button in buttons.items():
            item = self.availability.get(action)
            offered = item is not None and item.in_state
            if action is Action.REQUEST_APPROVAL:
                # issuing is the next step only with a draft (or before any quote)
                offered = offered and (draft or not all_quotes)
                button.setVisible(is_open and chargeable and (draft or not all_quotes))
            else:
                button.setVisible(offered)
            enabled = bool(offered and item.enabled and self.ctx.online)
            button.setEnabled(enabled)
            button.setToolTip(item.reason if item is not None and not item.enabled else "")
            if offered and not item.enabled:
                reasons.setdefault(item.reason, []).append(button.text().rstrip("…"))
        if not chargeable:
            why = self.tr("{rma} is {coverage}: the repair is free and there is nothing to "
                          "quote.").format(rma=rma.number, coverage=coverage_label(rma.coverage))
            self.quote_why.setText(html.escape(why))
        else:
            self.quote_why.setText("<br>".join(
                self.tr("<b>{actions}</b>: {reason}").format(
                    actions=html.escape(", ".join(names)), reason=html.escape(reason))
                for reason, names in reasons.items()))
        self.quote_why.setVisible(bool(self.quote_why.text()))
        exportable = quote is not None and bool(self.lines)
        self.xlsx_button.setEnabled(exportable)
        self.pdf_button.setEnabled(exportable)
        self._relayout_quote_buttons()
        self._fit_lines_table()
        self.lines_table.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if len(self.lines) > 8
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _fill_money(self) -> None:
        assert self.rma is not None
        summary = payments.money_summary(self.rma)
        self.due_value.setText(summary.text(summary.due))
        self.paid_value.setText(summary.text(summary.paid))
        if summary.outstanding < 0:
            self.outstanding_caption.setText(self.tr("Credit to refund"))
            self.outstanding_value.setText(summary.text(-summary.outstanding))
        else:
            self.outstanding_caption.setText(self.tr("Outstanding"))
            self.outstanding_value.setText(summary.text(summary.outstanding))
        restyle(self.outstanding_value, owing="true" if summary.outstanding > 0 else "false")
        notes = []
        if summary.accepted_quote:
            notes.append(self.tr("Due is the accepted quote {quote}.").format(
                quote=summary.accepted_quote))
        elif self.quote is not None and self.quote.status == QuoteStatus.ISSUED.value:
            notes.append(self.tr("Nothing is due until the customer accepts quote {quote}.")
                         .format(quote=self.quote.number))
        if summary.shipping_due:
            notes.append(self.tr("Includes {amount} of shipping billed to the customer.").format(
                amount=summary.text(summary.shipping_due)))
        if (self.rma.state == RmaState.AWAITING_PAYMENT.value and summary.outstanding > 0):
            notes.append(self.tr("The repair starts once {amount} more is paid.").format(
                amount=summary.text(summary.outstanding)))
        self.money_note.setText(" ".join(notes))
        self.money_note.setVisible(bool(notes))
        today = clock.today()
        if not self.paid_on.hasFocus():
            self.paid_on.setMaximumDate(QDate(today.year, today.month, today.day))
            self.paid_on.setDate(QDate(today.year, today.month, today.day))
        ledger = payments.payments_of(self.rma)
        self.ledger.setRowCount(len(ledger))
        for i, pay in enumerate(ledger):
            cells = [pay.paid_on.isoformat(), money(pay.amount, pay.currency),
                     method_label(pay.method), pay.reference,
                     pay.operator.name if pay.operator else "", pay.reason]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                    if pay.amount < 0:
                        item.setForeground(QColor("#a12a1c"))
                self.ledger.setItem(i, col, item)
        manager = self.ctx.operator is not None and self.ctx.operator.role == Role.MANAGER.value
        self.refund_button.setEnabled(manager and summary.paid > 0 and self.ctx.online)
        self.refund_hint.setText(
            "" if manager else self.tr("Refunds are recorded by a manager."))
        desk = self.ctx.operator is not None and self.ctx.operator.role in (
            Role.SERVICE_DESK.value, Role.MANAGER.value)
        self.pay_button.setEnabled(desk and self.ctx.online)
        self.pay_button.setToolTip("" if desk else self.tr(
            "Payments are recorded by the service desk (scan a desk badge)."))

    # ----------------------------------------------------------------- writing
    def _act(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
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
        self._after_write()

    def _after_write(self) -> None:
        if self.rma is not None:
            self._show_detail()
        self.reload_list()

    def _open_dialog(self, dialog: FormDialog, done: Callable[[object], None]) -> FormDialog:
        dialog.stale.connect(self._stale)
        dialog.accepted.connect(lambda: done(dialog.result_value))
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _need_rma(self) -> bool:
        if self.rma is None:
            self.ctx.error(self.tr("Open an RMA first: scan its label."))
            return False
        return True

    def _need_draft(self) -> bool:
        if not self._need_rma():
            return False
        if self.quote is None or self.quote.status != QuoteStatus.DRAFT.value:
            self.ctx.error(self.tr("There is no draft to change: press Revise quote to start "
                                   "a revision."))
            return False
        return True

    def new_draft(self) -> Quote | None:
        if not self._need_rma():
            return None
        quote = self._act(quotes.draft_quote, self.ctx.operator, self.rma)
        if quote is not None:
            self._after_write()
            self.ctx.ok(self.tr("Draft {quote} ready: add its lines.").format(
                quote=quote.number))
            self.kind.setFocus()
        return quote

    # -- lines
    def _kind_changed(self) -> None:
        kind = LineKind(self.kind.currentData())
        self.part.setEnabled(kind is LineKind.PART)
        self.price.setEnabled(kind is not LineKind.LABOUR)
        self.price.setPlaceholderText(
            self.tr("Unit price (empty: the catalogue's)") if kind is LineKind.PART
            else self.tr("by policy") if kind is LineKind.LABOUR else self.tr("Amount"))
        self._preview_line()

    def _typed_price(self) -> int | None:
        """The price field in minor units; None when empty; ValidationError when not money."""
        text = self.price.text().strip()
        return parse_amount(text) if text else None

    def _preview_line(self) -> None:
        """Say what the line being typed will cost, before it is added."""
        kind = LineKind(self.kind.currentData())
        try:
            price = self._typed_price()
        except DomainError as exc:
            self.preview.setText(str(exc))
            return
        qty = self.qty.value()
        if kind is LineKind.PART:
            code = self.part.text().strip()
            info = stock_link.catalogue_price(code) if code else None
            if code and info is None:
                self.preview.setText(self.tr("{part} is not in the catalogue: enter its price.")
                                     .format(part=code.upper()) if price is None else
                                     self.tr("{qty} × {price} = {amount} (price entered)").format(
                                         qty=qty, price=money(price),
                                         amount=money(qty * price)))
                return
            if info is not None:
                charged = price
                if charged is None:
                    charged = info.cap if info.cost is None else (
                        min(info.cost, info.cap) if info.cap is not None else info.cost)
                cap = money(info.cap) if info.cap is not None else "—"
                text = self.tr("{name}: cost {cost}, initial price {cap}.").format(
                    name=info.name, cost=money(info.cost) if info.cost is not None else "—",
                    cap=cap)
                if charged is not None:
                    text += " " + self.tr("{qty} × {price} = {amount}").format(
                        qty=qty, price=money(charged), amount=money(qty * charged))
                if price is not None and info.cap is not None and price > info.cap:
                    text += " " + self.tr("Above the initial price: refused.")
                self.preview.setText(text)
                return
            self.preview.setText(self.tr("Scan a part label or type its number."))
            return
        if kind is LineKind.LABOUR:
            self.preview.setText(self.tr("Labour is charged by policy (a manager sets it)."))
            return
        if price is None:
            self.preview.setText(self.tr("Enter the amount."))
            return
        self.preview.setText(self.tr("{qty} × {price} = {amount}").format(
            qty=qty, price=money(price), amount=money(qty * price)))

    def _line_failed(self, text: str) -> None:
        self.line_error.setText(text)
        self.line_error.show()

    def _line_done(self) -> None:
        self.line_error.hide()
        self.part.clear()
        self.description.clear()
        self.price.clear()
        self.qty.setValue(1)
        self._after_write()

    def add_line(self) -> QuoteLine | None:
        if not self._need_draft():
            return None
        kind = LineKind(self.kind.currentData())
        try:
            price = self._typed_price()
        except DomainError as exc:
            self.ctx.error(str(exc))
            self._line_failed(str(exc))
            return None
        line = self._add(kind, part_code=self.part.text(), description=self.description.text(),
                         qty=self.qty.value(), unit_price=price)
        if line is not None:
            self._line_done()
            self.ctx.ok(self.tr("Line added: {qty} × {what}, {amount}.").format(
                qty=line.qty, what=line.description, amount=money(line.amount)))
            (self.part if kind is LineKind.PART else self.description).setFocus()
        return line

    def _add(self, kind: LineKind, **values: Any) -> QuoteLine | None:
        try:
            self._acting = True
            return quotes.add_line(self.ctx.operator, self.quote, kind, **values)
        except StaleEdit as exc:
            self._stale(str(exc))
        except DomainError as exc:
            self.ctx.error(str(exc))
            self._line_failed(str(exc))
        finally:
            self._acting = False
        return None

    def add_scanned_part(self, code: str) -> None:
        """A part label scanned here: one more piece on the draft (a draft is made if needed)."""
        if not self._need_rma():
            return
        if (self.quote is None and self.rma.coverage in CHARGEABLE
                and self.new_draft() is None):
            return
        if not self._need_draft():
            return
        info = stock_link.catalogue_price(code)
        key = info.part_code if info else code.strip().upper()
        existing = next((ln for ln in self.lines
                         if ln.kind == LineKind.PART.value and ln.part_code == key), None)
        if existing is not None:
            line = self._act(quotes.update_line, self.ctx.operator, existing.id,
                             qty=existing.qty + 1, expected_version=self.quote.version)
        else:
            line = self._add(LineKind.PART, part_code=code, qty=1)
        if line is not None:
            self._line_done()
            self.ctx.ok(self.tr("{qty} × {part} on the quote, {amount}.").format(
                qty=line.qty, part=line.part_code, amount=money(line.amount)))

    def _selected_line(self) -> QuoteLine | None:
        row = self.lines_table.currentRow()
        if row < 0 or row >= len(self.lines):
            return None
        return self.lines[row]

    def _line_selected(self) -> None:
        line = self._selected_line()
        if line is None or self.quote is None or self.quote.status != QuoteStatus.DRAFT.value:
            return
        self.qty.setValue(line.qty)
        self.price.setText(money(line.unit_price) if line.price_source == "entered" else "")

    def update_line(self) -> None:
        if not self._need_draft():
            return
        line = self._selected_line()
        if line is None:
            self.ctx.error(self.tr("Select the line to change."))
            return
        try:
            price = self._typed_price()
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        done = self._act(quotes.update_line, self.ctx.operator, line.id, qty=self.qty.value(),
                         unit_price=price, expected_version=self.quote.version)
        if done is not None:
            self._line_done()
            self.ctx.ok(self.tr("Line changed: {qty} × {what}, {amount}.").format(
                qty=done.qty, what=done.description, amount=money(done.amount)))

    def remove_line(self) -> None:
        if not self._need_draft():
            return
        line = self._selected_line()
        if line is None:
            self.ctx.error(self.tr("Select the line to remove."))
            return
        self._acting = True
        try:
            quotes.remove_line(self.ctx.operator, line.id, expected_version=self.quote.version)
        except StaleEdit as exc:
            self._stale(str(exc))
            return
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        finally:
            self._acting = False
        self._line_done()
        self.ctx.ok(self.tr("Line removed."))

    def set_fee(self) -> None:
        if not self._need_draft():
            return
        try:
            fee = parse_amount(self.fee.text())
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        if self._act(quotes.set_diagnosis_fee, self.ctx.operator, self.quote, fee) is not None:
            self._after_write()
            self.ctx.ok(self.tr("Diagnosis fee set to {amount}.").format(amount=money(fee)))

    # -- issuing and deciding
    def _quote_action_allowed(self, action: Action) -> bool:
        if not self._need_rma():
            return False
        item = self.availability.get(action)
        if item is None or not item.enabled:
            self.ctx.error(item.reason if item is not None and item.reason
                           else self.tr("This action is not possible now."))
            return False
        return True

    def issue(self) -> Quote | None:
        if not self._quote_action_allowed(Action.REQUEST_APPROVAL):
            return None
        issued = self._act(quotes.issue_quote, self.ctx.operator, self.rma)
        if issued is not None:
            self._after_write()
            self.ctx.ok(self.tr("Quote {quote} issued: {total}, valid until {date}.").format(
                quote=issued.number, total=money(issued.total, issued.currency),
                date=issued.valid_until.isoformat() if issued.valid_until else "—"))
        return issued

    def _decide(self, accept: bool) -> FormDialog | None:
        action = Action.ACCEPT_QUOTE if accept else Action.DECLINE_QUOTE
        if not self._quote_action_allowed(action):
            return None
        actor, rma = self.ctx.operator, self.rma
        fn = quotes.accept_quote if accept else quotes.decline_quote
        if accept:
            title = self.tr("Customer accepted the quote")
            prompt = self.tr("Record how the customer's acceptance reached us. The quote's "
                             "parts are reserved.")
        else:
            title = self.tr("Customer declined the quote")
            prompt = self.tr("Record how the customer's refusal reached us; the diagnosis fee "
                             "and return shipping are then owed.")

        def done(quote: object) -> None:
            self._after_write()
            if isinstance(quote, Quote) and self.rma is not None:
                self.ctx.ok(self.tr("Quote {quote} {status}; {rma} is now {state}.").format(
                    quote=quote.number, status=quotes.status_label(quote.status),
                    rma=self.rma.number, state=state_label(self.rma.state)))
            self.amount.setFocus()

        return self._open_dialog(DecisionDialog(
            title, prompt, lambda method, note: fn(actor, rma, method, note=note), self), done)

    def accept(self) -> FormDialog | None:
        return self._decide(True)

    def decline(self) -> FormDialog | None:
        return self._decide(False)

    # -- money
    def record_payment(self) -> None:
        if not self._need_rma():
            return
        try:
            amount = parse_amount(self.amount.text())
        except DomainError as exc:
            self.ctx.error(str(exc))
            self.amount.setFocus()
            return
        before = self.rma.state
        paid = self._act(payments.record_payment, self.ctx.operator, self.rma, amount,
                         self.method.currentData(), reference=self.reference.text(),
                         paid_on=self.paid_on.date().toPython(), note=self.pay_note.text(),
                         allow_excess=self.excess.isChecked())
        if paid is None:
            return
        for field in (self.amount, self.reference, self.pay_note):
            field.clear()
        self.excess.setChecked(False)
        self._after_write()
        assert self.rma is not None
        summary = payments.money_summary(self.rma)
        if before != self.rma.state and self.rma.state == RmaState.AWAITING_PARTS.value:
            self.ctx.ok(self.tr("{amount} received: paid in full, {rma} is released for "
                                "repair.").format(amount=money(amount), rma=self.rma.number))
        else:
            self.ctx.ok(self.tr("{amount} received on {rma}; {left} outstanding.").format(
                amount=money(amount), rma=self.rma.number,
                left=summary.text(max(summary.outstanding, 0))))

    def refund(self) -> FormDialog | None:
        if not self._need_rma():
            return None
        actor, rma = self.ctx.operator, self.rma

        def done(payment: object) -> None:
            self._after_write()
            self.ctx.ok(self.tr("Refund recorded on {rma}.").format(rma=rma.number))

        return self._open_dialog(RefundDialog(
            lambda amount, method, reason, **kw: payments.record_refund(
                actor, rma, amount, method, reason, **kw), self), done)

    # -- export
    def export(self, kind: str) -> None:
        if self.quote is None:
            self.ctx.error(self.tr("There is no quote to export yet."))
            return
        folder = self.ctx.settings.value("exports/folder", "") or str(default_folder())
        if self.jobs.start(QuoteExportJob(self.quote.number, Path(folder), kind)) is None:
            self.ctx.error(self.tr("An export is already running."))

    def wait(self, ms: int = 30_000) -> None:
        """Block until a running export has ended (closing, tests)."""
        self.jobs.wait(ms)

    def _clear_entry(self) -> None:
        for field in (self.amount, self.reference, self.pay_note, self.part, self.description,
                      self.price):
            field.clear()
        self.qty.setValue(1)
        self.excess.setChecked(False)
        self.line_error.hide()

    # ----------------------------------------------------------------- refresh
    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None:
            self.reload_list()
            if self.rma is not None:
                self._show_detail()
            return
        if self._acting:
            return
        if changes.touches("rma", "quote", "payment"):
            self._list_timer.start(150)
        if self.rma is None:
            return
        if (str(self.rma.id) in changes.ids("rma") or ALL in changes.ids("rma")
                or changes.ids("quote") & (self.quote_ids | {ALL})):
            self._show_detail()

