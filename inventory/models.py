"""Tables of the spare-parts warehouse (备件库): catalogue, ledger, receiving, counts.

Layout, and why:

* `StockMove` is the ledger: append-only at the database (triggers), signed
  quantities (+ in, − out) and exact signed values in minor units. On-hand and
  value of a part are ``SUM(qty)`` and ``SUM(value)`` of its moves.
* `StockLevel` is a per-part cache of those sums (plus the reserved count),
  written in the same transaction as each move. It exists so a stock
  decrement can be one conditional UPDATE (no negative stock even when two
  stations take the last piece together) and so valuation is one aggregate
  over 50,000 rows instead of 2,000,000. CHECK constraints make the database
  itself refuse a negative or over-reserved level, and
  `inventory.stock.verify_levels` proves the cache equals the ledger.
* Everything keyed to an RMA carries a free-text `reference`: this package
  knows nothing of RMAs.

Money is integer minor units everywhere (`BigIntegerField`); times are UTC.
"""

from __future__ import annotations

from enum import StrEnum

import peewee as pw

from depot.db import BaseModel, UtcDateTimeField, VersionedModel, utcnow
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import User


class MoveKind(StrEnum):
    RECEIPT = "receipt"
    ISSUE = "issue"
    RETURN = "return"
    ADVANCE_EXCHANGE_OUT = "advance_exchange_out"
    CORE_BACK = "core_back"
    ADJUSTMENT = "adjustment"
    SCRAP = "scrap"
    COUNT = "count"


#: English labels, translated where shown: ``translate("Stock", MOVE_KIND_LABELS[kind])``
MOVE_KIND_LABELS = {
    MoveKind.RECEIPT: QT_TRANSLATE_NOOP("Stock", "Receipt"),
    MoveKind.ISSUE: QT_TRANSLATE_NOOP("Stock", "Issue"),
    MoveKind.RETURN: QT_TRANSLATE_NOOP("Stock", "Return"),
    MoveKind.ADVANCE_EXCHANGE_OUT: QT_TRANSLATE_NOOP("Stock", "Advance exchange out"),
    MoveKind.CORE_BACK: QT_TRANSLATE_NOOP("Stock", "Core back"),
    MoveKind.ADJUSTMENT: QT_TRANSLATE_NOOP("Stock", "Adjustment"),
    MoveKind.SCRAP: QT_TRANSLATE_NOOP("Stock", "Scrap"),
    MoveKind.COUNT: QT_TRANSLATE_NOOP("Stock", "Count"),
}


class Document(StrEnum):
    """Papers a delivered lot must come with (DOMAIN §7, incoming inspection)."""

    MANUAL = "manual"
    INSPECTION_CERTIFICATE = "inspection_certificate"
    QUALITY_GUARANTEE = "quality_guarantee"
    CONFORMITY_CERTIFICATE = "conformity_certificate"


#: English labels, translated where shown: ``translate("Stock", DOCUMENT_LABELS[doc])``
DOCUMENT_LABELS = {
    Document.MANUAL: QT_TRANSLATE_NOOP("Stock", "manual"),
    Document.INSPECTION_CERTIFICATE: QT_TRANSLATE_NOOP("Stock", "inspection certificate"),
    Document.QUALITY_GUARANTEE: QT_TRANSLATE_NOOP("Stock", "quality guarantee"),
    Document.CONFORMITY_CERTIFICATE: QT_TRANSLATE_NOOP("Stock", "certificate of conformity"),
}


class LotStatus(StrEnum):
    PASSED = "passed"
    QUARANTINED = "quarantined"
    RETURNED = "returned"  # quarantined, then sent back to the supplier
    RELEASED = "released"  # quarantined, then accepted into stock by a manager


class CoreStatus(StrEnum):
    OWED = "owed"
    RETURNED = "returned"


class CountStatus(StrEnum):
    OPEN = "open"
    PENDING_APPROVAL = "pending_approval"
    POSTED = "posted"
    CANCELLED = "cancelled"


class AdjustmentStatus(StrEnum):
    PENDING = "pending"
    POSTED = "posted"
    REJECTED = "rejected"


