"""What the tabs of the Parts screen share: money, typed quantities, colours, tables.

Kept apart from `ui.pages.parts` so the receiving and counting tabs can use
it without importing the page that imports them.
"""

from __future__ import annotations

import re
from datetime import datetime

from depot import clock
from depot.errors import ValidationError
from depot.models import Role, User
from depot.money import format_money, parse_money
from inventory.models import MOVE_KIND_LABELS, Bin, MoveKind
from ui.pages.legs import currency, is_manager  # noqa: F401  (shared by the tabs)
from ui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QCoreApplication,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

#: at or below the reorder point (amber, like a warning, not an error)
LOW_BG = QColor("#fff1dc")
LOW_FG = QColor("#8a4b00")
#: missing pieces, failed lots, overdue cores
BAD_FG = QColor("#a12a1c")
BAD_BG = QColor("#fdecea")
#: pieces found, passed lots
GOOD_FG = QColor("#1e6b34")
MUTED_FG = QColor("#7b8794")

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

_WHOLE = re.compile(r"[+-]?\d+")


def is_warehouse(user: User | None) -> bool:
    """Warehouse staff, or a manager (who may do everything)."""
    return user is not None and user.role in (Role.WAREHOUSE.value, Role.MANAGER.value)


def quantity(text: str) -> int | str:
    """What was typed into a quantity field, for the service to judge.

    Whole numbers become ints; anything else ("2.5", "abc", "") goes to the
    service as typed, whose refusal says exactly what is wrong with it — the
    same words a script calling the service would get.
    """
    cleaned = "".join(str(text or "").split()).replace(",", "")
    return int(cleaned) if _WHOLE.fullmatch(cleaned) else str(text or "").strip()


def parse_cost(text: str) -> int:
    """A typed unit cost in minor units; never a float on the way."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise ValidationError(QCoreApplication.translate(
            "PartsPage", "Enter the unit cost from the delivery note (0.00 for free samples)."))
    return parse_money(cleaned, currency())


def money(minor: int | None, cur: str) -> str:
    return "" if minor is None else format_money(int(minor), cur)


def signed(n: int) -> str:
    """+2 / −1 / 0 with a real minus sign."""
    if n > 0:
        return f"+{n}"
    if n < 0:
        return f"\u2212{-n}"
    return "0"


def esc(text: object) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def local_time(at: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    if at is None:
        return ""
    return at.astimezone(clock.current().local_tz()).strftime(fmt)


def move_kind_label(kind: str) -> str:
    try:
        return QCoreApplication.translate("Stock", MOVE_KIND_LABELS[MoveKind(kind)])
    except ValueError:
        return kind


def make_table(headers: list[str], stretch: int | None = None,
               parent: QWidget | None = None) -> QTableWidget:
    """A read-only list table in the house style (no row numbers, whole-row selection)."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def set_row(table: QTableWidget, r: int, cells: list[object], *, data: object = None,
            right: tuple[int, ...] = (), fg: QColor | None = None, bg: QColor | None = None,
            tooltip: str = "") -> None:
    """Fill row `r`; `data` goes to column 0's UserRole, `right` columns are numbers."""
    for c, value in enumerate(cells):
        item = QTableWidgetItem("" if value is None else str(value))
        if c == 0 and data is not None:
            item.setData(Qt.ItemDataRole.UserRole, data)
        if c in right:
            item.setTextAlignment(RIGHT)
        if fg is not None:
            item.setForeground(QBrush(fg))
        if bg is not None:
            item.setBackground(QBrush(bg))
        if tooltip:
            item.setToolTip(tooltip)
        elif len(item.text()) > 40:
            item.setToolTip(item.text())
        table.setItem(r, c, item)


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def bin_named(text: str) -> Bin | None:
    """The bin whose code this is (a scanned bin label reads as a plain code), or None."""
    code = (text or "").strip().upper()
    return Bin.get_or_none(Bin.code == code) if code and len(code) <= 20 else None
