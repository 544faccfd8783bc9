"""Customers, product models and units: validation, uniqueness, versions, history, terms."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from depot.audit import history
from depot.errors import Conflict, NotFound, PermissionDenied, ScanError, StaleEdit, ValidationError
from depot.events import bus
from rma import customers, units
from rma.models import Customer, ProductModel, Rma, RmaEvent, Unit
from rma.warranty import Coverage, WarrantyTerms

# ----------------------------------------------------------------------------- customers


def test_create_customer_strips_and_audits(db, clerk):
    seen = []
    unsubscribe = bus.subscribe(seen.append)
    try:
        c = customers.create_customer(
            clerk, name="  上海 恒达  物流 ", contact_person="王经理", postcode="200001",
            phone="021-6234 5678转12", email="wang@hengda.cn",
        )
    finally:
        unsubscribe()
    assert c.name == "上海 恒达 物流"
    assert Customer.get_by_id(c.id).phone == "021-6234 5678转12"
    entry = history("customer", c.id)[0]
    assert entry.action == "customer.create" and entry.actor_id == clerk.id
    assert seen and seen[0].ids("customer") == {str(c.id)}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "  "}, "Enter the customer's name."),
        ({"name": "A", "email": "not-an-email"}, "does not look like an address"),
        ({"name": "A", "email": "a@b"}, "does not look like an address"),
        ({"name": "A", "phone": "call me"}, "is not a phone number"),
        ({"name": "A", "phone": "12-3"}, "is not a phone number"),
        ({"name": "A", "fax": "0755-ABC"}, "Fax"),
        ({"name": "A", "postcode": "1"}, "is not a postcode"),
        ({"name": "A", "postcode": "10008#"}, "is not a postcode"),
        ({"name": "x" * 201}, "at most 200 fit"),
        ({"name": "A", "colour": "red"}, "Unknown customer field"),
    ],
)
def test_customer_shape_refused(fields, message):
    with pytest.raises(ValidationError, match=message):
        customers.validate_customer_fields(fields)


def test_customer_shapes_accepted():
    clean = customers.validate_customer_fields(
        {"name": "Acme Ltd", "email": "ops@acme.co.uk", "phone": "+44 (20) 7946-0958 ext 12",
         "postcode": "sw1a 1aa", "fax": "020 7946 0959"}
    )
    assert clean["postcode"] == "SW1A 1AA"


def test_invalid_customer_writes_nothing(db, clerk):
    before = Customer.select().count()
    with pytest.raises(ValidationError):
        customers.create_customer(clerk, name="A", email="bad")
    assert Customer.select().count() == before


def test_warehouse_may_not_add_customers(db, storekeeper):
    with pytest.raises(PermissionDenied, match="may not add customers"):
        customers.create_customer(storekeeper, name="X")


def test_update_customer_version_check(db, clerk, technician):
    c = customers.create_customer(clerk, name="Acme")
    customers.update_customer(clerk, c.id, c.version, phone="010-88886666")
    with pytest.raises(StaleEdit, match="Sue Desk"):
        customers.update_customer(technician, c.id, c.version, name="Acme Inc")
    fresh = customers.get_customer(c.id)
    assert (fresh.name, fresh.phone, fresh.version) == ("Acme", "010-88886666", 2)
    entry = history("customer", c.id)[-1]
    assert entry.before == {"phone": ""} and entry.after == {"phone": "010-88886666"}
    with pytest.raises(ValidationError, match="name"):
        customers.update_customer(clerk, c.id, fresh.version, name="")


def test_find_customers(db, clerk):
    customers.create_customer(clerk, name="Acme Ltd", phone="010-11112222")
    customers.create_customer(clerk, name="北京 华信科技", contact_person="李工")
    customers.create_customer(clerk, name="Zenith")
    assert [c.name for c in customers.find_customers("acme")] == ["Acme Ltd"]
    assert [c.name for c in customers.find_customers("华信")] == ["北京 华信科技"]
    assert [c.name for c in customers.find_customers("李工")] == ["北京 华信科技"]
    assert [c.name for c in customers.find_customers("1111")] == ["Acme Ltd"]
    assert len(customers.find_customers("")) == 3
    with pytest.raises(NotFound):
        customers.get_customer(99999)


# ----------------------------------------------------------------------------- product models


def test_create_model_defaults_from_settings(db, manager):
    from depot import settings

    settings.change(manager, "warranty.default_months", 24)
    m = units.create_model(manager, code="ZT410", name="Zebra ZT410 printer")
    assert (m.warranty_months, m.doa_days, m.loaner_class) == (24, 7, None)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"code": "", "name": "n"}, "Enter the model code"),
        ({"code": "A B", "name": "n"}, "one word"),
        ({"code": "A", "name": ""}, "Enter the model name"),
        ({"code": "A", "name": "n", "warranty_months": 121}, "0 to 120 months"),
        ({"code": "A", "name": "n", "warranty_months": -1}, "0 to 120 months"),
        ({"code": "A", "name": "n", "warranty_months": 12.5}, "whole number"),
        ({"code": "A", "name": "n", "doa_days": 61}, "0 to 60 days"),
        ({"code": "A", "name": "n", "loaner_class": 0}, "Loaner class"),
    ],
)
def test_model_refused(db, manager, fields, message):
    with pytest.raises(ValidationError, match=message):
        units.create_model(manager, **fields)
    assert ProductModel.select().count() == 0


def test_model_limits_accepted(db, manager):
    m = units.create_model(manager, code="A", name="n", warranty_months=120, doa_days=60,
                           loaner_class=3)
    z = units.create_model(manager, code="B", name="n", warranty_months=0, doa_days=0)
    assert (m.warranty_months, m.doa_days, z.warranty_months, z.doa_days) == (120, 60, 0, 0)


def test_model_code_unique_ignoring_case(db, manager):
    m = units.create_model(manager, code="ZT410", name="Zebra")
    with pytest.raises(Conflict, match="ZT410 is already in use"):
        units.create_model(manager, code="zt410", name="again")
    other = units.create_model(manager, code="DS2208", name="Scanner")
    with pytest.raises(Conflict, match="already in use"):
        units.update_model(manager, other, other.version, code="Zt410")
    assert units.get_model("zt410").id == m.id
    assert units.model_by_code("nope") is None
    with pytest.raises(NotFound, match="no product model 'nope'"):
        units.get_model("nope")
    updated = units.update_model(manager, m, m.version, warranty_months=36)
    assert updated.version == 2 and ProductModel.get_by_id(m.id).warranty_months == 36
    with pytest.raises(StaleEdit):
        units.update_model(manager, m.id, 1, name="stale")
    assert [x.code for x in units.list_models()] == ["DS2208", "ZT410"]


# ----------------------------------------------------------------------------- units


@pytest.fixture
def model(db, manager):
    return units.create_model(manager, code="ZT410", name="Zebra ZT410", warranty_months=12)


@pytest.fixture
def acme(db, manager):
    return customers.create_customer(manager, name="Acme")


def test_register_unit_normalises_serial(db, technician, model, acme):
    u = units.register_unit(technician, serial=" zt-0001\r\n", model="zt410", customer=acme,
                            sale_date=date(2025, 3, 1))
    assert u.serial == "ZT-0001"
    assert units.unit_by_serial("zt-0001").id == u.id
    assert units.unit_by_serial("ZT-0002") is None
    entry = history("unit", u.id)[0]
    assert entry.after["serial"] == "ZT-0001" and entry.after["sale_date"] == "2025-03-01"


def test_register_unit_from_gs1_label(db, technician, model):
    u = units.register_unit(technician, serial="(01)09506000134352(21)ab12345", model=model)
    assert u.serial == "AB12345"


@pytest.mark.parametrize(
    ("serial", "error", "message"),
    [
        ("", ScanError, "Nothing was scanned"),
        ("SN#1", ScanError, "contains"),
        ("X" * 41, ScanError, "at most 40"),
        ("4006381333931", ScanError, "product code"),
        ("RMA-2601-00001", ScanError, "is an RMA number, not a serial"),
        ("BDG-M001", ScanError, "operator badge"),
        ("(01)09506000134352", ScanError, "no serial number"),
    ],
)
def test_register_unit_bad_serial(db, technician, model, serial, error, message):
    with pytest.raises(error, match=message):
        units.register_unit(technician, serial=serial, model=model)
    assert Unit.select().count() == 0


def test_register_unit_refusals(db, technician, model):
    units.register_unit(technician, serial="SN1", model=model)
    with pytest.raises(Conflict, match="SN1 is already registered"):
        units.register_unit(technician, serial="sn1", model=model)
    with pytest.raises(NotFound, match="no product model"):
        units.register_unit(technician, serial="SN2", model="NOPE")
    with pytest.raises(ValidationError, match="before the sale date"):
        units.register_unit(technician, serial="SN2", model=model,
                            sale_date=date(2025, 5, 2), acceptance_date=date(2025, 5, 1))
    with pytest.raises(ValidationError, match="calendar date"):
        units.register_unit(technician, serial="SN2", model=model, sale_date="2025-05-01")
    with pytest.raises(ValidationError, match="0 to 120 months"):
        units.register_unit(technician, serial="SN2", model=model, contract_warranty_months=200)
    with pytest.raises(NotFound):
        units.register_unit(technician, serial="SN2", model=model, customer=424242)
    assert Unit.select().count() == 1


def test_update_unit(db, technician, manager, model, acme):
    u = units.register_unit(technician, serial="SN1", model=model)
    u = units.update_unit(technician, u, u.version, customer=acme, sale_date=date(2025, 1, 1),
                          serial="sn1-b")
    assert (u.serial, u.customer_id, u.version) == ("SN1-B", acme.id, 2)
    entry = history("unit", u.id)[-1]
    assert entry.before == {"serial": "SN1", "customer": None, "sale_date": None}
    assert entry.after == {"serial": "SN1-B", "customer": acme.id, "sale_date": "2025-01-01"}
    with pytest.raises(StaleEdit):
        units.update_unit(technician, u.id, 1, warranty_months=24)
    with pytest.raises(PermissionDenied, match="warranty extension"):
        units.update_unit(technician, u.id, u.version, extension_days=5)
    u = units.update_unit(manager, u.id, u.version, extension_days=5)
    assert u.extension_days == 5
    with pytest.raises(ValidationError, match="before the sale date"):
        units.update_unit(manager, u.id, u.version, acceptance_date=date(2024, 12, 1))
    other = units.register_unit(technician, serial="SN2", model=model)
    with pytest.raises(Conflict, match="SN1-B is already registered"):
        units.update_unit(manager, other.id, other.version, serial="SN1-B")


def test_terms_and_coverage_follow_overrides(db, technician, model):
    u = units.register_unit(technician, serial="SN1", model=model, sale_date=date(2025, 1, 10),
                            acceptance_date=date(2025, 1, 14), warranty_months=24)
    assert units.terms_for(u) == WarrantyTerms(
        sale_date=date(2025, 1, 10), acceptance_date=date(2025, 1, 14), months=24, doa_days=7,
    )
    decision = units.coverage_for(u, date(2026, 6, 1))
    assert decision.coverage == Coverage.WARRANTY and decision.start == date(2025, 1, 15)
    assert decision.end == date(2027, 1, 14)
    u = units.update_unit(technician, u, u.version, contract_warranty_months=36)
    assert units.terms_for(u).months == 36
    assert units.coverage_for(u, date(2025, 1, 21)).coverage == Coverage.DOA
    assert units.coverage_for(u, date(2025, 1, 22)).coverage == Coverage.WARRANTY


def test_unit_history_lists_rmas_with_events(db, technician, model, acme, fixed_clock):
    from rma import intake

    u = units.register_unit(technician, serial="SN1", model=model, customer=acme,
                            sale_date=date(2025, 6, 1))
    assert units.unit_history(u) == []
    first = intake.receive(technician, serial="SN1", fault="Paper jam")
    # close it the way the workflow will (state names from rma.states)
    Rma.update(state="shipped", is_open=False, shipped_at=fixed_clock.now()).where(
        Rma.id == first.id
    ).execute()
    RmaEvent.create(rma=first, actor=technician, kind="finish_repair", from_state="in_repair",
                    to_state="testing", note="Replaced print head PH-410")
    RmaEvent.create(rma=first, actor=technician, kind="payment", note="¥120.00 by cash")
    fixed_clock.advance(days=3)
    second = intake.receive(technician, serial="SN1", fault="Streaks")
    hist = units.unit_history(u.id)
    assert [h.number for h in hist] == [second.number, first.number]
    old = hist[1]
    assert old.fault == "Paper jam" and not old.is_open
    assert [e.kind for e in old.events] == ["received", "finish_repair", "payment"]
    assert old.events[0].actor_name == "Tom Tech"
    assert old.work_done == ["Replaced print head PH-410"], "the repair, not the payment"
    assert old.completed_at == fixed_clock.now() - timedelta(days=3)
    assert hist[0].is_open and hist[0].work_done == []


def test_earlier_visits_count_the_rmas_and_name_the_latest(db, technician, model, acme,
                                                          fixed_clock):
    from rma import intake

    u = units.register_unit(technician, serial="SN2", model=model, customer=acme,
                            sale_date=date(2025, 6, 1))
    assert units.earlier_visits(u) is None
    assert intake.lookup_scan("SN2").visits is None, "a first visit says nothing"
    for fault in ("Paper jam", "Streaks"):
        rma = intake.receive(technician, serial="SN2", fault=fault)
        Rma.update(state="shipped", is_open=False, shipped_at=fixed_clock.now()).where(
            Rma.id == rma.id).execute()
        fixed_clock.advance(days=10)
    visits = intake.lookup_scan("SN2").visits
    assert visits == units.earlier_visits(u.id)
    assert (visits.count, visits.number, visits.fault, visits.state) == (
        2, rma.number, "Streaks", "shipped")
    assert visits.shipped_at == fixed_clock.now() - timedelta(days=10)
