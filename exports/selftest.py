"""Domain steps of `depot --self-test`, added as capabilities land.

Kept apart from the CLI so each feature adds its own proof (an intake by
scan, a quote and payment, a handover sheet read back, a label as PDF)
without the CLI growing. It lives in `exports`, the top headless layer, so it
may use every domain package. Imports are lazy: the steps run inside the
frozen bundle, which is exactly what they are there to prove.

The business steps run on the self-test's own (demo-seeded) database.
"""

from __future__ import annotations

from collections.abc import Callable


def domain_steps() -> list[tuple[str, Callable[[], object]]]:
    return [
        ("intake by scan", _intake_by_scan),
        ("quote and payment gate", _quote_and_payment),
        ("handover sheet written and read back", _handover_sheet),
        ("label as PDF", _label_pdf),
        ("working calendar (CN public holidays)", _working_calendar),
        ("GS1 scan (biip's AI tables)", _gs1_scan),
        ("PostgreSQL driver", _postgres_driver),
        ("credential store", _credential_store),
    ]


# -- business proofs: the depot's daily path, end to end ----------------------

SELFTEST_SERIAL = "SN-SELFTEST-0001"


def _operator(badge: str):
    from depot.models import User

    return User.get(User.badge == badge)


def _intake_by_scan() -> str:
    """Register an old unit, scan it, receive it: the RMA is committed with coverage."""
    from datetime import date

    from rma import intake, units
    from rma.intake import ScanAction

    manager = _operator("BDG-M001")
    model = units.list_models()[0]
    customer = model.units.first().customer
    if intake.lookup_scan(SELFTEST_SERIAL).action == ScanAction.REGISTER_UNIT:
        units.register_unit(manager, serial=SELFTEST_SERIAL, model=model, customer=customer,
                            sale_date=date(2019, 1, 1))
    result = intake.lookup_scan(SELFTEST_SERIAL)
    if result.action != ScanAction.RECEIVE or result.decision is None:
        raise RuntimeError(f"scan of a registered unit gave {result.action}")
    rma = intake.receive(_operator("BDG-T001"), serial=SELFTEST_SERIAL, fault="Self-test fault")
    again = intake.lookup_scan(SELFTEST_SERIAL)
    if again.action != ScanAction.OPEN_RMA or again.rma.id != rma.id:
        raise RuntimeError("a second scan did not open the same RMA")
    return f"{rma.number}, coverage {rma.coverage}"


def _quote_and_payment() -> str:
    """Out of warranty: quote, accept; a partial payment is refused at the gate, full opens it."""
    from depot.errors import GateClosed
    from rma import diagnosis, intake, payments, quotes, workflow
    from rma.quote_math import LineKind

    tech = _operator("BDG-T001")
    desk = _operator("BDG-S001")
    rma = intake.lookup_scan(SELFTEST_SERIAL).rma
    workflow.start_diagnosis(tech, rma.id)
    diagnosis.record_diagnosis(tech, rma.id, "Self-test: power board replaced")
    quote = quotes.draft_quote(desk, rma.id)
    quotes.add_line(desk, quote, LineKind.ONSITE, description="On-site fee", qty=1,
                    unit_price=12_500)
    quotes.issue_quote(desk, rma.id)
    quotes.accept_quote(desk, rma.id, "phone")
    payments.record_payment(desk, rma.id, 5_000, "cash")
    try:
        workflow.start_repair(tech, rma.id)
    except GateClosed as refusal:
        gate = str(refusal)
    else:
        raise RuntimeError("repair started with money outstanding")
    payments.record_payment(desk, rma.id, payments.balance(workflow.get_rma(rma.id)), "cash")
    repaired = workflow.start_repair(tech, workflow.get_rma(rma.id).id)
    return f"refused first ({gate[:60]}…), then {repaired.state}"


