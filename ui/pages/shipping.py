"""The shipping desk: what can go out, what cannot and why, and who pays each leg.

Three tabs:

* **Outbound desk** — the RMAs being tested or ready to ship. A ready one
  ships; a blocked one says why in the service's own words: money
  outstanding (`rma.shipping.unpaid_shipping_refusal`, which names the
  unpaid legs), a loaner the customer was owed and never got
  (`rma.loans.blocking_reason`), testing not passed (the workflow's reason
  for refusing the ship action). Scan an RMA label or serial → type the
  carrier → scan the courier label into the tracking field → cost → Enter:
  the return leg is recorded, the workflow's ship transition runs (so its
  money gate applies) and the leg is marked shipped — all in one
  transaction, or nothing. When the gate refuses because the customer owes
  the courier cost of this very leg, the leg is kept so the customer can pay
  it, and the desk ships once the payment is in.
* **Who pays** — the payer rule table (DOMAIN §5), editable by a manager;
  every coverage × leg must have exactly one payer, checked while editing.
* **Shipping costs** — totals by payer, by leg or by month for a period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee as pw

from depot import clock
from depot.errors import DomainError, GateClosed
from depot.events import Changes
from depot.models import Setting
from depot.scan import Scan, ScanKind
from rma import dispatch, intake, loans, shipping, workflow
from rma.dispatch import ship_blockers
from rma.intake import ScanAction
from rma.models import Customer, ProductModel, Rma, Unit
from rma.payer_rules import (
    COVERAGES,
    DEFAULT_RULES,
    LOANER_LEGS,
    LegKind,
    Payer,
    coverage_label,
    leg_label,
    payer_label,
    validate_rules,
)
from rma.shipping import LegInput, ShippingLeg
from rma.shipping_reports import cost_by_leg, cost_by_month, cost_by_payer
from rma.states import RmaState
from rma.transitions import state_label
from ui.pages.base import Page
from ui.pages.legs import LegForm, ReasonDialog, is_manager, money
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QBrush,
    QButtonGroup,
    QColor,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QFont,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSizePolicy,
    QSortFilterProxyModel,
    QSplitter,
    Qt,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import heading

#: the states the outbound queue lists: being tested (blocked until it passes) and ready
QUEUE_STATES = (RmaState.TESTING.value, RmaState.READY_TO_SHIP.value)
DESK_SCANS = frozenset({ScanKind.RMA, ScanKind.SERIAL, ScanKind.GS1})

BLOCKED_FG = QColor("#a12a1c")
READY_FG = QColor("#1e6b34")


# --------------------------------------------------------------------------- readiness


@dataclass(frozen=True)
class QueueRow:
    rma_id: int
    number: str
    customer: str
    unit: str
    coverage: str
    state: str
    blockers: tuple[str, ...]

    @property
    def ready(self) -> bool:
        return not self.blockers


def _rows_query() -> pw.ModelSelect:
    return (Rma.select(Rma, Unit, ProductModel, Customer)
            .join(Unit, on=(Rma.unit == Unit.id))
            .join(ProductModel, on=(Unit.model == ProductModel.id))
            .switch(Rma)
            .join(Customer, pw.JOIN.LEFT_OUTER, on=(Rma.customer == Customer.id)))


def queue_row(rma: Rma) -> QueueRow:
    customer = rma.customer.name if rma.customer_id else ""
    return QueueRow(rma.id, rma.number, customer, f"{rma.unit.model.code} · {rma.unit.serial}",
                    rma.coverage, rma.state, tuple(ship_blockers(rma)))


class QueueModel(QAbstractTableModel):
    """RMAs being tested or ready to ship, ready ones first; rows update one by one."""

    HEADERS = (
        QT_TRANSLATE_NOOP("QueueModel", "RMA"),
        QT_TRANSLATE_NOOP("QueueModel", "Customer"),
        QT_TRANSLATE_NOOP("QueueModel", "Unit"),
        QT_TRANSLATE_NOOP("QueueModel", "Coverage"),
        QT_TRANSLATE_NOOP("QueueModel", "Status"),
        QT_TRANSLATE_NOOP("QueueModel", "Why not"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[QueueRow] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("QueueModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            status = (QCoreApplication.translate("QueueModel", "ready to ship") if row.ready
                      else QCoreApplication.translate("QueueModel", "blocked"))
            why = row.blockers[0] if row.blockers else ""
            if len(row.blockers) > 1:
                why = QCoreApplication.translate("QueueModel", "{first} (+{n} more)").format(
                    first=why, n=len(row.blockers) - 1)
            return (row.number, row.customer, row.unit, coverage_label(row.coverage),
                    status, why)[col]
        if role == Qt.ItemDataRole.UserRole:
            return row.rma_id
        if role == Qt.ItemDataRole.ForegroundRole and col in (4, 5):
            return QBrush(READY_FG if row.ready else BLOCKED_FG)
        if role == Qt.ItemDataRole.FontRole and col == 4:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.blockers:
            return "\n\n".join(row.blockers)
        return None

    @staticmethod
    def _key(row: QueueRow) -> tuple[bool, str]:
        return (not row.ready, row.number)

    def reload(self) -> None:
        rows = [queue_row(r) for r in _rows_query().where(Rma.state.in_(QUEUE_STATES))]
        self.beginResetModel()
        self.rows = sorted(rows, key=self._key)
        self.endResetModel()

    def upsert(self, rma_id: int) -> None:
        """Re-read one RMA: update, insert or drop its row (shipped ones leave the queue)."""
        found = _rows_query().where(Rma.id == rma_id).first()
        at = self.row_of(rma_id)
        if found is None or found.state not in QUEUE_STATES:
            if at >= 0:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self.rows[at]
                self.endRemoveRows()
            return
        fresh = queue_row(found)
        if at >= 0:
            if self._key(self.rows[at]) == self._key(fresh):
                self.rows[at] = fresh
                self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))
                return
            self.beginRemoveRows(QModelIndex(), at, at)
            del self.rows[at]
            self.endRemoveRows()
        to = next((i for i, r in enumerate(self.rows) if self._key(r) > self._key(fresh)),
                  len(self.rows))
        self.beginInsertRows(QModelIndex(), to, to)
        self.rows.insert(to, fresh)
        self.endInsertRows()

    def row_of(self, rma_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.rma_id == rma_id), -1)


class QueueFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "all"

    def set_mode(self, mode: str) -> None:
        self.beginFilterChange()
        self.mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Re-run the filter after rows changed in place (a status moved)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        rows = self.sourceModel().rows
        if not 0 <= source_row < len(rows):
            return False
        if self.mode == "ready":
            return rows[source_row].ready
        if self.mode == "blocked":
            return not rows[source_row].ready
        return True


# --------------------------------------------------------------------------- the desk


def _esc(text: str) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class OutboundPanel(QWidget):
    """The queue on the left; the selected RMA, its legs and the ship form on the right."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rma: Rma | None = None
        self.blockers: list[str] = []
        self._quiet = False  # rows moving under the selection must not change what is shown
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(self.tr("Scan an RMA label or a serial number…"))
        self.scan_field.returnPressed.connect(self._typed_scan)
        top.addWidget(self.scan_field, 1)
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        for key in ("all", "ready", "blocked"):
            b = QPushButton()
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, k=key: self.set_filter(k))
            self.filter_group.addButton(b)
            self.filter_buttons[key] = b
            top.addWidget(b)
        outer.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        # -- top: the queue ---------------------------------------------------------------
        self.model = QueueModel(self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
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
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        splitter.addWidget(self.table)

        # -- bottom: the selected RMA (left), the return leg (right), its legs (below) ------
        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(16)
        info = QVBoxLayout()
        self.title = QLabel(self.tr("Scan an RMA, or pick one from the queue."))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setObjectName("shipStatus")
        info.addWidget(self.title)
        info.addWidget(self.status)
        self.loaner = QLabel()
        self.loaner.setWordWrap(True)
        info.addWidget(self.loaner)
        loaner_buttons = QHBoxLayout()
        self.lend_button = QPushButton(self.tr("Lend a loaner…"))
        self.lend_button.clicked.connect(self._lend)
        self.decline_button = QPushButton(self.tr("Customer declined the loaner…"))
        self.decline_button.clicked.connect(self.decline_loaner)
        loaner_buttons.addWidget(self.lend_button)
        loaner_buttons.addWidget(self.decline_button)
        loaner_buttons.addStretch(1)
        info.addLayout(loaner_buttons)
        info.addStretch(1)
        grid.addLayout(info, 0, 0)

        form = QVBoxLayout()
        form.addWidget(QLabel(self.tr("<b>Send the unit back</b>")))
        self.leg = LegForm(LegKind.DEPOT_TO_CUSTOMER)
        self.leg.submitted.connect(self.ship)
        form.addWidget(self.leg)
        buttons = QHBoxLayout()
        self.ship_button = QPushButton(self.tr("Mark shipped (Ctrl+Enter)"))
        self.ship_button.setProperty("primary", True)
        self.ship_button.clicked.connect(self.ship)
        self.record_button = QPushButton(self.tr("Record leg only"))
        self.record_button.setToolTip(self.tr(
            "Record the return leg without shipping, e.g. so the customer can pay its cost "
            "first."))
        self.record_button.clicked.connect(self.record_leg)
        buttons.addWidget(self.ship_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        form.addLayout(buttons)
        form.addStretch(1)
        grid.addLayout(form, 0, 1)

        legs_head = QHBoxLayout()
        legs_head.addWidget(QLabel(self.tr("<b>Shipping legs of this RMA</b>")), 1)
        self.delivered_button = QPushButton(self.tr("Delivered today"))
        self.delivered_button.setToolTip(self.tr(
            "The carrier delivered the selected leg (starts the loaner's due-back clock when "
            "the repaired unit reaches the customer)."))
        self.delivered_button.clicked.connect(self.mark_delivered)
        legs_head.addWidget(self.delivered_button)
        grid.addLayout(legs_head, 1, 0, 1, 2)
        self.legs = QTableWidget(0, 8)
        self.legs.setHorizontalHeaderLabels([
            self.tr("Leg"), self.tr("Direction"), self.tr("Carrier"), self.tr("Tracking"),
            self.tr("Cost"), self.tr("Paid by"), self.tr("Shipped"), self.tr("Delivered")])
        self.legs.verticalHeader().setVisible(False)
        self.legs.verticalHeader().setDefaultSectionSize(26)
        self.legs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.legs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.legs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.legs.setWordWrap(False)
        self.legs.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.legs.horizontalHeader().setStretchLastSection(True)
        self.legs.setMinimumHeight(100)
        self.legs.itemSelectionChanged.connect(self._leg_selected)
        grid.addWidget(self.legs, 2, 0, 1, 2)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(card)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 420])

        self.filter_buttons["all"].setChecked(True)
        ctx.online_changed.connect(lambda _on: self._update_buttons())
        self.show_rma(None)

    # -- scans and selection ----------------------------------------------------------
    def _typed_scan(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        if text.strip():
            self.scan_text(text)

    def scan_text(self, text: str) -> None:
        result = self.ctx.attempt(intake.lookup_scan, text)
        if result is None:
            return
        if result.action == ScanAction.OPEN_RMA and result.rma is not None:
            self.open_rma(result.rma)
            self.leg.carrier.setFocus()
        elif result.action == ScanAction.RECEIVE:
            self.ctx.error(self.tr("{serial} has no open RMA: there is nothing to ship.").format(
                serial=result.serial))
        elif result.action == ScanAction.REGISTER_UNIT:
            self.ctx.error(self.tr("No unit has serial number {serial}.").format(
                serial=result.serial))
        else:
            self.ctx.error(self.tr("{code} is not an RMA label or a serial number.").format(
                code=result.scan.value))

    def open_rma(self, rma: Rma) -> None:
        at = self.model.row_of(rma.id)
        if at >= 0:
            index = self.proxy.mapFromSource(self.model.index(at, 0))
            if not index.isValid():
                self.set_filter("all")
                index = self.proxy.mapFromSource(self.model.index(at, 0))
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        self.show_rma(rma)

    def _row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        rma_id = self.proxy.data(current, Qt.ItemDataRole.UserRole)
        if self.rma is not None and self.rma.id == rma_id:
            return
        found = Rma.get_or_none(Rma.id == rma_id)
        if found is not None:
            self.show_rma(found)

    def set_filter(self, key: str) -> None:
        self.filter_buttons[key].setChecked(True)
        self.proxy.set_mode(key)

    # -- showing ---------------------------------------------------------------------------
    def show_rma(self, rma: Rma | None, *, keep_form: bool = False) -> None:
        """Show one RMA: who, what, whether it may ship and why not, its legs, the form."""
        changed = rma is None or self.rma is None or rma.id != self.rma.id
        self.rma = rma
        if rma is None:
            self.title.setText(self.tr("Scan an RMA, or pick one from the queue."))
            self.status.clear()
            self.loaner.clear()
            self.legs.setRowCount(0)
            self.leg.clear()
            self.leg.set_rma(None)
            self.blockers = []
            self.lend_button.hide()
            self.decline_button.hide()
            self._update_buttons()
            return
        customer = rma.customer if rma.customer_id else None
        who = _esc(customer.name) if customer else self.tr("no customer on record")
        contact = " · ".join(_esc(x) for x in (
            customer.contact_person if customer else "", customer.phone if customer else "",
            customer.address if customer else "") if x)
        self.title.setText(self.tr(
            "<span style='font-size:14pt; font-weight:600'>{rma}</span> &nbsp;{customer}"
            "<br>{contact}<br>{model} · {serial} · {coverage} · <b>{state}</b>").format(
            rma=rma.number, customer=who, contact=contact, model=_esc(rma.unit.model.name),
            serial=_esc(rma.unit.serial), coverage=coverage_label(rma.coverage),
            state=state_label(rma.state)))
        self.blockers = ship_blockers(rma)
        if rma.state == RmaState.SHIPPED.value:
            text = self.tr("Shipped.")
            style = "ok"
        elif self.blockers:
            text = "<b>" + self.tr("Cannot ship yet:") + "</b><ul style='margin-left:-20px'>" + \
                "".join(f"<li>{_esc(b)}</li>" for b in self.blockers) + "</ul>"
            style = "blocked"
        else:
            text = "<b>" + self.tr("Ready to ship.") + "</b>"
            style = "ok"
        self.status.setText(text)
        self.status.setStyleSheet({
            "ok": "background:#e6f5ea; color:#1e6b34; padding:6px; border-radius:4px;",
            "blocked": "background:#fdecea; color:#a12a1c; padding:6px; border-radius:4px;",
        }[style])
        self._show_loaner(rma)
        legs = shipping.legs_of(rma)
        self._show_legs(legs)
        if changed or not keep_form:
            self.leg.clear()
            pending = self._pending_leg(legs)
            if pending is not None:
                self.leg.set_values(pending.carrier, pending.tracking, pending.cost)
        self.leg.set_rma(rma, rma.coverage)
        self.leg.set_operator(self.ctx.operator)
        self._update_buttons()

    def _show_loaner(self, rma: Rma) -> None:
        loan = loans.active_loan(rma)
        reason = loans.blocking_reason(rma) if rma.is_open else None
        self.lend_button.setVisible(reason is not None)
        self.decline_button.setVisible(reason is not None)
        if loan is not None:
            due = (self.tr("due back {day}").format(day=loan.due_back.isoformat())
                   if loan.due_back else self.tr("due back 10 working days after delivery"))
            self.loaner.setText(self.tr("Loaner {code} is out with the customer ({due}).")
                                .format(code=loan.loaner.code, due=due))
        elif reason is not None:
            self.loaner.setText(self.tr("A loaner is owed and not arranged."))
        else:
            self.loaner.setText("")

    def _show_legs(self, legs: list[ShippingLeg]) -> None:
        tz = clock.current().local_tz()
        self.legs.setRowCount(len(legs))
        for r, row in enumerate(shipping.leg_rows(legs)):
            payer = row["payer_label"]
            if row["override_reason"]:
                payer = self.tr("{payer} (override)").format(payer=payer)
            elif row["customer_paid_carrier"]:
                payer = self.tr("{payer} (paid the carrier)").format(payer=payer)
            shipped = row["shipped_at"].astimezone(tz).strftime("%Y-%m-%d %H:%M") \
                if row["shipped_at"] else ""
            delivered = row["delivered_on"].isoformat() if row["delivered_on"] else ""
            cells = [row["reference"], row["direction_label"], row["carrier"], row["tracking"],
                     money(row["cost"]), payer, shipped, delivered]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row["leg"])
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if c == 5 and row["override_reason"]:
                    item.setToolTip(row["override_reason"])
                self.legs.setItem(r, c, item)
        self._leg_selected()

    @staticmethod
    def _pending_leg(legs: list[ShippingLeg]) -> ShippingLeg | None:
        """The return leg recorded but not shipped yet (the form edits it instead of a new one)."""
        return next((x for x in reversed(legs) if x.direction == LegKind.DEPOT_TO_CUSTOMER.value
                     and x.shipped_at is None), None)

    def _selected_leg_id(self) -> int | None:
        rows = self.legs.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.legs.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _leg_selected(self) -> None:
        r = self.legs.currentRow()
        delivered = self.legs.item(r, 7) if r >= 0 else None
        self.delivered_button.setEnabled(
            self.ctx.online and self._selected_leg_id() is not None
            and delivered is not None and not delivered.text())

    def _update_buttons(self) -> None:
        rma = self.rma
        online = self.ctx.online
        ready = rma is not None and rma.state == RmaState.READY_TO_SHIP.value \
            and not self.blockers
        self.ship_button.setEnabled(online and ready)
        self.ship_button.setToolTip("" if ready or rma is None else "\n\n".join(self.blockers))
        self.record_button.setEnabled(online and rma is not None and rma.is_open)
        self.leg.setEnabled(rma is not None and rma.is_open)

    # -- writing -----------------------------------------------------------------------------
    def _save_leg(self, rma: Rma, typed: LegInput) -> ShippingLeg:
        """Record the return leg, or correct the one recorded and not shipped yet."""
        return dispatch.save_return_leg(self.ctx.operator, rma, typed)

    def record_leg(self) -> ShippingLeg | None:
        rma = self._fresh()
        if rma is None:
            return None
        leg = self.ctx.attempt(lambda: self._save_leg(rma, self.leg.leg_input()))
        if leg is None:
            return None
        self.ctx.ok(self.tr("{leg} recorded for {rma}: {carrier} {tracking}, {cost}, paid by "
                            "{payer}.").format(leg=leg.reference, rma=rma.number,
                                               carrier=leg.carrier, tracking=leg.tracking,
                                               cost=money(leg.cost),
                                               payer=payer_label(leg.payer)))
        self._after_write(rma.id)
        return leg

    def ship(self) -> Rma | None:
        """Record the return leg, run the workflow's ship transition, mark the leg shipped."""
        rma = self._fresh()
        if rma is None:
            return None
        blockers = ship_blockers(rma)
        if blockers:
            self.ctx.error(blockers[0])
            self.show_rma(rma, keep_form=True)
            return None
        actor = self.ctx.operator
        try:
            typed = self.leg.leg_input()
            shipped, leg = dispatch.ship_unit(actor, rma, typed, expected_version=rma.version)
        except GateClosed as refusal:
            # nothing was written; if the refusal is the courier cost of this very leg, keep
            # the leg so the customer can be asked for exactly that money
            self._keep_billed_leg(rma, typed, str(refusal))
            return None
        except DomainError as refusal:
            self.ctx.error(str(refusal))
            return None
        self.ctx.ok(self.tr("{rma} shipped: {carrier} {tracking}.").format(
            rma=shipped.number, carrier=leg.carrier, tracking=leg.tracking))
        self._after_write(rma.id)
        self.scan_field.setFocus()
        return shipped

    def _keep_billed_leg(self, rma: Rma, typed: LegInput, refusal: str) -> None:
        before = shipping.unpaid_shipping_refusal(rma)
        try:
            leg = self._save_leg(rma, typed)
        except DomainError:
            self.ctx.error(refusal)
            return
        if before is None and shipping.unpaid_shipping_refusal(rma) is not None:
            self.ctx.error(self.tr(
                "{refusal} {leg} is recorded so the customer can pay its {cost}; ship once the "
                "payment is recorded.").format(refusal=refusal, leg=leg.reference,
                                               cost=money(leg.cost)))
        else:
            self.ctx.error(refusal)
        self._after_write(rma.id)

    def mark_delivered(self) -> ShippingLeg | None:
        leg_id = self._selected_leg_id()
        if leg_id is None or self.rma is None:
            return None
        leg = self.ctx.attempt(shipping.mark_delivered, self.ctx.operator, leg_id)
        if leg is None:
            return None
        self.ctx.ok(self.tr("{leg} delivered on {day}.").format(
            leg=leg.reference, day=leg.delivered_on.isoformat()))
        self._after_write(self.rma.id)
        return leg

    def decline_loaner(self) -> ReasonDialog | None:
        rma = self.rma
        if rma is None:
            return None
        dialog = ReasonDialog(
            self.tr("No loaner for {rma}").format(rma=rma.number),
            self.tr("Why is no loaner provided (e.g. the customer declined it)?"),
            lambda text: loans.decline(self.ctx.operator, rma.id, text), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_write(rma.id))
        dialog.open()
        return dialog

    def _lend(self) -> None:
        if self.rma is not None:
            self.ctx.open_request.emit("loaners", self.rma.id)

    def _fresh(self) -> Rma | None:
        if self.rma is None:
            self.ctx.error(self.tr("Scan an RMA first."))
            self.scan_field.setFocus()
            return None
        return self.ctx.attempt(workflow.get_rma, self.rma.id)

    def _after_write(self, rma_id: int) -> None:
        self._update_model(lambda: self.model.upsert(rma_id))
        found = Rma.get_or_none(Rma.id == rma_id)
        if found is not None and self.rma is not None and self.rma.id == rma_id:
            self.show_rma(found, keep_form=False)

    def _update_model(self, change) -> None:
        """Change the queue, keeping the RMA on show selected (or nothing, once it left)."""
        self._quiet = True
        try:
            change()
            self.table.selectionModel().clearSelection()
            at = self.model.row_of(self.rma.id) if self.rma is not None else -1
            index = self.proxy.mapFromSource(self.model.index(at, 0)) if at >= 0 \
                else QModelIndex()
            if index.isValid():
                self.table.selectRow(index.row())
            else:
                self.table.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        finally:
            self._quiet = False

    # -- refresh ---------------------------------------------------------------------------
    def counts(self) -> tuple[int, int]:
        ready = sum(1 for r in self.model.rows if r.ready)
        return ready, len(self.model.rows) - ready

    def update_filter_labels(self) -> None:
        ready, blocked = self.counts()
        self.filter_buttons["all"].setText(self.tr("All ({n})").format(n=ready + blocked))
        self.filter_buttons["ready"].setText(self.tr("Ready ({n})").format(n=ready))
        self.filter_buttons["blocked"].setText(self.tr("Blocked ({n})").format(n=blocked))

    def refresh(self, changes: Changes | None) -> None:
        self._update_model(lambda: self._reload_queue(changes))
        self.update_filter_labels()
        if self.rma is not None:
            rma_ids = changes.ids("rma") if changes is not None else {"*"}
            if "*" in rma_ids or str(self.rma.id) in rma_ids:
                found = Rma.get_or_none(Rma.id == self.rma.id)
                if found is not None:
                    self.show_rma(found, keep_form=True)

    def _reload_queue(self, changes: Changes | None) -> None:
        """Re-read the RMAs a change names; all of them when it cannot say which."""
        ids = changes.ids("rma") if changes is not None else {"*"}
        if changes is not None and (changes.touches("setting") or not ids):
            ids = {"*"}  # a payer rule or a setting changed, or a leg without its RMA named
        if "*" in ids:
            self.model.reload()
            return
        for rma_id in ids:
            self.model.upsert(int(rma_id))


