"""A table view for lists that grow at the bottom, like a till roll.

`QTableView` repaints every visible cell whenever a row is added anywhere:
the row count change schedules `doItemsLayout()`, which ends in a full
viewport update. Painting 20 rows × 6 columns of text costs about 7 ms on
the depot's desk computers, most of the 10 ms an intake may take from the
save's Enter to the saved RMA on screen. When the only change since the last
layout is rows appended at the end, this view updates the scroll ranges and
repaints just the new rows; scrolling down to them then moves the existing
pixels instead of drawing them again. Any other structural change (reset,
removal, move, layout change, columns) takes Qt's full path as before.
"""

from __future__ import annotations

from ui.qt import QItemSelectionModel, QModelIndex, QRect, QTableView


class LogTableView(QTableView):
    """QTableView that paints only the appended rows when rows are appended at the end."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._appended: tuple[int, int] | None = None  # rows appended since the last layout
        self._full = False  # some other change since the last layout: Qt's full path

    def setModel(self, model) -> None:
        old = self.model()
        if old is not None:
            for signal in self._structural_signals(old):
                signal.disconnect(self._changed_otherwise)
        super().setModel(model)
        if model is not None:
            for signal in self._structural_signals(model):
                signal.connect(self._changed_otherwise)
            # Selecting a row marks every column as selected, so a header that shares the
            # table's selection repaints all of itself on each new selection; it highlights
            # nothing here, so it gets a selection of its own that never changes.
            header = self.horizontalHeader()
            header.setHighlightSections(False)
            header.setSelectionModel(QItemSelectionModel(model, header))

    @staticmethod
    def _structural_signals(model) -> list:
        return [model.modelReset, model.layoutChanged, model.rowsRemoved, model.rowsMoved,
                model.columnsInserted, model.columnsRemoved, model.columnsMoved]

    def _changed_otherwise(self, *args) -> None:
        self._full = True

    def rowsInserted(self, parent: QModelIndex, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        at_end = not parent.isValid() and end == self.model().rowCount() - 1
        if not at_end or self._full:
            self._full = True
        elif self._appended is None:
            self._appended = (start, end)
        else:
            self._appended = (min(self._appended[0], start), end)

    def reset(self) -> None:
        self._full = True
        super().reset()

    def doItemsLayout(self) -> None:
        appended, full = self._appended, self._full
        self._appended, self._full = None, False
        if appended is None or full:
            super().doItemsLayout()
            return
        self.updateGeometries()  # scroll ranges, header lengths
        top = self.rowViewportPosition(appended[0])
        bottom = self.rowViewportPosition(appended[1]) + self.rowHeight(appended[1])
        if top < self.viewport().height():  # the new rows are (partly) in view
            self.viewport().update(QRect(0, top, self.viewport().width(), bottom - top))
