"""Handovers: scanning items in, the refusals a person sees at the scanner, confirmation.

Runs on SQLite and PostgreSQL (`db`): the one-open-handover rule is a partial
unique index, which both must enforce the same way.
"""

from __future__ import annotations

import peewee as pw
import pytest

from depot import clock
from depot.errors import Conflict, GateClosed, NotFound, PermissionDenied, ValidationError
from inventory.catalogue import create_part
from inventory.loaners import create_loaner, retire
from rma import handover as ho
from rma.models import Rma, RmaEvent
from rma.signoff_models import HandoverItem
from tests.support import signoff as s


@pytest.fixture
def cat(manager, fixed_clock):
    return s.catalogue(manager)


def test_create_numbers_by_month_and_validates_parties(clerk, cat):
    first = ho.create(clerk, "intake_to_bench", "Intake desk", "Bench 2")
    second = ho.create(clerk, ho.HandoverKind.SHIFT_CHANGE, "Early shift", "Late shift")
    assert (first.number, second.number) == ("HO-2601-00001", "HO-2601-00002")
    assert first.state == "open" and first.created_by_id == clerk.id
    with pytest.raises(ValidationError, match="Enter who hands over"):
        ho.create(clerk, "intake_to_bench", "  ", "Bench")
    with pytest.raises(ValidationError, match="Unknown kind of handover 'teleport'"):
        ho.create(clerk, "teleport", "A", "B")
    with pytest.raises(PermissionDenied, match="Scan your badge"):
        ho.create(None, "intake_to_bench", "A", "B")  # type: ignore[arg-type]
    assert ho.get_handover("ho-2601-00002").id == second.id
    with pytest.raises(NotFound):
        ho.get_handover("HO-2601-00099")


def test_scan_rma_by_number_or_serial_and_refuse_double_scans(manager, clerk, cat):
    a = s.received(manager, clerk, cat, "SN-A1")
    s.received(manager, clerk, cat, "SN-B2")
    bench = ho.create(clerk, "intake_to_bench", "Intake desk", "Bench")
    assert ho.add_by_scan(clerk, bench, a.number).code == a.number
    assert ho.add_by_scan(clerk, bench, " sn-b2\r\n").code == "RMA-2601-00002"
    with pytest.raises(Conflict, match=f"{a.number} is already on this handover"):
        ho.add_by_scan(clerk, bench, "SN-A1")
    other = ho.create(clerk, "shift_change", "Day", "Night")
    with pytest.raises(Conflict, match=f"already on handover {bench.number} .*still open"):
        ho.add_by_scan(clerk, other, a.number)
    views = ho.items_of(bench)
    assert [(v.position, v.code, v.description, v.state) for v in views] == [
        (1, a.number, "S/N SN-A1", "received"), (2, "RMA-2601-00002", "S/N SN-B2", "received")]
    with pytest.raises(NotFound, match="RMA RMA-2601-00077 does not exist"):
        ho.add_by_scan(clerk, bench, "RMA-2601-00077")
    with pytest.raises(ValidationError, match="is a handover sheet, not an item"):
        ho.add_by_scan(clerk, bench, other.number)


def test_cancelled_or_confirmed_handover_frees_its_items(manager, clerk, cat):
    a = s.received(manager, clerk, cat, "SN-A1")
    first = ho.create(clerk, "intake_to_bench", "Intake desk", "Bench")
    ho.add_by_scan(clerk, first, a.number)
    with pytest.raises(ValidationError, match="Say why"):
        ho.cancel(clerk, first, "")
    ho.cancel(clerk, first, "Wrong bench")
    second = ho.create(clerk, "intake_to_bench", "Intake desk", "Bench 2")
    ho.add_by_scan(clerk, second, a.number)
    ho.confirm(clerk, second)
    third = ho.create(clerk, "shift_change", "Day", "Night")
    ho.add_by_scan(clerk, third, a.number)
    with pytest.raises(Conflict, match="is confirmed: it cannot be changed"):
        ho.add_by_scan(clerk, second, a.number)
    assert Rma.get_by_id(a.id).state == "received", "intake → bench moves no state"
    event = RmaEvent.get((RmaEvent.rma == a.id) & (RmaEvent.kind == ho.EVENT_HANDED_OVER))
    assert event.data == {"handover": second.number, "kind": "intake_to_bench",
                          "giver": "Intake desk", "taker": "Bench 2", "say": "handed_over"}
    assert event.note == f"Handover {second.number}: Intake desk → bench, Intake desk → Bench 2."