#: lot, count and write-off states as the warehouse reads them (a lot's "returned" went
#: back to its supplier; a count's and a write-off's "pending" waits for a manager)
_STATUS_TEXT: dict[str, str] = {
    LotStatus.PASSED: QT_TRANSLATE_NOOP("PartsPage", "passed"),
    LotStatus.QUARANTINED: QT_TRANSLATE_NOOP("PartsPage", "quarantined"),
    LotStatus.RETURNED: QT_TRANSLATE_NOOP("PartsPage", "returned to supplier"),
    LotStatus.RELEASED: QT_TRANSLATE_NOOP("PartsPage", "released by a manager"),
    CountStatus.OPEN: QT_TRANSLATE_NOOP("PartsPage", "open"),
    CountStatus.PENDING_APPROVAL: QT_TRANSLATE_NOOP("PartsPage", "waiting for a manager"),
    CountStatus.POSTED: QT_TRANSLATE_NOOP("PartsPage", "posted"),
    CountStatus.CANCELLED: QT_TRANSLATE_NOOP("PartsPage", "cancelled"),
    AdjustmentStatus.PENDING: QT_TRANSLATE_NOOP("PartsPage", "waiting for a manager"),
    AdjustmentStatus.REJECTED: QT_TRANSLATE_NOOP("PartsPage", "refused"),
}


def status_label(status: str) -> str:
    """A lot's, count's or write-off's status in words, in the operator's language.

    Used by the warehouse screens and by the refusals that name a status, so a
    person never reads a stored code such as ``pending_approval``.
    """
    text = _STATUS_TEXT.get(status)
    return translate("PartsPage", text) if text else status.replace("_", " ")


# --------------------------------------------------------------- catalogue


class Bin(VersionedModel):
    """A storage location; its code is printed as a Code 128 bin label."""

    code = pw.CharField(max_length=20, unique=True)
    description = pw.CharField(max_length=120, default="")
    is_active = pw.BooleanField(default=True)
    created_at = UtcDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return self.code


class Supplier(VersionedModel):
    name = pw.CharField(max_length=200, unique=True)
    contact_person = pw.CharField(max_length=100, default="")
    phone = pw.CharField(max_length=40, default="")
    email = pw.CharField(max_length=120, default="")
    is_active = pw.BooleanField(default=True)
    created_at = UtcDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return self.name


class Part(VersionedModel):
    """A spare part (备件). Its number ``P-…`` is its own barcode."""

    part_number = pw.CharField(max_length=40, unique=True)
    name = pw.CharField(max_length=200)
    unit = pw.CharField(max_length=12, default="pc")
    bin = pw.ForeignKeyField(Bin, null=True, backref="parts", on_delete="RESTRICT")
    #: listed for reordering when free stock is at or below this; None: not watched
    reorder_point = pw.IntegerField(null=True)
    #: cost of the first receipt, minor units: the price cap of DOMAIN §3; never changes
    initial_price = pw.BigIntegerField(null=True)
    #: False for parts whose suppliers ship no papers (screws, fuses): see receiving
    requires_documents = pw.BooleanField(default=True)
    is_active = pw.BooleanField(default=True)
    notes = pw.TextField(default="")
    #: casefolded name: prefix search through an index (C collation on PostgreSQL)
    name_key = pw.CharField(max_length=200)
    #: casefolded number + name + models + barcodes: the substring fallback of search
    search_text = pw.CharField(max_length=1000)
    created_at = UtcDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return f"{self.part_number} ({self.name})"

    @property
    def label(self) -> str:
        """How messages name a part: ``P-PSU-450 (电源 Power supply 450 W)``."""
        return f"{self.part_number} ({self.name})"


class CompatibleModel(BaseModel):
    """A product model a part fits (free text: inventory knows no model table)."""

    part = pw.ForeignKeyField(Part, backref="model_rows", on_delete="CASCADE")
    model = pw.CharField(max_length=60, index=True)

    class Meta:
        indexes = ((("part", "model"), True),)


class SupplierBarcode(BaseModel):
    """A supplier's barcode printed on a part's packaging, mapped to our part.

    `barcode` is the normalised form looked up at scan time (GTIN-14 for
    EAN/UPC codes, so an EAN-13 label and a GS1 DataMatrix of the same
    product find the same part); `printed` is what the label says.
    """

    barcode = pw.CharField(max_length=64, unique=True)
    printed = pw.CharField(max_length=64)
    part = pw.ForeignKeyField(Part, backref="barcodes", on_delete="CASCADE")
    supplier = pw.ForeignKeyField(Supplier, null=True, on_delete="RESTRICT")
    created_at = UtcDateTimeField(default=utcnow)


# ------------------------------------------------------------------ ledger


class PartSearchWord(BaseModel):
    """One searchable word of a part: `search_parts` answers from this index.

    The words of a part's number, name, compatible models and barcodes, plus
    every suffix after a ``-``/``.``/``/`` and every suffix starting at a CJK
    character (Chinese has no spaces: ``工控机电源`` is stored with ``控机电源``,
    ``机电源``, ``电源``, ``源``), so whatever fragment people type is the
    *prefix* of some word, found by an index range scan — a search that finds
    nothing costs as little as one that finds something. Rebuilt from the part
    whenever those fields change (`inventory.catalogue`).
    """

    word = pw.CharField(max_length=60)
    part = pw.ForeignKeyField(Part, on_delete="CASCADE", index=False)

    class Meta:
        primary_key = pw.CompositeKey("word", "part")


