"""Quotes on the database: pricing from the catalogue with the cap, revisions, decisions,
reservations, exclusions that make a unit chargeable."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from depot import settings
from depot.audit import history
from depot.errors import Conflict, StaleEdit, ValidationError
from inventory import stock
from inventory.models import Reservation
from rma import diagnosis, quotes, workflow
from rma.models import Rma
from rma.quote_math import LineKind, QuoteStatus
from rma.repair_models import Quote
from tests.support.repair import make_world, receive, stock_part


@pytest.fixture
def world(db, manager, fixed_clock):
    return make_world(manager)


@pytest.fixture
def parts(world, storekeeper):
    """P-PSU-450 first stocked at 100.00, then at 160.00 (average 130.00 > cap 100.00);
    P-BELT at 25.00 (3 pieces)."""
    psu = stock_part(storekeeper, "P-PSU-450", "Power supply 450 W", (2, 10_000), (2, 16_000))
    belt = stock_part(storekeeper, "P-BELT", "Drive belt", (3, 2_500))
    return {"psu": psu, "belt": belt}


def diagnosing(clerk, technician, serial="SN-OOW-1") -> Rma:
    return workflow.start_diagnosis(technician, receive(clerk, serial))


def test_first_draft_is_prefilled_from_needed_parts_at_capped_cost(parts, clerk, technician):
    rma = diagnosing(clerk, technician)
    diagnosis.add_needed_part(technician, rma, "p-psu-450", 1)
    diagnosis.add_needed_part(technician, rma, "P-BELT", 2)
    diagnosis.add_needed_part(technician, rma, "FAN-80", 1, "80 mm fan (not stocked)")
    quote = quotes.draft_quote(technician, rma)
    assert quote.number == f"Q-{rma.number}-1" and quote.status == "draft"
    lines = quotes.quote_lines(quote)
    assert [(ln.part_code, ln.qty, ln.unit_price, ln.amount, ln.price_source) for ln in lines] == [
        ("P-PSU-450", 1, 10_000, 10_000, "cap"),  # average 130.00, capped at 100.00
        ("P-BELT", 2, 2_500, 5_000, "cost"),
    ]
    assert lines[0].price_cap == 10_000 and lines[0].description == "Power supply 450 W"
    assert Quote.get_by_id(quote.id).total == 15_000
    # the part the catalogue cannot price is left for a person
    assert quotes.unpriced_needed_parts(rma) == [("FAN-80", 1, "80 mm fan (not stocked)")]
    # asking again returns the same draft
    assert quotes.draft_quote(technician, rma).id == quote.id


def test_price_cap_holds_on_every_part_line(parts, clerk, technician):
    rma = diagnosing(clerk, technician)
    quote = quotes.draft_quote(technician, rma)
    with pytest.raises(ValidationError) as err:
        quotes.add_line(technician, quote, "part", part_code="P-PSU-450", unit_price=10_001)
    assert str(err.value) == (
        "100.01 for part P-PSU-450 is above its initial price 100.00: a part is never charged "
        "above the price it was first stocked at."
    )
    cheap = quotes.add_line(technician, quote, "part", part_code="P-PSU-450", unit_price=9_000)
    assert (cheap.unit_price, cheap.price_source, cheap.price_cap) == (9_000, "entered", 10_000)
    with pytest.raises(ValidationError) as err:
        quotes.update_line(technician, cheap, unit_price=12_000)
    assert "above its initial price 100.00" in str(err.value)
    # a supplier barcode or a lower-case code reaches the same part and the same cap
    line = quotes.add_line(technician, quote, "part", part_code="p-psu-450", qty=3)
    assert (line.part_code, line.unit_price, line.amount) == ("P-PSU-450", 10_000, 30_000)
    for ln in quotes.quote_lines(quote):
        if ln.kind == "part" and ln.price_cap is not None:
            assert ln.unit_price <= ln.price_cap


def test_part_not_in_catalogue_needs_a_non_negative_price(parts, clerk, technician):
    quote = quotes.draft_quote(technician, diagnosing(clerk, technician))
    with pytest.raises(ValidationError) as err:
        quotes.add_line(technician, quote, "part", part_code="FAN-80")
    assert str(err.value) == (
        "The catalogue has no price for part FAN-80: enter the price on the line."
    )
    with pytest.raises(ValidationError, match="cannot be negative"):
        quotes.add_line(technician, quote, "part", part_code="FAN-80", unit_price=-100)
    line = quotes.add_line(technician, quote, "part", part_code="FAN-80", unit_price=4_550,
                           qty=2, description="80 mm fan")
    assert (line.amount, line.price_cap, line.price_source) == (9_100, None, "entered")


def test_labour_follows_policy_and_fees_are_entered(world, clerk, technician, manager):
    quote = quotes.draft_quote(technician, diagnosing(clerk, technician))
    labour = quotes.add_line(technician, quote, LineKind.LABOUR)
    assert (labour.unit_price, labour.description, labour.price_source) == (0, "Labour", "policy")
    with pytest.raises(ValidationError) as err:
        quotes.add_line(technician, quote, "labour", unit_price=5_000)
    assert str(err.value) == (
        "Labour is charged at 0.00 by policy; a manager changes the policy in the settings, "
        "not on a quote line."
    )
    settings.change(manager, "quotes.labour_price", 5_000)
    settings.change(manager, "quotes.onsite_fee", 30_000)
    assert quotes.add_line(technician, quote, "labour").amount == 5_000
    assert quotes.add_line(technician, quote, "onsite").amount == 30_000
    with pytest.raises(ValidationError, match="Enter the amount of the shipping line"):
        quotes.add_line(technician, quote, "shipping")
    ship = quotes.add_line(technician, quote, "shipping", unit_price=2_300,
                           description="Return leg depot → customer (SF Express)")
    assert ship.amount == 2_300
    assert Quote.get_by_id(quote.id).total == 0 + 5_000 + 30_000 + 2_300
    with pytest.raises(ValidationError, match="Unknown line kind"):
        quotes.add_line(technician, quote, "discount", unit_price=1)


def test_totals_follow_every_edit_exactly(parts, clerk, technician):
    quote = quotes.draft_quote(technician, diagnosing(clerk, technician))
    a = quotes.add_line(technician, quote, "part", part_code="P-BELT", qty=2)
    b = quotes.add_line(technician, quote, "shipping", unit_price=1_999)
    assert Quote.get_by_id(quote.id).total == 6_999
    quotes.update_line(technician, a, qty=3)
    assert Quote.get_by_id(quote.id).total == 9_499
    quotes.remove_line(technician, b)
    q = Quote.get_by_id(quote.id)
    assert q.total == 7_500 == sum(ln.amount for ln in quotes.quote_lines(q))
    assert [e.action for e in history("quote", q.id)] == [
        "quote.draft", "quote.add_line", "quote.add_line", "quote.update_line",
        "quote.remove_line",
    ]


def test_stale_draft_edit_refused(parts, clerk, technician, manager):
    quote = quotes.draft_quote(technician, diagnosing(clerk, technician))
    mine = Quote.get_by_id(quote.id)
    quotes.add_line(manager, Quote.get_by_id(quote.id), "shipping", unit_price=100)
    with pytest.raises(StaleEdit, match="was changed by Mia Manager"):
        quotes.add_line(technician, mine, "shipping", unit_price=200)


def test_issue_freezes_total_and_sets_valid_until(parts, clerk, technician, fixed_clock):
    rma = diagnosing(clerk, technician)
    with pytest.raises(Conflict) as err:
        quotes.issue_quote(technician, rma)
    assert str(err.value) == f"{rma.number} has no draft quote: make one first."
    quote = quotes.draft_quote(technician, rma)
    with pytest.raises(Conflict) as err:
        quotes.issue_quote(technician, workflow.get_rma(rma.id))
    assert str(err.value) == (
        f"Quote {quote.number} has no lines: add at least one before issuing it."
    )
    quotes.add_line(technician, quote, "part", part_code="P-BELT")
    issued = quotes.issue_quote(clerk, workflow.get_rma(rma.id))
    assert issued.status == "issued" and issued.total == 2_500
    assert issued.valid_until == date(2026, 2, 4)  # 30 days after 2026-01-05
    assert issued.issued_by_id == clerk.id
    assert workflow.get_rma(rma.id).state == "awaiting_approval"
    with pytest.raises(Conflict, match="only a draft can be changed"):
        quotes.add_line(technician, issued, "shipping", unit_price=1)


def test_in_warranty_unit_is_not_quoted_until_excluded(parts, clerk, technician):
    rma = diagnosing(clerk, technician, "SN-WAR-1")
    quote = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, quote, "part", part_code="P-BELT")
    with pytest.raises(Conflict) as err:
        quotes.issue_quote(technician, workflow.get_rma(rma.id))
    assert str(err.value) == (
        "The unit is in warranty: the repair is free and there is nothing to quote. "
        "Record an exclusion first if the fault is not covered."
    )
    with pytest.raises(ValidationError, match="needs a note"):
        diagnosis.record_exclusion(technician, rma.id, "accident", " ")
    with pytest.raises(ValidationError, match="Unknown exclusion reason"):
        diagnosis.record_exclusion(technician, rma.id, "bad_luck", "x")
    rma = diagnosis.record_exclusion(technician, rma.id, "accident",
                                     "Housing cracked, unit was dropped")
    assert rma.coverage == "excluded"
    assert rma.coverage_reason.startswith("Excluded (accident), the repair is chargeable.")
    change = next(e for e in workflow.events(rma) if e.kind == "coverage_changed")
    assert change.data["before"] == "warranty" and change.data["after"] == "excluded"
    assert "accident" in change.note
    entry = next(e for e in history("rma", rma.id) if e.action == "rma.record_exclusion")
    assert entry.before["coverage"] == "warranty" and entry.after["coverage"] == "excluded"
    assert diagnosis.diagnosis_of(rma).exclusion_code == "accident"
    assert quotes.issue_quote(technician, rma).status == "issued"


def test_withdrawn_exclusion_restores_coverage(world, clerk, technician):
    rma = diagnosing(clerk, technician, "SN-WAR-1")
    with pytest.raises(Conflict, match="No exclusion is recorded"):
        diagnosis.clear_exclusion(technician, rma, "mistake")
    rma = diagnosis.record_exclusion(technician, rma, "improper_operation", "Wrong media")
    rma = diagnosis.clear_exclusion(technician, rma, "Media was in spec after all")
    assert rma.coverage == "warranty"
    assert diagnosis.diagnosis_of(rma).exclusion_code == ""


def test_exclusion_only_during_diagnosis(world, clerk, technician):
    rma = receive(clerk, "SN-WAR-1")
    with pytest.raises(Conflict) as err:
        diagnosis.record_exclusion(technician, rma, "accident", "Dropped")
    assert str(err.value) == (
        "Cannot record an exclusion on an RMA that is received: exclusions are recorded "
        "during diagnosis."
    )


def test_cause_codes_are_a_setting(world, clerk, technician, manager):
    codes = diagnosis.cause_codes()
    assert codes[0].code == "power_supply" and codes[0].label_zh == "电源故障"
    rma = diagnosing(clerk, technician, "SN-WAR-1")
    with pytest.raises(ValidationError, match="Unknown fault cause 'gremlins'"):
        diagnosis.record_diagnosis(technician, rma, "Unexplained", "gremlins")
    settings.change(manager, "diagnosis.cause_codes",
                    [{"code": "Gremlins", "label": "Gremlins", "label_zh": "小精灵"}])
    diag = diagnosis.record_diagnosis(technician, rma, "Unexplained", "gremlins")
    assert diag.cause_code == "gremlins" and diag.diagnosed_by_id == technician.id
    with pytest.raises(ValidationError, match="appears twice"):
        settings.change(manager, "diagnosis.cause_codes",
                        [{"code": "a", "label": "A"}, {"code": "A", "label": "A2"}])


def test_accept_records_how_and_reserves_parts(parts, clerk, technician):
    rma = diagnosing(clerk, technician)
    quote = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, quote, "part", part_code="P-BELT", qty=2)
    quotes.add_line(technician, quote, "part", part_code="P-PSU-450", qty=5)  # only 4 in stock
    quotes.issue_quote(technician, workflow.get_rma(rma.id))
    with pytest.raises(ValidationError, match=re.escape("Say how the customer decided")):
        quotes.accept_quote(clerk, rma.id, "telepathy")
    accepted = quotes.accept_quote(clerk, rma.id, "signed", note="Signed copy scanned")
    assert (accepted.status, accepted.decision_method, accepted.decided_by_id) == (
        "accepted", "signed", clerk.id)
    assert workflow.get_rma(rma.id).state == "awaiting_payment"
    held = {r.part.part_number: r.qty for r in stock.reservations(reference=rma.number)}
    assert held == {"P-BELT": 2, "P-PSU-450": 4}
    event = next(e for e in workflow.events(rma) if e.kind == "accept_quote")
    assert event.data["shortfalls"] == ["P-PSU-450: 4 of 5 reserved, order 1."]
    assert stock.level(parts["belt"]).free == 1


def test_expired_quote_cannot_be_accepted(parts, clerk, technician, fixed_clock):
    rma = diagnosing(clerk, technician)
    quote = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, quote, "part", part_code="P-BELT")
    quotes.issue_quote(technician, workflow.get_rma(rma.id))
    fixed_clock.advance(days=31)
    with pytest.raises(Conflict) as err:
        quotes.accept_quote(clerk, rma.id, "phone")
    assert str(err.value) == (
        f"Quote {quote.number} expired on 2026-02-04: make and issue a revision (prices may "
        "have changed)."
    )
    assert workflow.get_rma(rma.id).state == "awaiting_approval"


def test_revision_supersedes_and_decline_releases(parts, clerk, technician, manager):
    rma = diagnosing(clerk, technician)
    first = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, first, "part", part_code="P-BELT")
    quotes.issue_quote(technician, workflow.get_rma(rma.id))
    second = quotes.draft_quote(technician, rma)
    assert second.number == f"Q-{rma.number}-2"
    assert [(ln.part_code, ln.unit_price) for ln in quotes.quote_lines(second)] == [
        ("P-BELT", 2_500)]
    quotes.add_line(technician, second, "shipping", unit_price=2_000, description="Return leg")
    quotes.set_diagnosis_fee(technician, second, 5_000)
    quotes.issue_quote(technician, workflow.get_rma(rma.id))
    assert [q.status for q in quotes.quotes_of(rma)] == ["superseded", "issued"]
    quotes.accept_quote(clerk, rma.id, "email")
    assert stock.reservations(reference=rma.number)
    declined = quotes.decline_quote(clerk, rma.id, "phone", note="Too expensive")
    assert declined.status == "declined" and declined.decision_note == "Too expensive"
    assert stock.reservations(reference=rma.number) == []
    assert Reservation.select().where(Reservation.active).count() == 0
    rma = workflow.get_rma(rma.id)
    assert rma.state == "declined"
    # declined: the diagnosis fee and the customer-paid return leg are owed before it leaves
    from rma.payments import balance

    assert balance(rma) == 7_000
    with pytest.raises(Exception, match=re.escape("70.00 is outstanding")):
        workflow.return_unrepaired(clerk, rma, note="Customer declined the quote")


def test_zero_quote_is_released_at_once(world, clerk, technician):
    rma = diagnosing(clerk, technician)
    quote = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, quote, "labour")  # labour is free by policy
    quotes.issue_quote(technician, workflow.get_rma(rma.id))
    quotes.accept_quote(clerk, rma.id, "phone")
    rma = workflow.get_rma(rma.id)
    assert rma.state == "awaiting_parts"
    assert [e.kind for e in workflow.events(rma)][-2:] == ["accept_quote", "payment_complete"]


def test_quotes_of_a_closed_rma_cannot_change(world, clerk, technician):
    rma = workflow.cancel(clerk, diagnosing(clerk, technician), note="Wrong unit")
    with pytest.raises(Conflict, match="is cancelled: its quotes cannot change"):
        quotes.draft_quote(technician, rma)


def test_valid_days_setting(world, manager):
    settings.change(manager, "quotes.valid_days", 14)
    assert quotes.valid_until_default(date(2026, 1, 5)) == date(2026, 1, 5) + timedelta(days=14)
    assert QuoteStatus("superseded") is QuoteStatus.SUPERSEDED
