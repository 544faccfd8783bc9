"""The loaner desk (备用机): who has which loaner, lending and taking back by scan.

Scanner first, like the intake desk:

* scan an RMA label (or the unit's serial) → whether the customer is owed a
  loaner and by when, the available loaners best match first → scan the
  loaner's tag → tick the accessories that go with it → the outbound leg
  (carrier, the courier label scanned into the tracking field, cost) or a
  handover at the counter → Ctrl+Enter lends it;
* scan a loaner that is out → condition, the accessories that came back,
  notes, optionally the inbound leg → Ctrl+Enter takes it back (a damaged or
  incomplete loaner goes to "in service", not back into the pool).

Nothing is shown as done before the service has committed it; a refusal
(the loaner is out to someone else, retired, of a lower class, the customer is
not entitled) is the service's own sentence in the banner. An out-of-warranty
customer gets a loaner only when a manager gives the reason.

The pool table shows every loaner with its current RMA and due-back date,
overdue ones in red, and updates single rows from change events.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from depot import clock
from depot.errors import DomainError
from depot.events import Changes
from depot.models import Role, User
from depot.scan import LOANER_PREFIX, Scan, ScanKind, parse_scan
from inventory import loaners as pool
from inventory.loaner_models import Loaner
from inventory.loaners import LoanerStatus
from rma import intake, loans
from rma.intake import ScanAction
from rma.loans import Eligibility, LoanView
from rma.models import Rma
from rma.payer_rules import LegKind
from rma.shipping_reports import loaner_utilisation
from rma.warranty import Coverage
from ui.pages.base import Page
from ui.pages.legs import LegForm, ReasonDialog, ServiceDialog, is_manager, money, parse_cost
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QBrush,
    QButtonGroup,
    QCheckBox,
    QColor,
    QComboBox,
    QCoreApplication,
    QFont,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QModelIndex,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QShortcut,
    QSortFilterProxyModel,
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

#: scans the page takes while it is shown (a loaner tag opens it from anywhere)
DESK_SCANS = frozenset({ScanKind.LOANER, ScanKind.RMA, ScanKind.SERIAL, ScanKind.GS1})
#: how long after a change the side lists are recomputed (a scan burst is one refresh)
SIDE_REFRESH_MS = 400
#: the utilisation shown on the page covers this many days up to today
UTILISATION_DAYS = 30

OVERDUE_BG = QColor("#fdecea")
OVERDUE_FG = QColor("#a12a1c")
MUTED_FG = QColor("#7b8794")

_GRADES = {
    1: QT_TRANSLATE_NOOP("LoanersPage", "as new"),
    2: QT_TRANSLATE_NOOP("LoanersPage", "good"),
    3: QT_TRANSLATE_NOOP("LoanersPage", "fair"),
}


def grade_label(grade: int) -> str:
    return QCoreApplication.translate("LoanersPage", _GRADES.get(int(grade), str(grade)))


def _may_manage_assets(user: User | None) -> bool:
    return user is not None and user.role in (Role.MANAGER.value, Role.WAREHOUSE.value)


# --------------------------------------------------------------------------- the pool table


@dataclass(frozen=True)
class PoolRow:
    """One loaner as the pool table shows it, with its loan when it is out."""

    loaner_id: int
    code: str
    description: str
    serial: str
    loaner_class: int
    status: str
    location: str
    grade: int
    condition_notes: str
    accessories: tuple[str, ...]
    cost_value: int
    retired_reason: str
    loan: LoanView | None

    @property
    def overdue(self) -> bool:
        return self.loan is not None and self.loan.days_overdue > 0


def pool_row(loaner: Loaner, loan: LoanView | None) -> PoolRow:
    return PoolRow(loaner.id, loaner.code, loaner.description, loaner.serial,
                   loaner.loaner_class, loaner.status, loaner.location, loaner.condition_grade,
                   loaner.condition_notes, tuple(loaner.accessories or ()), loaner.cost_value,
                   loaner.retired_reason, loan)


class PoolModel(QAbstractTableModel):
    """The whole pool (retired ones too; the filter hides them), one row per loaner."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PoolModel", "Loaner"),
        QT_TRANSLATE_NOOP("PoolModel", "Description"),
        QT_TRANSLATE_NOOP("PoolModel", "Class"),
        QT_TRANSLATE_NOOP("PoolModel", "Status"),
        QT_TRANSLATE_NOOP("PoolModel", "Location"),
        QT_TRANSLATE_NOOP("PoolModel", "Condition"),
        QT_TRANSLATE_NOOP("PoolModel", "RMA"),
        QT_TRANSLATE_NOOP("PoolModel", "Due back"),
    )
    DUE_COLUMN = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PoolRow] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PoolModel", self.HEADERS[section])
        return None

    def _due_text(self, row: PoolRow) -> str:
        loan = row.loan
        if loan is None:
            return ""
        if loan.due_back is None:
            return QCoreApplication.translate("PoolModel", "after delivery")
        if loan.days_overdue:
            return QCoreApplication.translate("PoolModel", "{day} ({n} d overdue)").format(
                day=loan.due_back.isoformat(), n=loan.days_overdue)
        return loan.due_back.isoformat()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            status = pool.status_label(row.status)
            if row.overdue:
                status = QCoreApplication.translate("PoolModel", "out — overdue")
            return (row.code, row.description, row.loaner_class, status, row.location,
                    grade_label(row.grade), row.loan.rma_number if row.loan else "",
                    self._due_text(row))[col]
        if role == Qt.ItemDataRole.UserRole:
            return row.loaner_id
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and col in (3, self.DUE_COLUMN):
                return QBrush(OVERDUE_FG)
            if row.status == LoanerStatus.RETIRED:
                return QBrush(MUTED_FG)
        if role == Qt.ItemDataRole.FontRole and row.overdue and col in (3, self.DUE_COLUMN):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                return row.description
            if col == 5 and row.condition_notes:
                return row.condition_notes
            if col == 6 and row.loan is not None:
                return f"{row.loan.customer} {row.loan.phone}".strip()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- loading -------------------------------------------------------------------
    def reload(self) -> None:
        out = {view.loaner_code: view for view in loans.loans_out()}
        self.beginResetModel()
        self.rows = [pool_row(x, out.get(x.code))
                     for x in pool.list_loaners(include_retired=True)]
        self.endResetModel()

    def update(self, loaner_ids: set[int]) -> None:
        """Re-read the named loaners and every loan (one query); repaint what changed."""
        out = {view.loaner_code: view for view in loans.loans_out()}
        for i, row in enumerate(self.rows):
            fresh = row
            if row.loaner_id in loaner_ids:
                try:
                    fresh = pool_row(pool.get_loaner(row.loaner_id), out.get(row.code))
                except DomainError:
                    continue
                loaner_ids.discard(row.loaner_id)
            elif row.loan != out.get(row.code):
                fresh = replace(row, loan=out.get(row.code))
            if fresh != row:
                self.rows[i] = fresh
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        for loaner_id in sorted(loaner_ids):  # new loaners: in class order like the rest
            try:
                loaner = pool.get_loaner(loaner_id)
            except DomainError:
                continue
            new = pool_row(loaner, out.get(loaner.code))
            at = next((i for i, r in enumerate(self.rows)
                       if (r.loaner_class, r.code) > (new.loaner_class, new.code)),
                      len(self.rows))
            self.beginInsertRows(QModelIndex(), at, at)
            self.rows.insert(at, new)
            self.endInsertRows()

    def row_of(self, loaner_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.loaner_id == loaner_id), -1)

    def find(self, loaner_id: int) -> PoolRow | None:
        i = self.row_of(loaner_id)
        return self.rows[i] if i >= 0 else None

    def counts(self) -> dict[str, int]:
        c = {"all": 0, "available": 0, "out": 0, "overdue": 0, "in_service": 0, "retired": 0}
        for row in self.rows:
            c[row.status] = c.get(row.status, 0) + 1
            if row.status != LoanerStatus.RETIRED:
                c["all"] += 1
            if row.overdue:
                c["overdue"] += 1
        return c


