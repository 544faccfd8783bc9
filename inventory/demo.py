"""Demo warehouse: realistic spare parts for the printers, scanners, POS terminals
and industrial PCs a Chinese service depot repairs, received through the real
services (inspection, ledger, moving average), so the demo database shows
what a live one would: two deliveries in stock, one lot in quarantine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from depot.clock import today
from depot.models import User
from inventory.catalogue import create_bin, create_part, create_supplier
from inventory.models import Document, Part, Supplier
from inventory.receiving import inspect_lot, open_delivery

SUPPLIER = "深圳市科创电子配件有限公司 Shenzhen Kechuang Electronic Parts Co., Ltd."

BINS = {
    "A-01-01": "打印机配件 Printer parts, shelf 1",
    "A-02-01": "条码打印机 Label printer parts",
    "A-03-01": "激光打印机 Laser printer parts",
    "B-01-01": "扫描枪 Scanner parts",
    "C-01-01": "POS 配件 POS parts, shelf 1",
    "C-01-02": "POS 配件 POS parts, shelf 2",
    "D-01-01": "工控机 Industrial PC parts, shelf 1",
    "D-01-02": "工控机 Industrial PC parts, shelf 2",
}


@dataclass(frozen=True)
class _DemoPart:
    number: str
    name: str
    models: tuple[str, ...]
    bin: str
    reorder: int | None
    ean: str | None = None  # 12 digits; the check digit is computed
    unit: str = "pc"
    documents: bool = True


PARTS = (
    _DemoPart("P-PH-LQ630K", "针式打印头 24-pin print head (Epson LQ-630K)",
              ("LQ-630K", "LQ-635K", "LQ-730K"), "A-01-01", 2, "690123450001"),
    _DemoPart("P-RBN-LQ630K", "色带架 Ribbon cartridge (Epson LQ-630K)",
              ("LQ-630K", "LQ-635K"), "A-01-01", 10, "690123450002", documents=False),
    _DemoPart("P-PLT-ZT410", "打印胶辊 Platen roller 203 dpi (Zebra ZT410)",
              ("ZT410", "ZT411"), "A-02-01", 3, "501234560011"),
    _DemoPart("P-TPH-ZT410", "热敏打印头 Thermal print head 203 dpi (Zebra ZT410)",
              ("ZT410", "ZT411"), "A-02-01", 2),
    _DemoPart("P-FUS-M402", "定影组件 Fuser assembly 220 V (HP LaserJet M402)",
              ("M402", "M403", "M426"), "A-03-01", 1, "088912340005"),
    _DemoPart("P-ENG-1900", "扫描引擎 Scan engine (Honeywell Xenon 1900)",
              ("1900g", "1902g"), "B-01-01", 2),
    _DemoPart("P-CBL-DS2208", "USB 数据线 USB cable 2 m (Zebra DS2208)",
              ("DS2208", "DS4308"), "B-01-01", 5, documents=False),
    _DemoPart("P-CUT-TM88", "切刀组件 Auto-cutter assembly (Epson TM-T88VI)",
              ("TM-T88V", "TM-T88VI"), "C-01-01", 2, "690123450019"),
    _DemoPart("P-MB-J1900", "POS 主板 POS mainboard J1900",
              ("POS-8815", "POS-8817"), "C-01-01", 1),
    _DemoPart("P-TS-156", "15.6 英寸电容触摸屏 15.6\" capacitive touch screen",
              ("POS-8815",), "C-01-02", 1),
    _DemoPart("P-VFD-220", "客显 Customer display VFD 2×20", ("POS-8815", "POS-8817"),
              "C-01-02", 2),
    _DemoPart("P-PSU-IPC250", "工控机电源 250 W ATX power supply (Advantech IPC-610)",
              ("IPC-610", "IPC-510"), "D-01-01", 2, "471234500017"),
    _DemoPart("P-FAN-IPC80", "系统风扇 System fan 80 mm (Advantech IPC-610)",
              ("IPC-610",), "D-01-01", 4, documents=False),
    _DemoPart("P-SSD-128G", "工业级固态硬盘 Industrial SATA SSD 128 GB",
              ("IPC-610", "UNO-2484G"), "D-01-02", 3),
    _DemoPart("P-RAM-DDR4-8G", "宽温内存条 Wide-temperature DDR4 8 GB",
              ("IPC-610", "UNO-2484G"), "D-01-02", 2),
    _DemoPart("P-BAT-CR2032", "主板电池 CMOS battery CR2032", ("IPC-610", "POS-8815"),
              "D-01-02", 20, unit="pc", documents=False),
)

# (part number, pieces, unit cost in fen) per delivery
FIRST_DELIVERY = (
    ("P-PH-LQ630K", 6, 38_000), ("P-RBN-LQ630K", 40, 1_850), ("P-PLT-ZT410", 8, 12_500),
    ("P-TPH-ZT410", 4, 86_000), ("P-FUS-M402", 3, 42_000), ("P-ENG-1900", 5, 56_000),
    ("P-CBL-DS2208", 20, 2_400), ("P-CUT-TM88", 6, 21_000), ("P-MB-J1900", 3, 98_000),
    ("P-TS-156", 2, 74_000), ("P-VFD-220", 4, 26_000), ("P-PSU-IPC250", 5, 46_500),
    ("P-FAN-IPC80", 12, 3_500), ("P-SSD-128G", 8, 18_900), ("P-RAM-DDR4-8G", 6, 23_000),
    ("P-BAT-CR2032", 100, 150),
)
SECOND_DELIVERY = (
    ("P-PH-LQ630K", 4, 39_500), ("P-RBN-LQ630K", 60, 1_790), ("P-SSD-128G", 6, 17_600),
    ("P-PSU-IPC250", 3, 47_200),
)
#: fails inspection: no certificate of conformity came with it
QUARANTINED = ("P-ENG-1900", 4, 55_000)

ALL_DOCUMENTS = tuple(Document)


def ean13(first12: str) -> str:
    """Complete 12 digits with the EAN-13 check digit."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def seed_demo_parts(actor: User) -> list[Part]:
    """Create the demo catalogue and stock through the services; returns the parts.

    Idempotent: does nothing (returns the existing parts) when the demo
    supplier is already there. `actor` needs the warehouse or manager role.
    """
    if Supplier.select().where(Supplier.name == SUPPLIER).exists():
        return list(Part.select().where(Part.part_number.in_([p.number for p in PARTS])))
    for code, description in BINS.items():
        create_bin(actor, code, description)
    supplier = create_supplier(actor, SUPPLIER, contact_person="王经理 Mr. Wang",
                               phone="+86 755 8888 6666", email="service@kechuang.example.cn")
    parts = [
        create_part(
            actor, p.number, p.name, unit=p.unit, compatible_models=p.models, bin=p.bin,
            reorder_point=p.reorder, requires_documents=p.documents,
            barcodes=[ean13(p.ean)] if p.ean else (),
        )
        for p in PARTS
    ]
    day = today()
    first = open_delivery(actor, supplier, "SD-2601-0012", day - timedelta(days=20))
    for number, qty, cost in FIRST_DELIVERY:
        inspect_lot(actor, first, number, qty_note=qty, qty_counted=qty, unit_cost=cost,
                    appearance_ok=True, documents=ALL_DOCUMENTS)
    second = open_delivery(actor, supplier, "SD-2601-0047", day - timedelta(days=6))
    for number, qty, cost in SECOND_DELIVERY:
        inspect_lot(actor, second, number, qty_note=qty, qty_counted=qty, unit_cost=cost,
                    appearance_ok=True, documents=ALL_DOCUMENTS)
    number, qty, cost = QUARANTINED
    inspect_lot(
        actor, second, number, qty_note=qty, qty_counted=qty, unit_cost=cost, appearance_ok=True,
        documents=[d for d in ALL_DOCUMENTS if d != Document.CONFORMITY_CERTIFICATE],
        note="合格证缺失,已联系供应商补寄 Certificate of conformity missing; supplier will send it",
    )
    return parts