# --------------------------------------------------------------------------- who pays


class PayerRulesPanel(QWidget):
    """The rule table: coverage × leg → payer. A manager edits it; validated as it is edited."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version: int | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(self.tr(
            "Who pays each shipping leg, by the coverage of the RMA. A new leg takes its payer "
            "from this table when it is recorded; legs already recorded keep theirs. “—” means "
            "not applicable: only loaner legs may have it (no loaner for that coverage)."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        box.addWidget(intro)
        self.table = QTableWidget(len(COVERAGES), len(LegKind))
        self.table.setHorizontalHeaderLabels([leg_label(k) for k in LegKind])
        self.table.setVerticalHeaderLabels([coverage_label(c) for c in COVERAGES])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.cells: dict[tuple[str, str], QComboBox] = {}
        for r, coverage in enumerate(COVERAGES):
            for c, leg in enumerate(LegKind):
                combo = QComboBox()
                for payer in (Payer.CUSTOMER, Payer.DEPOT):
                    combo.addItem(payer_label(payer), payer.value)
                combo.addItem("—", Payer.NONE.value)  # the table's own sign; the intro says it
                combo.setItemData(2, payer_label(Payer.NONE), Qt.ItemDataRole.ToolTipRole)
                combo.setObjectName("payerCell")
                combo.currentIndexChanged.connect(self.check)
                self.table.setCellWidget(r, c, combo)
                self.cells[(coverage, leg.value)] = combo
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        box.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save payer table"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton(self.tr("Reset to defaults"))
        self.defaults_button.setToolTip(self.tr("Fill in DOMAIN §5's defaults (not saved until "
                                                "you save)."))
        self.defaults_button.clicked.connect(lambda: self.show_rules(DEFAULT_RULES))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.load)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.who = QLabel()
        self.who.setObjectName("hint")
        box.addWidget(self.who)
        box.addStretch(1)
        ctx.operator_changed.connect(self.set_operator)
        self.load()
        self.set_operator(ctx.operator)

    def load(self) -> None:
        row = Setting.get_or_none(Setting.key == shipping.PAYER_RULES_SETTING.key)
        self.version = row.version if row is not None else None
        self.show_rules(shipping.payer_rules())
        if row is not None and row.updated_by:
            self.who.setText(self.tr("Last changed by {who}.").format(who=row.updated_by))
        else:
            self.who.setText(self.tr("The defaults of DOMAIN §5 are in force."))

    def show_rules(self, rules) -> None:
        for (coverage, leg), combo in self.cells.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(rules[coverage][leg])))
            combo.blockSignals(False)
        self.check()

    def rules(self) -> dict[str, dict[str, str]]:
        table: dict[str, dict[str, str]] = {c: {} for c in COVERAGES}
        for (coverage, leg), combo in self.cells.items():
            table[coverage][leg] = combo.currentData()
        return table

    def check(self) -> str | None:
        """Validate the table as shown; mark the wrong cells; return the message, if any."""
        problem = None
        try:
            validate_rules(self.rules())
        except DomainError as exc:
            problem = str(exc)
        for (_coverage, leg), combo in self.cells.items():
            bad = combo.currentData() == Payer.NONE.value and LegKind(leg) not in LOANER_LEGS
            combo.setStyleSheet("background:#fdecea; color:#a12a1c;" if bad else "")
        self.message.setText(problem or "")
        self.message.setStyleSheet("color:#a12a1c;" if problem else "")
        self.save_button.setEnabled(problem is None and is_manager(self.ctx.operator))
        return problem

    def set_operator(self, user: object) -> None:
        manager = is_manager(user)  # type: ignore[arg-type]
        for combo in self.cells.values():
            combo.setEnabled(manager)
        self.defaults_button.setEnabled(manager)
        self.revert_button.setEnabled(manager)
        self.check()
        if not manager:
            self.message.setText(self.tr("Only a manager may change the payer table."))
            self.message.setStyleSheet("")

    def save(self) -> dict | None:
        if self.check() is not None:
            return None
        saved = self.ctx.attempt(shipping.change_payer_rules, self.ctx.operator, self.rules(),
                                 expected_version=self.version)
        if saved is None:
            return None
        self.ctx.ok(self.tr("Payer table saved: it applies to legs recorded from now on."))
        self.load()
        return saved


# --------------------------------------------------------------------------- cost report


class CostReportPanel(QWidget):
    """Shipping cost by payer, by leg or by month over a period (one aggregate query)."""

    GROUPINGS = (
        ("payer", QT_TRANSLATE_NOOP("CostReportPanel", "By payer")),
        ("leg", QT_TRANSLATE_NOOP("CostReportPanel", "By leg")),
        ("month", QT_TRANSLATE_NOOP("CostReportPanel", "By month")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        controls = QHBoxLayout()
        today = clock.today()
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        start = date(today.year, 1, 1)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.until.setDate(QDate(today.year, today.month, today.day))
        self.grouping = QComboBox()
        for key, text in self.GROUPINGS:
            self.grouping.addItem(QCoreApplication.translate("CostReportPanel", text), key)
        controls.addWidget(QLabel(self.tr("From")))
        controls.addWidget(self.since)
        controls.addWidget(QLabel(self.tr("to")))
        controls.addWidget(self.until)
        controls.addWidget(self.grouping)
        controls.addStretch(1)
        box.addLayout(controls)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        box.addWidget(self.table, 1)
        self.since.dateChanged.connect(self.compute)
        self.until.dateChanged.connect(self.compute)
        self.grouping.currentIndexChanged.connect(self.compute)

    def compute(self) -> None:
        since, until = self.since.date().toPython(), self.until.date().toPython()
        key = self.grouping.currentData()
        try:
            if key == "month":
                rows = [(m.month, m.payer_label, m.legs, m.cost)
                        for m in cost_by_month(since, until)]
                headers = [self.tr("Month"), self.tr("Payer"), self.tr("Legs"), self.tr("Cost")]
            else:
                found = cost_by_payer(since, until) if key == "payer" else \
                    cost_by_leg(since, until)
                rows = [(r.label, r.legs, r.cost) for r in found]
                headers = [self.tr("Payer") if key == "payer" else self.tr("Leg"),
                           self.tr("Legs"), self.tr("Cost")]
        except DomainError as exc:
            self.table.setRowCount(0)
            self.table.setColumnCount(1)
            self.table.setHorizontalHeaderLabels([str(exc)])
            return
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows) + 1)
        bold = QFont()
        bold.setBold(True)
        for r, values in enumerate(rows):
            self._put_row(r, values)
        total = [""] * (len(headers) - 2) + [sum(v[-2] for v in rows), sum(v[-1] for v in rows)]
        total[0] = self.tr("Total")
        self._put_row(len(rows), total, bold)
        self.table.resizeColumnsToContents()
        for c in range(len(headers)):
            self.table.setColumnWidth(c, max(self.table.columnWidth(c), 110))

    def _put_row(self, r: int, values, font: QFont | None = None) -> None:
        n = len(values)
        for c, value in enumerate(values):
            item = QTableWidgetItem(money(value) if c == n - 1 and isinstance(value, int)
                                    else str(value))
            if c >= n - 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if font is not None:
                item.setFont(font)
            self.table.setItem(r, c, item)


# --------------------------------------------------------------------------- the page


class _Handles:
    """RMA labels and serials while the desk is shown (the bench opens them elsewhere)."""

    def __get__(self, page: ShippingPage | None, owner: type) -> frozenset[ScanKind]:
        if page is None or not page.isVisible():
            return frozenset()
        return DESK_SCANS


class ShippingPage(Page):
    handles = _Handles()  # type: ignore[assignment]

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Shipping")))
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.desk = OutboundPanel(ctx)
        self.rules = PayerRulesPanel(ctx)
        self.costs = CostReportPanel()
        self.tabs.addTab(self.desk, self.tr("Outbound desk"))
        self.tabs.addTab(self.rules, self.tr("Who pays"))
        self.tabs.addTab(self.costs, self.tr("Shipping costs"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._confirm)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self._confirm)
        ctx.operator_changed.connect(lambda _u: self.desk.leg.set_operator(ctx.operator))
        self.refresh(None)

    def activated(self) -> None:
        if self.tabs.currentWidget() is self.desk:
            self.desk.scan_field.setFocus()

    def handle_scan(self, scan: Scan) -> None:
        self.tabs.setCurrentWidget(self.desk)
        self.desk.scan_text(scan.raw)

    def open_item(self, payload: object) -> None:
        """Another screen asks for an RMA (id or number) to ship."""
        found = (Rma.get_or_none(Rma.id == payload) if isinstance(payload, int)
                 else Rma.get_or_none(Rma.number == str(payload).strip().upper()))
        if found is None:
            self.ctx.error(self.tr("RMA {rma} does not exist.").format(rma=payload))
            return
        self.tabs.setCurrentWidget(self.desk)
        self.desk.open_rma(found)

    def _confirm(self) -> None:
        if self.tabs.currentWidget() is self.desk:
            self.desk.ship()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.costs:
            self.costs.compute()

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.touches(
                "rma", "shipping_leg", "loan", "loan_decline", "payment", "quote", "setting"):
            return
        self.desk.refresh(changes)
        ready, blocked = self.desk.counts()
        self.summary.setText(self.tr("{ready} ready to ship · {blocked} blocked").format(
            ready=ready, blocked=blocked))
        if changes is None or changes.touches("setting"):
            self.rules.load()
            self.rules.set_operator(self.ctx.operator)
        if self.tabs.currentWidget() is self.costs and (
                changes is None or changes.touches("shipping_leg")):
            self.costs.compute()
