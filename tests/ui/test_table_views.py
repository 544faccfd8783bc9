"""The list model that paints in C++ and the table view that paints only what was appended."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ui.log_view import LogTableView
from ui.qt import QColor, QEvent, QImage, QObject, Qt
from ui.table_model import BACKGROUND, DISPLAY, TOOLTIP, USER, Cells, RowsModel


@dataclass(frozen=True)
class Line:
    id: int
    text: str
    late: bool = False


class LinesModel(RowsModel[Line]):
    CONTEXT = "Test"
    HEADERS = ("Id", "Text", "Note")

    def key(self, row: Line) -> int:
        return row.id

    def cells(self, row: Line) -> Cells:
        cells = {DISPLAY: (str(row.id), row.text, "late" if row.late else ""),
                 TOOLTIP: row.text, USER: row.id}
        if row.late:
            cells[BACKGROUND] = QColor("#fdecea")
        return cells


def lines(n: int, start: int = 1) -> list[Line]:
    return [Line(i, f"line {i} — 第{i}行") for i in range(start, start + n)]


def test_rows_model_answers_per_column_and_per_row_roles(qapp):
    model = LinesModel()
    model.set_rows(lines(3))
    assert model.rowCount() == 3 and model.columnCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Text"
    assert model.data(model.index(1, 1)) == "line 2 — 第2行"
    assert model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole) == "line 2 — 第2行"
    assert model.data(model.index(2, 0), Qt.ItemDataRole.UserRole) == 3
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_rows_model_updates_in_place_and_clears_dropped_roles(qapp):
    model = LinesModel()
    model.set_rows(lines(3))
    changed = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), a.column())))
    model.place(Line(2, "line 2 — 第2行", late=True))
    assert model.data(model.index(1, 2)) == "late"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) == QColor("#fdecea")
    assert {r for r, _ in changed} == {1}, "only the changed row is signalled"
    model.place(Line(2, "line 2 — 第2行"))
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, 2)) == ""


def test_rows_model_keeps_keys_and_rows_in_step(qapp):
    model = LinesModel()
    model.set_rows(lines(5))
    model.place(Line(9, "nine"), before=lambda row: False)  # appended
    model.place(Line(0, "zero"))  # at the top
    model.place(Line(10, "ten"), at_end=True)  # at the bottom, without looking at the rows
    model.place(Line(10, "ten again"), at_end=True)  # known key: updated where it is
    assert [model.data(model.index(i, 0)) for i in range(model.rowCount())] == \
        ["0", "1", "2", "3", "4", "5", "9", "10"]
    assert model.rows[-1].text == "ten again"
    assert [model.row_of(k) for k in (0, 1, 5, 9, 10, 42)] == [0, 1, 5, 6, 7, -1]
    model.remove_row(1)
    assert model.row_of(1) == -1 and model.row_of(9) == 5
    assert [r.id for r in model.rows] == [0, 2, 3, 4, 5, 9, 10]
    model.set_rows(lines(2, start=100))
    assert model.row_of(100) == 0 and model.row_of(9) == -1 and model.rowCount() == 2


def test_same_rows_again_update_in_place_and_keep_the_selection(qapp):
    model = LinesModel()
    view = LogTableView()
    view.setModel(model)
    model.set_rows(lines(4))
    view.selectRow(2)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows([Line(r.id, r.text + "!") for r in lines(4)])
    assert not resets and view.selectionModel().isRowSelected(2)
    assert model.data(model.index(2, 1)).endswith("!")


class PaintSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects = []

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def _fresh_image(model: LinesModel, size, scroll: int) -> QImage:
    """What a view painting everything from scratch shows."""
    view = LogTableView()
    view.setModel(model)
    view.resize(size)
    view.show()
    view.verticalScrollBar().setValue(scroll)
    return view.viewport().grab().toImage()


@pytest.mark.parametrize("start", [3, 40])  # list shorter than the view / longer (scrolled)
def test_appending_paints_only_the_new_rows_and_looks_the_same(qtbot, start):
    model = LinesModel()
    model.set_rows(lines(start))
    view = LogTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(420, 300)
    view.show()
    qtbot.waitExposed(view)
    view.selectRow(start - 1)  # the first current row repaints everything once
    qtbot.wait(1)  # and the pending layout of the first rows
    spy = PaintSpy()
    view.viewport().installEventFilter(spy)
    for n in range(start + 1, start + 4):
        spy.rects.clear()
        model.place(Line(n, f"line {n} — 第{n}行", late=n % 2 == 0), before=lambda row: False)
        view.selectRow(model.row_of(n))
        qtbot.wait(1)  # the event loop paints what is dirty
        assert spy.rects, "something was painted"
        assert max(r.height() for r in spy.rects) <= 2 * view.rowHeight(0) + 2, \
            f"more than the new and the previously selected row: {spy.rects}"
    # what the view built up row by row is what a view painting everything shows
    view.selectionModel().clear()  # no selection and no current cell, like the fresh view
    image = view.viewport().grab().toImage()
    assert image == _fresh_image(model, view.size(), view.verticalScrollBar().value())


def test_any_other_change_takes_the_full_repaint(qtbot):
    model = LinesModel()
    model.set_rows(lines(5))
    view = LogTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(420, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(1)
    spy = PaintSpy()
    view.viewport().installEventFilter(spy)
    model.place(Line(0, "top"))  # inserted at the top: every row moves
    qtbot.wait(1)
    assert max(r.height() for r in spy.rects) >= view.viewport().height() - 1
    view.selectionModel().clear()  # a focused view has a current cell; the fresh one has not
    assert view.viewport().grab().toImage() == _fresh_image(model, view.size(), 0)
