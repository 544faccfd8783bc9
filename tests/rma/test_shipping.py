"""Shipping legs: payer by rule, history not rewritten, overrides, bad input, money owed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from depot import settings
from depot.errors import (
    Conflict,
    GateClosed,
    NotFound,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)
from depot.models import AuditEntry
from rma import quotes, shipping, workflow
from rma.models import RmaEvent
from rma.payer_rules import DEFAULT_RULES, LegKind, Payer, validate_rules
from rma.repair_models import QuoteLine
from rma.shipping import LegInput
from rma.shipping_models import ShippingLeg
from tests.support.loaner_world import make_loaner_world, receive_unit

L = LegKind


@pytest.fixture
def world(db, manager, storekeeper, fixed_clock):
    return make_loaner_world(manager, storekeeper)


def counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in (ShippingLeg, RmaEvent, AuditEntry,
                                                      QuoteLine)}


def _leg(actor, rma, direction, **kw):
    kw.setdefault("carrier", "SF Express")
    kw.setdefault("cost", 2_300)
    return shipping.create_leg(actor, rma, direction, **kw)


@pytest.mark.parametrize(
    ("serial", "direction", "payer"),
    [
        ("SN-WAR-1", L.CUSTOMER_TO_DEPOT, Payer.CUSTOMER),
        ("SN-WAR-1", L.DEPOT_TO_CUSTOMER, Payer.DEPOT),
        ("SN-WAR-1", L.DEPOT_TO_VENDOR, Payer.DEPOT),
        ("SN-DOA-1", L.VENDOR_TO_DEPOT, Payer.DEPOT),
        ("SN-OOW-1", L.CUSTOMER_TO_DEPOT, Payer.CUSTOMER),
        ("SN-OOW-1", L.DEPOT_TO_CUSTOMER, Payer.CUSTOMER),
        ("SN-OOW-1", L.DEPOT_TO_VENDOR, Payer.CUSTOMER),
    ],
)
def test_leg_takes_the_rule_payer_and_remembers_why(world, clerk, serial, direction, payer):
    rma = receive_unit(clerk, serial)
    assert shipping.rule_payer(rma, direction) is payer
    leg = _leg(clerk, rma, direction, tracking=" sf 1234 5678 ")
    assert (leg.payer, leg.rule_payer, leg.coverage, leg.tracking) == (
        payer.value, payer.value, rma.coverage, "SF12345678")
    assert leg.override_reason == "" and leg.created_by_id == clerk.id
    event = RmaEvent.select().where(RmaEvent.kind == "shipping_leg").get()
    assert f"paid by {payer.value}" in event.note and event.data["leg"] == leg.id
    assert shipping.get_leg(f"LEG-{leg.id}").id == leg.id
    assert [x.id for x in shipping.find_by_tracking("SF12345678")] == [leg.id]


def test_customer_sender_pays_the_carrier_directly_by_default(world, clerk):
    rma = receive_unit(clerk, "SN-OOW-1")
    inbound = _leg(clerk, rma, L.CUSTOMER_TO_DEPOT)
    outbound = _leg(clerk, rma, L.DEPOT_TO_CUSTOMER)
    assert inbound.customer_paid_carrier and not outbound.customer_paid_carrier
    assert [x.id for x in shipping.billable_legs(rma)] == [outbound.id]
    assert shipping.customer_shipping_due(rma) == 2_300
    freight_collect = _leg(clerk, rma, L.CUSTOMER_TO_DEPOT, customer_paid_carrier=False,
                           cost=1_500)
    assert shipping.customer_shipping_due(rma) == 3_800
    assert [x.id for x in shipping.outstanding_legs(rma)] == [freight_collect.id, outbound.id]
    with pytest.raises(ValidationError, match="Only a customer-paid leg"):
        _leg(clerk, receive_unit(clerk, "SN-WAR-1"), L.DEPOT_TO_CUSTOMER,
             customer_paid_carrier=True)


@pytest.mark.parametrize(
    ("kw", "error", "message"),
    [
        ({"cost": -1}, ValidationError, "The shipping cost cannot be negative."),
        ({"cost": 12.5}, ValidationError, "exact amount"),
        ({"cost": True}, ValidationError, "exact amount"),
        ({"carrier": ""}, ValidationError, "Enter the carrier"),
        ({"carrier": "   \t"}, ValidationError, "Enter the carrier"),
        ({"carrier": "x" * 61}, ValidationError, "carrier name is too long"),
        ({"tracking": "SF1\x07"}, ValidationError, "control character"),
        ({"direction": "teleport"}, ValidationError, "Unknown shipping leg teleport"),
        ({"payer": "nobody"}, ValidationError, "Choose who pays"),
        ({"loaner_code": "LN-C1"}, ValidationError, "Only loaner legs name a loaner"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(world, clerk, kw, error, message):
    rma = receive_unit(clerk, "SN-WAR-1")
    before = counts()
    kw = dict(kw)  # the parameters are shared by both backends' runs
    direction = kw.pop("direction", L.DEPOT_TO_CUSTOMER)
    with pytest.raises(error, match=message):
        _leg(clerk, rma, direction, **kw)
    assert counts() == before


def test_any_carrier_name_is_fine(world, clerk):
    rma = receive_unit(clerk, "SN-WAR-1")
    leg = _leg(clerk, rma, L.DEPOT_TO_CUSTOMER, carrier="  Uncle   Li's  van ", cost=0)
    assert (leg.carrier, leg.cost) == ("Uncle Li's van", 0)


def test_loaner_leg_of_a_chargeable_unit_needs_a_manager_override(world, clerk, manager):
    rma = receive_unit(clerk, "SN-OOW-1")
    before = counts()
    with pytest.raises(GateClosed, match="no payer for loaner out of a unit out of warranty"):
        _leg(clerk, rma, L.LOANER_OUT, loaner_code="LN-C2-NEW")
    with pytest.raises(PermissionDenied):
        _leg(clerk, rma, L.LOANER_OUT, loaner_code="LN-C2-NEW", payer="depot",
             override_reason="Key account")
    with pytest.raises(ValidationError, match="an override needs a reason"):
        _leg(manager, rma, L.LOANER_OUT, loaner_code="LN-C2-NEW", payer="depot")
    with pytest.raises(ValidationError, match="must name the loaner"):
        _leg(manager, rma, L.LOANER_OUT, payer="depot", override_reason="Key account")
    assert counts() == before
    leg = _leg(manager, rma, L.LOANER_OUT, loaner_code="LN-C2-NEW", payer="depot",
               override_reason="Key account, GM approved")
    assert (leg.payer, leg.rule_payer, leg.overridden_by_id) == ("depot", "none", manager.id)
    entry = AuditEntry.get(AuditEntry.action == "shipping_leg.create")
    assert entry.note == "Key account, GM approved" and entry.after["rule_payer"] == "none"


def test_changed_rules_apply_to_new_legs_only(world, clerk, manager):
    rma = receive_unit(clerk, "SN-WAR-1")
    old = _leg(clerk, rma, L.DEPOT_TO_CUSTOMER)
    assert old.payer == "depot"
    table = validate_rules(DEFAULT_RULES)
    table["warranty"]["depot_to_customer"] = "customer"
    with pytest.raises(PermissionDenied):
        shipping.change_payer_rules(clerk, table)
    shipping.change_payer_rules(manager, table)
    new = _leg(clerk, rma, L.DEPOT_TO_CUSTOMER)
    assert new.payer == "customer" and new.rule_payer == "customer"
    assert ShippingLeg.get_by_id(old.id).payer == "depot"  # history is not rewritten
    assert ShippingLeg.get_by_id(old.id).rule_payer == "depot"
    entry = AuditEntry.get(AuditEntry.action == "setting.change")
    assert entry.before["warranty"]["depot_to_customer"] == "depot"
    assert entry.after["warranty"]["depot_to_customer"] == "customer"


def test_an_invalid_table_is_not_stored(world, manager):
    table = validate_rules(DEFAULT_RULES)
    del table["doa"]["loaner_back"]
    with pytest.raises(ValidationError, match="Choose who pays loaner back"):
        shipping.change_payer_rules(manager, table)
    assert settings.get("shipping.payer_rules") == validate_rules(DEFAULT_RULES)


def test_override_payer_needs_manager_and_reason_and_is_audited(world, clerk, manager):
    rma = receive_unit(clerk, "SN-OOW-1")
    leg = _leg(clerk, rma, L.DEPOT_TO_CUSTOMER)
    with pytest.raises(PermissionDenied):
        shipping.override_payer(clerk, leg, "depot", "goodwill")
    with pytest.raises(ValidationError, match="Say why"):
        shipping.override_payer(manager, leg, "depot", "  ")
    with pytest.raises(ValidationError, match="already paid by the customer"):
        shipping.override_payer(manager, leg, "customer", "no change")
    assert shipping.customer_shipping_due(rma) == 2_300
    done = shipping.override_payer(manager, leg, Payer.DEPOT, "Courier damaged the box")
    assert (done.payer, done.rule_payer, done.override_reason) == (
        "depot", "customer", "Courier damaged the box")
    assert shipping.customer_shipping_due(rma) == 0
    entry = AuditEntry.get(AuditEntry.action == "shipping_leg.override_payer")
    assert (entry.before, entry.after, entry.note) == (
        {"payer": "customer"}, {"payer": "depot"}, "Courier damaged the box")
    assert RmaEvent.select().where(RmaEvent.kind == "shipping_leg_payer").count() == 1


def test_update_leg_is_versioned_and_validated(world, clerk):
    rma = receive_unit(clerk, "SN-OOW-1")
    leg = _leg(clerk, rma, L.DEPOT_TO_CUSTOMER)
    with pytest.raises(ValidationError, match="cannot be negative"):
        shipping.update_leg(clerk, leg, leg.version, cost=-5)
    shipping.update_leg(clerk, leg, leg.version, cost=2_600, tracking="sf99")
    with pytest.raises(StaleEdit):
        shipping.update_leg(clerk, leg.id, leg.version - 1, cost=1)
    fresh = ShippingLeg.get_by_id(leg.id)
    assert (fresh.cost, fresh.tracking) == (2_600, "SF99")
    assert shipping.customer_shipping_due(rma) == 2_600


def test_billable_leg_goes_onto_the_draft_quote_and_follows_its_cost(world, clerk, technician):
    rma = receive_unit(clerk, "SN-OOW-1")
    workflow.start_diagnosis(technician, rma)
    draft = quotes.draft_quote(technician, rma)
    inbound = _leg(clerk, rma, L.CUSTOMER_TO_DEPOT, cost=1_800)  # paid to the carrier: not billed
    leg = _leg(clerk, rma, L.DEPOT_TO_CUSTOMER, cost=2_500, tracking="SF777")
    assert inbound.quote_line_id is None
    line = QuoteLine.get_by_id(leg.quote_line_id)
    assert (line.kind, line.amount, line.quote_id) == ("shipping", 2_500, draft.id)
    assert f"[LEG-{leg.id}]" in line.description and "SF777" in line.description
    shipping.update_leg(clerk, leg, leg.version, cost=2_700)
    assert QuoteLine.get_by_id(leg.quote_line_id).amount == 2_700
    with pytest.raises(Conflict, match="already on a quote"):
        shipping.add_leg_to_quote(clerk, leg)
    with pytest.raises(ValidationError, match="not billed to the customer"):
        shipping.add_leg_to_quote(clerk, inbound)


def test_accepted_quote_shipping_is_not_charged_twice(world, clerk, technician):
    rma = receive_unit(clerk, "SN-OOW-1")
    workflow.start_diagnosis(technician, rma)
    draft = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, draft, "part", part_code="P-FUSER", description="Fuser",
                    unit_price=12_000)
    quotes.add_line(technician, draft, "shipping", description="Return courier (estimate)",
                    unit_price=2_000)
    quotes.issue_quote(technician, rma)
    quotes.accept_quote(clerk, rma, "phone")
    assert shipping.customer_shipping_due(rma) == 0
    leg = _leg(clerk, rma, L.DEPOT_TO_CUSTOMER, cost=2_000)
    assert leg.quote_line_id is None  # no draft any more: owed through the balance
    assert shipping.customer_shipping_due(rma) == 0  # the quote already charges it
    shipping.update_leg(clerk, leg, leg.version, cost=2_600)
    assert shipping.customer_shipping_due(rma) == 600  # the courier cost more than quoted
    assert shipping.outstanding(rma) == 12_000 + 2_000 + 600
    with pytest.raises(Conflict, match="no draft quote"):
        shipping.add_leg_to_quote(clerk, leg)


def test_mark_shipped_and_delivered(world, clerk, fixed_clock):
    rma = receive_unit(clerk, "SN-WAR-1")
    leg = _leg(clerk, rma, L.DEPOT_TO_CUSTOMER)
    shipping.mark_shipped(clerk, leg, tracking="SF42")
    with pytest.raises(Conflict, match="already marked shipped"):
        shipping.mark_shipped(clerk, leg)
    with pytest.raises(ValidationError, match="in the future"):
        shipping.mark_delivered(clerk, leg, date(2026, 1, 6))
    fixed_clock.advance(days=1)
    done = shipping.mark_delivered(clerk, leg, date(2026, 1, 6))
    assert (done.tracking, done.delivered_on) == ("SF42", date(2026, 1, 6))
    with pytest.raises(Conflict, match="already delivered on 2026-01-06"):
        shipping.mark_delivered(clerk, leg)


def test_unknown_leg_and_rma(world, clerk):
    with pytest.raises(NotFound):
        shipping.get_leg("LEG-999")
    with pytest.raises(NotFound):
        shipping.legs_of("RMA-2601-99999")


def test_only_desk_warehouse_and_technicians_record_legs(world, clerk, storekeeper):
    rma = receive_unit(clerk, "SN-OOW-1")
    leg = _leg(storekeeper, rma, L.DEPOT_TO_VENDOR, cost=0)
    assert leg.payer == "customer"
    assert [x.id for x in shipping.legs_of(rma)] == [leg.id]


def test_legs_after_a_week(world, clerk, fixed_clock):
    """A leg recorded later still judges the coverage snapshotted on the RMA."""
    rma = receive_unit(clerk, "SN-WAR-1")
    fixed_clock.advance(days=7)
    leg = _leg(clerk, rma, L.DEPOT_TO_CUSTOMER)
    assert (leg.coverage, leg.payer) == ("warranty", "depot")
    assert leg.created_at == fixed_clock.current
    assert fixed_clock.current - rma.received_at == timedelta(days=7)


def test_leg_input_defaults():
    assert LegInput(carrier="SF").cost == 0 and LegInput(carrier="SF").payer is None
