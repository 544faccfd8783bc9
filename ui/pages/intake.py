"""The intake desk: scan, see coverage, record the few facts, save, label.

Built for a scanner in one hand: the scan field keeps focus between units,
Enter moves through the required fields, and scanning the next serial saves
the current intake when it is complete (or says what is missing). Nothing is
acknowledged on screen before the service has committed it.
"""

from __future__ import annotations

import itertools
from datetime import date

from depot import clock
from depot.errors import DomainError
from depot.events import Changes
from depot.scan import Scan, ScanKind
from exports.labels import LabelSize, render_label, rma_label
from rma import intake, units
from rma.intake import Channel, IntakeRow, OpenRmaExists, ScanAction
from rma.models import Rma
from rma.sla import Severity
from rma.transitions import state_label
from rma.units import EarlierVisits
from rma.warranty import CoverageDecision, render_reason
from ui import label_print
from ui.log_view import LogTableView
from ui.pages.base import Page
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.table_model import DISPLAY, TOOLTIP, USER, Cells, RowsModel
from ui.widgets import LayoutFirewall, heading, reserve_lines


def coverage_label(code: str) -> str:
    texts = {
        "doa": QCoreApplication.translate("Coverage", "Dead on arrival — replace"),
        "warranty": QCoreApplication.translate("Coverage", "In warranty"),
        "out_of_warranty": QCoreApplication.translate("Coverage", "Out of warranty — chargeable"),
        "excluded": QCoreApplication.translate("Coverage", "Excluded — chargeable"),
    }
    return texts.get(code, code)


def reason_text(decision: CoverageDecision) -> str:
    return render_reason(decision.reason_code, decision.reason_args,
                         lambda t: QCoreApplication.translate("Warranty", t))


def visits_text(visits: EarlierVisits | None) -> str:
    """The intake card's line about a unit's earlier RMAs ("" on a first visit)."""
    if visits is None:
        return ""
    local = visits.received_at.astimezone(clock.current().local_tz())
    return QCoreApplication.translate(
        "IntakePage", "Here before: {count} RMA(s). The last: {number}, received {date}, "
        "“{fault}”, {state}.").format(count=visits.count, number=visits.number,
                                     date=f"{local:%Y-%m-%d}", fault=visits.fault,
                                     state=state_label(visits.state))


class IntakeModel(RowsModel[IntakeRow]):
    """Today's intake list in the order received, the newest at the bottom like a till roll.

    Newest last, not first: a row appended below the others lets the view scroll
    by moving pixels and paint one new line, where a row inserted at the top
    repaints every visible line (7 of the 10 ms the desk is allowed per intake).
    Change events update single rows.
    """

    CONTEXT = "IntakeModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("IntakeModel", "RMA"),
        QT_TRANSLATE_NOOP("IntakeModel", "Serial number"),
        QT_TRANSLATE_NOOP("IntakeModel", "Model"),
        QT_TRANSLATE_NOOP("IntakeModel", "Customer"),
        QT_TRANSLATE_NOOP("IntakeModel", "Coverage"),
        QT_TRANSLATE_NOOP("IntakeModel", "Received"),
    )

    def key(self, row: IntakeRow) -> int:
        return row.rma_id

    SHORT_COVERAGE = {
        "doa": QT_TRANSLATE_NOOP("IntakeModel", "DOA"),
        "warranty": QT_TRANSLATE_NOOP("IntakeModel", "In warranty"),
        "out_of_warranty": QT_TRANSLATE_NOOP("IntakeModel", "Out of warranty"),
        "excluded": QT_TRANSLATE_NOOP("IntakeModel", "Excluded"),
    }

    def cells(self, row: IntakeRow) -> Cells:
        local = row.received_at.astimezone(clock.current().local_tz())
        short = self.SHORT_COVERAGE.get(row.coverage)
        text = (row.number, row.serial, row.model_code, row.customer_name,
                QCoreApplication.translate("IntakeModel", short) if short else row.coverage,
                local.strftime("%H:%M"))
        tips = (*text[:4], coverage_label(row.coverage), text[5])
        return {DISPLAY: text, TOOLTIP: tips, USER: row.rma_id}

    def reload(self) -> None:
        self.set_rows(reversed(intake.todays_intake()))

    def upsert(self, rma_id: int) -> None:
        try:
            fresh = intake.intake_row(rma_id)
        except DomainError:
            return
        self.place(fresh, at_end=True)  # a new RMA goes to the bottom


