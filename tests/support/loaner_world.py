"""Test data for loans and shipping: the repair world plus a small loaner pool.

Built through the real services on the `db` fixture (no rows written behind
their back). The model ZT410 asks for a class-2 loaner; the pool holds one
class-1, two class-2 (one as new, one fair) and one class-3 loaner, each with
a power supply and a USB cable.
"""

from __future__ import annotations

from dataclasses import dataclass

from depot.models import User
from inventory import loaners as pool
from inventory.loaner_models import Loaner
from rma import units
from rma.models import Customer, ProductModel, Rma
from tests.support.repair import make_world, receive

KIT = ["power supply", "USB cable"]


@dataclass
class LoanerWorld:
    model: ProductModel
    customer: Customer
    loaners: dict[str, Loaner]


def make_loaner_world(manager: User, storekeeper: User) -> LoanerWorld:
    world = make_world(manager)
    model = units.update_model(manager, world.model, world.model.version, loaner_class=2)
    specs = [
        ("LN-C1", 1, 1, "Zebra GK420 desktop printer", 120_000),
        ("LN-C2-FAIR", 2, 3, "Zebra ZT230 industrial printer", 350_000),
        ("LN-C2-NEW", 2, 1, "Zebra ZT230 industrial printer", 350_000),
        ("LN-C3", 3, 2, "Zebra ZT610 industrial printer", 980_000),
    ]
    made = {
        code: pool.create_loaner(storekeeper, code=code, loaner_class=cls, condition_grade=grade,
                                 description=text, cost_value=cost, accessories=KIT,
                                 location="Loaner shelf")
        for code, cls, grade, text, cost in specs
    }
    return LoanerWorld(model, world.customer, made)


def receive_unit(actor: User, serial: str, **kw) -> Rma:
    """Receive a unit of the world (courier by default: it must come to the depot)."""
    return receive(actor, serial, **kw)
