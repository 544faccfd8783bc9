"""Stock counts by scan, adjustments and write-offs: the Count tab of the Parts screen.

    scan the bin label → scan every piece on the shelf (each scan +1), or
    select a line and type the quantity → the differences against on-hand
    show as they happen → Post count (Ctrl+Enter).

Parts of the bin that were never scanned are listed as "not counted" and are
posted as 0 — a bin count is complete by definition — so the counter sees
them before posting. A count that found missing pieces, posted by anyone
but a manager, waits for a manager's approval; so do write-offs
(adjustments that lose pieces, scrap). Managers approve or refuse them in
the list on the right.
"""

from __future__ import annotations

from depot.events import Changes
from depot.scan import Scan, ScanKind
from inventory import catalogue, counting
from inventory.counting import CountRow
from inventory.models import Adjustment, Bin, CountSession, CountStatus
from ui.pages.legs import ReasonDialog, ServiceDialog
from ui.pages.parts_common import (
    BAD_FG,
    GOOD_FG,
    MUTED_FG,
    bin_named,
    currency,
    esc,
    hint,
    is_manager,
    is_warehouse,
    local_time,
    make_table,
    money,
    quantity,
    set_row,
    signed,
)
from ui.qt import (
    QBrush,
    QFont,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QShortcut,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)