def test_open_item_key_is_unique_in_the_database(manager, clerk, cat):
    """The partial index, not only the pre-check, stops a second open line (station race)."""
    a = s.received(manager, clerk, cat, "SN-A1")
    first = ho.create(clerk, "intake_to_bench", "Intake desk", "Bench")
    second = ho.create(clerk, "shift_change", "Day", "Night")
    ho.add_by_scan(clerk, first, a.number)
    with pytest.raises(pw.IntegrityError), HandoverItem._meta.database.atomic():
        HandoverItem.create(handover=second, position=1, item_type="rma", rma=a, code="x",
                            item_key=f"rma:{a.id}", is_open=True)
    # a closed line with the same key is fine (history keeps every handover)
    ho.cancel(clerk, first, "mistake")
    HandoverItem.create(handover=second, position=1, item_type="rma", rma=a, code=a.number,
                        item_key=f"rma:{a.id}", is_open=True)


def test_courier_refuses_unpaid_rma_at_the_scanner_with_the_reason(manager, clerk,
                                                                     technician, cat):
    paid = s.ready_in_warranty(manager, clerk, technician, cat, "SN-OK1")
    unpaid = s.ready_unpaid(manager, clerk, technician, cat, "SN-DUE1", amount=125_000,
                            paid=25_000)
    diag = s.received(manager, clerk, cat, "SN-NEW1")
    courier = ho.create(clerk, "depot_to_courier", "Shipping desk", "SF Express")
    ho.add_by_scan(clerk, courier, paid.number)
    with pytest.raises(GateClosed) as refused:
        ho.add_by_scan(clerk, courier, unpaid.number)
    assert str(refused.value) == (
        f"{unpaid.number} cannot be handed over: Quote Q-{unpaid.number}-1 is not fully paid: "
        "1,000.00 outstanding (250.00 of 1,250.00 received). A unit with money outstanding "
        "is never shipped back.")
    with pytest.raises(Conflict, match=f"{diag.number} is received: only a unit that passed "
                       "its test"):
        ho.add_by_scan(clerk, courier, diag.number)
    assert [v.code for v in ho.items_of(courier)] == [paid.number]

    s.pay_up(clerk, unpaid)
    ho.add_by_scan(clerk, courier, unpaid.number)
    clock.current().advance(hours=3)
    ho.confirm(clerk, courier)
    for rma in (paid, unpaid):
        row = Rma.get_by_id(rma.id)
        assert (row.state, row.is_open, row.shipped_at) == ("shipped", False, clock.now())
        kinds = [e.kind for e in RmaEvent.select().where(RmaEvent.rma == rma.id)
                 .order_by(RmaEvent.id)]
        assert kinds[-2:] == ["ship", ho.EVENT_HANDED_OVER] or kinds[-3:] == [
            "ship", "warranty_extended", ho.EVENT_HANDED_OVER]
    shipped = RmaEvent.get((RmaEvent.rma == paid.id) & (RmaEvent.kind == "ship"))
    assert shipped.data == {"carrier": "SF Express"}
    assert courier.number in shipped.note
    assert ho.get_handover(courier.id).state == "confirmed"


