"""Scenario: a sales register imported from .xlsx, then units received by scan.

Issue 9, "Done means": units in each coverage state come in through the
sales register; each is scanned at the intake desk, the preview shows the
decision and its reason before saving, and the saved RMA carries exactly that
decision. A second scan of a serial opens its RMA instead of creating one, an
unknown serial goes through registration, a malformed scan writes nothing,
and the RMA label scanned back opens the RMA.

Today is Monday 2026-01-05 (the `fixed_clock`); every model has 12 months and
a 7-day DOA window unless the row says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from depot.errors import ScanError
from depot.models import AuditEntry, Counter
from exports import sales_import
from exports.labels import label_to_png, render_label, rma_label
from rma import intake, units
from rma.intake import OpenRmaExists, ScanAction
from rma.models import Customer, Rma, RmaEvent, Unit

# serial, model, customer, sale date, acceptance date, warranty months (sheet cells)
REGISTER = [
    ("DOA-0001", "ZT410", "上海恒达物流有限公司", "2025-12-20", "2025年12月31日", None),
    ("DOA-LAST", "ZT410", "上海恒达物流有限公司", "2025-12-20", "2025/12/29", None),
    ("DOA-DAY8", "ZT410", "上海恒达物流有限公司", "2025-12-20", "2025-12-28", None),
    ("WAR-SALE", "DS2208", "Acme Retail Ltd", "2025-06-01", None, None),
    ("WAR-LASTDAY", "DS2208", "Acme Retail Ltd", "2025-01-06", None, None),
    ("OOW-FIRSTDAY", "DS2208", "Acme Retail Ltd", "2025-01-05", None, None),
    ("OOW-OLD", "ZT410", "北京华信科技有限公司", "2022-03-01", "2022-03-10", None),
    ("UNIT-24M", "ZT410", "北京华信科技有限公司", "2024-06-01", None, 24),
    ("CONTRACT-36", "ZT410", "北京华信科技有限公司", "2023-03-01", None, None),
    ("NOT-ACCEPTED", "TC52", "深圳前海智造", "2025-12-15", "2026-01-20", None),
    ("EXTENDED", "TC52", "深圳前海智造", "2024-12-20", None, None),
    ("NO-DATES", "TC52", "深圳前海智造", None, None, None),
    ("COURIER-LATE", "TC52", "深圳前海智造", "2025-01-01", None, None),
]

# serial → (scanned as, reported on, coverage, reason code, reason text starts with)
EXPECTED = {
    "DOA-0001": ("doa-0001", None, "doa", "doa",
                 "Dead on arrival: reported 2026-01-05, day 5 of the 7-day window from the"
                 " start 2026-01-01 (day after acceptance 2025-12-31)"),
    "DOA-LAST": ("(01)09506000134352(21)DOA-LAST", None, "doa", "doa",
                 "Dead on arrival: reported 2026-01-05, day 7 of the 7-day window"),
    "DOA-DAY8": ("DOA-DAY8", None, "warranty", "warranty",
                 "In warranty: started 2025-12-29 (day after acceptance 2025-12-28), 12 months,"
                 " ends 2026-12-28."),
    "WAR-SALE": ("WAR-SALE", None, "warranty", "warranty",
                 "In warranty: started 2025-06-01 (sale date), 12 months, ends 2026-05-31."),
    "WAR-LASTDAY": ("WAR-LASTDAY", None, "warranty", "warranty",
                    "In warranty: started 2025-01-06 (sale date), 12 months, ends 2026-01-05."),
    "OOW-FIRSTDAY": ("OOW-FIRSTDAY", None, "out_of_warranty", "out_of_warranty",
                     "Out of warranty: started 2025-01-05 (sale date), 12 months, ended"
                     " 2026-01-04; reported 2026-01-05."),
    "OOW-OLD": ("]C0OOW-OLD", None, "out_of_warranty", "out_of_warranty",
                "Out of warranty: started 2022-03-11 (day after acceptance 2022-03-10)"),
    "UNIT-24M": ("UNIT-24M", None, "warranty", "warranty",
                 "In warranty: started 2024-06-01 (sale date), 24 months, ends 2026-05-31."),
    "CONTRACT-36": ("CONTRACT-36", None, "warranty", "warranty",
                    "In warranty: started 2023-03-01 (sale date), 36 months, ends 2026-02-28."),
    "NOT-ACCEPTED": ("NOT-ACCEPTED", None, "warranty", "before_start",
                     "In warranty: reported 2026-01-05, before the warranty starts on"
                     " 2026-01-21 (day after acceptance 2026-01-20)"),
    "EXTENDED": ("EXTENDED", None, "warranty", "warranty",
                 "In warranty: started 2024-12-20 (sale date), 12 months, ends 2026-01-18"
                 " (2025-12-19 + 30 days extension)."),
    "NO-DATES": ("NO-DATES", None, "out_of_warranty", "no_start_date",
                 "Out of warranty: no sale or acceptance date on record."),
    "COURIER-LATE": ("COURIER-LATE", date(2025, 12, 31), "warranty", "warranty",
                     "In warranty: started 2025-01-01 (sale date), 12 months, ends 2025-12-31."),
}


def write_register(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "2025 销售台账"
    ws.append(["华东区 2025 年设备销售台账"])
    ws.append([])
    ws.append(["序号", "出厂编号", "型号", "客户名称", "销售日期", "验收日期", "保修期（月）"])
    for i, row in enumerate(REGISTER, start=1):
        ws.append([i, *row])
    wb.save(path)


def table_counts() -> dict[str, int]:
    return {m.__name__: m.select().count()
            for m in (Rma, RmaEvent, Unit, Customer, AuditEntry, Counter)}


@pytest.fixture
def register(tmp_path, db, manager, clerk, fixed_clock):
    """The models exist; the register is imported through the mapping step."""
    units.create_model(manager, code="ZT410", name="Zebra ZT410 industrial printer")
    units.create_model(manager, code="DS2208", name="Zebra DS2208 scanner")
    units.create_model(manager, code="TC52", name="Zebra TC52 mobile computer")
    path = tmp_path / "sales-register.xlsx"
    write_register(path)

    preview = sales_import.read_headers(path)
    assert preview.header_row == 3
    assert preview.mapping == {"serial": 1, "model": 2, "customer": 3, "sale_date": 4,
                               "acceptance_date": 5, "warranty_months": 6}
    dry = sales_import.dry_run(path, preview.mapping)
    assert dry.ok and dry.new_units == len(REGISTER) and dry.new_customers == 4
    report = sales_import.run_import(clerk, path, preview.mapping)
    assert report.imported and Unit.select().count() == len(REGISTER)

    # what the register cannot say: a service contract and an earlier repair's extension
    contract = units.unit_by_serial("CONTRACT-36")
    units.update_unit(manager, contract, contract.version, contract_warranty_months=36)
    extended = units.unit_by_serial("EXTENDED")
    units.update_unit(manager, extended, extended.version, extension_days=30)
    return path


def test_receive_each_coverage_state_by_scan(register, technician, tmp_path):
    received: dict[str, Rma] = {}
    for serial, (scanned, reported, coverage, code, reason) in EXPECTED.items():
        result = intake.lookup_scan(scanned)
        assert result.action == ScanAction.RECEIVE, serial
        assert result.unit.serial == serial
        decision = result.decision
        if reported is not None:  # the customer called before the courier came
            decision = intake.preview(result.unit, reported)
        assert (decision.coverage.value, decision.reason_code) == (coverage, code), serial
        assert decision.reason.startswith(reason), (serial, decision.reason)

        rma = intake.receive(technician, serial=scanned, reported_on=reported,
                             fault="Customer reports a fault", severity="general",
                             channel="courier", inbound_carrier="SF Express",
                             inbound_tracking=f"SF{len(received):010d}")
        saved = Rma.get_by_id(rma.id)
        assert (saved.coverage, saved.coverage_reason) == (coverage, decision.reason), serial
        assert (saved.warranty_start, saved.warranty_end) == (decision.start, decision.end)
        assert saved.customer.name == result.unit.customer.name
        received[serial] = saved

    numbers = [r.number for r in received.values()]
    assert numbers == [f"RMA-2601-{i:05d}" for i in range(1, len(EXPECTED) + 1)]
    listed = intake.todays_intake()
    assert [row.number for row in listed] == list(reversed(numbers))
    assert {row.serial: row.coverage for row in listed} == {
        s: e[2] for s, e in EXPECTED.items()
    }

    # every serial now has its open RMA: a second scan opens it, and saving refuses
    before = table_counts()
    for serial, rma in received.items():
        again = intake.lookup_scan(EXPECTED[serial][0])
        assert again.action == ScanAction.OPEN_RMA and again.rma.number == rma.number
        with pytest.raises(OpenRmaExists, match=rma.number):
            intake.receive(technician, serial=serial, fault="scanned twice")
    assert table_counts() == before
    assert Rma.select().where(Rma.is_open).count() == len(EXPECTED)

    # the label's Code 128, read back by a scanner, opens the same RMA
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    doa = received["DOA-0001"]
    png = tmp_path / "label.png"
    label_to_png(render_label(rma_label(doa.number, doa.unit.serial, doa.unit.model.code,
                                        doa.customer.name, doa.received_at.date())), png)
    (decoded,) = [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    opened = intake.lookup_scan(decoded)
    assert opened.action == ScanAction.OPEN_RMA and opened.rma.id == doa.id


def test_unknown_serial_is_registered_then_received(register, technician):
    result = intake.lookup_scan("nr-77\n")
    assert result.action == ScanAction.REGISTER_UNIT and result.serial == "NR-77"
    hengda = Customer.get(Customer.name == "上海恒达物流有限公司")
    units.register_unit(technician, serial=result.serial, model="TC52", customer=hengda,
                        sale_date=date(2025, 12, 1))
    again = intake.lookup_scan("NR-77")
    assert again.action == ScanAction.RECEIVE and again.decision.coverage.value == "warranty"
    rma = intake.receive(technician, serial="NR-77", fault="Screen cracked in transit")
    assert rma.coverage == "warranty" and rma.customer_id == hengda.id


@pytest.mark.parametrize(
    "scan", ["DOA#0001", "RMA-2699-00001", "9506000134353", "(01)09506000134353(21)X1", "\x1b[A"]
)
def test_malformed_scan_at_the_desk_writes_nothing(register, technician, scan):
    before = table_counts()
    with pytest.raises(ScanError):
        intake.lookup_scan(scan)
    with pytest.raises(ScanError):
        intake.receive(technician, serial=scan, fault="x")
    assert table_counts() == before