class PoolFilter(QSortFilterProxyModel):
    """all (not retired) | available | out | overdue | in_service | retired."""

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
        row = rows[source_row]
        if self.mode == "all":
            return row.status != LoanerStatus.RETIRED
        if self.mode == "overdue":
            return row.overdue
        return row.status == self.mode


# --------------------------------------------------------------------------- dialogs


class NewLoanerDialog(ServiceDialog):
    """Add a loaner to the pool (warehouse or manager); the tag may be scanned."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New loaner"), parent)
        self.ctx = ctx
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Scan the tag, or leave empty for the next number"))
        self.code.setProperty("scanRouterIgnore", True)
        self.description = QLineEdit()
        self.serial = QLineEdit()
        self.loaner_class = QSpinBox()
        self.loaner_class.setRange(1, pool.MAX_CLASS)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText("0.00")
        self.location = QLineEdit()
        self.grade = QComboBox()
        for grade in pool.ConditionGrade:
            self.grade.addItem(grade_label(grade), int(grade))
        self.grade.setCurrentIndex(self.grade.findData(int(pool.ConditionGrade.GOOD)))
        self.accessories = QLineEdit()
        self.accessories.setPlaceholderText(self.tr("comma separated, e.g. power cord, USB cable"))
        self.notes = QLineEdit()
        self.form.addRow(self.tr("Tag"), self.code)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Serial number"), self.serial)
        self.form.addRow(self.tr("Class"), self.loaner_class)
        self.form.addRow(self.tr("Cost value"), self.cost)
        self.form.addRow(self.tr("Location"), self.location)
        self.form.addRow(self.tr("Condition"), self.grade)
        self.form.addRow(self.tr("Accessories"), self.accessories)
        self.form.addRow(self.tr("Condition notes"), self.notes)

    def submit(self) -> Loaner:
        items = [p.strip() for p in self.accessories.text().split(",") if p.strip()]
        loaner = pool.create_loaner(
            self.ctx.operator, code=self.code.text().strip() or None,
            description=self.description.text(), serial=self.serial.text(),
            loaner_class=self.loaner_class.value(), cost_value=parse_cost(self.cost.text()),
            location=self.location.text(), condition_grade=self.grade.currentData(),
            condition_notes=self.notes.text(), accessories=items)
        self.ctx.ok(self.tr("Loaner {code} added to the pool.").format(code=loaner.code))
        return loaner


# --------------------------------------------------------------------------- the desk panels


class DetailPanel(QFrame):
    """The selected loaner: everything about it, and what may be done with it now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        box = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.text)
        buttons = QHBoxLayout()
        self.take_back = QPushButton(self.tr("Take back…"))
        self.to_service = QPushButton(self.tr("Send to service…"))
        self.from_service = QPushButton(self.tr("Back from service…"))
        self.retire = QPushButton(self.tr("Retire…"))
        for b in (self.take_back, self.to_service, self.from_service, self.retire):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addStretch(1)
        self.row: PoolRow | None = None
        self.show_row(None)

    def show_row(self, row: PoolRow | None, operator: User | None = None) -> None:
        self.row = row
        if row is None:
            self.text.setText(self.tr(
                "<b>Scan an RMA</b> to lend it a loaner, or <b>scan a loaner</b> to see it "
                "or take it back.<br><br>Select a loaner in the list to see its details."))
            for b in (self.take_back, self.to_service, self.from_service, self.retire):
                b.hide()
            return
        lines = [
            f"<span style='font-size:14pt; font-weight:600'>{row.code}</span>"
            f" &nbsp;{_esc(row.description)}",
            self.tr("Class {n} · {status} · condition {grade}").format(
                n=row.loaner_class, status=pool.status_label(row.status),
                grade=grade_label(row.grade)),
        ]
        if row.serial:
            lines.append(self.tr("Serial number {serial}").format(serial=_esc(row.serial)))
        lines.append(self.tr("Location: {where} · cost value {cost}").format(
            where=_esc(row.location) or "—", cost=money(row.cost_value)))
        lines.append(self.tr("Accessories: {items}").format(
            items=_esc(", ".join(row.accessories)) or self.tr("none")))
        if row.condition_notes:
            notes = "<br>".join(_esc(n) for n in row.condition_notes.splitlines()[-3:])
            lines.append(self.tr("Condition notes:") + f"<br><i>{notes}</i>")
        loan = row.loan
        if loan is not None:
            lines.append("")
            lines.append(self.tr("<b>Out to {rma}</b> · {customer} {phone}").format(
                rma=loan.rma_number, customer=_esc(loan.customer), phone=_esc(loan.phone)))
            out_at = loan.out_at.astimezone(clock.current().local_tz())
            lines.append(self.tr("Since {when} with: {items}").format(
                when=out_at.strftime("%Y-%m-%d %H:%M"),
                items=_esc(", ".join(loan.accessories_out)) or self.tr("no accessories")))
            if loan.due_back is None:
                lines.append(self.tr("Due back: 10 working days after the repaired unit is "
                                     "delivered (not delivered yet)."))
            elif loan.days_overdue:
                lines.append("<span style='color:#a12a1c; font-weight:600'>" + self.tr(
                    "Due back {day}: {n} working day(s) overdue.").format(
                    day=loan.due_back.isoformat(), n=loan.days_overdue) + "</span>")
            else:
                lines.append(self.tr("Due back by {day}.").format(day=loan.due_back.isoformat()))
        if row.status == LoanerStatus.RETIRED and row.retired_reason:
            lines.append(self.tr("Retired: {reason}").format(reason=_esc(row.retired_reason)))
        self.text.setText("<br>".join(lines))
        assets = _may_manage_assets(operator)
        self.take_back.setVisible(row.status == LoanerStatus.OUT)
        self.to_service.setVisible(row.status == LoanerStatus.AVAILABLE)
        self.from_service.setVisible(row.status == LoanerStatus.IN_SERVICE)
        self.retire.setVisible(row.status in (LoanerStatus.AVAILABLE, LoanerStatus.IN_SERVICE))
        for b in (self.to_service, self.from_service, self.retire):
            b.setEnabled(assets)
            b.setToolTip("" if assets else self.tr("Warehouse staff or a manager manage the "
                                                   "loaner pool."))


