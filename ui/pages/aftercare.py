"""After delivery: the customer's service report, the satisfaction survey, complaints.

The service desk scans (or types) an RMA, writes its service report, records
the customer's scores when they call back, and files or closes complaints.
Everything goes through `rma.feedback`; the monthly KPIs read the same rows.
"""

from __future__ import annotations

from depot import clock
from depot.errors import DomainError
from depot.events import Changes
from depot.scan import Scan, ScanKind, parse_scan
from exports.jobs import ServiceReportJob, default_folder
from rma import feedback
from rma.models import Customer, Rma, Unit
from rma.payer_rules import coverage_label
from rma.transitions import state_label
from ui.context import AppContext
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.workers import JobPanel

RMA_SCANS = frozenset({ScanKind.RMA, ScanKind.SERIAL, ScanKind.GS1})


class AftercarePanel(QWidget):
    """Service report, survey and complaints for one RMA at a time."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rma: Rma | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        top = QHBoxLayout()
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(self.tr("Scan or type an RMA number or serial…"))
        self.scan_field.returnPressed.connect(self._typed)
        top.addWidget(self.scan_field, 1)
        self.report_button = QPushButton(self.tr("Write service report (.xlsx)"))
        self.report_button.setProperty("primary", True)
        self.report_button.clicked.connect(self._report)
        top.addWidget(self.report_button)
        layout.addLayout(top)
        self.summary = QLabel(self.tr("No RMA chosen."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.jobs = JobPanel()
        self.jobs.finished.connect(lambda path: self.ctx.ok(
            self.tr("Service report written: {path}").format(path=path)))
        self.jobs.failed.connect(self.ctx.error)
        self.jobs.cancelled.connect(lambda: self.ctx.info(
            self.tr("Export cancelled; nothing was written.")))
        layout.addWidget(self.jobs)

        row = QHBoxLayout()
        survey = QGroupBox(self.tr("Satisfaction survey (1 poor … 5 very good)"))
        form = QFormLayout(survey)
        self.staff, self.quality, self.speed = QSpinBox(), QSpinBox(), QSpinBox()
        for box in (self.staff, self.quality, self.speed):
            box.setRange(1, 5)
            box.setValue(5)
            box.setMaximumWidth(80)
        self.channel = QComboBox()
        for value, label in feedback.CHANNEL_LABELS.items():
            self.channel.addItem(QCoreApplication.translate("Feedback", label), value.value)
        self.comment = QLineEdit()
        self.survey_button = QPushButton(self.tr("Record survey"))
        self.survey_button.clicked.connect(self._survey)
        self.survey_state = QLabel()
        self.survey_state.setObjectName("hint")
        form.addRow(self.tr("Staff"), self.staff)
        form.addRow(self.tr("Quality"), self.quality)
        form.addRow(self.tr("Speed"), self.speed)
        form.addRow(self.tr("How"), self.channel)
        form.addRow(self.tr("Comment"), self.comment)
        form.addRow(self.survey_state, self.survey_button)
        row.addWidget(survey, 1)

        complaint = QGroupBox(self.tr("New complaint"))
        cform = QFormLayout(complaint)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What the customer complains about"))
        self.attributable = self._attributable_combo()
        self.complaint_button = QPushButton(self.tr("File complaint"))
        self.complaint_button.clicked.connect(self._complain)
        cform.addRow(self.tr("Complaint"), self.description)
        cform.addRow(self.tr("Caused by our service?"), self.attributable)
        cform.addRow("", self.complaint_button)
        row.addWidget(complaint, 1)
        layout.addLayout(row)

        open_box = QGroupBox(self.tr("Open complaints"))
        obox = QVBoxLayout(open_box)
        self.complaints = QTableWidget(0, 5)
        self.complaints.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("RMA"), self.tr("Received"), self.tr("Complaint"),
            self.tr("Caused by our service?")])
        self.complaints.verticalHeader().setVisible(False)
        self.complaints.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaints.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.complaints.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        obox.addWidget(self.complaints)
        close_row = QHBoxLayout()
        self.resolution = QLineEdit()
        self.resolution.setPlaceholderText(self.tr("Resolution (required to close)"))
        self.close_attributable = self._attributable_combo()
        self.close_button = QPushButton(self.tr("Close complaint"))
        self.close_button.clicked.connect(self._close)
        close_row.addWidget(self.resolution, 1)
        close_row.addWidget(self.close_attributable)
        close_row.addWidget(self.close_button)
        obox.addLayout(close_row)
        layout.addWidget(open_box, 1)
        self._show()
        self._reload_complaints()

    def _attributable_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Not judged yet"), None)
        combo.addItem(self.tr("Yes — attributable to service"), True)
        combo.addItem(self.tr("No — not our service"), False)
        return combo

    # -- choosing the RMA -----------------------------------------------------------
    def wants(self, kind: ScanKind) -> bool:
        return kind in RMA_SCANS

    def handle_scan(self, scan: Scan) -> None:
        if scan.kind == ScanKind.RMA:
            found = Rma.get_or_none(Rma.number == scan.value)
        else:
            serial = scan.serial or scan.value
            found = (Rma.select().join(Unit).where(Unit.serial == serial)
                     .order_by(Rma.received_at.desc()).first())
        if found is None:
            self.ctx.error(self.tr("No RMA found for {code}.").format(code=scan.value))
            return
        self.choose(found)

    def choose(self, rma: Rma) -> None:
        self.rma = Rma.get_or_none(Rma.id == rma.id)
        self._show()

    def _typed(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if not text:
            return
        try:
            scan = parse_scan(text)
        except DomainError as refusal:
            self.ctx.error(str(refusal))
            return
        if scan.kind not in RMA_SCANS:
            self.ctx.error(self.tr("Scan an RMA number or a serial number."))
            return
        self.handle_scan(scan)

    # -- actions -------------------------------------------------------------------
    def _report(self) -> None:
        if self.rma is None:
            self.ctx.error(self.tr("Scan an RMA first."))
            return
        folder = self.ctx.settings.value("exports/folder", "") or str(default_folder())
        if self.jobs.start(ServiceReportJob(self.rma.number, folder)) is None:
            self.ctx.error(self.tr("An export is already running."))

    def _survey(self) -> None:
        if self.rma is None:
            self.ctx.error(self.tr("Scan an RMA first."))
            return
        done = self.ctx.attempt(
            feedback.record_survey, self.ctx.operator, self.rma.number,
            staff=self.staff.value(), quality=self.quality.value(), speed=self.speed.value(),
            comment=self.comment.text(), channel=self.channel.currentData())
        if done is not None:
            self.comment.clear()
            self.ctx.ok(self.tr("Survey recorded for {rma}.").format(rma=self.rma.number))
            self._show()

    def _complain(self) -> None:
        if self.rma is None:
            self.ctx.error(self.tr("Scan an RMA first."))
            return
        row = self.ctx.attempt(feedback.file_complaint, self.ctx.operator, self.rma.number,
                               self.description.text(),
                               attributable=self.attributable.currentData())
        if row is not None:
            self.description.clear()
            self.ctx.ok(self.tr("Complaint {number} filed.").format(number=row.number))
            self._reload_complaints()

    def _close(self) -> None:
        row = self.complaints.currentRow()
        if row < 0:
            self.ctx.error(self.tr("Select the complaint to close."))
            return
        number = self.complaints.item(row, 0).text()
        version = self.complaints.item(row, 0).data(Qt.ItemDataRole.UserRole)
        closed = self.ctx.attempt(feedback.close_complaint, self.ctx.operator, number,
                                  self.resolution.text(),
                                  attributable=self.close_attributable.currentData(),
                                  expected_version=version)
        if closed is not None:
            self.resolution.clear()
            self.ctx.ok(self.tr("Complaint {number} closed.").format(number=number))
            self._reload_complaints()

    # -- showing -------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.touches("rma", "survey", "complaint"):
            return
        if self.rma is not None:
            self.rma = Rma.get_or_none(Rma.id == self.rma.id)
        self._show()
        self._reload_complaints()

    def _show(self) -> None:
        chosen = self.rma is not None
        for widget in (self.report_button, self.survey_button, self.complaint_button):
            widget.setEnabled(chosen)
        if self.rma is None:
            self.summary.setText(self.tr("No RMA chosen: scan its label or the unit's serial."))
            self.survey_state.clear()
            return
        rma = self.rma
        unit = Unit.get_by_id(rma.unit_id)
        customer = Customer.get_or_none(Customer.id == rma.customer_id)
        self.summary.setText(self.tr("<b>{rma}</b> · S/N {serial} · {customer} · {state} · "
                                     "{coverage}").format(
            rma=rma.number, serial=unit.serial, customer=customer.name if customer else "",
            state=state_label(rma.state), coverage=coverage_label(rma.coverage)))
        survey = feedback.survey_of(rma.id)
        if survey is not None:
            when = survey.recorded_at.astimezone(clock.current().local_tz())
            self.survey_state.setText(self.tr("Recorded {when}: {staff}/{quality}/{speed}")
                                      .format(when=f"{when:%Y-%m-%d}", staff=survey.staff,
                                              quality=survey.quality, speed=survey.speed))
            self.survey_button.setEnabled(False)
        else:
            self.survey_state.clear()

    def _reload_complaints(self) -> None:
        rows = feedback.open_complaints()
        numbers = dict(Rma.select(Rma.id, Rma.number)
                       .where(Rma.id.in_([c.rma_id for c in rows] or [0])).tuples())
        judged = {None: self.tr("not judged"), True: self.tr("yes"), False: self.tr("no")}
        self.complaints.setRowCount(len(rows))
        for r, c in enumerate(rows):
            when = c.received_at.astimezone(clock.current().local_tz())
            values = (c.number, numbers.get(c.rma_id, ""), f"{when:%Y-%m-%d %H:%M}",
                      c.description, judged[c.attributable])
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if col == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, c.version)
                self.complaints.setItem(r, col, cell)
