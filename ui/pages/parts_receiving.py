"""Receiving with incoming inspection (到货检验): the Receiving tab of the Parts screen.

A delivery is opened by its supplier, delivery note number and date (or a
recent one continued). Then, lot by lot, as the boxes are unpacked:

    scan the part (our P-… label or the supplier's barcode on the bag)
    → quantity on the delivery note, Enter → quantity counted, Enter
    → unit cost, Enter → tick appearance and the papers found → Ctrl+Enter.

While it is typed, the form says what the inspection will decide (the same
rule the service applies, `receiving.inspection_reasons`): a lot that passes
enters stock at its unit cost; anything missing sends it to quarantine with
every reason. Quarantined lots are listed below with "Return to supplier"
(warehouse) and "Release into stock" (a manager, when the missing paper has
arrived or the shortage is settled).
"""

from __future__ import annotations

from datetime import timedelta

from depot import clock
from depot.errors import DomainError
from depot.events import Changes
from depot.scan import Scan
from inventory import catalogue, receiving, stock
from inventory.models import (
    DOCUMENT_LABELS,
    Delivery,
    Document,
    Lot,
    LotStatus,
    Part,
    Supplier,
    status_label,
)
from ui.pages.legs import ReasonDialog, ServiceDialog
from ui.pages.parts_common import (
    BAD_FG,
    GOOD_FG,
    currency,
    esc,
    is_manager,
    is_warehouse,
    local_time,
    make_table,
    money,
    parse_cost,
    quantity,
    set_row,
)
from ui.qt import (
    QCheckBox,
    QColor,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

#: deliveries received this many days back can be continued from the list
RECENT_DAYS = 30


def document_label(doc: Document) -> str:
    return QCoreApplication.translate("Stock", DOCUMENT_LABELS[doc])


class SupplierDialog(ServiceDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New supplier"), parent)
        self.ctx = ctx
        self.name = QLineEdit()
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Contact person"), self.contact)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Email"), self.email)

    def submit(self) -> Supplier:
        row = catalogue.create_supplier(self.ctx.operator, self.name.text(),
                                        contact_person=self.contact.text(),
                                        phone=self.phone.text(), email=self.email.text())
        self.ctx.ok(self.tr("Supplier {name} added.").format(name=row.name))
        return row


