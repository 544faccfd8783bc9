"""Stock at cost, the reorder list, and the cores owed: the Valuation tab of the Parts screen.

Valuation is one aggregate over the cached stock levels (`inventory.reports`,
proved equal to the ledger by `inventory.stock.verify_levels`), so it is
computed when the tab is shown and after each stock change, never on a
timer. Cores are the faulty parts customers owe back after an advance
exchange (先发配件): due 10 working days after the good part shipped, red
when overdue; "Core came back…" closes the debt, putting a core that tested
good back into stock.
"""

from __future__ import annotations

from depot.events import Changes
from depot.models import Role
from inventory import exchange, reports
from inventory.exchange import CoreOwed
from inventory.models import Bin
from ui.pages.legs import ServiceDialog
from ui.pages.parts_common import (
    BAD_FG,
    LOW_BG,
    LOW_FG,
    currency,
    hint,
    is_warehouse,
    make_table,
    money,
    set_row,
)
from ui.qt import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


def _may_book_cores(user: object) -> bool:
    return is_warehouse(user) or getattr(user, "role", None) == Role.SERVICE_DESK.value  # type: ignore[arg-type]


class CoreBackDialog(ServiceDialog):
    def __init__(self, ctx, owed: CoreOwed, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Core back for {reference}").format(
            reference=owed.core.reference), parent)
        self.ctx = ctx
        self.owed = owed
        self.form.addRow(QLabel(self.tr("{qty} × {part} {name}, due {day}").format(
            qty=owed.core.qty, part=owed.part_number, name=owed.part_name,
            day=owed.core.due_date.isoformat())))
        self.serviceable = QCheckBox(self.tr("Tested good: put it back into stock"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. tested on the bench, fault confirmed"))
        self.form.addRow("", self.serviceable)
        self.form.addRow(self.tr("Note"), self.note)

    def submit(self) -> object:
        core = exchange.core_back(self.ctx.operator, self.owed.core.id,
                                  serviceable=self.serviceable.isChecked(),
                                  note=self.note.text())
        self.ctx.ok(self.tr("Core for {reference} booked back.").format(
            reference=core.reference))
        return core


class ValuationTab(QWidget):
    KINDS = ("stock", "part", "bin", "core", "setting")
    open_part = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owed: list[CoreOwed] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        card = QFrame()
        card.setObjectName("card")
        head = QHBoxLayout(card)
        self.total = QLabel()
        self.total.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.total)
        head.addStretch(1)
        outer.addWidget(card)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.setChildrenCollapsible(False)
        bins = QWidget()
        bbox = QVBoxLayout(bins)
        bbox.setContentsMargins(0, 0, 0, 0)
        bbox.addWidget(QLabel(self.tr("<b>Per bin, at cost</b>")))
        self.bins = make_table([self.tr("Bin"), self.tr("Description"), self.tr("Parts"),
                                self.tr("Pieces"), self.tr("Value"), self.tr("Share")], stretch=1)
        bbox.addWidget(self.bins, 1)
        upper.addWidget(bins)
        low = QWidget()
        lbox = QVBoxLayout(low)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.low_title = QLabel()
        lbox.addWidget(self.low_title)
        self.low = make_table([self.tr("Part number"), self.tr("Name"), self.tr("Bin"),
                               self.tr("Free"), self.tr("Reorder at")], stretch=1)
        lbox.addWidget(self.low, 1)
        upper.addWidget(low)
        upper.setSizes([520, 540])
        splitter.addWidget(upper)

        cores = QWidget()
        cbox = QVBoxLayout(cores)
        cbox.setContentsMargins(0, 0, 0, 0)
        self.cores_title = QLabel()
        cbox.addWidget(self.cores_title)
        self.cores = make_table([self.tr("Reference"), self.tr("Part number"), self.tr("Name"),
                                 self.tr("Qty"), self.tr("Shipped"), self.tr("Due back"),
                                 self.tr("Status")], stretch=2)
        cbox.addWidget(self.cores, 1)
        cbuttons = QHBoxLayout()
        self.core_button = QPushButton(self.tr("Core came back…"))
        cbuttons.addWidget(self.core_button)
        cbuttons.addWidget(hint(self.tr("Cores are due {n} working days after the good part "
                                        "shipped.").format(n=self._due_days())), 1)
        cbox.addLayout(cbuttons)
        splitter.addWidget(cores)
        splitter.setSizes([330, 250])
        outer.addWidget(splitter, 1)

        self.low.cellDoubleClicked.connect(self._low_picked)
        self.core_button.clicked.connect(self.core_back)
        self.cores.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    @staticmethod
    def _due_days() -> int:
        from inventory.rules import core_due_working_days

        return core_due_working_days()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        cur = currency()
        total = reports.valuation()
        self.total.setText(self.tr(
            "<span style='font-size:11pt'>Stock at cost</span>&nbsp;&nbsp;"
            "<span style='font-size:18pt; font-weight:600'>{value}</span>&nbsp;&nbsp;"
            "<span style='color:#6b7785'>{parts} parts in stock · {qty} pieces · moving "
            "average cost price</span>").format(
            value=money(total.total_value, cur), parts=total.parts, qty=total.total_qty))
        descriptions = dict(Bin.select(Bin.code, Bin.description).tuples())
        self.bins.setRowCount(len(total.lines))
        for r, line in enumerate(total.lines):
            share = line.value * 1000 // total.total_value if total.total_value else 0
            set_row(self.bins, r, [
                line.bin_code or self.tr("(no bin)"), descriptions.get(line.bin_code, ""),
                line.parts, line.qty, money(line.value, cur),
                f"{share // 10}.{share % 10} %"], right=(2, 3, 4, 5))
        low = reports.reorder_list()
        self.low.setRowCount(len(low))
        for r, line in enumerate(low):
            set_row(self.low, r, [line.part_number, line.name, line.bin_code or "—",
                                  line.free, line.reorder_point],
                    data=line.part_id, right=(3, 4), fg=LOW_FG, bg=LOW_BG)
        self.low_title.setText(self.tr("<b>At or below the reorder point ({n})</b> — "
                                       "double-click to open").format(n=len(low)))
        self.reload_cores()

    def reload_cores(self) -> None:
        self.owed = exchange.cores_owed()
        late = sum(1 for c in self.owed if c.overdue)
        self.cores.setRowCount(len(self.owed))
        for r, owed in enumerate(self.owed):
            core = owed.core
            status = (self.tr("{n} day(s) overdue").format(n=owed.days_overdue) if owed.overdue
                      else self.tr("owed"))
            set_row(self.cores, r, [core.reference, owed.part_number, owed.part_name, core.qty,
                                    core.ship_date.isoformat(), core.due_date.isoformat(),
                                    status], data=core.id, right=(3,),
                    fg=BAD_FG if owed.overdue else None)
        title = self.tr("<b>Cores owed after advance exchange ({n})</b>").format(
            n=len(self.owed))
        if late:
            title += " · <span style='color:#a12a1c; font-weight:600'>" + self.tr(
                "{n} overdue").format(n=late) + "</span>"
        self.cores_title.setText(title)
        self._update_buttons()

    def overdue_count(self) -> int:
        return len(exchange.overdue_cores())

    # -- actions ------------------------------------------------------------------------------
    def _low_picked(self, row: int, _col: int) -> None:
        item = self.low.item(row, 0)
        if item is not None:
            self.open_part.emit(item.data(Qt.ItemDataRole.UserRole))

    def _selected_core(self) -> CoreOwed | None:
        row = self.cores.currentRow()
        return self.owed[row] if 0 <= row < len(self.owed) else None

    def _update_buttons(self) -> None:
        may = _may_book_cores(self.ctx.operator)
        self.core_button.setEnabled(may and self._selected_core() is not None)
        self.core_button.setToolTip("" if may else self.tr(
            "Warehouse or service desk staff book cores back."))

    def core_back(self) -> CoreBackDialog | None:
        owed = self._selected_core()
        if owed is None:
            return None
        dialog = CoreBackDialog(self.ctx, owed, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload_cores)
        dialog.open()
        return dialog

    # -- page plumbing --------------------------------------------------------------------------
    def activated(self) -> None:
        """Nothing to type here; scans open parts in the catalogue."""

    def handle_scan(self, _scan: object) -> bool:
        return False  # a part scanned here opens it in the catalogue

    def set_operator(self, _user: object) -> None:
        self._update_buttons()

    def refresh(self, changes: Changes | None) -> None:
        if changes is None or changes.touches("stock", "part", "bin", "setting"):
            self.reload()
        elif changes.touches("core"):
            self.reload_cores()