class AdjustDialog(ServiceDialog):
    """Correct stock with a reason: pieces found or lost, or scrap (a manager's decision)."""

    def __init__(self, ctx, part_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Adjust stock"), parent)
        self.ctx = ctx
        self.part = QLineEdit(part_number)
        self.part.setPlaceholderText(self.tr("Scan the part, or type its number"))
        self.part.setProperty("scanRouterIgnore", True)
        self.adjust = QRadioButton(self.tr("Correction: pieces found (+) or lost (−)"))
        self.scrap = QRadioButton(self.tr("Scrap: write off damaged or obsolete pieces"))
        self.adjust.setChecked(True)
        self.qty = QLineEdit()
        self.qty.setPlaceholderText(self.tr("e.g. +2 or -1"))
        self.qty.setMaximumWidth(120)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (required, audited)"))
        self.form.addRow(self.tr("Part"), self.part)
        self.form.addRow("", self.adjust)
        self.form.addRow("", self.scrap)
        self.form.addRow(self.tr("Pieces"), self.qty)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(hint(self.tr("Losses and scrap wait for a manager's approval unless a "
                                      "manager makes them.")))
        self.scrap.toggled.connect(lambda on: self.qty.setPlaceholderText(
            self.tr("pieces to scrap, e.g. 1") if on else self.tr("e.g. +2 or -1")))

    def submit(self) -> Adjustment:
        part = catalogue.find_part(self.part.text())
        qty = quantity(self.qty.text())
        if self.scrap.isChecked():
            adj = counting.scrap(self.ctx.operator, part.id, qty, self.reason.text())
        else:
            adj = counting.adjust(self.ctx.operator, part.id, qty, self.reason.text())
        if adj.status == "posted":
            self.ctx.ok(self.tr("{part}: {qty} booked.").format(
                part=part.part_number, qty=signed(adj.qty)))
        else:
            self.ctx.info(self.tr("{part}: {qty} waits for a manager's approval.").format(
                part=part.part_number, qty=signed(adj.qty)))
        return adj


class CountTab(QWidget):
    KINDS = ("count", "stock", "adjustment", "part", "bin", "setting")
    open_part = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: CountSession | None = None
        self.rows: list[CountRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        # -- left: the count in progress ------------------------------------------------
        left = QFrame()
        left.setObjectName("card")
        box = QVBoxLayout(left)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.title)
        self.lines = make_table([self.tr("Part number"), self.tr("Name"), self.tr("On hand"),
                                 self.tr("Counted"), self.tr("Difference")], stretch=1)
        box.addWidget(self.lines, 1)
        qty_row = QHBoxLayout()
        self.qty_label = QLabel(self.tr("Counted quantity:"))
        self.qty = QLineEdit()
        self.qty.setMaximumWidth(90)
        self.qty.setPlaceholderText("0")
        self.set_button = QPushButton(self.tr("Set"))
        qty_row.addWidget(self.qty_label)
        qty_row.addWidget(self.qty)
        qty_row.addWidget(self.set_button)
        qty_row.addStretch(1)
        box.addLayout(qty_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        buttons = QHBoxLayout()
        self.post_button = QPushButton(self.tr("Post count (Ctrl+Enter)"))
        self.post_button.setProperty("primary", True)
        self.cancel_button = QPushButton(self.tr("Cancel count…"))
        self.aside_button = QPushButton(self.tr("Put aside"))
        self.aside_button.setToolTip(self.tr("Leave the count open and continue it later"))
        for b in (self.post_button, self.cancel_button, self.aside_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)
        splitter.addWidget(left)

        # -- right: adjustments, approvals, open counts ----------------------------------------
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        adjust_row = QHBoxLayout()
        self.adjust_button = QPushButton(self.tr("Adjust stock…"))
        adjust_row.addWidget(self.adjust_button)
        adjust_row.addStretch(1)
        rbox.addLayout(adjust_row)
        self.side = QTabWidget()
        waiting = QWidget()
        wbox = QVBoxLayout(waiting)
        wbox.setContentsMargins(0, 4, 0, 0)
        self.pending = make_table([self.tr("What"), self.tr("Pieces"), self.tr("Value"),
                                   self.tr("Reason"), self.tr("Asked by")], stretch=3)
        self.pending.horizontalHeaderItem(2).setToolTip(self.tr("Value at cost (estimate)"))
        wbox.addWidget(self.pending, 1)
        wbuttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.refuse_button = QPushButton(self.tr("Refuse…"))
        wbuttons.addWidget(self.approve_button)
        wbuttons.addWidget(self.refuse_button)
        wbuttons.addStretch(1)
        wbox.addLayout(wbuttons)
        self.open_counts = make_table([self.tr("Count"), self.tr("Bin"), self.tr("Started"),
                                       self.tr("By")])
        self.side.addTab(waiting, "")
        self.side.addTab(self.open_counts, "")
        rbox.addWidget(self.side, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([610, 450])

        self.lines.currentCellChanged.connect(self._line_selected)
        self.lines.cellDoubleClicked.connect(self._open_line_part)
        self.qty.returnPressed.connect(self.set_quantity)
        self.set_button.clicked.connect(self.set_quantity)
        self.post_button.clicked.connect(self.post)
        self.cancel_button.clicked.connect(self.cancel)
        self.aside_button.clicked.connect(self.put_aside)
        self.adjust_button.clicked.connect(self.adjust)
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button.clicked.connect(self.refuse)
        self.pending.itemSelectionChanged.connect(self._update_buttons)
        self.open_counts.cellDoubleClicked.connect(self._continue_picked)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.post)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.post)
        self.show_session()
        self.reload_side()

    # -- scans ---------------------------------------------------------------------------
    def handle_scan(self, scan: Scan) -> bool:
        if scan.kind == ScanKind.SERIAL and (b := bin_named(scan.value)) is not None:
            self.start_bin(b)
            return True
        if self.session is None:
            self.ctx.error(self.tr("Scan the bin label first: a count covers one bin."))
            return True
        line = self.ctx.attempt(counting.count_scan, self.ctx.operator, self.session.id, scan.raw)
        if line is not None:
            self.reload_lines()
            self._select_part(line.part_id)
        return True

    def start_bin(self, b: Bin) -> CountSession | None:
        """Count this bin: continue its open count, or start one."""
        running = next((c for c in counting.counts() if c.bin_id == b.id and c.status in (
            CountStatus.OPEN.value, CountStatus.PENDING_APPROVAL.value)), None)
        if running is not None and running.status == CountStatus.PENDING_APPROVAL.value:
            self.ctx.error(self.tr("Bin {bin} was counted (count #{id}) and waits for a "
                                   "manager's approval; it cannot be counted again "
                                   "meanwhile.").format(bin=b.code, id=running.id))
            return None
        if running is not None:
            if self.session is None or self.session.id != running.id:
                self.ctx.info(self.tr("Continuing count #{id} of bin {bin}.").format(
                    id=running.id, bin=b.code))
            self.set_session(running)
            return running
        session = self.ctx.attempt(counting.start_count, self.ctx.operator, b.code)
        if session is not None:
            self.ctx.ok(self.tr("Count #{id} of bin {bin} started: scan every piece on the "
                                "shelf.").format(id=session.id, bin=b.code))
            self.set_session(session)
            self.reload_side()
        return session

    # -- the count ---------------------------------------------------------------------------
    def set_session(self, session: CountSession | None) -> None:
        self.session = session
        self.show_session()

    def show_session(self) -> None:
        s = self.session
        for w in (self.post_button, self.cancel_button, self.aside_button, self.qty,
                  self.set_button):
            w.setEnabled(s is not None)
        if s is None:
            self.title.setText(self.tr(
                "<span style='font-size:13pt; font-weight:600'>Scan a bin label to count "
                "it.</span><br>Then scan every piece on the shelf (each scan counts one), or "
                "select a part and type how many there are."))
            self.rows = []
            self.lines.setRowCount(0)
            self.status.clear()
            self.qty_label.setText(self.tr("Counted quantity:"))
            self._update_operator()
            return
        b = Bin.get_by_id(s.bin_id)
        self.title.setText(self.tr(
            "<span style='font-size:13pt; font-weight:600'>Count #{id} · bin {bin}</span> "
            "{description}<br>started {when} by {who}").format(
            id=s.id, bin=esc(b.code), description=esc(b.description),
            when=local_time(s.started_at), who=esc(s.started_by.name if s.started_by_id else "")))
        self.reload_lines()
        self._update_operator()

    def reload_lines(self) -> None:
        if self.session is None:
            return
        keep = self._current_part()
        self.rows = counting.count_lines(self.session.id)
        self.lines.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            diff = row.difference
            if row.counted is None:
                cells = [row.part_number, row.name, row.on_hand_at_count, self.tr("not counted"),
                         signed(diff)]
                fg = MUTED_FG
            else:
                cells = [row.part_number, row.name, row.on_hand_at_count, row.counted,
                         signed(diff)]
                fg = None
            set_row(self.lines, r, cells, data=row.part_id, right=(2, 3, 4), fg=fg)
            item = self.lines.item(r, 4)
            if diff:
                item.setForeground(QBrush(BAD_FG if diff < 0 else GOOD_FG))
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            if row.counted is None:
                font = QFont()
                font.setItalic(True)
                self.lines.item(r, 3).setFont(font)
        if keep is not None:
            self._select_part(keep)
        self._show_status()

    def _show_status(self) -> None:
        counted = [r for r in self.rows if r.counted is not None]
        missing = [r for r in self.rows if r.counted is None]
        found = sum(r.difference for r in self.rows if r.difference > 0)
        lost = -sum(r.difference for r in self.rows if r.difference < 0)
        parts = [self.tr("{n} part(s) counted").format(n=len(counted))]
        if found or lost:
            parts.append(self.tr("{found} piece(s) found, {lost} missing").format(
                found=found, lost=lost))
        else:
            parts.append(self.tr("no differences so far"))
        text = " · ".join(parts)
        if missing:
            text += "<br><span style='color:#8a4b00'>" + self.tr(
                "{n} part(s) of this bin not scanned yet: posting books them as 0 "
                "(missing).").format(n=len(missing)) + "</span>"
        self.status.setText(text)

    def _current_part(self) -> int | None:
        item = self.lines.item(self.lines.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _select_part(self, part_id: int) -> None:
        for r in range(self.lines.rowCount()):
            if self.lines.item(r, 0).data(Qt.ItemDataRole.UserRole) == part_id:
                self.lines.setCurrentCell(r, 3)
                self.lines.scrollToItem(self.lines.item(r, 0))
                return

    def _line_selected(self, row: int, *_: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        line = self.rows[row]
        self.qty_label.setText(self.tr("Counted quantity of {part}:").format(
            part=line.part_number))
        self.qty.setText("" if line.counted is None else str(line.counted))

    def _open_line_part(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_part.emit(self.rows[row].part_id)

    def set_quantity(self) -> object | None:
        part_id = self._current_part()
        if self.session is None or part_id is None:
            self.ctx.error(self.tr("Select the part in the list (or scan it) first."))
            return None
        text = self.qty.text()
        if not text.strip():
            self.ctx.error(self.tr("Type how many pieces are on the shelf (0 if none)."))
            return None
        line = self.ctx.attempt(counting.set_counted, self.ctx.operator, self.session.id,
                                part_id, quantity(text))
        if line is not None:
            self.reload_lines()
            self._select_part(part_id)
        return line

    def post(self) -> CountSession | None:
        s = self.session
        if s is None:
            return None
        # the change event of the posting reloads this tab before `attempt` returns
        booked = sum(1 for r in self.rows if r.difference)
        done = self.ctx.attempt(counting.post_count, self.ctx.operator, s.id)
        if done is None:
            return None
        b = Bin.get_by_id(s.bin_id).code
        if done.status == CountStatus.POSTED.value:
            self.ctx.ok(self.tr("Count #{id} of bin {bin} posted: {n} difference(s) "
                                "booked.").format(id=s.id, bin=b, n=booked))
        else:
            self.ctx.info(self.tr("Count #{id} of bin {bin} found missing pieces: it waits for a "
                                  "manager's approval.").format(id=s.id, bin=b))
        self.set_session(None)
        self.reload_side()
        return done

    def cancel(self) -> ReasonDialog | None:
        s = self.session
        if s is None:
            return None
        dialog = ReasonDialog(self.tr("Cancel count #{id}").format(id=s.id),
                              self.tr("Why is the count abandoned? Nothing is booked."),
                              lambda text: counting.cancel_count(self.ctx.operator, s.id, text),
                              self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._cancelled)
        dialog.open()
        return dialog

    def _cancelled(self) -> None:
        self.ctx.info(self.tr("Count cancelled; nothing was booked."))
        self.set_session(None)
        self.reload_side()

    def put_aside(self) -> None:
        if self.session is not None:
            self.ctx.info(self.tr("Count #{id} stays open: scan the bin label to continue "
                                  "it.").format(id=self.session.id))
        self.set_session(None)
        self.reload_side()

    # -- adjustments and approvals ---------------------------------------------------------------
    def adjust(self) -> AdjustDialog:
        number = ""
        part_id = self._current_part()
        if part_id is not None:
            number = next((r.part_number for r in self.rows if r.part_id == part_id), "")
        dialog = AdjustDialog(self.ctx, number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload_side)
        dialog.open()
        return dialog

    def reload_side(self) -> None:
        cur = currency()
        pending_counts = counting.counts(status=CountStatus.PENDING_APPROVAL)
        adjustments = counting.pending_adjustments()
        self.pending.setRowCount(len(pending_counts) + len(adjustments))
        r = 0
        for c in pending_counts:
            lines = counting.count_lines(c.id)
            lost = -sum(x.difference for x in lines if x.difference < 0)
            found = sum(x.difference for x in lines if x.difference > 0)
            set_row(self.pending, r, [
                self.tr("Count #{id} · bin {bin}").format(id=c.id, bin=c.bin.code),
                f"{signed(-lost)} / {signed(found)}", "—", c.reason, c.updated_by],
                data=("count", c.id), right=(1, 2))
            r += 1
        for a in adjustments:
            what = self.tr("Scrap") if a.kind == "scrap" else self.tr("Adjustment")
            set_row(self.pending, r, [
                f"{what} · {a.part.part_number}", signed(a.qty),
                money(a.estimated_value, cur), a.reason,
                a.requested_by.name if a.requested_by_id else ""],
                data=("adjustment", a.id), right=(1, 2),
                tooltip=f"{a.part.label}\n{a.reason}")
            r += 1
        n = r
        self.side.setTabText(0, self.tr("Waiting for a manager ({n})").format(n=n))
        self.side.tabBar().setTabTextColor(0, BAD_FG if n else self.palette().text().color())
        running = counting.counts(status=CountStatus.OPEN)
        self.open_counts.setRowCount(len(running))
        for i, c in enumerate(running):
            set_row(self.open_counts, i, [
                f"#{c.id}", c.bin.code, local_time(c.started_at),
                c.started_by.name if c.started_by_id else ""], data=c.id)
        self.side.setTabText(1, self.tr("Open counts ({n})").format(n=len(running)))
        self._update_buttons()

    def _selected_pending(self) -> tuple[str, int] | None:
        item = self.pending.item(self.pending.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        manager = is_manager(self.ctx.operator)
        chosen = self._selected_pending() is not None
        for b in (self.approve_button, self.refuse_button):
            b.setEnabled(manager and chosen)
            b.setToolTip("" if manager else self.tr("Only a manager approves write-offs."))

    def approve(self) -> object | None:
        chosen = self._selected_pending()
        if chosen is None:
            return None
        kind, key = chosen
        if kind == "count":
            done = self.ctx.attempt(counting.approve_count, self.ctx.operator, key)
            text = self.tr("Count #{id} approved and posted.").format(id=key)
        else:
            done = self.ctx.attempt(counting.approve_adjustment, self.ctx.operator, key)
            text = self.tr("Write-off approved and booked.")
        if done is not None:
            self.ctx.ok(text)
            self.reload_side()
        return done

    def refuse(self) -> ReasonDialog | None:
        chosen = self._selected_pending()
        if chosen is None:
            return None
        kind, key = chosen
        if kind == "count":
            action = lambda text: counting.cancel_count(self.ctx.operator, key, text)  # noqa: E731
        else:
            action = lambda text: counting.reject_adjustment(self.ctx.operator, key, text)  # noqa: E731
        dialog = ReasonDialog(self.tr("Refuse"), self.tr("Why is it refused? Stock stays as "
                                                         "it is."), action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload_side)
        dialog.open()
        return dialog

    def _continue_picked(self, row: int, _col: int) -> None:
        item = self.open_counts.item(row, 1)
        if item is not None and (b := bin_named(item.text())) is not None:
            self.start_bin(b)

    # -- page plumbing ----------------------------------------------------------------------
    def activated(self) -> None:
        (self.qty if self.session is not None else self.lines).setFocus()

    def _update_operator(self) -> None:
        may = is_warehouse(self.ctx.operator)
        self.adjust_button.setEnabled(may)
        self.post_button.setEnabled(may and self.session is not None)
        tip = "" if may else self.tr("Warehouse staff or a manager count stock.")
        self.adjust_button.setToolTip(tip)
        self.post_button.setToolTip(tip)

    def set_operator(self, _user: object) -> None:
        self._update_operator()
        self._update_buttons()

    def refresh(self, changes: Changes | None) -> None:
        if changes is None:
            if self.session is not None:
                fresh = CountSession.get_or_none(CountSession.id == self.session.id)
                if fresh is None or fresh.status != CountStatus.OPEN.value:
                    fresh = None  # posted or cancelled at another station
                self.set_session(fresh)
            self.reload_side()
            return
        if self.session is not None:
            mine = str(self.session.id)
            ids = changes.ids("count")
            stock_ids = changes.ids("stock") | changes.ids("part")
            shown = {str(r.part_id) for r in self.rows}
            if "*" in ids or mine in ids:
                self.refresh(None)
                return
            if "*" in stock_ids or shown & stock_ids:
                self.reload_lines()
        if changes.touches("count", "adjustment", "setting"):
            self.reload_side()