class ReceivingTab(QWidget):
    KINDS = ("delivery", "lot", "supplier", "part", "setting")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.delivery: Delivery | None = None
        self.part: Part | None = None
        self.documents: dict[Document, QCheckBox] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._build_delivery_card(), 2)
        row.addWidget(self._build_lot_card(), 3)
        splitter.addWidget(top)

        self.lists = QTabWidget()
        self.lots_table = make_table([
            self.tr("Lot"), self.tr("Part number"), self.tr("Name"), self.tr("Note qty"),
            self.tr("Counted"), self.tr("Unit cost"), self.tr("Value"), self.tr("Result"),
            self.tr("Why")], stretch=2)
        quarantine = QWidget()
        qbox = QVBoxLayout(quarantine)
        qbox.setContentsMargins(0, 4, 0, 0)
        self.quarantine_table = make_table([
            self.tr("Lot"), self.tr("Inspected"), self.tr("Supplier"), self.tr("Delivery note"),
            self.tr("Part number"), self.tr("Counted / note"), self.tr("Unit cost"),
            self.tr("Why")], stretch=7)
        self.quarantine_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Interactive)
        self.quarantine_table.setColumnWidth(2, 200)
        qbox.addWidget(self.quarantine_table, 1)
        qbuttons = QHBoxLayout()
        self.return_button = QPushButton(self.tr("Return to supplier…"))
        self.release_button = QPushButton(self.tr("Release into stock…"))
        qbuttons.addWidget(self.return_button)
        qbuttons.addWidget(self.release_button)
        qbuttons.addStretch(1)
        qbox.addLayout(qbuttons)
        self.lists.addTab(self.lots_table, "")
        self.lists.addTab(quarantine, "")
        splitter.addWidget(self.lists)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 260])

        self.return_button.clicked.connect(self.return_to_supplier)
        self.release_button.clicked.connect(self.release)
        self.quarantine_table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.book)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.book)
        QShortcut(QKeySequence("Escape"), self, self.clear_lot)
        self.reload_suppliers()
        self.reload_recent()
        self._show_delivery()
        self.reload_quarantine()

    # -- building -----------------------------------------------------------------------
    def _build_delivery_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        box.addWidget(QLabel(self.tr("<b>1 · The delivery</b>")))
        self.new_form = QWidget()
        form = QFormLayout(self.new_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.supplier = QComboBox()
        self.supplier.setMinimumContentsLength(10)
        self.supplier.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_supplier = QPushButton(self.tr("New…"))
        supplier_row = QHBoxLayout()
        supplier_row.addWidget(self.supplier, 1)
        supplier_row.addWidget(self.new_supplier)
        self.note_number = QLineEdit()
        self.note_number.setPlaceholderText(self.tr("as printed on the delivery note"))
        self.note_number.setProperty("scanRouterIgnore", True)  # a printed barcode lands here
        self.delivery_date = QDateEdit()
        self.delivery_date.setCalendarPopup(True)
        self.delivery_date.setDisplayFormat("yyyy-MM-dd")
        self.open_button = QPushButton(self.tr("Open delivery"))
        self.open_button.setProperty("primary", True)
        form.addRow(self.tr("Supplier"), supplier_row)
        form.addRow(self.tr("Delivery note no."), self.note_number)
        form.addRow(self.tr("Delivery date"), self.delivery_date)
        form.addRow("", self.open_button)
        self.recent = QComboBox()
        self.recent.setMinimumContentsLength(10)
        self.recent.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.continue_button = QPushButton(self.tr("Continue"))
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.recent, 1)
        recent_row.addWidget(self.continue_button)
        form.addRow(self.tr("Or continue"), recent_row)
        box.addWidget(self.new_form)
        self.open_label = QLabel()
        self.open_label.setWordWrap(True)
        self.open_label.setTextFormat(Qt.TextFormat.RichText)
        self.finish_button = QPushButton(self.tr("Finish delivery"))
        box.addWidget(self.open_label)
        self.delivery_summary = QLabel()
        self.delivery_summary.setWordWrap(True)
        box.addWidget(self.delivery_summary)
        finish_row = QHBoxLayout()
        finish_row.addWidget(self.finish_button)
        finish_row.addStretch(1)
        box.addLayout(finish_row)
        box.addStretch(1)
        self.new_supplier.clicked.connect(self.add_supplier)
        self.open_button.clicked.connect(self.open_delivery)
        self.note_number.returnPressed.connect(self.open_delivery)
        self.continue_button.clicked.connect(self.continue_delivery)
        self.finish_button.clicked.connect(self.finish_delivery)
        return card

    def _build_lot_card(self) -> QFrame:
        self.lot_card = QFrame()
        self.lot_card.setObjectName("card")
        box = QVBoxLayout(self.lot_card)
        box.addWidget(QLabel(self.tr("<b>2 · Each lot: scan the part, count, inspect</b>")))
        self.part_label = QLabel()
        self.part_label.setWordWrap(True)
        self.part_label.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.part_label)
        grid = QGridLayout()
        self.qty_note = QLineEdit()
        self.qty_counted = QLineEdit()
        self.cost = QLineEdit()
        for field in (self.qty_note, self.qty_counted):
            field.setMaximumWidth(90)
            field.setPlaceholderText("0")
        self.cost.setMaximumWidth(120)
        self.currency_label = QLabel()
        grid.addWidget(QLabel(self.tr("Qty on delivery note")), 0, 0)
        grid.addWidget(self.qty_note, 0, 1)
        grid.addWidget(QLabel(self.tr("Qty counted")), 0, 2)
        grid.addWidget(self.qty_counted, 0, 3)
        grid.addWidget(QLabel(self.tr("Unit cost")), 1, 0)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.cost)
        cost_row.addWidget(self.currency_label)
        cost_row.addStretch(1)
        grid.addLayout(cost_row, 1, 1, 1, 3)
        grid.setColumnStretch(4, 1)
        box.addLayout(grid)
        self.appearance = QCheckBox(self.tr("Appearance OK: no damage, packaging intact"))
        box.addWidget(self.appearance)
        self.docs_title = QLabel(self.tr("Documents present:"))
        box.addWidget(self.docs_title)
        docs = QGridLayout()
        docs.setContentsMargins(16, 0, 0, 0)
        for i, doc in enumerate(Document):
            check = QCheckBox(document_label(doc))
            self.documents[doc] = check
            docs.addWidget(check, i // 2, i % 2)
            check.toggled.connect(self._preview)
        self.all_docs = QPushButton(self.tr("All present"))
        self.all_docs.setToolTip(self.tr("Tick all four papers"))
        docs.addWidget(self.all_docs, 0, 2)
        docs.setColumnStretch(3, 1)
        box.addLayout(docs)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. what is damaged, what the "
                                             "supplier said"))
        box.addWidget(self.note)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        box.addWidget(self.verdict)
        buttons = QHBoxLayout()
        self.book_button = QPushButton(self.tr("Book lot (Ctrl+Enter)"))
        self.book_button.setProperty("primary", True)
        self.clear_button = QPushButton(self.tr("Clear (Esc)"))
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.result)
        box.addStretch(1)

        self.qty_note.returnPressed.connect(self.qty_counted.setFocus)
        self.qty_counted.returnPressed.connect(self.cost.setFocus)
        self.cost.returnPressed.connect(self.appearance.setFocus)
        self.note.returnPressed.connect(self.book)
        for field in (self.qty_note, self.qty_counted, self.cost):
            field.textChanged.connect(self._preview)
        self.appearance.toggled.connect(self._preview)
        self.all_docs.clicked.connect(self.tick_all_documents)
        self.book_button.clicked.connect(self.book)
        self.clear_button.clicked.connect(self.clear_lot)
        return self.lot_card

    # -- the delivery -------------------------------------------------------------------
    def reload_suppliers(self) -> None:
        chosen = self.supplier.currentData()
        self.supplier.clear()
        for s in Supplier.select().where(Supplier.is_active == True).order_by(Supplier.name):  # noqa: E712
            self.supplier.addItem(s.name, s.id)
            self.supplier.setItemData(self.supplier.count() - 1, s.name,
                                      Qt.ItemDataRole.ToolTipRole)
        if chosen is not None:
            self.supplier.setCurrentIndex(max(0, self.supplier.findData(chosen)))

    def reload_recent(self) -> None:
        since = clock.now() - timedelta(days=RECENT_DAYS)
        self.recent.clear()
        query = (Delivery.select(Delivery, Supplier).join(Supplier)
                 .where(Delivery.received_at >= since).order_by(Delivery.id.desc()).limit(40))
        for d in query:
            self.recent.addItem(f"{d.note_number} · {d.delivery_date.isoformat()} · "
                                f"{d.supplier.name}", d.id)
        self.continue_button.setEnabled(self.recent.count() > 0)
        self.recent.setEnabled(self.recent.count() > 0)

    def add_supplier(self) -> SupplierDialog:
        dialog = SupplierDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._supplier_added(dialog.result_value))
        dialog.open()
        return dialog

    def _supplier_added(self, supplier: object) -> None:
        if isinstance(supplier, Supplier):
            self.reload_suppliers()
            self.supplier.setCurrentIndex(self.supplier.findData(supplier.id))

    def open_delivery(self) -> Delivery | None:
        if self.supplier.currentData() is None:
            self.ctx.error(self.tr("Choose the supplier (or add it with New…)."))
            return None
        delivery = self.ctx.attempt(
            receiving.open_delivery, self.ctx.operator, self.supplier.currentData(),
            self.note_number.text(), self.delivery_date.date().toPython())
        if delivery is None:
            return None
        self.ctx.ok(self.tr("Delivery {number} opened: scan the first part.").format(
            number=delivery.note_number))
        self.note_number.clear()
        self.reload_recent()
        self.set_delivery(delivery)
        return delivery

    def continue_delivery(self) -> None:
        delivery_id = self.recent.currentData()
        found = Delivery.get_or_none(Delivery.id == delivery_id) if delivery_id else None
        if found is not None:
            self.set_delivery(found)

    def set_delivery(self, delivery: Delivery | None) -> None:
        self.delivery = delivery
        self.clear_lot()
        self._show_delivery()

    def finish_delivery(self) -> None:
        if self.delivery is not None:
            self.ctx.info(self.tr("Delivery {number} finished.").format(
                number=self.delivery.note_number))
        self.set_delivery(None)

    def _show_delivery(self) -> None:
        d = self.delivery
        self.new_form.setVisible(d is None)
        self.open_label.setVisible(d is not None)
        self.delivery_summary.setVisible(d is not None)
        self.finish_button.setVisible(d is not None)
        self.lot_card.setEnabled(d is not None)
        if d is None:
            today = clock.today()
            self.delivery_date.setMaximumDate(QDate(today.year, today.month, today.day))
            self.delivery_date.setDate(QDate(today.year, today.month, today.day))
            self.part_label.setText(self.tr("Open the delivery first; then scan each part as "
                                            "it is unpacked."))
            self.lots_table.setRowCount(0)
            self.lists.setTabText(0, self.tr("Lots of this delivery"))
            self._update_buttons()
            return
        self.open_label.setText(self.tr(
            "Receiving delivery note <b>{number}</b><br>{supplier}<br>dated {day}").format(
            number=esc(d.note_number), supplier=esc(d.supplier.name),
            day=d.delivery_date.isoformat()))
        self.reload_lots()

    # -- the lot ---------------------------------------------------------------------------
    def handle_scan(self, scan: Scan) -> bool:
        part = self.ctx.attempt(catalogue.find_part, scan.raw)
        if part is None:
            return True
        if self.delivery is None:
            self.ctx.error(self.tr("Open the delivery first (supplier, delivery note number, "
                                   "date), then scan {part}.").format(part=part.part_number))
            self.note_number.setFocus()
            return True
        self.set_part(part)
        return True

    def set_part(self, part: Part) -> None:
        if self.part is not None and self.part.id != part.id and self._typed():
            self.ctx.info(self.tr("Lot of {part} dropped; nothing was saved.").format(
                part=self.part.part_number))
        if self.part is None or self.part.id != part.id:
            self.clear_lot()
        self.part = part
        cur = currency()
        last = stock.last_receipt_cost(part.id)
        where = part.bin.code if part.bin_id else self.tr("no bin")
        self.part_label.setText(self.tr(
            "<span style='font-size:13pt; font-weight:600'>{number}</span> &nbsp;{name}<br>"
            "bin {bin} · unit {unit} · last receipt cost {last}").format(
            number=esc(part.part_number), name=esc(part.name), bin=esc(where),
            unit=esc(part.unit), last=money(last, cur) or "—"))
        self.cost.setPlaceholderText(money(last, cur) or "0.00")
        papers = part.requires_documents
        for check in self.documents.values():
            check.setEnabled(papers)
        self.all_docs.setEnabled(papers)
        self.docs_title.setText(self.tr("Documents present:") if papers else self.tr(
            "Ships without papers (not checked):"))
        self._preview()
        self.qty_note.setFocus()

    def _typed(self) -> bool:
        return any(f.text().strip() for f in (self.qty_note, self.qty_counted, self.cost))

    def clear_lot(self) -> None:
        self.part = None
        for field in (self.qty_note, self.qty_counted, self.cost, self.note):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self.appearance.setChecked(False)
        for check in self.documents.values():
            check.setChecked(False)
            check.setEnabled(True)
        self.docs_title.setText(self.tr("Documents present:"))
        self.currency_label.setText(currency())
        self.cost.setPlaceholderText("0.00")
        if self.delivery is not None:
            self.part_label.setText(self.tr(
                "<b>Scan the part</b>: our P-… label or the supplier's barcode on the bag."))
        self.verdict.clear()

    def tick_all_documents(self) -> None:
        for check in self.documents.values():
            check.setChecked(True)

    def present_documents(self) -> list[Document]:
        return [doc for doc, check in self.documents.items() if check.isChecked()]

    def _preview(self, *_: object) -> None:
        """Say what the inspection will decide, as it is typed."""
        part = self.part
        note, counted = quantity(self.qty_note.text()), quantity(self.qty_counted.text())
        if part is None or not isinstance(note, int) or not isinstance(counted, int):
            self.verdict.clear()
            return
        reasons = receiving.inspection_reasons(part, note, counted, self.appearance.isChecked(),
                                               self.present_documents())
        if reasons:
            text = self.tr("Goes to quarantine:") + "<br>" + "<br>".join(
                "• " + esc(r) for r in reasons)
            self.verdict.setStyleSheet(
                "background:#fdecea; color:#a12a1c; padding:6px; border-radius:4px;")
        else:
            text = self.tr("Passes: {n} {unit} enter stock.").format(n=counted, unit=part.unit)
            try:
                cost = parse_cost(self.cost.text())
            except DomainError:
                cost = None
            if cost is not None:
                text = self.tr("Passes: {n} {unit} enter stock at {cost} each, {total} in "
                               "all.").format(n=counted, unit=esc(part.unit),
                                              cost=money(cost, currency()),
                                              total=money(cost * counted, currency()))
            self.verdict.setStyleSheet(
                "background:#e6f5ea; color:#1e6b34; padding:6px; border-radius:4px;")
        self.verdict.setText(text)

    def book(self) -> Lot | None:
        if self.delivery is None:
            self.ctx.error(self.tr("Open the delivery first."))
            return None
        if self.part is None:
            self.ctx.error(self.tr("Scan the part of this lot first."))
            return None
        for field, what in ((self.qty_note, self.tr("the quantity on the delivery note")),
                            (self.qty_counted, self.tr("the quantity counted"))):
            if not field.text().strip():
                self.ctx.error(self.tr("Enter {what}.").format(what=what))
                field.setFocus()
                return None
        part, delivery = self.part, self.delivery

        def work() -> Lot:
            return receiving.inspect_lot(
                self.ctx.operator, delivery.id, part.id,
                qty_note=quantity(self.qty_note.text()),
                qty_counted=quantity(self.qty_counted.text()),
                unit_cost=parse_cost(self.cost.text()),
                appearance_ok=self.appearance.isChecked(),
                documents=self.present_documents(), note=self.note.text())

        lot = self.ctx.attempt(work)
        if lot is None:
            return None
        cur = currency()
        if lot.status == LotStatus.PASSED.value:
            on_hand = stock.level(part.id).on_hand
            text = self.tr("Lot #{id} passed: {n} × {part} entered stock at {cost}; {on_hand} "
                           "on hand now.").format(id=lot.id, n=lot.qty_counted,
                                                  part=part.part_number,
                                                  cost=money(lot.unit_cost, cur),
                                                  on_hand=on_hand)
            self.ctx.ok(text)
            self.result.setText(f"<span style='color:{GOOD_FG.name()}'>✔ {esc(text)}</span>")
        else:
            reasons = lot.reason.splitlines()
            text = self.tr("Lot #{id} of {part} went to quarantine: {why}").format(
                id=lot.id, part=part.part_number, why=" ".join(reasons))
            self.ctx.info(text)
            self.result.setText(f"<span style='color:{BAD_FG.name()}'>✖ "
                                + esc(self.tr("Lot #{id} of {part} went to quarantine:").format(
                                    id=lot.id, part=part.part_number))
                                + "<br>" + "<br>".join(esc(r) for r in reasons) + "</span>")
        self.clear_lot()
        self.reload_lots()
        self.reload_quarantine()
        return lot

    # -- lists ------------------------------------------------------------------------------
    def reload_lots(self) -> None:
        if self.delivery is None:
            return
        cur = currency()
        rows = receiving.lots(self.delivery.id)
        self.lots_table.setRowCount(len(rows))
        for r, lot in enumerate(rows):
            passed = lot.status in (LotStatus.PASSED.value, LotStatus.RELEASED.value)
            set_row(self.lots_table, r, [
                f"#{lot.id}", lot.part.part_number, lot.part.name, lot.qty_note, lot.qty_counted,
                money(lot.unit_cost, cur), money(lot.unit_cost * lot.qty_counted, cur),
                status_label(lot.status), "; ".join(lot.reason.splitlines())],
                data=lot.id, right=(3, 4, 5, 6), fg=None if passed else BAD_FG,
                tooltip=lot.reason)
        self.lists.setTabText(0, self.tr("Lots of {number} ({n})").format(
            number=self.delivery.note_number, n=len(rows)))
        stocked = [lot for lot in rows if lot.move_id is not None]
        held = sum(1 for lot in rows if lot.status == LotStatus.QUARANTINED.value)
        if not rows:
            self.delivery_summary.setText(self.tr("No lots yet: scan the first part."))
            return
        self.delivery_summary.setText(self.tr(
            "{n} lot(s) so far: {passed} into stock ({pieces} pieces, {value} at cost), {held} "
            "in quarantine.").format(
            n=len(rows), passed=len(stocked), pieces=sum(lot.qty_counted for lot in stocked),
            value=money(sum(lot.qty_counted * lot.unit_cost for lot in stocked), cur), held=held))

    def reload_quarantine(self) -> None:
        cur = currency()
        rows = receiving.quarantine()
        self.quarantine_table.setRowCount(len(rows))
        for r, lot in enumerate(rows):
            set_row(self.quarantine_table, r, [
                f"#{lot.id}", local_time(lot.inspected_at, "%Y-%m-%d"), lot.delivery.supplier.name,
                lot.delivery.note_number, lot.part.part_number,
                f"{lot.qty_counted} / {lot.qty_note}", money(lot.unit_cost, cur),
                "; ".join(lot.reason.splitlines())],
                data=lot.id, right=(5, 6), tooltip=lot.reason + (
                    "\n" + lot.note if lot.note else ""))
        self.lists.setTabText(1, self.tr("Quarantine ({n})").format(n=len(rows)))
        self.lists.tabBar().setTabTextColor(1, BAD_FG if rows else QColor())
        self._update_buttons()

    def quarantine_count(self) -> int:
        return Lot.select().where(Lot.status == LotStatus.QUARANTINED.value).count()

    def _selected_lot(self) -> int | None:
        item = self.quarantine_table.item(self.quarantine_table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self._selected_lot() is not None
        user = self.ctx.operator
        self.return_button.setEnabled(chosen and is_warehouse(user))
        self.release_button.setEnabled(chosen and is_manager(user))
        self.release_button.setToolTip("" if is_manager(user) else self.tr(
            "Only a manager releases a quarantined lot into stock."))

    def return_to_supplier(self) -> ReasonDialog | None:
        lot_id = self._selected_lot()
        if lot_id is None:
            return None
        dialog = ReasonDialog(
            self.tr("Return lot #{id} to the supplier").format(id=lot_id),
            self.tr("How does it go back? (the supplier's return number, courier and tracking "
                    "number)"),
            lambda text: receiving.return_to_supplier(self.ctx.operator, lot_id, text), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._lot_closed(lot_id, returned=True))
        dialog.open()
        return dialog

    def release(self) -> ReasonDialog | None:
        lot_id = self._selected_lot()
        if lot_id is None:
            return None
        dialog = ReasonDialog(
            self.tr("Release lot #{id} into stock").format(id=lot_id),
            self.tr("Why may it enter stock now? (the missing paper arrived, the shortage was "
                    "settled with the supplier…)"),
            lambda text: receiving.release_from_quarantine(self.ctx.operator, lot_id, text), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._lot_closed(lot_id, returned=False))
        dialog.open()
        return dialog

    def _lot_closed(self, lot_id: int, *, returned: bool) -> None:
        if returned:
            self.ctx.ok(self.tr("Lot #{id} recorded as returned to the supplier.").format(
                id=lot_id))
        else:
            self.ctx.ok(self.tr("Lot #{id} released into stock.").format(id=lot_id))
        self.reload_quarantine()
        self.reload_lots()

    # -- page plumbing ------------------------------------------------------------------------
    def activated(self) -> None:
        if self.delivery is None:
            self.note_number.setFocus()

    def set_operator(self, user: object) -> None:
        may = is_warehouse(user)  # type: ignore[arg-type]
        tip = "" if may else self.tr("Warehouse staff or a manager receive deliveries.")
        for w in (self.open_button, self.book_button, self.new_supplier):
            w.setEnabled(may)
            w.setToolTip(tip)
        self._update_buttons()

    def refresh(self, changes: Changes | None) -> None:
        if changes is None or changes.touches("supplier"):
            self.reload_suppliers()
        if changes is None or changes.touches("delivery"):
            self.reload_recent()
        if self.delivery is not None and (changes is None or self._names_my_lots(changes)):
            self.reload_lots()
        if changes is None or changes.touches("lot", "setting"):
            self.reload_quarantine()

    def _names_my_lots(self, changes: Changes) -> bool:
        assert self.delivery is not None
        shown = {str(self.lots_table.item(r, 0).data(Qt.ItemDataRole.UserRole))
                 for r in range(self.lots_table.rowCount())}
        named = changes.ids("lot") | changes.ids("delivery")
        return ("*" in named or str(self.delivery.id) in changes.ids("delivery")
                or bool(shown & changes.ids("lot")) or changes.touches("part", "setting"))