class StockMove(BaseModel):
    """One line of the stock ledger; never updated, never deleted.

    `qty` is signed (+ in, − out). `value` is the exact signed value in minor
    units: the sum of a part's move values is its stock value. `unit_cost` is
    for people (the receipt cost, or ``|value| // |qty|`` for moves at
    average), not for sums.
    """

    part = pw.ForeignKeyField(Part, backref="moves", on_delete="RESTRICT")
    kind = pw.CharField(max_length=24, choices=[(k.value, k.value) for k in MoveKind])
    qty = pw.IntegerField(constraints=[pw.Check("qty <> 0")])
    unit_cost = pw.BigIntegerField()
    value = pw.BigIntegerField()
    # no index on actor: 2,000,000 rows would pay for an index nobody filters by
    actor = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", index=False)
    station = pw.CharField(max_length=60, default="")
    at = UtcDateTimeField(default=utcnow)
    reference = pw.CharField(max_length=60, default="")
    note = pw.TextField(default="")


class StockLevel(BaseModel):
    """Cached sums of the ledger for one part, guarded by CHECK constraints.

    ``0 <= reserved <= on_hand`` and ``value >= 0``, ``value = 0`` when empty:
    the database refuses any write that would break them, whatever the code
    above it does. `bin` mirrors the part's bin. `last_move_value` is scratch
    space: the conditional UPDATE that takes pieces writes the value it took
    there, so RETURNING can hand it back in the same statement.
    """

    part = pw.ForeignKeyField(Part, primary_key=True, backref="level", on_delete="CASCADE")
    #: the part's bin, copied here (migration 8) so valuation per bin is one narrow
    #: aggregate; written with every bin change, checked by `verify_levels`
    bin = pw.ForeignKeyField(Bin, null=True, on_delete="RESTRICT", index=False)
    on_hand = pw.IntegerField(default=0)
    reserved = pw.IntegerField(default=0)
    value = pw.BigIntegerField(default=0)
    last_move_value = pw.BigIntegerField(default=0)

    class Meta:
        constraints = [
            pw.SQL("CHECK (on_hand >= 0)"),
            pw.SQL("CHECK (reserved >= 0 AND reserved <= on_hand)"),
            pw.SQL("CHECK (value >= 0 AND (on_hand > 0 OR value = 0))"),
        ]

    @property
    def free(self) -> int:
        return self.on_hand - self.reserved

    @property
    def avg_cost(self) -> int | None:
        return self.value // self.on_hand if self.on_hand > 0 else None


class Reservation(BaseModel):
    """Pieces held for a reference (an accepted quote's RMA); not free for others.

    One active row per (part, reference); `qty` is what is still held, and
    goes down as pieces are issued to the reference. A reservation ends
    (``active = False``) when fully issued or released.
    """

    part = pw.ForeignKeyField(Part, backref="reservations", on_delete="RESTRICT")
    reference = pw.CharField(max_length=60, index=True)
    qty = pw.IntegerField(constraints=[pw.Check("qty >= 0")])
    issued_qty = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    created_at = UtcDateTimeField(default=utcnow)
    closed_at = UtcDateTimeField(null=True)


# --------------------------------------------------------------- receiving


class Delivery(VersionedModel):
    """A supplier's delivery, identified by its delivery note (送货单) number."""

    supplier = pw.ForeignKeyField(Supplier, backref="deliveries", on_delete="RESTRICT")
    note_number = pw.CharField(max_length=60)
    delivery_date = pw.DateField()
    received_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    received_at = UtcDateTimeField(default=utcnow)
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("supplier", "note_number"), True),)

    def __str__(self) -> str:
        return f"{self.note_number} ({self.supplier.name})"


