"""The bench's Unit history tab: every earlier RMA of the unit on the bench.

The archive on the unit of DOMAIN.md §1: what came in before, what was found
and done, with which parts, by whom and when, so the technician sees a repeat
fault before diagnosing it again. Double-click (or Enter) opens that RMA.
"""

from __future__ import annotations

from rma import units
from rma.transitions import state_label
from ui.pages.intake import coverage_label
from ui.pages.repair_forms import local
from ui.qt import (
    QAbstractItemView,
    QHeaderView,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    Signal,
)


class UnitHistoryTable(QTableWidget):
    """One row per earlier RMA, newest first.

    Two columns, like the timeline, so the work gets the width of a narrow
    detail pane: the RMA and its facts stacked on the left; the fault, then
    what was found and done, wrapping on the right.
    """

    open_rma = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("unitHistory")
        self.setHorizontalHeaderLabels([self.tr("RMA"),
                                        self.tr("Fault, and what was found and done")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
        self.cellActivated.connect(self._activated)
        self.cellDoubleClicked.connect(self._activated)

    def show_unit(self, unit_id: int, current_rma_id: int) -> int:
        """Fill with the unit's RMAs other than the one on the bench; returns how many."""
        earlier = [h for h in units.unit_history(unit_id) if h.rma_id != current_rma_id]
        self.setRowCount(len(earlier))
        for i, h in enumerate(earlier):
            facts = [h.number, self.tr("received {date}").format(
                date=local(h.received_at, "%Y-%m-%d"))]
            if h.completed_at is not None:
                facts.append(self.tr("left {date}").format(
                    date=local(h.completed_at, "%Y-%m-%d")))
            facts += [p for p in (state_label(h.state), coverage_label(h.coverage),
                                  h.technician_name) if p]
            work = [f"· {line}" for line in h.work_done] or [self.tr("(nothing recorded)")]
            story = "\n".join([h.fault, *work])
            for col, text in enumerate(("\n".join(facts), story)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                item.setData(Qt.ItemDataRole.UserRole, h.rma_id)
                item.setToolTip(text)
                self.setItem(i, col, item)
        self.resizeRowsToContents()
        return len(earlier)

    def _activated(self, row: int, _col: int) -> None:
        item = self.item(row, 0)
        if item is not None:
            self.open_rma.emit(int(item.data(Qt.ItemDataRole.UserRole)))