class IntakePage(Page):
    handles = frozenset({ScanKind.SERIAL, ScanKind.GS1})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.unit = None
        self.pending_serial: str | None = None
        self.last_rma: Rma | None = None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        splitter = QSplitter()
        outer.addWidget(splitter)

        left = QWidget()
        form_box = QVBoxLayout(left)
        form_box.addWidget(heading(self.tr("Intake")))
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(self.tr("Scan a serial number or RMA label…"))
        self.scan_field.returnPressed.connect(self._typed_scan)
        form_box.addWidget(self.scan_field)

        self.card = QFrame()
        self.card.setObjectName("card")
        card = QVBoxLayout(self.card)
        # plain text (a customer's name is never read as markup), and cheap to lay out:
        # a rich-text label builds and lays out a text document on every change
        self.unit_label = QLabel(self.tr("Scan a unit to begin."))
        self.unit_label.setObjectName("unitTitle")
        self.unit_customer = QLabel()
        for label in (self.unit_label, self.unit_customer):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setObjectName("hint")
        # the unit's earlier RMAs: a unit back soon with the same fault is a repeat repair
        self.visits = QLabel()
        self.visits.setObjectName("visits")
        self.visits.setWordWrap(True)
        self.visits.setTextFormat(Qt.TextFormat.PlainText)  # the fault is the customer's text
        keep_room = self.coverage.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.coverage.setSizePolicy(keep_room)
        # room for the longest usual texts, so that showing a unit or clearing the card
        # never moves the form below: a moving form is hard to read and makes Qt repaint
        # the whole window instead of the few labels that changed
        reserve_lines(self.unit_label, 2)  # serial · model (long model names wrap)
        reserve_lines(self.unit_customer, 1)
        reserve_lines(self.coverage, 1)
        reserve_lines(self.reason, 3)
        reserve_lines(self.visits, 2)
        # each text changes with every unit, its room does not: a firewall around each
        # label keeps a new text from relaying out the card and the window around it
        for label in (self.unit_label, self.unit_customer, self.coverage, self.reason,
                      self.visits):
            card.addWidget(LayoutFirewall(label))
        form_box.addWidget(self.card)

        # -- register an unknown unit ----------------------------------------
        self.register_box = QFrame()
        self.register_box.setObjectName("card")
        reg = QFormLayout(self.register_box)
        self.reg_serial = QLabel()
        self.reg_model = QComboBox()
        self.reg_customer = QLineEdit()
        self.reg_customer.setPlaceholderText(self.tr("Customer name (existing or new)"))
        self.reg_sale = QDateEdit()
        self.reg_sale.setCalendarPopup(True)
        self.reg_sale.setDisplayFormat("yyyy-MM-dd")
        self.reg_accept = QDateEdit()
        self.reg_accept.setCalendarPopup(True)
        self.reg_accept.setDisplayFormat("yyyy-MM-dd")
        self.reg_accept.setSpecialValueText(self.tr("not recorded"))
        self.register_button = QPushButton(self.tr("Register unit and continue"))
        self.register_button.clicked.connect(self._register)
        reg.addRow(QLabel(self.tr("<b>Unknown serial number — register the unit</b>")))
        reg.addRow(self.tr("Serial number"), self.reg_serial)
        reg.addRow(self.tr("Model"), self.reg_model)
        reg.addRow(self.tr("Customer"), self.reg_customer)
        reg.addRow(self.tr("Sale date"), self.reg_sale)
        reg.addRow(self.tr("Acceptance date"), self.reg_accept)
        reg.addRow("", self.register_button)
        self.register_box.hide()
        form_box.addWidget(self.register_box)

        # -- the intake form ---------------------------------------------------
        self.form_box = QFrame()
        form = QFormLayout(self.form_box)
        self.fault = QLineEdit()
        self.fault.setPlaceholderText(self.tr("What the customer reports (required)"))
        self.severity = QComboBox()
        for value, text in ((Severity.GENERAL, self.tr("General")),
                            (Severity.IMPORTANT, self.tr("Important")),
                            (Severity.MAJOR, self.tr("Major")),
                            (Severity.SPECIAL, self.tr("Special"))):
            self.severity.addItem(text, str(value))
        self.channel = QComboBox()
        for value, text in ((Channel.COURIER, self.tr("Courier")),
                            (Channel.WALK_IN, self.tr("Walk-in")),
                            (Channel.PICKUP, self.tr("On-site pickup"))):
            self.channel.addItem(text, str(value))
        self.reported = QDateEdit()
        self.reported.setCalendarPopup(True)
        self.reported.setDisplayFormat("yyyy-MM-dd")
        self.appearance = QLineEdit()
        self.appearance.setPlaceholderText(self.tr("e.g. scratches on lid"))
        self.accessories = QLineEdit()
        self.accessories.setPlaceholderText(self.tr("comma separated, e.g. power cable, tray"))
        self.documents = QLineEdit()
        self.documents.setPlaceholderText(self.tr("comma separated, e.g. invoice, warranty card"))
        self.carrier = QLineEdit()
        self.tracking = QLineEdit()
        form.addRow(self.tr("Reported fault"), self.fault)
        form.addRow(self.tr("Fault reported on"), self.reported)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Appearance"), self.appearance)
        form.addRow(self.tr("Accessories"), self.accessories)
        form.addRow(self.tr("Documents"), self.documents)
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Tracking number"), self.tracking)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save RMA (Ctrl+S)"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.label_button = QPushButton(self.tr("Print label (Ctrl+P)"))
        self.label_button.clicked.connect(self.print_label)
        self.label_button.setEnabled(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.label_button)
        buttons.addStretch(1)
        form_box.addWidget(self.form_box)
        form_box.addLayout(buttons)
        form_box.addStretch(1)
        # Enter walks through the fields; Enter on the last one saves
        chain = [self.fault, self.appearance, self.accessories, self.documents, self.carrier,
                 self.tracking]
        for here, nxt in itertools.pairwise(chain):
            here.returnPressed.connect(nxt.setFocus)
        self.tracking.returnPressed.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_label)

        right = QWidget()
        list_box = QVBoxLayout(right)
        list_box.addWidget(QLabel(self.tr("<b>Today's intake</b>")))
        self.model = IntakeModel(self)
        self.table = LogTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)  # one line per RMA; wrapping re-lays out every cell
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # sized to the contents once per reload, not on every change: ResizeToContents
        # measures every row again each time one is added (quadratic over a busy day)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_row)
        list_box.addWidget(self.table)
        splitter.addWidget(left)
        splitter.addWidget(right)
        left.setMaximumWidth(520)
        splitter.setSizes([500, 740])
        self._clear_form()
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.table.scrollToBottom()

    # -- scans -----------------------------------------------------------------
    def activated(self) -> None:
        self.scan_field.setFocus()

    def _typed_scan(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        if text.strip():
            self.scan_text(text)

    def handle_scan(self, scan: Scan) -> None:
        self.scan_text(scan.raw)

    def scan_text(self, text: str) -> None:
        """A scan at the desk: complete the current intake first, then look it up."""
        if self.unit is not None and self.fault.text().strip():
            if self.save() is None:
                return  # the message says what is missing; the form keeps its input
        elif self.unit is not None:
            self.ctx.error(self.tr("Enter the reported fault for {serial} first, or press Esc "
                                   "to drop it.").format(serial=self.unit.serial))
            self.fault.setFocus()
            return
        result = self.ctx.attempt(intake.lookup_scan, text)
        if result is None:
            return
        if result.action == ScanAction.OPEN_RMA:
            rma = result.rma
            self.ctx.info(self.tr("{serial} already has open RMA {number}: opened it instead of "
                                  "creating a second.").format(serial=result.serial or "",
                                                               number=rma.number))
            self._select(rma.id)
            self.ctx.open_request.emit("bench", rma.id)
        elif result.action == ScanAction.RECEIVE:
            self._show_unit(result.unit, result.decision)
            self.visits.setText(visits_text(result.visits))
        elif result.action == ScanAction.REGISTER_UNIT:
            self._show_register(result.serial)
        else:
            self.ctx.error(self.tr("{code} is not a serial number.").format(code=result.scan.value))

    # -- showing -------------------------------------------------------------
    def _show_unit(self, unit, decision: CoverageDecision) -> None:
        self.unit = unit
        self.register_box.hide()
        customer = unit.customer.name if unit.customer else self.tr("no customer on record")
        self.unit_label.setText(self.tr("{serial} · {model} ({code})").format(
            serial=unit.serial, model=unit.model.name, code=unit.model.code))
        self.unit_customer.setText(customer)
        self._show_decision(decision)
        self.fault.setFocus()

    def _show_decision(self, decision: CoverageDecision) -> None:
        self._set_coverage(str(decision.coverage), coverage_label(decision.coverage))
        self.reason.setText(reason_text(decision))

    def _set_coverage(self, code: str, text: str) -> None:
        """Coverage badge. Hidden between units but keeping its room, so the form below
        never moves; restyled only when the coverage differs from the last unit's
        (re-polishing costs more than the rest of showing a unit)."""
        if not code:
            self.coverage.hide()
            return
        self.coverage.setText(text)
        if self.coverage.property("coverage") != code:
            self.coverage.setProperty("coverage", code)
            self.coverage.style().unpolish(self.coverage)
            self.coverage.style().polish(self.coverage)
        self.coverage.show()

    def _show_register(self, serial: str) -> None:
        self.pending_serial = serial
        self.reg_serial.setText(serial)
        self.reg_model.clear()
        for model in units.list_models():
            self.reg_model.addItem(f"{model.code} — {model.name}", model.id)
        today = clock.today()
        self.reg_sale.setDate(QDate(today.year, today.month, today.day))
        self.reg_accept.setDate(self.reg_accept.minimumDate())
        self.register_box.show()
        self.unit_label.setText(self.tr("Unknown serial number {serial}.").format(serial=serial))
        self.unit_customer.clear()
        self._set_coverage("", "")
        self.reason.clear()
        self.visits.clear()
        self.reg_model.setFocus()

    def _register(self) -> None:
        from rma import customers

        name = self.reg_customer.text().strip()
        customer = None
        if name:
            found = [c for c in customers.find_customers(name, limit=5) if c.name == name]
            customer = found[0] if found else self.ctx.attempt(
                customers.create_customer, self.ctx.operator, name=name)
            if customer is None:
                return
        accept = None
        if self.reg_accept.date() != self.reg_accept.minimumDate():
            accept = self.reg_accept.date().toPython()
        unit = self.ctx.attempt(
            units.register_unit, self.ctx.operator, serial=self.pending_serial or "",
            model=self.reg_model.currentData(), customer=customer,
            sale_date=self.reg_sale.date().toPython(), acceptance_date=accept)
        if unit is None:
            return
        self.ctx.ok(self.tr("Unit {serial} registered.").format(serial=unit.serial))
        result = self.ctx.attempt(intake.lookup_scan, unit.serial)
        if result is not None and result.unit is not None:
            self._show_unit(result.unit, result.decision or intake.preview(result.unit))

    # -- saving ----------------------------------------------------------------
    def save(self) -> Rma | None:
        if self.unit is None:
            self.ctx.error(self.tr("Scan a unit first."))
            self.scan_field.setFocus()
            return None
        if not self.fault.text().strip():
            self.ctx.error(self.tr("Enter the reported fault for {serial}.").format(
                serial=self.unit.serial))
            self.fault.setFocus()
            return None
        split = lambda w: [p.strip() for p in w.text().split(",") if p.strip()]  # noqa: E731
        try:
            rma = intake.receive(
                self.ctx.operator, serial=self.unit.serial,
                reported_on=self.reported.date().toPython(), fault=self.fault.text(),
                severity=self.severity.currentData(), channel=self.channel.currentData(),
                condition={"appearance": self.appearance.text(),
                           "accessories": split(self.accessories),
                           "documents": split(self.documents)},
                inbound_carrier=self.carrier.text(), inbound_tracking=self.tracking.text(),
            )
        except OpenRmaExists as exc:
            self.ctx.error(str(exc))
            self._clear_form()
            self._select(exc.rma_id)
            return None
        except DomainError as exc:
            self.ctx.error(str(exc))
            return None
        # committed: only now does the screen say so
        self.last_rma = rma
        if self.model.row_of(rma.id) < 0:  # usually already added by the change event
            self.model.upsert(rma.id)
        # the saved RMA is the bottom row and the banner names it; it is not also selected:
        # moving a selection repaints two rows and costs 0.8 ms of the desk's 10 per intake
        if self.table.selectionModel().hasSelection():
            self.table.clearSelection()  # an RMA opened earlier is no longer the subject
        self.ctx.ok(self.tr("Saved {number} for {serial}.").format(number=rma.number,
                                                                   serial=self.unit.serial))
        self._clear_form()
        self.label_button.setEnabled(True)
        return rma

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.unit is not None:
            self._clear_form()
            self.ctx.info(self.tr("Intake dropped; nothing was saved."))
            return
        super().keyPressEvent(event)

    def _clear_form(self) -> None:
        self.unit = None
        for w in (self.fault, self.appearance, self.accessories, self.documents, self.carrier,
                  self.tracking):
            w.clear()
        today: date = clock.today()
        day = QDate(today.year, today.month, today.day)
        if self.reported.maximumDate() != day:  # a new day (each set repaints the field)
            self.reported.setMaximumDate(day)
        if self.reported.date() != day:
            self.reported.setDate(day)
        # the form stays enabled between units: greying it out and back repainted every
        # field twice per intake, and saving without a unit is refused in words anyway
        self.register_box.hide()
        self._set_coverage("", "")
        self.reason.clear()
        self.visits.clear()
        self.unit_label.setText(self.tr("Scan a unit to begin."))
        self.unit_customer.clear()
        self.scan_field.setFocus()

    # -- label -------------------------------------------------------------------
    @property
    def label_size(self) -> LabelSize:
        """This workstation's label stock (Settings → Label printer), read at each print."""
        return label_print.station_label_size(self.ctx.settings)

    def label_images(self, rma: Rma, size: LabelSize | None = None) -> list:
        """The RMA's label at `size` (default: this station's stock)."""
        received = rma.received_at.astimezone(clock.current().local_tz()).date()
        unit = rma.unit
        content = rma_label(rma.number, unit.serial, unit.model.code,
                            rma.customer.name if rma.customer else "", received)
        return [render_label(content, size or self.label_size)]

    def print_label(self) -> None:
        if self.last_rma is None:
            self.ctx.error(self.tr("Save an RMA first; its label prints from here."))
            return
        size = self.label_size
        images = self.ctx.attempt(self.label_images, self.last_rma, size)
        if images:
            label_print.preview_and_print(self, images, size)

    # -- list ----------------------------------------------------------------------
    def _select(self, rma_id: int) -> None:
        row = self.model.row_of(rma_id)
        if row >= 0:
            self.table.selectRow(row)

    def _open_row(self, index: QModelIndex) -> None:
        rma_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if rma_id is not None:
            self.ctx.open_request.emit("bench", rma_id)

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None:
            self.model.reload()
            self.table.resizeColumnsToContents()
            self.table.scrollToBottom()
            return
        for rma_id in changes.ids("rma"):
            if rma_id != "*":
                self.model.upsert(int(rma_id))