def _handover_sheet() -> str:
    """A handover by scan, confirmed, its sheet written and read back with openpyxl."""
    import tempfile
    from pathlib import Path

    from openpyxl import load_workbook

    from exports.handover import write_handover_sheet
    from rma import handover, intake

    tech = _operator("BDG-T001")
    rma = intake.lookup_scan(SELFTEST_SERIAL).rma
    sheet = handover.create(tech, "intake_to_bench", "Intake desk", "Bench 1")
    handover.add_by_scan(tech, sheet, rma.number)
    handover.confirm(tech, sheet)
    with tempfile.TemporaryDirectory(prefix="depot-handover-") as tmp:
        path = write_handover_sheet(sheet.id, Path(tmp) / "handover.xlsx")
        book = load_workbook(path)
        text = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
                if c.value is not None}
        images = sum(len(ws._images) for ws in book.worksheets)
        book.close()
    if sheet.number not in " ".join(text) or rma.number not in " ".join(text):
        raise RuntimeError("the sheet does not show the handover and RMA numbers")
    if not images:
        raise RuntimeError("the sheet has no barcode image")
    return f"{sheet.number} with {rma.number}, barcode embedded"


# -- packaging proofs: what a frozen bundle most easily leaves out -----------
# Each touches something loaded by name or read from a data file at run time,
# which PyInstaller cannot see; a step fails if the spec stops collecting it.


def _label_pdf() -> str:
    """An RMA label drawn (python-barcode, Pillow, a CJK font) and saved as PDF."""
    import tempfile
    from datetime import date
    from pathlib import Path

    try:
        from exports import labels
    except ModuleNotFoundError as exc:
        if exc.name != "exports.labels":
            raise
        return "skipped: exports.labels is not built yet"
    size = labels.LabelSize()
    content = labels.rma_label("RMA-2611-00042", "SN-SELFTEST-1", "Model X200",
                               "上海测试有限公司", date(2026, 11, 3))
    image = labels.render_label(content, size)
    if image.getextrema()[0] != 0:
        raise RuntimeError("the label has no black pixels: nothing was drawn")
    with tempfile.TemporaryDirectory(prefix="depot-label-") as tmp:
        path = Path(tmp) / "label.pdf"
        labels.label_to_pdf([image], path, size)
        data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"/Page" not in data:
        raise RuntimeError("the label PDF is not a PDF with a page")
    font = labels.find_cjk_font()
    shown = Path(font[0]).name if font else "none found, Chinese prints as boxes"
    return f"{len(data)} bytes, {image.size[0]}x{image.size[1]} dots, CJK font: {shown}"


def _working_calendar() -> str:
    """The holidays package loads countries by name; zoneinfo needs tzdata on Windows."""
    from datetime import date

    from depot.workcal import WorkingCalendar

    calendar = WorkingCalendar(country="CN")
    national_day = date(2026, 10, 1)
    if not calendar.is_holiday(national_day):
        raise RuntimeError("2026-10-01 (National Day) is not a holiday: holiday data missing")
    return f"{national_day} is a public holiday in CN; zone {calendar.tz}"


def _gs1_scan() -> str:
    from depot.scan import ScanKind, parse_scan

    scan = parse_scan("(01)09506000134352(21)SN123")
    if scan.kind != ScanKind.GS1 or scan.serial != "SN123":
        raise RuntimeError(f"GS1 scan misread: {scan!r}")
    return f"GTIN {scan.gtin}, serial {scan.serial}"


def _postgres_driver() -> str:
    """psycopg with its bundled libpq, so stations need no PostgreSQL client installed."""
    import peewee
    import psycopg
    from psycopg import pq

    if peewee.psycopg is None:
        raise RuntimeError("peewee did not find psycopg")
    return f"psycopg {psycopg.__version__} ({pq.__impl__}), libpq {pq.version_pretty(pq.version())}"


def _credential_store() -> str:
    """keyring finds its backends through package metadata, which a bundle can lose.

    Only the lookup is proved, nothing is stored. A Linux machine without a
    Secret Service (CI) has no store, and Depot then says so when a password is
    saved; on Windows the Credential Manager is always there, so its absence
    means the bundle is broken.
    """
    import sys

    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) and sys.platform == "win32":
        raise RuntimeError("no credential store backend: Windows Credential Manager not found")
    return name
