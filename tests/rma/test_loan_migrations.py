"""Migrations 5 and 6 on a database that already holds RMAs; what the schema itself enforces."""

from __future__ import annotations

import peewee as pw
import pytest

from depot import db as dbmod
from depot.migrate import current_version
from depot.models import Role
from depot.users import create_user
from inventory import loaners as pool
from inventory.loaner_models import LoanerStatusChange
from rma import loans
from rma.models import Rma
from rma.schema import SCHEMA_VERSION, open_depot
from rma.shipping_models import Loan
from tests.support.loaner_world import make_loaner_world, receive_unit
from tests.support.repair import make_world, receive


def test_upgrade_from_4_keeps_rmas_and_lends_to_them(db_url, tmp_path, fixed_clock):
    open_depot(db_url, upto=4, backup_dir=tmp_path)
    manager = create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    make_world(manager)
    old = receive(manager, "SN-WAR-1")
    dbmod.close()

    open_depot(db_url, backup_dir=tmp_path)
    assert current_version(dbmod.database.obj) == SCHEMA_VERSION
    pool.create_loaner(manager, code="LN-1", description="Spare printer", loaner_class=1,
                       cost_value=100_000)
    loan = loans.checkout(manager, Rma.get_by_id(old.id), "LN-1")
    assert loan.rma_id == old.id
    dbmod.close()


def test_schema_refuses_history_edits_and_a_second_open_loan(db, manager, storekeeper, clerk,
                                                            fixed_clock):
    make_loaner_world(manager, storekeeper)
    first = receive_unit(clerk, "SN-WAR-1")
    second = receive_unit(clerk, "SN-WAR-2")
    loan = loans.checkout(clerk, first, "LN-C2-NEW")
    with pytest.raises(pw.DatabaseError, match="append-only"), dbmod.database.atomic():
        LoanerStatusChange.update(note="rewritten").execute()
    # behind the conditional UPDATE, the database itself keeps one open loan per loaner
    with pytest.raises(pw.IntegrityError), dbmod.database.atomic():
        Loan.create(rma=second, loaner=loan.loaner_id, needed_class=2)
    # … and one open loan per RMA
    other = pool.get_loaner("LN-C3")
    with pytest.raises(pw.IntegrityError), dbmod.database.atomic():
        Loan.create(rma=first, loaner=other, needed_class=2)
