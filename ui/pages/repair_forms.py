"""What the Bench and the Quotes & payments screens share.

Words for durations, money and SLA clocks; and the small dialogs whose OK
button calls a service. A refusal stays in the dialog, in words, with the
input kept; a stale write (another station saved the RMA meanwhile) closes
the dialog and tells the page, which shows the message and reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from depot import clock
from depot.money import format_money, parse_money
from rma.quotes import DecisionMethod
from rma.sla import SlaStatus
from rma.sla_status import RmaSla, SlaClock
from rma.workflow import currency
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QButtonGroup,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from ui.widgets import FormDialog

#: row colours of the queues: overdue rows stand out, clocks about to run out are amber
OVERDUE_BG = "#fdecea"
OVERDUE_FG = "#a12a1c"
DUE_SOON_BG = "#fff6e0"
DUE_SOON_FG = "#8a4b00"
PAUSED_FG = "#6b7785"

CARD_STYLE = """
QLabel#rmaTitle { font-size: 15pt; font-weight: 600; color: #1f2a36; }
QLabel#statePill { background: #e8eef5; color: #1f2a36; border-radius: 9px; padding: 2px 10px;
                   font-weight: 600; }
QLabel#why { background: #fbf3f2; color: #7a2418; border: 1px solid #f0d2cd; border-radius: 6px;
             padding: 6px 8px; }
QLabel#sla[status="overdue"] { color: #a12a1c; font-weight: 600; }
QLabel#sla[status="due_soon"] { color: #8a4b00; font-weight: 600; }
QLabel#sla[status="paused"] { color: #6b7785; }
QLabel#bigMoney { font-size: 14pt; font-weight: 600; }
QLabel#bigMoney[owing="true"] { color: #a12a1c; }
QLabel#bigMoney[owing="false"] { color: #1e6b34; }
QLabel#fieldError { color: #a12a1c; }
QLabel#coverage { font-size: 11pt; padding: 3px 10px; }
QLabel#sectionTitle { font-weight: 600; color: #1f2a36; padding-top: 4px; }
"""


def money(minor: int, code: str | None = None) -> str:
    """Integer minor units in the installation's currency, e.g. ``1,250.00``."""
    return format_money(int(minor), code or currency())


def parse_amount(text: str) -> int:
    """What a person typed as an amount, in minor units (refusals name the problem)."""
    return parse_money(text, currency())