def _elide(widget: QListWidget) -> None:
    """Long entries end in "…" (full text in the tooltip) instead of a sideways scrollbar."""
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)


def _esc(text: str) -> str:
    return (str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


class CheckoutPanel(QFrame):
    """Lend a loaner to one RMA: entitlement and offer (left); loaner, kit, leg (right)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        columns = QHBoxLayout(self)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("verdict")
        self.long_repair = QCheckBox(self.tr("The repair will take more than one working day "
                                             "(technician's estimate)"))
        self.override_label = QLabel(self.tr("Manager override — why lend it anyway:"))
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Reason (audited), e.g. key account"))
        left.addWidget(self.title)
        left.addWidget(self.verdict)
        left.addWidget(self.long_repair)
        left.addWidget(self.override_label)
        left.addWidget(self.override_reason)
        left.addWidget(QLabel(self.tr("<b>Available loaners</b> (best match first)")))
        self.offered = QListWidget()
        self.offered.setMinimumHeight(72)
        _elide(self.offered)
        left.addWidget(self.offered, 1)

        self.loaner = QLabel(self.tr("Scan the loaner's tag, or pick one on the left."))
        self.loaner.setWordWrap(True)
        self.loaner.setObjectName("hint")
        right.addWidget(self.loaner)
        right.addWidget(QLabel(self.tr("<b>Accessories going out</b> (untick what stays)")))
        self.kit = QListWidget()
        self.kit.setMaximumHeight(64)
        _elide(self.kit)
        right.addWidget(self.kit)
        how = QHBoxLayout()
        how.addWidget(QLabel(self.tr("<b>How it goes out</b>")))
        self.by_courier = QRadioButton(self.tr("By courier"))
        self.at_counter = QRadioButton(self.tr("Handed over at the counter"))
        self.how = QButtonGroup(self)
        self.how.addButton(self.by_courier)
        self.how.addButton(self.at_counter)
        how.addWidget(self.by_courier)
        how.addWidget(self.at_counter)
        how.addStretch(1)
        right.addLayout(how)
        self.leg = LegForm(LegKind.LOANER_OUT)
        right.addWidget(self.leg)
        self.by_courier.toggled.connect(self.leg.setVisible)
        buttons = QHBoxLayout()
        self.confirm = QPushButton(self.tr("Lend loaner (Ctrl+Enter)"))
        self.confirm.setProperty("primary", True)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"))
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addStretch(1)

    def accessories(self) -> list[str]:
        return [self.kit.item(i).text() for i in range(self.kit.count())
                if self.kit.item(i).checkState() == Qt.CheckState.Checked]


class ReturnPanel(QFrame):
    """Take one loaner back: who had it, condition, notes (left); kit back, leg (right)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        columns = QHBoxLayout(self)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        left.addWidget(self.title)
        left.addWidget(QLabel(self.tr("<b>Condition</b>")))
        cond = QHBoxLayout()
        self.condition_ok = QRadioButton(self.tr("&Good — works, no damage"))
        self.condition_bad = QRadioButton(self.tr("&Damaged or faulty"))
        self.condition = QButtonGroup(self)
        self.condition.addButton(self.condition_ok)
        self.condition.addButton(self.condition_bad)
        cond.addWidget(self.condition_ok)
        cond.addWidget(self.condition_bad)
        cond.addStretch(1)
        left.addLayout(cond)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Notes (required when damaged): what is wrong"))
        left.addWidget(self.notes)
        left.addStretch(1)

        kit_row = QHBoxLayout()
        kit_row.addWidget(QLabel(self.tr("<b>Accessories back</b> (tick what came back)")), 1)
        self.all_back = QPushButton(self.tr("All present"))
        kit_row.addWidget(self.all_back)
        right.addLayout(kit_row)
        self.kit = QListWidget()
        self.kit.setMaximumHeight(80)
        _elide(self.kit)
        right.addWidget(self.kit)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #a12a1c;")
        right.addWidget(self.missing)
        self.by_courier = QCheckBox(self.tr("Came back by courier"))
        right.addWidget(self.by_courier)
        self.leg = LegForm(LegKind.LOANER_BACK)
        self.leg.setVisible(False)
        self.by_courier.toggled.connect(self.leg.setVisible)
        right.addWidget(self.leg)
        buttons = QHBoxLayout()
        self.confirm = QPushButton(self.tr("Take back (Ctrl+Enter)"))
        self.confirm.setProperty("primary", True)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"))
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addStretch(1)
        self.all_back.clicked.connect(self.tick_all)
        self.kit.itemChanged.connect(self.show_missing)

    def tick_all(self) -> None:
        for i in range(self.kit.count()):
            self.kit.item(i).setCheckState(Qt.CheckState.Checked)

    def accessories_back(self) -> list[str]:
        return [self.kit.item(i).text() for i in range(self.kit.count())
                if self.kit.item(i).checkState() == Qt.CheckState.Checked]

    def show_missing(self, *_: object) -> None:
        missing = [self.kit.item(i).text() for i in range(self.kit.count())
                   if self.kit.item(i).checkState() != Qt.CheckState.Checked]
        self.missing.setText(self.tr("Not ticked (recorded as missing; the loaner then goes to "
                                     "service): {items}").format(items=", ".join(missing))
                             if missing else "")


# --------------------------------------------------------------------------- the page


class _Handles:
    """`Page.handles` that follows visibility: loaner tags from anywhere; RMAs when shown."""

    def __get__(self, page: LoanersPage | None, owner: type) -> frozenset[ScanKind]:
        if page is None or not page.isVisible():
            return frozenset({ScanKind.LOANER})
        return DESK_SCANS


class LoanersPage(Page):
    handles = _Handles()  # type: ignore[assignment]

    IDLE, CHECKOUT, RETURN = range(3)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rma: Rma | None = None
        self.verdict: Eligibility | None = None
        self.chosen: Loaner | None = None
        self.returning: PoolRow | None = None
        self._side_timer = QTimer(self)
        self._side_timer.setSingleShot(True)
        self._side_timer.timeout.connect(self.reload_side)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Loaners")))
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        top.addWidget(self.summary, 1)
        outer.addLayout(top)
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(self.tr(
            "Scan an RMA to lend it a loaner, or a loaner to take it back…"))
        self.scan_field.returnPressed.connect(self._typed_scan)
        outer.addWidget(self.scan_field)

        filters = QHBoxLayout()
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        for key in ("all", "available", "out", "overdue", "in_service", "retired"):
            b = QPushButton()
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, k=key: self.set_filter(k))
            self.filter_group.addButton(b)
            self.filter_buttons[key] = b
            filters.addWidget(b)
        filters.addStretch(1)
        self.new_button = QPushButton(self.tr("New loaner… (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_loaner)
        filters.addWidget(self.new_button)
        outer.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        # -- top: the pool ----------------------------------------------------------
        self.model = PoolModel(self)
        self.proxy = PoolFilter(self)
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
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        splitter.addWidget(self.table)

        # -- bottom: to-do lists and details, or the checkout / return in progress --------
        self.side = QTabWidget()
        self.awaiting = QTableWidget(0, 4)
        self.overdue_table = QTableWidget(0, 5)
        self.usage = QTableWidget(0, 5)
        for table in (self.awaiting, self.overdue_table, self.usage):
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(26)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.awaiting.setHorizontalHeaderLabels([
            self.tr("RMA"), self.tr("Customer"), self.tr("Class"), self.tr("Owed by")])
        self.awaiting.horizontalHeader().setStretchLastSection(False)
        self.awaiting.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.awaiting.setToolTip(self.tr("Double-click (or Enter) to lend a loaner to the RMA."))
        self.awaiting.cellActivated.connect(self._awaiting_picked)
        self.awaiting.cellDoubleClicked.connect(self._awaiting_picked)
        self.overdue_table.setHorizontalHeaderLabels([
            self.tr("Loaner"), self.tr("RMA"), self.tr("Customer"), self.tr("Due back"),
            self.tr("Overdue")])
        self.overdue_table.cellDoubleClicked.connect(self._overdue_picked)
        self.usage.setHorizontalHeaderLabels([
            self.tr("Class"), self.tr("Days out"), self.tr("Days available"),
            self.tr("Days in service"), self.tr("Utilisation")])
        self.side.addTab(self.awaiting, "")
        self.side.addTab(self.overdue_table, "")
        self.side.addTab(self.usage, "")
        self.detail = DetailPanel()
        idle = QWidget()
        idle_box = QHBoxLayout(idle)
        idle_box.setContentsMargins(0, 0, 0, 0)
        idle_box.addWidget(self.side, 3)
        idle_box.addWidget(self.detail, 2)
        self.checkout_panel = CheckoutPanel()
        self.return_panel = ReturnPanel()
        self.stack = QStackedWidget()
        for panel in (idle, self.checkout_panel, self.return_panel):
            self.stack.addWidget(panel)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stack)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 370])

        # -- wiring -----------------------------------------------------------------
        cp, rp, dp = self.checkout_panel, self.return_panel, self.detail
        cp.offered.itemClicked.connect(self._offered_picked)
        cp.offered.itemActivated.connect(self._offered_picked)
        cp.long_repair.toggled.connect(self._long_repair_toggled)
        cp.by_courier.toggled.connect(self._focus_next_in_checkout)
        cp.leg.submitted.connect(self.confirm)
        cp.confirm.clicked.connect(self.confirm)
        cp.cancel.clicked.connect(self.cancel_flow)
        rp.confirm.clicked.connect(self.confirm)
        rp.cancel.clicked.connect(self.cancel_flow)
        rp.notes.returnPressed.connect(self.confirm)
        rp.leg.submitted.connect(self.confirm)
        dp.take_back.clicked.connect(lambda: self.start_return(dp.row) if dp.row else None)
        dp.to_service.clicked.connect(self.send_to_service)
        dp.from_service.clicked.connect(self.back_from_service)
        dp.retire.clicked.connect(self.retire)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.confirm)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.confirm)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_loaner)
        ctx.operator_changed.connect(self._operator_changed)
        ctx.online_changed.connect(lambda _online: self._update_confirm())

        self.filter_buttons["all"].setChecked(True)
        self.model.reload()
        self._update_counts()
        self.reload_side()
        self._operator_changed(ctx.operator)
        self._show_mode(self.IDLE)

    # -- scans -----------------------------------------------------------------------
    def activated(self) -> None:
        self.scan_field.setFocus()

    def _typed_scan(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        if text.strip():
            self.scan_text(text)

    def handle_scan(self, scan: Scan) -> None:
        self.scan_text(scan.raw)

    def open_item(self, payload: object) -> None:
        """Another screen asks: a loaner tag (open it), or an RMA id or number (lend it one)."""
        if isinstance(payload, str) and payload.strip().upper().startswith(LOANER_PREFIX):
            self.loaner_scanned(payload)
            return
        found = (Rma.get_or_none(Rma.id == payload) if isinstance(payload, int)
                 else Rma.get_or_none(Rma.number == str(payload).strip().upper()))
        if found is None:
            self.ctx.error(self.tr("RMA {rma} does not exist.").format(rma=payload))
            return
        self.start_checkout(found)

    def scan_text(self, text: str) -> None:
        try:
            scan = parse_scan(text)
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        if scan.kind == ScanKind.LOANER:
            self.loaner_scanned(scan.value)
            return
        if scan.kind not in (ScanKind.RMA, ScanKind.SERIAL, ScanKind.GS1):
            self.ctx.error(self.tr("{code} is neither an RMA nor a loaner: scan the RMA label "
                                   "or the loaner's tag.").format(code=scan.value))
            return
        result = self.ctx.attempt(intake.lookup_scan, text)
        if result is None:
            return
        if result.action == ScanAction.OPEN_RMA and result.rma is not None:
            self.start_checkout(result.rma)
        elif result.action == ScanAction.RECEIVE:
            self.ctx.error(self.tr("{serial} has no open RMA: receive the unit at Intake "
                                   "first.").format(serial=result.serial))
        else:
            self.ctx.error(self.tr("No unit has serial number {serial}.").format(
                serial=result.serial or scan.value))

    def loaner_scanned(self, code: str) -> None:
        """In a checkout: the loaner to lend. Otherwise: open it, and take it back if out."""
        if self.stack.currentIndex() == self.CHECKOUT:
            self.choose_loaner(code)
            return
        loaner = self.ctx.attempt(pool.get_loaner, code)
        if loaner is None:
            return
        if self.stack.currentIndex() == self.RETURN:
            if self.returning is not None and self.returning.loaner_id == loaner.id:
                return  # the same loaner scanned twice: keep what was ticked
            self.ctx.info(self.tr("Return of {code} dropped; nothing was saved.").format(
                code=self.returning.code if self.returning else ""))
            self.returning = None
            self._show_mode(self.IDLE)
        row = self._select_loaner(loaner.id)
        if row is not None and row.status == LoanerStatus.OUT:
            self.start_return(row)

    # -- checkout ----------------------------------------------------------------------
    def start_checkout(self, rma: Rma) -> None:
        current = self.ctx.attempt(loans.active_loan, rma)
        if current is not None:
            row = self._select_loaner(current.loaner_id)
            self.ctx.info(self.tr("{rma} already has loaner {code} out; scan that loaner to "
                                  "take it back.").format(
                rma=rma.number, code=row.code if row else "?"))
            return
        self.rma = rma
        self.chosen = None
        cp = self.checkout_panel
        cp.long_repair.blockSignals(True)
        cp.long_repair.setChecked(False)
        cp.long_repair.blockSignals(False)
        cp.override_reason.clear()
        cp.leg.clear()
        cp.leg.set_rma(rma, rma.coverage)
        cp.leg.set_operator(self.ctx.operator)
        courier = rma.channel in ("courier", "pickup")
        (cp.by_courier if courier else cp.at_counter).setChecked(True)
        cp.leg.setVisible(courier)
        customer = rma.customer.name if rma.customer_id else self.tr("no customer on record")
        unit = rma.unit
        cp.title.setText(self.tr(
            "<span style='font-size:14pt; font-weight:600'>Lend a loaner to {rma}</span><br>"
            "{customer}<br>{model} · {serial}").format(
            rma=rma.number, customer=_esc(customer), model=_esc(unit.model.name),
            serial=_esc(unit.serial)))
        self._show_mode(self.CHECKOUT)
        self._evaluate()
        self.scan_field.setFocus()

    def _evaluate(self) -> None:
        """Entitlement, due-by and the offer for the RMA being served."""
        cp = self.checkout_panel
        assert self.rma is not None
        verdict = self.ctx.attempt(loans.eligibility, self.rma.id,
                                   long_repair=cp.long_repair.isChecked())
        self.verdict = verdict
        if verdict is None:
            return
        style = "ok" if verdict.eligible else "warn" if verdict.overridable else "error"
        cp.verdict.setText(verdict.reason)
        cp.verdict.setStyleSheet({
            "ok": "background:#e6f5ea; color:#1e6b34; padding:6px; border-radius:4px;",
            "warn": "background:#fff1dc; color:#8a4b00; padding:6px; border-radius:4px;",
            "error": "background:#fdecea; color:#a12a1c; padding:6px; border-radius:4px;",
        }[style])
        chargeable = Coverage(self.rma.coverage).chargeable
        cp.long_repair.setVisible(not chargeable and self.rma.is_open
                                  and (not verdict.eligible or cp.long_repair.isChecked()))
        needs_override = not verdict.eligible and verdict.overridable
        cp.override_label.setVisible(needs_override)
        cp.override_reason.setVisible(needs_override)
        manager = is_manager(self.ctx.operator)
        cp.override_reason.setEnabled(manager)
        cp.override_reason.setPlaceholderText(
            self.tr("Reason (audited), e.g. key account") if manager
            else self.tr("Only a manager may override: scan a manager's badge"))
        self._fill_offer()
        self._update_confirm()

    def _fill_offer(self) -> None:
        cp = self.checkout_panel
        cp.offered.clear()
        if self.rma is None or self.verdict is None:
            return
        offered = self.ctx.attempt(loans.offer, self.rma.id) or []
        for i, loaner in enumerate(offered):
            if i == 0:
                text = self.tr("{code} (best match) · class {n} · {grade} · {description}")
            else:
                text = self.tr("{code} · class {n} · {grade} · {description}")
            text = text.format(code=loaner.code, n=loaner.loaner_class,
                               grade=grade_label(loaner.condition_grade),
                               description=loaner.description)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, loaner.code)
            item.setToolTip(f"{text}\n{loaner.location}")
            cp.offered.addItem(item)
        if not offered:
            item = QListWidgetItem(self.tr("No loaner of class {n} or better is available.")
                                   .format(n=self.verdict.needed_class))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            cp.offered.addItem(item)
        if self.chosen is not None and self.chosen.code not in {x.code for x in offered}:
            self.chosen = None
            self._show_chosen()

    def _offered_picked(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if code:
            self.choose_loaner(code)

    def choose_loaner(self, code: str) -> None:
        """The loaner scanned (or picked) for the RMA: checked at once, lent on confirm."""
        loaner = self.ctx.attempt(pool.get_loaner, code)
        if loaner is None or self.verdict is None:
            return
        refusal = pool.refusal(loaner, "lend")
        if refusal is None and loaner.loaner_class < self.verdict.needed_class:
            refusal = self.tr("Loaner {code} is class {has}; {rma} needs class {need} or "
                              "better.").format(code=loaner.code, has=loaner.loaner_class,
                                                rma=self.rma.number if self.rma else "",
                                                need=self.verdict.needed_class)
        if refusal is not None:
            self.ctx.error(refusal)
            return
        self.chosen = loaner
        self._show_chosen()
        self._focus_next_in_checkout()

    def _show_chosen(self) -> None:
        cp = self.checkout_panel
        cp.kit.clear()
        loaner = self.chosen
        if loaner is None:
            cp.loaner.setText(self.tr("Scan the loaner's tag, or pick one on the left."))
            repolish_hint(cp.loaner, True)
            self._update_confirm()
            return
        cp.loaner.setText(self.tr("<b>{code}</b> · class {n} · {grade} · {description}").format(
            code=loaner.code, n=loaner.loaner_class, grade=grade_label(loaner.condition_grade),
            description=_esc(loaner.description)))
        repolish_hint(cp.loaner, False)
        for name in loaner.accessories or []:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            cp.kit.addItem(item)
        for i in range(cp.offered.count()):
            item = cp.offered.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) == loaner.code)
        self._update_confirm()

    def _focus_next_in_checkout(self, *_: object) -> None:
        cp = self.checkout_panel
        if self.chosen is None:
            return
        if cp.override_reason.isVisible() and cp.override_reason.isEnabled() \
                and not cp.override_reason.text().strip():
            cp.override_reason.setFocus()
        elif cp.by_courier.isChecked():
            cp.leg.carrier.setFocus()
        else:
            cp.confirm.setFocus()

    def _long_repair_toggled(self, _on: bool) -> None:
        if self.rma is not None:
            self._evaluate()

    def lend(self) -> object | None:
        cp = self.checkout_panel
        if self.rma is None:
            return None
        if self.chosen is None:
            self.ctx.error(self.tr("Scan the loaner to lend first (or pick one from the list)."))
            self.scan_field.setFocus()
            return None
        # the change event of the checkout arrives before `attempt` returns and refreshes
        # the offer (which no longer holds the loaner): keep what is being lent
        rma, chosen, verdict = self.rma, self.chosen, self.verdict
        code = chosen.code

        def work():
            leg = cp.leg.leg_input() if cp.by_courier.isChecked() else None
            return loans.checkout(self.ctx.operator, rma.id, code, cp.accessories(), leg,
                                  long_repair=cp.long_repair.isChecked(),
                                  override_reason=cp.override_reason.text()
                                  if verdict is not None and not verdict.eligible else "")

        loan = self.ctx.attempt(work)
        if loan is None:
            self._fill_offer()  # another station may have lent it meanwhile
            return None
        self.ctx.ok(self.tr("Loaner {code} lent to {rma}.").format(code=code, rma=rma.number))
        self._after_write([chosen.id])
        self._select_loaner(chosen.id)
        return loan

    # -- return --------------------------------------------------------------------------
    def start_return(self, row: PoolRow) -> None:
        if row.loan is None:
            self.model.update({row.loaner_id})
            row = self.model.find(row.loaner_id) or row
        if row.loan is None:
            self.ctx.error(self.tr("Loaner {code} is not out (it is {status}): there is nothing "
                                   "to take back.").format(
                code=row.code, status=pool.status_label(row.status)))
            return
        self.returning = row
        rp = self.return_panel
        loan = row.loan
        due = ""
        if loan.due_back is not None:
            due = self.tr("due back {day}").format(day=loan.due_back.isoformat())
            if loan.days_overdue:
                due = "<span style='color:#a12a1c; font-weight:600'>" + self.tr(
                    "{n} working day(s) overdue").format(n=loan.days_overdue) + "</span>"
        rp.title.setText(self.tr(
            "<span style='font-size:14pt; font-weight:600'>Take back {code}</span><br>{what}<br>"
            "Out to <b>{rma}</b> · {customer} {phone}<br>{due}").format(
            code=row.code, what=_esc(row.description), rma=loan.rma_number,
            customer=_esc(loan.customer), phone=_esc(loan.phone), due=due))
        rp.condition.setExclusive(False)
        rp.condition_ok.setChecked(False)
        rp.condition_bad.setChecked(False)
        rp.condition.setExclusive(True)
        rp.kit.blockSignals(True)
        rp.kit.clear()
        for name in loan.accessories_out:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            rp.kit.addItem(item)
        rp.kit.blockSignals(False)
        rp.show_missing()
        rp.notes.clear()
        rp.by_courier.setChecked(False)
        rp.leg.clear()
        rp.leg.set_rma(loan.rma_number, _coverage_of(loan.rma_number))
        rp.leg.set_operator(self.ctx.operator)
        self._show_mode(self.RETURN)
        rp.condition_ok.setFocus()

    def take_back(self) -> object | None:
        rp = self.return_panel
        row = self.returning
        if row is None:
            return None
        if rp.condition.checkedButton() is None:
            self.ctx.error(self.tr("Say whether {code} came back in good condition.").format(
                code=row.code))
            rp.condition_ok.setFocus()
            return None

        def work():
            leg = rp.leg.leg_input() if rp.by_courier.isChecked() else None
            return loans.return_loaner(self.ctx.operator, row.code, rp.condition_ok.isChecked(),
                                       rp.accessories_back(), rp.notes.text(), inbound_leg=leg)

        loan = self.ctx.attempt(work)
        if loan is None:
            return None
        if loan.missing_accessories or not loan.condition_ok:
            self.ctx.ok(self.tr("{code} taken back and sent to service: {what}").format(
                code=row.code, what=", ".join(loan.missing_accessories) or rp.notes.text()))
        else:
            self.ctx.ok(self.tr("{code} taken back, complete: available again.").format(
                code=row.code))
        self._after_write([row.loaner_id])
        self._select_loaner(row.loaner_id)
        return loan

    # -- asset dialogs -----------------------------------------------------------------------
    def new_loaner(self) -> NewLoanerDialog:
        dialog = NewLoanerDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog.result_value))
        dialog.open()
        return dialog

    def _created(self, loaner: object) -> None:
        if isinstance(loaner, Loaner):
            self._after_write([loaner.id])
            self.set_filter("all")
            self._select_loaner(loaner.id)

    def _asset_dialog(self, title: str, prompt: str, fn) -> ReasonDialog | None:
        row = self.detail.row
        if row is None:
            return None
        dialog = ReasonDialog(title, prompt, lambda text: fn(self.ctx.operator, row.code, text),
                              self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_write([row.loaner_id]))
        dialog.accepted.connect(lambda: self._select_loaner(row.loaner_id))
        dialog.open()
        return dialog

    def retire(self) -> ReasonDialog | None:
        return self._asset_dialog(
            self.tr("Retire loaner"),
            self.tr("Why is this loaner leaving the pool for good (written off, sold, "
                    "scrapped)?"), pool.retire)

    def send_to_service(self) -> ReasonDialog | None:
        return self._asset_dialog(self.tr("Send to service"),
                                  self.tr("What is the check or repair for?"),
                                  pool.send_to_service)

    def back_from_service(self) -> ReasonDialog | None:
        return self._asset_dialog(self.tr("Back from service"),
                                  self.tr("What was done (optional)?"),
                                  pool.return_from_service)

    # -- shared ----------------------------------------------------------------------------
    def confirm(self) -> object | None:
        mode = self.stack.currentIndex()
        if mode == self.CHECKOUT:
            return self.lend()
        if mode == self.RETURN:
            return self.take_back()
        return None

    def cancel_flow(self) -> None:
        if self.stack.currentIndex() != self.IDLE:
            self.ctx.info(self.tr("Cancelled; nothing was saved."))
        self.rma = self.verdict = self.chosen = self.returning = None
        self._show_mode(self.IDLE)
        self.scan_field.setFocus()

    def hideEvent(self, event) -> None:
        # a hidden page does no work: it reloads everything when it is shown again
        self._side_timer.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.stack.currentIndex() != self.IDLE:
            self.cancel_flow()
            return
        super().keyPressEvent(event)

    def _after_write(self, loaner_ids: list[int]) -> None:
        """The service committed: show it at once (the change event will agree)."""
        self.rma = self.verdict = self.chosen = self.returning = None
        self.model.update(set(loaner_ids))
        self._update_counts()
        self.reload_side()
        self._show_mode(self.IDLE)
        self.scan_field.setFocus()

    def _show_mode(self, mode: int) -> None:
        self.stack.setCurrentIndex(mode)
        if mode == self.IDLE:
            self.detail.show_row(self.detail.row and self.model.find(self.detail.row.loaner_id),
                                 self.ctx.operator)
        self._update_confirm()

    def _update_confirm(self) -> None:
        cp, rp = self.checkout_panel, self.return_panel
        online = self.ctx.online
        ready = self.verdict is not None and self.chosen is not None and (
            self.verdict.eligible or self.verdict.overridable)
        cp.confirm.setEnabled(online and ready)
        rp.confirm.setEnabled(online and self.returning is not None)

    def _operator_changed(self, user: object) -> None:
        assets = _may_manage_assets(user)  # type: ignore[arg-type]
        self.new_button.setEnabled(assets)
        self.new_button.setToolTip("" if assets else self.tr(
            "Warehouse staff or a manager add loaners."))
        self.checkout_panel.leg.set_operator(user)  # type: ignore[arg-type]
        self.return_panel.leg.set_operator(user)  # type: ignore[arg-type]
        if self.stack.currentIndex() == self.CHECKOUT and self.rma is not None:
            self._evaluate()
        elif self.stack.currentIndex() == self.IDLE:
            self.detail.show_row(self.detail.row, user)  # type: ignore[arg-type]

    # -- the list ----------------------------------------------------------------------------
    def set_filter(self, key: str) -> None:
        self.filter_buttons[key].setChecked(True)
        self.proxy.set_mode(key)

    def _select_loaner(self, loaner_id: int) -> PoolRow | None:
        """Show the loaner in the list (switching the filter if it hides it) and its details."""
        row = self.model.find(loaner_id)
        if row is None:
            self.model.update({loaner_id})
            self._update_counts()
            row = self.model.find(loaner_id)
            if row is None:
                return None
        source = self.model.index(self.model.row_of(loaner_id), 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.set_filter("retired" if row.status == LoanerStatus.RETIRED else "all")
            index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        if self.stack.currentIndex() == self.IDLE:
            self.detail.show_row(row, self.ctx.operator)
        return row

    def _row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        loaner_id = self.proxy.data(current, Qt.ItemDataRole.UserRole)
        row = self.model.find(loaner_id)
        if row is not None and self.stack.currentIndex() == self.IDLE:
            self.detail.show_row(row, self.ctx.operator)

    def _awaiting_picked(self, r: int, _c: int = 0) -> None:
        item = self.awaiting.item(r, 0)
        if item is None:
            return
        rma = Rma.get_or_none(Rma.id == item.data(Qt.ItemDataRole.UserRole))
        if rma is not None:
            self.start_checkout(rma)

    def _overdue_picked(self, r: int, _c: int = 0) -> None:
        item = self.overdue_table.item(r, 0)
        if item is not None:
            self.loaner_scanned(item.text())

    def _update_counts(self) -> None:
        counts = self.model.counts()
        labels = {
            "all": self.tr("All ({n})"), "available": self.tr("Available ({n})"),
            "out": self.tr("Out ({n})"), "overdue": self.tr("Overdue ({n})"),
            "in_service": self.tr("In service ({n})"), "retired": self.tr("Retired ({n})"),
        }
        for key, text in labels.items():
            self.filter_buttons[key].setText(text.format(n=counts.get(key, 0)))
        overdue_button = self.filter_buttons["overdue"]
        overdue_button.setStyleSheet("color: #a12a1c; font-weight: 600;"
                                     if counts["overdue"] else "")
        self.proxy.refilter()

    def reload_side(self) -> None:
        """The to-do lists under the pool: awaiting a loaner, overdue, utilisation."""
        self._side_timer.stop()  # whatever was pending is done now
        today = clock.today()
        needs = loans.awaiting_loaner(today)
        self.awaiting.setRowCount(len(needs))
        for r, need in enumerate(needs):
            cells = [need.rma_number, need.customer or _customer_of(need.rma_id),
                     str(need.needed_class), need.due_by.isoformat()]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, need.rma_id)
                if need.late:
                    item.setForeground(QBrush(OVERDUE_FG))
                self.awaiting.setItem(r, c, item)
        late = loans.overdue(today)
        self.overdue_table.setRowCount(len(late))
        for r, view in enumerate(late):
            cells = [view.loaner_code, view.rma_number,
                     f"{view.customer} {view.phone}".strip(),
                     view.due_back.isoformat() if view.due_back else "",
                     self.tr("{n} working day(s)").format(n=view.days_overdue)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setForeground(QBrush(OVERDUE_FG))
                self.overdue_table.setItem(r, c, item)
        report = loaner_utilisation(today - timedelta(days=UTILISATION_DAYS - 1), today)
        self.usage.setRowCount(len(report.classes))
        total_out = total_pool = 0.0
        for r, row in enumerate(report.classes):
            share = row.utilisation
            cells = [row.key, f"{row.days_out:.1f}", f"{row.days_available:.1f}",
                     f"{row.days_in_service:.1f}",
                     "—" if share is None else f"{share * 100:.0f} %"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.usage.setItem(r, c, item)
            total_out += row.days_out
            total_pool += row.days_out + row.days_available
        self.side.setTabText(0, self.tr("Awaiting a loaner ({n})").format(n=len(needs)))
        self.side.setTabText(1, self.tr("Overdue ({n})").format(n=len(late)))
        self.side.setTabText(2, self.tr("Utilisation, last {n} days").format(
            n=UTILISATION_DAYS))
        self.side.tabBar().setTabTextColor(1, OVERDUE_FG if late else QColor())
        counts = self.model.counts()
        usage = "—" if total_pool <= 0 else f"{total_out / total_pool * 100:.0f} %"
        self.summary.setText(self.tr(
            "{all} loaners · {available} available · {out} out ({overdue} overdue) · "
            "{waiting} RMA(s) awaiting a loaner · utilisation over {days} days: {usage}").format(
            days=UTILISATION_DAYS,
            all=counts["all"], available=counts["available"], out=counts["out"],
            overdue=counts["overdue"], waiting=len(needs), usage=usage))

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None:
            self.model.reload()
            self._update_counts()
            self.reload_side()
            if self.stack.currentIndex() == self.IDLE and self.detail.row is not None:
                self.detail.show_row(self.model.find(self.detail.row.loaner_id),
                                     self.ctx.operator)
            return
        if not changes.touches("loaner", "loan", "rma", "loan_decline", "setting"):
            return
        if changes.touches("loaner", "loan"):
            ids = changes.ids("loaner")
            if "*" in ids:
                self.model.reload()
            else:
                self.model.update({int(i) for i in ids})
            self._update_counts()
            if self.stack.currentIndex() == self.IDLE and self.detail.row is not None:
                self.detail.show_row(self.model.find(self.detail.row.loaner_id),
                                     self.ctx.operator)
            elif self.stack.currentIndex() == self.CHECKOUT:
                self._fill_offer()
        self._side_timer.start(SIDE_REFRESH_MS)


def repolish_hint(label: QLabel, hint: bool) -> None:
    label.setObjectName("hint" if hint else "")
    label.style().unpolish(label)
    label.style().polish(label)


def _coverage_of(rma_number: str) -> str:
    found = Rma.get_or_none(Rma.number == rma_number)
    return found.coverage if found is not None else ""


def _customer_of(rma_id: int) -> str:
    found = Rma.get_or_none(Rma.id == rma_id)
    return found.customer.name if found is not None and found.customer_id else ""


