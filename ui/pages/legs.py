"""Pieces the loaner and shipping screens share: the leg form, money, service dialogs.

A shipping leg is typed the same way wherever it happens (a loaner going
out, a loaner coming back, the repaired unit going home): carrier, tracking
number (scanned from the courier's label), cost, and the payer the rule table
gives — which only a manager may change, with a reason. `LegForm` is that
form once, so the three desks cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable

from depot import settings
from depot.errors import DomainError
from depot.models import Role, User
from depot.money import format_money, parse_money
from rma import shipping
from rma.payer_rules import LegKind, Payer, coverage_label, payer_label
from rma.shipping import LegInput
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    Signal,
)
from ui.widgets import FormDialog


def currency() -> str:
    return str(settings.get("money.currency"))


def money(minor: int) -> str:
    return format_money(int(minor), currency())


def parse_cost(text: str) -> int:
    """What the desk typed as a cost, in minor units; empty is 0 (a counter handover)."""
    cleaned = text.strip()
    return 0 if not cleaned else parse_money(cleaned, currency())


def is_manager(user: User | None) -> bool:
    return user is not None and user.role == Role.MANAGER.value


def repolish(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the stylesheet keys on, and apply it now."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class LegForm(QWidget):
    """Carrier, tracking number (scannable), cost, payer by rule with a manager's override.

    `submitted` fires on Enter in the last field, so a desk can type carrier,
    scan the label, type the cost and press Enter to confirm.
    """

    submitted = Signal()

    def __init__(self, direction: LegKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.direction = direction
        self.rule: Payer | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.carrier = QLineEdit()
        self.carrier.setPlaceholderText(self.tr("e.g. SF Express, ZTO, own van"))
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("Scan the courier label"))
        # a courier barcode looks like a serial number: let it land here, not on Intake
        self.tracking.setProperty("scanRouterIgnore", True)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText("0.00")
        self.cost.setMaximumWidth(140)
        self.payer = QLabel()
        self.payer.setWordWrap(True)
        self.payer.setObjectName("payerRule")
        self.override = QCheckBox(self.tr("Another payer (manager, with a reason)"))
        self.override.toggled.connect(self._override_toggled)
        self.override_payer = QComboBox()
        for value in (Payer.CUSTOMER, Payer.DEPOT):
            self.override_payer.addItem(payer_label(value), value.value)
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Why this payer (audited)"))
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_payer)
        override_row.addWidget(self.override_reason, 1)
        self.override_box = QWidget()
        self.override_box.setLayout(override_row)
        override_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Tracking number"), self.tracking)
        form.addRow(self.tr("Cost"), self.cost)
        form.addRow(self.tr("Paid by"), self.payer)
        form.addRow("", self.override)
        form.addRow("", self.override_box)
        self.override_box.setVisible(False)
        self.carrier.returnPressed.connect(self.tracking.setFocus)
        self.tracking.returnPressed.connect(self.cost.setFocus)
        self.cost.returnPressed.connect(self.submitted.emit)

    # -- state -------------------------------------------------------------------
    def set_rma(self, rma: object | None, coverage: str = "") -> None:
        """Show the payer the rule table gives this leg of `rma` (None: nothing chosen)."""
        self.rule = None
        if rma is None:
            self.payer.setText("")
            return
        try:
            self.rule = shipping.rule_payer(rma, self.direction)
        except DomainError as exc:
            self.payer.setText(str(exc))
            return
        where = coverage_label(coverage) if coverage else ""
        if self.rule is Payer.NONE:
            self.payer.setText(self.tr(
                "The payer table has no payer for this leg of a unit {coverage}: a manager "
                "chooses who pays, with a reason.").format(coverage=where))
            self.override.setChecked(True)
        else:
            self.payer.setText(self.tr("{payer} (payer table, unit {coverage})").format(
                payer=payer_label(self.rule), coverage=where))

    def set_operator(self, user: User | None) -> None:
        manager = is_manager(user)
        self.override.setEnabled(manager)
        self.override.setToolTip("" if manager else self.tr(
            "Only a manager may choose another payer than the payer table's."))

    def clear(self) -> None:
        for w in (self.carrier, self.tracking, self.cost, self.override_reason):
            w.clear()
        self.override.setChecked(False)

    def set_values(self, carrier: str, tracking: str, cost: int) -> None:
        self.carrier.setText(carrier)
        self.tracking.setText(tracking)
        self.cost.setText(money(cost) if cost else "")

    def _override_toggled(self, on: bool) -> None:
        self.override_box.setVisible(on)
        if on:
            wanted = Payer.DEPOT if self.rule is Payer.CUSTOMER else Payer.CUSTOMER
            self.override_payer.setCurrentIndex(self.override_payer.findData(wanted.value))

    # -- reading -------------------------------------------------------------------
    def is_blank(self) -> bool:
        return not (self.carrier.text().strip() or self.tracking.text().strip()
                    or self.cost.text().strip())

    def leg_input(self) -> LegInput:
        """The leg as typed; raises `ValidationError` for an amount that is not one."""
        payer = reason = None
        if self.override.isChecked():
            payer = self.override_payer.currentData()
            reason = self.override_reason.text()
        return LegInput(carrier=self.carrier.text(), tracking=self.tracking.text(),
                        cost=parse_cost(self.cost.text()), payer=payer,
                        override_reason=reason or "")


class ServiceDialog(FormDialog):
    """The shared service dialog; a stale write stays inside it as a message.

    The loaner and shipping pages reload on every change event, so there is no
    page-level "changed by … — reload" to hand a stale write to.
    """

    close_on_stale = False


class ReasonDialog(ServiceDialog):
    """Ask for one sentence (why), then run `action(text)`."""

    def __init__(self, title: str, prompt: str, action: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.action = action
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(80)
        self.form.addRow(label)
        self.form.addRow(self.text)

    def submit(self) -> object:
        return self.action(self.text.toPlainText())