def test_confirmation_rechecks_and_writes_nothing_when_an_item_is_refused(manager, clerk,
                                                                           storekeeper, cat):
    loaner = create_loaner(storekeeper, description="Spare printer 备用打印机", loaner_class=1,
                           cost_value=300_000, code="LN-7")
    a = s.received(manager, clerk, cat, "SN-A1")
    shift = ho.create(clerk, "shift_change", "Day", "Night")
    ho.add_by_scan(clerk, shift, a.number)
    ho.add_by_scan(clerk, shift, "LN-7")
    retire(storekeeper, loaner, "Dropped")
    with pytest.raises(GateClosed, match="Loaner LN-7 is retired"):
        ho.confirm(clerk, shift)
    row = ho.get_handover(shift.id)
    assert row.state == "open" and row.confirmed_at is None
    assert all(i.is_open for i in HandoverItem.select().where(HandoverItem.handover == row.id))
    assert not RmaEvent.select().where(RmaEvent.kind == ho.EVENT_HANDED_OVER).exists()


def test_item_types_follow_the_kind_and_parts_add_up(manager, clerk, storekeeper, cat):
    create_part(storekeeper, "P-ROLLER-01", "Feed roller 送纸辊")
    a = s.received(manager, clerk, cat, "SN-A1")
    stores = ho.create(storekeeper, "warehouse_to_technician", "Parts store", "Tom Tech")
    ho.add_by_scan(storekeeper, stores, "P-ROLLER-01", qty=2)
    line = ho.add_by_scan(storekeeper, stores, "p-roller-01")
    assert line.qty == 3 and len(ho.items_of(stores)) == 1
    with pytest.raises(ValidationError, match="cannot go on a handover \"Warehouse → "
                       "technician\": it takes only parts, loaners"):
        ho.add_by_scan(storekeeper, stores, a.number)
    bench = ho.create(clerk, "intake_to_bench", "Intake", "Bench")
    assert ho.add_by_scan(clerk, bench, a.number, qty=5).qty == 1, "a unit is one thing"
    with pytest.raises(ValidationError, match="it takes only units \\(RMAs\\), loaners"):
        ho.add_by_scan(clerk, bench, "P-ROLLER-01")
    other = ho.create(storekeeper, "warehouse_to_technician", "Parts store", "Ann")
    assert ho.add_by_scan(storekeeper, other, "P-ROLLER-01").qty == 1, \
        "pieces of one part may go to two technicians"
    with pytest.raises(ValidationError, match="quantity from 1 to"):
        ho.add_by_scan(storekeeper, other, "P-ROLLER-01", qty=0)


def test_vendor_and_loaner_rules(manager, clerk, storekeeper, cat):
    a = s.received(manager, clerk, cat, "SN-A1")
    vendor = ho.create(clerk, "depot_to_vendor", "Depot", "Zebra repair centre")
    with pytest.raises(Conflict, match="record the vendor repair on the bench first"):
        ho.add_by_scan(clerk, vendor, a.number)
    create_loaner(storekeeper, description="Spare printer", loaner_class=1, cost_value=1,
                  code="LN-8")
    courier = ho.create(clerk, "depot_to_courier", "Desk", "EMS")
    with pytest.raises(Conflict, match="Loaner LN-8 is not lent to anyone"):
        ho.add_by_scan(clerk, courier, "LN-8")


def test_empty_and_stale_confirmations_are_refused(manager, clerk, technician, cat):
    bench = ho.create(clerk, "intake_to_bench", "Intake", "Bench")
    with pytest.raises(ValidationError, match="has no items"):
        ho.confirm(clerk, bench)
    a = s.received(manager, clerk, cat, "SN-A1")
    seen = ho.get_handover(bench.id).version
    ho.add_by_scan(technician, bench, a.number)
    with pytest.raises(Conflict, match="changed by Tom Tech meanwhile"):
        ho.confirm(clerk, bench, expected_version=seen)
    line = HandoverItem.get(HandoverItem.handover == bench.id)
    ho.remove_item(clerk, line.id)
    assert ho.items_of(bench) == []
    with pytest.raises(NotFound):
        ho.remove_item(clerk, line.id)
