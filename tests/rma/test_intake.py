"""Receiving by scan: lookup, preview, receive, one open RMA per unit, the intake list."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest

from depot import db as dbmod
from depot.audit import history
from depot.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ScanError,
    ValidationError,
)
from depot.events import bus
from depot.models import AuditEntry, Counter, Role
from depot.users import create_user
from rma import customers, intake, units
from rma.intake import Channel, OpenRmaExists, ScanAction
from rma.models import Customer, Rma, RmaEvent, Unit
from rma.states import RmaState
from rma.warranty import Coverage

TODAY = date(2026, 1, 5)  # the fixed_clock's day


@pytest.fixture
def setup(db, manager, fixed_clock):
    """One model, one customer and a few units in known warranty states on 2026-01-05."""
    model = units.create_model(manager, code="ZT410", name="Zebra ZT410", warranty_months=12,
                               loaner_class=2)
    acme = customers.create_customer(manager, name="Acme Ltd")
    units.register_unit(manager, serial="SN-WARRANTY", model=model, customer=acme,
                        sale_date=date(2025, 6, 1))
    units.register_unit(manager, serial="SN-DOA", model=model, customer=acme,
                        sale_date=date(2025, 12, 20), acceptance_date=date(2026, 1, 1))
    units.register_unit(manager, serial="SN-OLD", model=model, customer=acme,
                        sale_date=date(2024, 1, 1))
    units.register_unit(manager, serial="SN-NOCUST", model=model, sale_date=date(2025, 6, 1))
    return {"model": model, "acme": acme}


def counts() -> dict[str, int]:
    return {
        m.__name__: m.select().count()
        for m in (Rma, RmaEvent, Unit, Customer, AuditEntry, Counter)
    }


def _receive(actor, serial="SN-WARRANTY", **kw):
    kw.setdefault("fault", "Does not power on")
    return intake.receive(actor, serial=serial, **kw)


# ----------------------------------------------------------------------------- lookup


def test_lookup_known_unit_previews_coverage(setup, technician):
    result = intake.lookup_scan("sn-warranty\r")
    assert result.action == ScanAction.RECEIVE
    assert result.serial == "SN-WARRANTY"
    assert result.unit.model.code == "ZT410" and result.unit.customer.name == "Acme Ltd"
    assert result.decision.coverage == Coverage.WARRANTY
    assert result.decision.end == date(2026, 5, 31)
    assert result.rma is None


def test_lookup_unit_without_customer(setup):
    result = intake.lookup_scan("SN-NOCUST")
    assert result.action == ScanAction.RECEIVE and result.unit.customer is None


def test_lookup_unknown_serial_prefills_register_form(setup):
    result = intake.lookup_scan("new-serial-9")
    assert (result.action, result.serial, result.unit) == (
        ScanAction.REGISTER_UNIT, "NEW-SERIAL-9", None,
    )


def test_lookup_gs1_label_finds_unit(setup):
    result = intake.lookup_scan("]C1010950600013435221SN-DOA")
    assert result.action == ScanAction.RECEIVE and result.unit.serial == "SN-DOA"
    assert result.decision.coverage == Coverage.DOA


def test_lookup_open_rma_by_serial_and_by_number(setup, technician):
    rma = _receive(technician)
    by_serial = intake.lookup_scan("SN-WARRANTY")
    assert by_serial.action == ScanAction.OPEN_RMA and by_serial.rma.id == rma.id
    assert by_serial.rma.number == rma.number and by_serial.unit.serial == "SN-WARRANTY"
    by_number = intake.lookup_scan(rma.number.lower())
    assert by_number.action == ScanAction.OPEN_RMA and by_number.rma.id == rma.id
    assert by_number.unit.model.code == "ZT410" and by_number.rma.customer.name == "Acme Ltd"
    with pytest.raises(NotFound, match="There is no RMA RMA-2601-09999"):
        intake.lookup_scan("RMA-2601-09999")


@pytest.mark.parametrize("code", ["BDG-M001", "P-PSU-450", "4006381333931", "(01)09506000134352"])
def test_lookup_other_codes_left_to_router(setup, code):
    assert intake.lookup_scan(code).action == ScanAction.OTHER


@pytest.mark.parametrize(
    "text", ["", "SN#42", "RMA-2613-00001", "x" * 200, "SN\x07", "4006381333932"]
)
def test_malformed_scan_writes_nothing(setup, technician, text):
    before = counts()
    with pytest.raises(ScanError):
        intake.lookup_scan(text)
    with pytest.raises(ScanError):
        _receive(technician, serial=text)
    assert counts() == before


# ----------------------------------------------------------------------------- receive


def test_receive_creates_numbered_rma_with_snapshot_event_and_audit(setup, technician):
    seen = []
    unsubscribe = bus.subscribe(seen.append)
    try:
        rma = _receive(
            technician, severity="major", channel=Channel.WALK_IN,
            condition={"appearance": " scratched  lid ", "accessories": ["power cord", ""],
                       "documents": ["invoice"]},
            inbound_carrier="SF Express", inbound_tracking=" SF1234567890 ",
        )
    finally:
        unsubscribe()
    assert rma.number == "RMA-2601-00001"
    saved = Rma.get_by_id(rma.id)
    assert saved.state == RmaState.RECEIVED and saved.is_open
    assert saved.coverage == "warranty"
    assert saved.coverage_reason.startswith("In warranty: started 2025-06-01 (sale date)")
    assert (saved.warranty_start, saved.warranty_end) == (date(2025, 6, 1), date(2026, 5, 31))
    assert saved.reported_on == TODAY
    assert saved.received_at == datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert saved.customer_id == setup["acme"].id and saved.created_by_id == technician.id
    assert (saved.severity, saved.channel) == ("major", "walk_in")
    assert saved.condition == {"appearance": "scratched lid", "accessories": ["power cord"],
                               "documents": ["invoice"]}
    assert (saved.inbound_carrier, saved.inbound_tracking) == ("SF Express", "SF1234567890")
    assert saved.station == "test-station"
    (event,) = RmaEvent.select().where(RmaEvent.rma == rma.id)
    assert (event.kind, event.from_state, event.to_state) == ("received", None, "received")
    assert event.actor_id == technician.id and event.note == "Does not power on"
    assert event.data["reason_code"] == "warranty" and event.data["coverage"] == "warranty"
    (entry,) = history("rma", rma.id)
    assert entry.action == "rma.receive" and entry.after["number"] == rma.number
    assert seen[-1].ids("rma") == {str(rma.id)} and seen[-1].ids("unit") == {
        str(rma.unit.id)
    }


def test_numbers_follow_the_local_month(setup, technician, fixed_clock):
    assert _receive(technician).number == "RMA-2601-00001"
    assert _receive(technician, serial="SN-DOA").number == "RMA-2601-00002"
    fixed_clock.advance(days=30)
    assert _receive(technician, serial="SN-OLD").number == "RMA-2602-00001"


def test_reported_date_decides_coverage(setup, technician, fixed_clock):
    # expired on 2026-05-31; the customer called on the last day, the courier took four
    fixed_clock.current = datetime(2026, 6, 4, 9, 0, tzinfo=UTC)
    late = units.unit_by_serial("SN-WARRANTY")
    assert intake.preview(late).coverage == Coverage.OUT_OF_WARRANTY
    assert intake.preview(late, date(2026, 5, 31)).coverage == Coverage.WARRANTY
    rma = _receive(technician, reported_on=date(2026, 5, 31))
    assert rma.coverage == "warranty" and rma.reported_on == date(2026, 5, 31)


@pytest.mark.parametrize(
    ("serial", "coverage", "reason_start"),
    [
        ("SN-DOA", "doa", "Dead on arrival: reported 2026-01-05, day 4 of the 7-day window"),
        ("SN-OLD", "out_of_warranty", "Out of warranty: started 2024-01-01"),
    ],
)
def test_receive_snapshots_each_decision(setup, technician, serial, coverage, reason_start):
    rma = _receive(technician, serial=serial)
    assert rma.coverage == coverage and rma.coverage_reason.startswith(reason_start)


def test_customer_default_override_and_missing(setup, technician, clerk):
    dealer = customers.create_customer(clerk, name="Dealer Co")
    assert _receive(technician, customer=dealer.id).customer_id == dealer.id
    before = counts()
    with pytest.raises(ValidationError, match="SN-NOCUST has no customer on record"):
        _receive(technician, serial="SN-NOCUST")
    assert counts() == before
    assert _receive(clerk, serial="SN-NOCUST", customer=dealer).customer_id == dealer.id


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"fault": "  "}, ValidationError, "Enter the fault"),
        ({"fault": "x" * 2001}, ValidationError, "too long"),
        ({"severity": "urgent"}, ValidationError, "Unknown severity 'urgent'"),
        ({"channel": "drone"}, ValidationError, "walk_in, pickup"),
        ({"condition": {"colour": "red"}}, ValidationError, "Unknown intake condition"),
        ({"condition": {"accessories": "cable"}}, ValidationError, "list of items"),
        ({"reported_on": TODAY + timedelta(days=1)}, ValidationError, "after today"),
        ({"reported_on": datetime(2026, 1, 1, 9)}, ValidationError, "calendar date"),
        ({"inbound_tracking": "9" * 61}, ValidationError, "tracking number is too long"),
        ({"serial": "SN-NEVER"}, NotFound, "SN-NEVER is not registered"),
        ({"customer": 99999}, NotFound, "Customer #99999"),
    ],
)
def test_receive_refusals_write_nothing(setup, technician, kwargs, error, message):
    before = counts()
    with pytest.raises(error, match=message):
        _receive(technician, **kwargs)
    assert counts() == before


def test_warehouse_may_not_receive(setup, storekeeper):
    with pytest.raises(PermissionDenied, match="may not receive units"):
        _receive(storekeeper)


def test_second_scan_opens_existing_rma(setup, technician, clerk):
    first = _receive(technician)
    before = counts()
    with pytest.raises(OpenRmaExists) as err:
        _receive(clerk, fault="again")
    assert isinstance(err.value, Conflict)
    assert err.value.number == first.number and err.value.rma_id == first.id
    assert str(err.value) == (
        f"Serial SN-WARRANTY already has an open RMA: {first.number} (received 2026-01-05"
        " 09:00, state received). No second RMA was created; open that one instead."
    )
    assert counts() == before  # the counter did not move either


def test_closed_rma_allows_a_new_one(setup, technician, fixed_clock):
    first = _receive(technician)
    Rma.update(state=RmaState.SHIPPED.value, is_open=False).where(Rma.id == first.id).execute()
    fixed_clock.advance(days=40)
    second = _receive(technician, fault="Again")
    assert second.number != first.number
    assert Rma.select().where((Rma.unit == first.unit.id) & Rma.is_open).count() == 1


def _race(n: int, serial: str = "SN-WARRANTY", actor=None, start=None):
    """n threads (own connections) receive the same serial; returns (results, errors)."""
    barrier = threading.Barrier(n)
    results: list[Rma] = []
    errors: list[BaseException] = []

    def station() -> None:
        try:
            barrier.wait()
            if start is not None:
                start()
            results.append(intake.receive(actor, serial=serial, fault="race"))
        except BaseException as exc:  # collected and asserted by the test
            errors.append(exc)
        finally:
            dbmod.database.close()

    threads = [threading.Thread(target=station) for _ in range(n)]
    for t in threads:
        t.start()
    return threads, results, errors


def test_stations_racing_yield_one_open_rma(setup, technician):
    threads, results, errors = _race(6, actor=technician)
    for t in threads:
        t.join(30)
    assert len(results) == 1, errors
    winner = results[0]
    assert len(errors) == 5
    for exc in errors:
        assert isinstance(exc, OpenRmaExists), repr(exc)
        assert exc.number == winner.number
    assert Rma.select().where(Rma.is_open).count() == 1
    assert Counter.get_by_id("RMA-2601").value == 1  # losers' numbers rolled back


def test_pg_race_past_the_recheck_hits_the_unique_index(pg_db, fixed_clock):
    """Both stations pass the open-RMA check before either commits.

    A third connection holds the month's counter row, so both `receive` calls
    block on `next_number` *after* their re-check found no open RMA. When it
    lets go, one commits; the other's INSERT then violates
    `rma_one_open_per_unit`, and must come back as the winner's RMA number.
    """
    manager = create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    model = units.create_model(manager, code="M1", name="Model")
    acme = customers.create_customer(manager, name="Acme")
    units.register_unit(manager, serial="RACE-1", model=model, customer=acme,
                        sale_date=date(2025, 6, 1))
    units.register_unit(manager, serial="PRIME", model=model, customer=acme)
    intake.receive(manager, serial="PRIME", fault="creates the month's counter")
    url = pg_db.url
    with psycopg.connect(url, autocommit=True) as watcher, psycopg.connect(url) as holder:
        holder.execute("SELECT value FROM counter WHERE name = 'RMA-2601' FOR UPDATE")
        threads, results, errors = _race(2, serial="RACE-1", actor=manager)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            (waiting,) = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND query LIKE '%counter%'"
            ).fetchone()
            if waiting == 2:
                break
            time.sleep(0.02)
        assert waiting == 2, "both stations should be waiting for the counter"
        holder.rollback()
        for t in threads:
            t.join(30)
    assert len(results) == 1 and len(errors) == 1, errors
    (loser,) = errors
    assert isinstance(loser, OpenRmaExists), repr(loser)
    assert loser.number == results[0].number == "RMA-2601-00002"
    assert f"already has an open RMA: {results[0].number}" in str(loser)
    assert Rma.select().where(Rma.is_open & (Rma.unit == results[0].unit.id)).count() == 1
    assert Counter.get_by_id("RMA-2601").value == 2


# ----------------------------------------------------------------------------- intake list


def test_todays_intake_newest_first(setup, technician, fixed_clock):
    fixed_clock.current = datetime(2026, 1, 4, 22, 0, tzinfo=UTC)
    _receive(technician, serial="SN-OLD")  # yesterday
    fixed_clock.current = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    a = _receive(technician)
    fixed_clock.current = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    b = _receive(technician, serial="SN-DOA")
    rows = intake.todays_intake()
    assert [r.number for r in rows] == [b.number, a.number]
    top = rows[0]
    assert (top.serial, top.model_code, top.customer_name, top.coverage, top.state) == (
        "SN-DOA", "ZT410", "Acme Ltd", "doa", "received",
    )
    assert top.received_at == datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    assert intake.intake_row(a) == rows[1]
    with pytest.raises(NotFound):
        intake.intake_row(987654)