class Lot(VersionedModel):
    """One line of a delivery and the result of its incoming inspection (到货检验)."""

    delivery = pw.ForeignKeyField(Delivery, backref="lots", on_delete="RESTRICT")
    part = pw.ForeignKeyField(Part, backref="lots", on_delete="RESTRICT")
    qty_note = pw.IntegerField()
    qty_counted = pw.IntegerField()
    unit_cost = pw.BigIntegerField()
    appearance_ok = pw.BooleanField()
    doc_manual = pw.BooleanField()
    doc_inspection_certificate = pw.BooleanField()
    doc_quality_guarantee = pw.BooleanField()
    doc_conformity_certificate = pw.BooleanField()
    status = pw.CharField(max_length=20, index=True)
    #: why the lot failed, one reason per line; empty when it passed
    reason = pw.TextField(default="")
    note = pw.TextField(default="")
    inspected_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    inspected_at = UtcDateTimeField(default=utcnow)
    #: the RECEIPT move (passed, or released by a manager)
    move = pw.ForeignKeyField(StockMove, null=True, on_delete="RESTRICT")
    closed_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    closed_at = UtcDateTimeField(null=True)
    close_note = pw.TextField(default="")

    def documents(self) -> set[Document]:
        present = {
            Document.MANUAL: self.doc_manual,
            Document.INSPECTION_CERTIFICATE: self.doc_inspection_certificate,
            Document.QUALITY_GUARANTEE: self.doc_quality_guarantee,
            Document.CONFORMITY_CERTIFICATE: self.doc_conformity_certificate,
        }
        return {doc for doc, ok in present.items() if ok}


# ---------------------------------------------------------- advance exchange


class ExchangeCore(BaseModel):
    """A faulty part (core) a customer owes back after an advance exchange (先发配件)."""

    part = pw.ForeignKeyField(Part, backref="cores", on_delete="RESTRICT")
    reference = pw.CharField(max_length=60, index=True)
    qty = pw.IntegerField(default=1)
    out_move = pw.ForeignKeyField(StockMove, on_delete="RESTRICT")
    confirmed_at = UtcDateTimeField()
    ship_date = pw.DateField()
    due_date = pw.DateField(index=True)
    status = pw.CharField(max_length=12, default=CoreStatus.OWED.value, index=True)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    created_at = UtcDateTimeField(default=utcnow)
    returned_at = UtcDateTimeField(null=True)
    returned_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    #: True: tested good, went back into stock (CORE_BACK move); False: faulty core
    serviceable = pw.BooleanField(null=True)
    back_move = pw.ForeignKeyField(StockMove, null=True, on_delete="RESTRICT", backref="+")
    note = pw.TextField(default="")


# ------------------------------------------------------ counts, adjustments


class CountSession(VersionedModel):
    """A stock count of one bin, by scan."""

    bin = pw.ForeignKeyField(Bin, backref="counts", on_delete="RESTRICT")
    status = pw.CharField(max_length=20, default=CountStatus.OPEN.value, index=True)
    started_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    started_at = UtcDateTimeField(default=utcnow)
    reason = pw.TextField(default="")
    posted_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    posted_at = UtcDateTimeField(null=True)
    approved_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")


class CountLine(BaseModel):
    """What was found of one part: `counted`, and the on-hand at that moment.

    The difference posted is ``counted - on_hand_at_count``: the shortage or
    surplus the counter found on the shelf, so an issue made between the scan
    and the posting is not mistaken for a loss.
    """

    session = pw.ForeignKeyField(CountSession, backref="lines", on_delete="CASCADE")
    part = pw.ForeignKeyField(Part, on_delete="RESTRICT")
    counted = pw.IntegerField(constraints=[pw.Check("counted >= 0")])
    on_hand_at_count = pw.IntegerField()
    counted_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    counted_at = UtcDateTimeField(default=utcnow)
    move = pw.ForeignKeyField(StockMove, null=True, on_delete="RESTRICT")

    class Meta:
        indexes = ((("session", "part"), True),)


class Adjustment(VersionedModel):
    """A stock correction with its reason; write-offs wait for a manager."""

    part = pw.ForeignKeyField(Part, backref="adjustments", on_delete="RESTRICT")
    kind = pw.CharField(max_length=24)  # MoveKind.ADJUSTMENT | MoveKind.SCRAP
    qty = pw.IntegerField()  # signed change of stock
    reason = pw.TextField()
    status = pw.CharField(max_length=12, index=True)
    #: estimated value at request time (for the approval screen); the move has the exact one
    estimated_value = pw.BigIntegerField(default=0)
    requested_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    requested_at = UtcDateTimeField(default=utcnow)
    decided_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    decided_at = UtcDateTimeField(null=True)
    decision_note = pw.TextField(default="")
    move = pw.ForeignKeyField(StockMove, null=True, on_delete="RESTRICT")


INVENTORY_MODELS = [
    Bin,
    Supplier,
    Part,
    CompatibleModel,
    SupplierBarcode,
    StockMove,
    StockLevel,
    Reservation,
    Delivery,
    Lot,
    ExchangeCore,
    CountSession,
    CountLine,
    Adjustment,
]
