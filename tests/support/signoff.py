"""Builders for handover, service-report and report tests: RMAs in the states they need.

Everything goes through the real services (intake, workflow, quotes,
payments), so a test that hands an RMA to the courier exercises the same
guards a person at the desk meets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from depot.models import User
from rma import intake, workflow
from rma.customers import create_customer
from rma.models import Customer, ProductModel, Rma
from rma.units import create_model, register_unit

#: user text that a spreadsheet would run as a formula if written carelessly
HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(A1)", "\t=1",
           "\r=2"]


@dataclass
class Catalogue:
    model: ProductModel
    customer: Customer


def catalogue(manager: User, *, customer_name: str = "上海精密仪器有限公司",
              model_code: str = "ZT410") -> Catalogue:
    model = create_model(manager, code=model_code, name="Industrial label printer 工业打印机",
                         warranty_months=12)
    customer = create_customer(manager, name=customer_name, contact_person="王经理",
                               address="上海市浦东新区张江路 88 号", phone="021-5555 0101")
    return Catalogue(model, customer)


def received(manager: User, clerk: User, cat: Catalogue, serial: str, *,
             sale_date: date | None = None, fault: str = "打印头不出纸 / no feed") -> Rma:
    """A unit registered and received: in warranty unless an old sale date is given."""
    register_unit(manager, serial=serial, model=cat.model, customer=cat.customer,
                  sale_date=sale_date or date(2025, 10, 1))
    return intake.receive(clerk, serial=serial, fault=fault)


def ready_in_warranty(manager: User, clerk: User, tech: User, cat: Catalogue, serial: str,
                      **kw: object) -> Rma:
    """An in-warranty RMA repaired, tested and ready to ship (nothing to pay)."""
    from rma.diagnosis import record_diagnosis

    rma = received(manager, clerk, cat, serial, **kw)  # type: ignore[arg-type]
    workflow.start_diagnosis(tech, rma.number)
    record_diagnosis(tech, rma.number, "Feed roller worn; 送纸辊磨损", "mechanical")
    workflow.start_repair(tech, rma.number)
    workflow.finish_repair(tech, rma.number, note="Replaced feed roller, cleaned print head")
    workflow.pass_test(tech, rma.number)
    return Rma.get(Rma.number == rma.number)


def ready_unpaid(manager: User, clerk: User, tech: User, cat: Catalogue, serial: str,
                 *, amount: int = 125_000, paid: int = 0) -> Rma:
    """An out-of-warranty RMA whose quote is accepted but not (fully) paid, repaired under
    a manager's waiver of the repair gate and ready to ship: shipping must refuse it."""
    from rma import payments, quotes
    from rma.diagnosis import record_diagnosis

    rma = received(manager, clerk, cat, serial, sale_date=date(2020, 1, 1),
                   fault="Power board burnt 电源板烧毁")
    workflow.start_diagnosis(tech, rma.number)
    record_diagnosis(tech, rma.number, "Power board burnt out", "power_supply")
    quote = quotes.draft_quote(tech, rma.number)
    quotes.add_line(tech, quote, "part", part_code="P-PSU-450", description="Power board",
                    qty=1, unit_price=amount)
    quotes.issue_quote(clerk, rma.number)
    quotes.accept_quote(clerk, rma.number, "phone")
    if paid:
        payments.record_payment(clerk, rma.number, paid, "cash")
    workflow.waive_gate(manager, rma.number, "repair_gate", "Key account, paying on invoice")
    workflow.start_repair(tech, rma.number)
    workflow.finish_repair(tech, rma.number, note="Replaced power board")
    workflow.pass_test(tech, rma.number)
    return Rma.get(Rma.number == rma.number)


def pay_up(clerk: User, rma: Rma) -> None:
    from rma import payments

    payments.record_payment(clerk, rma.number, payments.balance(rma.number), "bank_transfer",
                            reference="TT-2026-001")