def local(moment: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    if moment is None:
        return ""
    return moment.astimezone(clock.current().local_tz()).strftime(fmt)


def duration_text(span: timedelta) -> str:
    """A duration as a person says it: ``2 d 4 h``, ``3 h 20 min``, ``45 min``."""
    minutes = int(abs(span).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days and hours:
        return QCoreApplication.translate("Repair", "{d} d {h} h").format(d=days, h=hours)
    if days:
        return QCoreApplication.translate("Repair", "{d} d").format(d=days)
    if hours and mins:
        return QCoreApplication.translate("Repair", "{h} h {m} min").format(h=hours, m=mins)
    if hours:
        return QCoreApplication.translate("Repair", "{h} h").format(h=hours)
    return QCoreApplication.translate("Repair", "{m} min").format(m=mins)


_CLOCK_NAMES = {
    "turnaround": QT_TRANSLATE_NOOP("Repair", "Turnaround"),
    "fix": QT_TRANSLATE_NOOP("Repair", "Fix"),
}


def clock_name(name: str) -> str:
    if name in _CLOCK_NAMES:
        return QCoreApplication.translate("Repair", _CLOCK_NAMES[name])
    return name


def left_text(c: SlaClock) -> str:
    """``3 h 20 min left`` or ``overdue by 1 d 2 h`` for one clock."""
    if c.left < timedelta(0):
        return QCoreApplication.translate("Repair", "overdue by {span}").format(
            span=duration_text(c.left))
    return QCoreApplication.translate("Repair", "{span} left").format(span=duration_text(c.left))


def sla_status(sla: RmaSla) -> str:
    """``overdue`` / ``due_soon`` / ``on_time``, or ``paused`` while the customer decides."""
    if sla.status is SlaStatus.OVERDUE:
        return "overdue"
    if sla.paused:
        return "paused"
    return str(sla.status)


def sla_short(sla: RmaSla) -> str:
    """The queue's "time left" cell: the most urgent clock, short; paused or overdue said so."""
    due = sla.next_due
    if due is None:
        return QCoreApplication.translate("Repair", "no target")
    if due.stopped_at is not None:
        return QCoreApplication.translate("Repair", "stopped")
    span = duration_text(due.left)
    if due.left < timedelta(0):
        return QCoreApplication.translate("Repair", "overdue {span}").format(span=span)
    if sla.paused:
        return QCoreApplication.translate("Repair", "paused, {span}").format(span=span)
    return span


def sla_long(sla: RmaSla) -> str:
    """Every clock with its deadline, for the RMA header."""
    parts = []
    for c in sla.clocks:
        if c.stopped_at is not None:
            parts.append(QCoreApplication.translate("Repair", "{clock}: stopped {when}").format(
                clock=clock_name(c.name), when=local(c.stopped_at)))
            continue
        parts.append(QCoreApplication.translate("Repair", "{clock}: {left} (due {due})").format(
            clock=clock_name(c.name), left=left_text(c), due=local(c.due)))
    if sla.paused:
        parts.append(
            QCoreApplication.translate("Repair", "clocks paused while the customer decides"))
    if not parts:
        return QCoreApplication.translate("Repair", "No SLA target for this severity.")
    return " · ".join(parts)


_METHODS = {
    DecisionMethod.PHONE: QT_TRANSLATE_NOOP("Repair", "Phone"),
    DecisionMethod.EMAIL: QT_TRANSLATE_NOOP("Repair", "Email"),
    DecisionMethod.SIGNED: QT_TRANSLATE_NOOP("Repair", "Signed quote"),
}


def decision_label(method: str) -> str:
    try:
        return QCoreApplication.translate("Repair", _METHODS[DecisionMethod(method)])
    except ValueError:
        return method


def restyle(widget: QWidget, **props: object) -> None:
    """Set dynamic properties and let the style sheet see them."""
    for key, value in props.items():
        widget.setProperty(key, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# --------------------------------------------------------------------------- dialogs


class NoteDialog(FormDialog):
    """Ask for a note (why, what was done), then run ``action(text)``."""

    def __init__(self, title: str, prompt: str, action: Callable[[str], object],
                 parent: QWidget | None = None, *, text: str = "") -> None:
        super().__init__(title, parent)
        self.action = action
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(90)
        self.text.setPlainText(text)
        self.form.addRow(label)
        self.form.addRow(self.text)
        self.text.setFocus()

    def submit(self) -> object:
        return self.action(self.text.toPlainText())


class DecisionDialog(FormDialog):
    """The customer's answer to a quote: how it reached us, and a note."""

    def __init__(self, title: str, prompt: str, action: Callable[[str, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.action = action
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.form.addRow(label)
        row = QHBoxLayout()
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[str, QRadioButton] = {}
        for method in DecisionMethod:
            button = QRadioButton(decision_label(method))
            self.method_group.addButton(button)
            self.method_buttons[method.value] = button
            row.addWidget(button)
        row.addStretch(1)
        self.method_buttons[DecisionMethod.PHONE.value].setChecked(True)
        self.form.addRow(self.tr("How"), row)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Who decided, and anything they asked for"))
        self.note.setFixedHeight(70)
        self.form.addRow(self.tr("Note"), self.note)

    def method(self) -> str:
        for value, button in self.method_buttons.items():
            if button.isChecked():
                return value
        return DecisionMethod.PHONE.value

    def submit(self) -> object:
        return self.action(self.method(), self.note.toPlainText())
