"""Builders for handover, service-report and report tests: RMAs in the states they need.

Everything goes through the real services (intake, workflow, quotes,
payments), so a test that hands an RMA to the courier exercises the same
guards a person at the desk meets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from depot.models import User
from rma import intake, loans, workflow
from rma.customers import create_customer
from rma.models import Customer, ProductModel, Rma
from rma.units import create_model, register_unit

#: user text that a spreadsheet would run as a formula if written carelessly
HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(A1)", "\t=1",
           "\r=2"]


@dataclass
class Catalogue:
    model: ProductModel
    customer: Customer


def catalogue(manager: User, *, customer_name: str = "上海精密仪器有限公司",
              model_code: str = "ZT410") -> Catalogue:
    model = create_model(manager, code=model_code, name="Industrial label printer 工业打印机",
                         warranty_months=12)
    customer = create_customer(manager, name=customer_name, contact_person="王经理",
                               address="上海市浦东新区张江路 88 号", phone="021-5555 0101")
    return Catalogue(model, customer)


def received(manager: User, clerk: User, cat: Catalogue, serial: str, *,
             sale_date: date | None = None, fault: str = "打印头不出纸 / no feed") -> Rma:
    """A unit registered and received: in warranty unless an old sale date is given."""
    register_unit(manager, serial=serial, model=cat.model, customer=cat.customer,
                  sale_date=sale_date or date(2025, 10, 1))
    return intake.receive(clerk, serial=serial, fault=fault)


def ready_in_warranty(manager: User, clerk: User, tech: User, cat: Catalogue, serial: str,
                      *, parts: tuple[str, ...] = (), **kw: object) -> Rma:
    """An in-warranty RMA repaired, tested and ready to ship (nothing to pay).

    `parts` (part numbers, one piece each, in stock) are issued during the repair.
    """
    from rma.diagnosis import record_diagnosis
    from rma.parts import issue_part_by_scan

    rma = received(manager, clerk, cat, serial, **kw)  # type: ignore[arg-type]
    workflow.start_diagnosis(tech, rma.number)
    record_diagnosis(tech, rma.number, "Feed roller worn; 送纸辊磨损", "mechanical")
    workflow.start_repair(tech, rma.number)
    for code in parts:
        issue_part_by_scan(tech, rma.number, code)
    workflow.finish_repair(tech, rma.number, note="Replaced feed roller, cleaned print head")
    workflow.pass_test(tech, rma.number)
    if loans.blocking_reason(rma.number):  # owed a loaner (DOMAIN §6): this customer said no
        loans.decline(clerk, rma.number, "Customer has a spare unit")
    return Rma.get(Rma.number == rma.number)


def ready_unpaid(manager: User, clerk: User, tech: User, cat: Catalogue, serial: str,
                 *, amount: int = 125_000, paid: int = 0) -> Rma:
    """An out-of-warranty RMA whose quote is accepted but not (fully) paid, repaired under
    a manager's waiver of the repair gate and ready to ship: shipping must refuse it."""
    from rma import payments, quotes
    from rma.diagnosis import record_diagnosis

    rma = received(manager, clerk, cat, serial, sale_date=date(2020, 1, 1),
                   fault="Power board burnt 电源板烧毁")
    workflow.start_diagnosis(tech, rma.number)
    record_diagnosis(tech, rma.number, "Power board burnt out", "power_supply")
    quote = quotes.draft_quote(tech, rma.number)
    quotes.add_line(tech, quote, "part", part_code="P-PSU-450", description="Power board",
                    qty=1, unit_price=amount)
    quotes.issue_quote(clerk, rma.number)
    quotes.accept_quote(clerk, rma.number, "phone")
    if paid:
        payments.record_payment(clerk, rma.number, paid, "cash")
    workflow.waive_gate(manager, rma.number, "repair_gate", "Key account, paying on invoice")
    workflow.start_repair(tech, rma.number)
    workflow.finish_repair(tech, rma.number, note="Replaced power board")
    workflow.pass_test(tech, rma.number)
    return Rma.get(Rma.number == rma.number)


def pay_up(clerk: User, rma: Rma) -> None:
    from rma import payments

    payments.record_payment(clerk, rma.number, payments.balance(rma.number), "bank_transfer",
                            reference="TT-2026-001")


# --------------------------------------------------------------------------- reading sheets back


def formula_cells(path) -> list[str]:
    """Every cell of every sheet that holds a formula, as ``Sheet!A1`` (should be none).

    Checks both what openpyxl reads back and the raw sheet XML (``<f>``), so a
    formula hidden from openpyxl's type guess is caught too.
    """
    import re
    import zipfile

    import openpyxl

    found: list[str] = []
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            found += [f"{ws.title}!{c.coordinate}" for c in row if c.data_type == "f"]
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8")
                found += [f"{name}: <f>" for _ in re.finditer(r"<f[ >]", xml)]
    return found


def cell_texts(path) -> set[str]:
    """Every string value in the workbook (to find user text, exactly as written)."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    return {c.value for ws in book.worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, str)}


def decoded_barcodes(path) -> list[str]:
    """Decode every picture embedded in the .xlsx with zxing-cpp (a real barcode reader)."""
    import io
    import zipfile

    import zxingcpp
    from PIL import Image

    texts: list[str] = []
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            if name.startswith("xl/media/"):
                image = Image.open(io.BytesIO(archive.read(name))).convert("L")
                texts += [r.text for r in zxingcpp.read_barcodes(image)
                          if r.format == zxingcpp.BarcodeFormat.Code128]
    return texts


def convert_to_pdf(path, out_dir):
    """Convert with LibreOffice headless; the test is skipped where LibreOffice is absent."""
    import shutil
    import subprocess
    from pathlib import Path

    import pytest

    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out_dir = Path(out_dir)
    profile = out_dir / "lo-profile"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         "pdf", "--outdir", str(out_dir), str(path)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    pdf = out_dir / (Path(path).stem + ".pdf")
    assert result.returncode == 0 and pdf.exists(), result.stderr or result.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    return pdf
