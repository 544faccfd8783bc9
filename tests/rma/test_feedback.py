"""Satisfaction surveys and complaints: after delivery, one survey per RMA, complaints judged."""

from __future__ import annotations

from datetime import timedelta

import pytest

from depot import clock
from depot.errors import Conflict, PermissionDenied, StaleEdit, ValidationError
from depot.models import AuditEntry
from rma import feedback
from rma import handover as ho
from tests.support import signoff as s


@pytest.fixture
def shipped(manager, clerk, technician, fixed_clock):
    cat = s.catalogue(manager)
    rma = s.ready_in_warranty(manager, clerk, technician, cat, "SN-F1")
    out = ho.create(clerk, "depot_to_customer", "Desk", "王经理 (walk-in)")
    ho.add_by_scan(clerk, out, rma.number)
    ho.confirm(clerk, out)
    return rma


def test_survey_after_delivery_once(clerk, technician, shipped):
    survey = feedback.record_survey(clerk, shipped.number, staff=5, quality=4, speed=3,
                                    comment="快, 谢谢", channel="phone")
    assert (survey.staff, survey.quality, survey.speed, survey.comment) == (5, 4, 3, "快, 谢谢")
    assert feedback.survey_of(shipped.number).id == survey.id
    with pytest.raises(Conflict, match=f"{shipped.number} already has a survey \\(recorded "
                       "2026-01-05 09:00\\)"):
        feedback.record_survey(clerk, shipped.number, staff=1, quality=1, speed=1)
    with pytest.raises(PermissionDenied, match="needs role Service desk"):
        feedback.record_survey(technician, shipped.number, staff=5, quality=5, speed=5)
    assert AuditEntry.select().where(AuditEntry.action == "survey.record").count() == 1


@pytest.mark.parametrize("scores, message", [
    ({"staff": 0, "quality": 5, "speed": 5}, "staff score must be a whole number from 1 to 5"),
    ({"staff": 5, "quality": 6, "speed": 5}, "quality score"),
    ({"staff": 5, "quality": 5, "speed": 4.5}, "speed score"),
    ({"staff": True, "quality": 5, "speed": 5}, "staff score"),
])
def test_survey_scores_are_whole_numbers_1_to_5(clerk, shipped, scores, message):
    with pytest.raises(ValidationError, match=message):
        feedback.record_survey(clerk, shipped.number, **scores)
    assert feedback.survey_of(shipped.number) is None


def test_survey_refused_before_delivery(manager, clerk, fixed_clock):
    cat = s.catalogue(manager)
    rma = s.received(manager, clerk, cat, "SN-F2")
    with pytest.raises(Conflict, match="is received: the survey is taken after the unit is "
                       "delivered"):
        feedback.record_survey(clerk, rma.number, staff=5, quality=5, speed=5)
    with pytest.raises(ValidationError, match="Unknown survey channel"):
        feedback.record_survey(clerk, rma.number, staff=5, quality=5, speed=5, channel="fax")


def test_satisfied_means_an_average_of_four():
    assert feedback.is_satisfied(4, 4, 4)
    assert feedback.is_satisfied(5, 5, 2)
    assert not feedback.is_satisfied(4, 4, 3)


def test_complaint_judged_then_closed(clerk, shipped):
    complaint = feedback.file_complaint(clerk, shipped.number, "设备返回后外壳有划痕")
    assert complaint.number == "CMP-2601-00001" and complaint.attributable is None
    with pytest.raises(ValidationError, match="before closing it"):
        feedback.close_complaint(clerk, complaint, "Apologised, sent a new cover")
    seen = complaint.version
    feedback.judge_complaint(clerk, complaint.number, True)
    with pytest.raises(StaleEdit, match="changed by Sue Desk meanwhile"):
        feedback.close_complaint(clerk, complaint.id, "Too late", expected_version=seen)
    closed = feedback.close_complaint(clerk, complaint.id, "New cover sent free of charge")
    assert closed.closed_at == clock.now() and closed.attributable is True
    with pytest.raises(Conflict, match="already closed"):
        feedback.close_complaint(clerk, complaint.id, "again")
    assert feedback.open_complaints() == []
    assert [c.id for c in feedback.complaints_of(shipped.number)] == [complaint.id]


def test_complaint_validation(clerk, shipped):
    with pytest.raises(ValidationError, match="Enter the complaint"):
        feedback.file_complaint(clerk, shipped.number, "   ")
    with pytest.raises(ValidationError, match="too long"):
        feedback.file_complaint(clerk, shipped.number, "x" * 2001)
    with pytest.raises(ValidationError, match="future"):
        feedback.file_complaint(clerk, shipped.number, "late",
                                received_at=clock.now() + timedelta(days=1))
    with pytest.raises(ValidationError, match="attributable"):
        feedback.file_complaint(clerk, shipped.number, "late", attributable="yes")  # type: ignore[arg-type]
    courier = feedback.file_complaint(clerk, shipped.number, "Courier dented the box",
                                      attributable=False)
    closed = feedback.close_complaint(clerk, courier, "Claim filed with the courier")
    assert closed.attributable is False
