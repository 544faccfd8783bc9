"""The parts catalogue: parts, bins, suppliers, supplier barcodes; lookup and search.

Two ways in, both hot:

* `find_part(code)` — the scan path. A bench technician scans either our own
  part label (``P-…``) or the supplier's EAN/UPC/GS1 barcode on the bag; both
  are one unique-index lookup.
* `search_parts(text)` — the search box, within ~30 ms over 50,000 parts (see
  ``bench/bench_inventory.py``). A complete code or barcode opens just that
  part. Otherwise, in this order until `limit` hits: part-number prefix and
  name prefix (index range scans on byte-ordered keys), then words: every
  part's number, name, compatible models and barcodes are indexed as words
  in `PartSearchWord`, with the suffixes after ``-``/``.``/``/`` and every
  suffix starting at a CJK character, so a fragment such as ``psu-450``,
  ``630k`` or ``打印头`` in the middle of ``针式打印头`` is the prefix of a word
  and found by a range scan. No trigram index and no scan of all parts: a
  search that finds nothing is as fast as one that does. Several words typed
  must all occur. What is *not* found is a fragment from inside a Latin word
  (``upply`` in ``supply``): people type words from their start.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from depot import audit, db
from depot.db import update_versioned
from depot.errors import NotFound, ScanError, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.scan import PART_PREFIX, Scan, ScanKind, parse_scan
from depot.service import unit_of_work
from depot.users import require_role
from inventory.models import (
    Bin,
    CompatibleModel,
    Part,
    PartSearchWord,
    StockLevel,
    Supplier,
    SupplierBarcode,
)

BIN_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,19}$")
MAX_MODELS = 30
UNITS = ("pc", "set", "m", "roll", "box", "kg", "l")

_OTHER_KINDS = {
    ScanKind.RMA: QT_TRANSLATE_NOOP("Errors", "an RMA number"),
    ScanKind.HANDOVER: QT_TRANSLATE_NOOP("Errors", "a handover number"),
    ScanKind.BADGE: QT_TRANSLATE_NOOP("Errors", "an operator badge"),
    ScanKind.LOANER: QT_TRANSLATE_NOOP("Errors", "a loaner number"),
}


def _other_kind(kind: ScanKind) -> str:
    return translate("Errors", _OTHER_KINDS[kind])


# ------------------------------------------------------------------ keys


def search_key(text: str) -> str:
    """Normalise text for search: NFKC (full-width → ASCII) and casefold.

    Both what is stored and what is typed go through here, so ``ＰＳＵ``,
    ``psu`` and ``PSU`` meet.
    """
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def _search_text(
    part_number: str, name: str, models: Iterable[str], barcodes: Iterable[str]
) -> str:
    words = [part_number, name, *models, *barcodes]
    return search_key(" ".join(w for w in words if w))[:1000]


# spaces and punctuation end a word; separators inside a code ("ipc-610",
# "p-psu-450", "15.6") keep it whole but also start a new indexed suffix
_WORD_BREAK = re.compile(
    r"[\s,;:()\[\]{}<>\"'`|!?*+=&%$#@~^，。、；：（）【】《》「」“”‘’！？·×]+"
)
_SEPARATOR = re.compile(r"[-./_\\]+")
MAX_WORD = 60


def _wide(char: str) -> bool:
    """CJK and other full-width characters: text written without spaces."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def query_words(text: str) -> list[str]:
    """The words of what was typed, normalised like the stored ones."""
    words = []
    for token in _WORD_BREAK.split(search_key(text)):
        token = token.strip("-./_\\")[:MAX_WORD]
        if token and token not in words:
            words.append(token)
    return words


def search_words(
    part_number: str, name: str, models: Iterable[str] = (), barcodes: Iterable[str] = ()
) -> set[str]:
    """Every word stored for a part (see `PartSearchWord`)."""
    found: set[str] = set()
    for token in _WORD_BREAK.split(search_key(" ".join([part_number, name, *models,
                                                          *barcodes]))):
        if not token:
            continue
        starts = {0} | {m.end() for m in _SEPARATOR.finditer(token)}
        for i, char in enumerate(token):
            if _wide(char) or (i and _wide(token[i - 1])):
                starts.add(i)  # every CJK suffix, and the Latin tail after CJK text
        for start in starts:
            word = token[start:][:MAX_WORD].strip("-./_\\")
            if word:
                found.add(word)
    return found


def _index_words(part: Part) -> None:
    """Rebuild a part's search words and search text from its current fields."""
    models = models_of(part)
    printed = [b.printed for b in barcodes_of(part)]
    PartSearchWord.delete().where(PartSearchWord.part == part.id).execute()
    rows = [(w, part.id) for w in sorted(search_words(part.part_number, part.name, models,
                                                      printed))]
    if rows:
        PartSearchWord.insert_many(rows, fields=[PartSearchWord.word,
                                                 PartSearchWord.part]).execute()
    Part.update(
        search_text=_search_text(part.part_number, part.name, models, printed),
        name_key=search_key(part.name)[:200],
    ).where(Part.id == part.id).execute()


def _upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix`.

    Byte order (SQLite BINARY, PostgreSQL "C") equals code point order for
    UTF-8, so ``key >= prefix AND key < upper`` is exactly "starts with".
    """
    last = ord(prefix[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:  # surrogates cannot be stored; skip over them
        last = 0xE000
    if last > 0x10FFFF:
        return prefix + "\U0010ffff"
    return prefix[:-1] + chr(last)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# ------------------------------------------------------------ validation


def normalize_part_number(text: str) -> str:
    """Our own part number as printed on its label; refused unless it scans back."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(
            translate("Errors", "Enter a part number (P- followed by letters or digits).")
        )
    candidate = raw.upper()
    if not candidate.startswith(PART_PREFIX):
        candidate = PART_PREFIX + candidate
    try:
        scan = parse_scan(candidate)
    except ScanError:
        scan = None
    if scan is None or scan.kind != ScanKind.PART or scan.value != candidate:
        raise ValidationError(
            translate("Errors", "{text} cannot be a part number: use P- followed by 1 to 30 "
                      "letters, digits, dashes, dots or slashes (e.g. P-PSU-450).")
            .format(text=repr(raw))
        )
    return candidate


def _scan_barcode(text: str) -> Scan:
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(translate("Errors", "Scan or type the supplier's barcode."))
    return parse_scan(raw)


def normalize_barcode(text: str) -> tuple[str, str]:
    """(lookup key, printed form) of a supplier barcode, or a refusal.

    EAN-8/13, UPC-A and GTIN-14 are stored as their GTIN-14, so the same
    product found through a GS1 DataMatrix (AI 01) matches too; any other
    code (a supplier's own Code 128) is stored upper-cased, as scanned.
    """
    scan = _scan_barcode(text)
    if scan.kind == ScanKind.PART and scan.value.startswith(PART_PREFIX):
        raise ValidationError(
            translate("Errors", "{code} is one of our part numbers, not a supplier barcode.")
            .format(code=scan.value)
        )
    if scan.kind in _OTHER_KINDS:
        raise ValidationError(
            translate("Errors", "{code} is {kind}, not a supplier barcode.")
            .format(code=scan.value, kind=_other_kind(scan.kind))
        )
    if scan.gtin:
        return scan.gtin, scan.value if scan.kind == ScanKind.PART else scan.gtin
    if scan.kind == ScanKind.GS1:
        raise ValidationError(
            translate("Errors", "This GS1 barcode carries no product number (01).")
        )
    return scan.value, scan.value


def normalize_bin_code(text: str) -> str:
    code = (text or "").strip().upper()
    if not BIN_RE.match(code):
        raise ValidationError(
            translate("Errors", "{text} cannot be a bin code: use 1 to 20 letters, digits or "
                      "dashes (e.g. A-01-03).").format(text=repr(text))
        )
    return code


def _name(text: str, what: str, limit: int = 200) -> str:
    """A required one-line name; `what` is the translated field name."""
    value = " ".join((text or "").split())
    if not value:
        raise ValidationError(translate("Errors", "Enter the {what}.").format(what=what))
    if len(value) > limit:
        raise ValidationError(
            translate("Errors", "The {what} is too long (at most {limit} characters).")
            .format(what=what, limit=limit)
        )
    return value


def _models(models: Iterable[str] | str | None) -> list[str]:
    if models is None:
        return []
    if isinstance(models, str):
        models = re.split(r"[,;\n]", models)
    seen: dict[str, str] = {}
    for model in models:
        text = " ".join(str(model).split())
        if not text:
            continue
        if len(text) > 60:
            raise ValidationError(
                translate("Errors", "Model {model}… is too long (at most 60 characters).")
                .format(model=repr(text[:20]))
            )
        seen.setdefault(text.casefold(), text)
    if len(seen) > MAX_MODELS:
        raise ValidationError(
            translate("Errors", "At most {n} compatible models per part.").format(n=MAX_MODELS)
        )
    return list(seen.values())


def _reorder_point(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100_000:
        raise ValidationError(
            translate("Errors", "The reorder point must be a whole number from 0 to 100,000.")
        )
    return value


def _unit(value: str) -> str:
    unit = (value or "pc").strip()
    if not unit or len(unit) > 12:
        raise ValidationError(
            translate("Errors", "Enter the unit of measure (pc, set, m…), at most 12 characters.")
        )
    return unit


# ---------------------------------------------------------------- lookups


def get_part(part: Part | int | str) -> Part:
    """The current row of a part given as a model, an id, or a scanned/typed code.

    A model instance is read again: the caller's copy may predate another
    station's edit or the first receipt that fixed the price cap.
    """
    if isinstance(part, Part):
        part = part.id
    if isinstance(part, int) and not isinstance(part, bool):
        found = Part.get_or_none(Part.id == part)
        if found is None:
            raise NotFound(
                translate("Errors", "Part #{id} does not exist (deleted?). Reload the list.")
                .format(id=part)
            )
        return found
    if isinstance(part, str):
        return find_part(part)
    raise ValidationError(translate("Errors", "Choose a part."))


def find_part(code: str) -> Part:
    """The part a scanned or typed code names: our ``P-…`` number or a supplier barcode.

    Raises `ScanError` for a malformed scan (the UI beeps) and `NotFound` for
    a well-formed code nobody mapped, saying how to fix it.
    """
    scan = _scan_barcode(code)
    if scan.kind == ScanKind.PART and scan.value.startswith(PART_PREFIX):
        part = Part.get_or_none(Part.part_number == scan.value)
        if part is None:
            raise NotFound(
                translate("Errors", "No part has the number {code}. Check the label or the "
                          "catalogue.").format(code=scan.value)
            )
        return part
    if scan.kind in _OTHER_KINDS:
        raise NotFound(
            translate("Errors", "{code} is {kind}, not a part. Scan the part's label.")
            .format(code=scan.value, kind=_other_kind(scan.kind))
        )
    key = scan.gtin or scan.value
    row = (
        SupplierBarcode.select(SupplierBarcode, Part)
        .join(Part)
        .where(SupplierBarcode.barcode == key)
        .first()
    )
    if row is None:
        raise NotFound(
            translate("Errors", "No part is known by the barcode {code}. Scan our P-… label, or "
                      "map this barcode to its part in the catalogue.").format(code=scan.value)
        )
    return row.part


def find_bin(code: str) -> Bin:
    bin_code = (code or "").strip().upper()
    found = Bin.get_or_none(Bin.code == bin_code)
    if found is None:
        raise NotFound(
            translate("Errors", "No bin has the code {code}.").format(code=bin_code or "–")
        )
    return found


def resolve_bin(value: Bin | int | str | None) -> Bin | None:
    if value is None or value == "":
        return None
    if isinstance(value, Bin):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        found = Bin.get_or_none(Bin.id == value)
        if found is None:
            raise NotFound(translate("Errors", "Bin #{id} does not exist.").format(id=value))
        return found
    return find_bin(str(value))


def models_of(part: Part) -> list[str]:
    """The product models a part fits, in the order they were entered."""
    return [
        row.model
        for row in CompatibleModel.select().where(CompatibleModel.part == part.id)
        .order_by(CompatibleModel.id)
    ]


def barcodes_of(part: Part) -> list[SupplierBarcode]:
    return list(
        SupplierBarcode.select().where(SupplierBarcode.part == part.id)
        .order_by(SupplierBarcode.id)
    )


# ---------------------------------------------------------------- search


@dataclass(frozen=True)
class PartHit:
    """One search result row, with the stock a technician needs to decide."""

    id: int
    part_number: str
    name: str
    unit: str
    bin_code: str | None
    on_hand: int
    reserved: int
    value: int
    initial_price: int | None
    is_active: bool

    @property
    def free(self) -> int:
        return self.on_hand - self.reserved

    @property
    def avg_cost(self) -> int | None:
        return self.value // self.on_hand if self.on_hand > 0 else None


# The search path runs on every keystroke (debounced) at every station, so its
# SQL is written out once instead of being compiled by peewee each time: that
# compilation cost more CPU than the queries themselves.
_ACTIVE = " AND p.is_active"
_BY_NUMBER = (
    "SELECT p.id FROM part p WHERE p.part_number >= ? AND p.part_number < ?{active}"
    " ORDER BY p.part_number LIMIT ?"
)
_BY_NAME = (
    "SELECT p.id FROM part p WHERE p.name_key >= ? AND p.name_key < ?{active}"
    " ORDER BY p.name_key LIMIT ?"
)
_BY_WORD = (
    "SELECT w.part_id, p.search_text FROM part_search_word w JOIN part p ON p.id = w.part_id"
    " WHERE w.word >= ? AND w.word < ?{active} LIMIT ?"
)
_HITS = (
    "SELECT p.id, p.part_number, p.name, p.unit, b.code, l.on_hand, l.reserved, l.value,"
    " p.initial_price, p.is_active FROM part p"
    " LEFT JOIN stock_level l ON l.part_id = p.id LEFT JOIN bin b ON b.id = p.bin_id"
    " WHERE p.id IN ({ids})"
)


def _rows(template: str, params: tuple, include_inactive: bool = True) -> list[tuple]:
    sql = template.format(active="" if include_inactive else _ACTIVE)
    return db.database.execute_sql(sql.replace("?", db.database.param), params).fetchall()


def search_parts(text: str, limit: int = 50, *, include_inactive: bool = False) -> list[PartHit]:
    """Parts matching what was typed, best matches first (see the module doc)."""
    key = search_key(text)
    if not key or limit <= 0:
        return []
    limit = min(limit, 500)
    found: list[int] = []
    seen: set[int] = set()

    def add(ids: Iterable[int]) -> None:
        for pid in ids:
            if pid not in seen and len(found) < limit:
                seen.add(pid)
                found.append(pid)

    # 1. a complete code (our number or a supplier barcode) means that part
    try:
        part = find_part(text)
    except (NotFound, ValidationError):
        pass
    else:
        if include_inactive or part.is_active:
            return part_hits([part.id])

    # 2. part number prefix; every number starts with P-, so "psu" means P-PSU…
    upper = unicodedata.normalize("NFKC", text).strip().upper()
    prefix = upper if upper.startswith(PART_PREFIX) else PART_PREFIX + upper
    if " " not in prefix:
        add(pid for (pid,) in _rows(_BY_NUMBER, (prefix, _upper_bound(prefix), limit),
                                    include_inactive))
    # 3. name prefix
    if len(found) < limit:
        add(pid for (pid,) in _rows(_BY_NAME, (key, _upper_bound(key), limit),
                                    include_inactive))
    # 4. words: the longest typed word through the index, the others must occur too
    words = query_words(text)
    if len(found) < limit and words:
        lead = max(words, key=len)
        others = [w for w in words if w != lead]
        rows = _rows(_BY_WORD, (lead, _upper_bound(lead), limit * (40 if others else 4)),
                     include_inactive)
        add(pid for pid, text_ in rows if all(w in text_ for w in others))

    hits = {hit.id: hit for hit in part_hits(found)}
    return [hits[pid] for pid in found if pid in hits]


def part_hits(ids: Iterable[int]) -> list[PartHit]:
    """Rows for the given part ids with their stock, in one query."""
    wanted = [int(i) for i in ids]
    if not wanted:
        return []
    rows = _rows(_HITS.replace("{ids}", ", ".join("?" * len(wanted))), tuple(wanted))
    return [
        PartHit(pid, number, name, unit, bin_code, on_hand or 0, reserved or 0, int(value or 0),
                initial, bool(active))
        for pid, number, name, unit, bin_code, on_hand, reserved, value, initial, active in rows
    ]


# --------------------------------------------------------------- services


def create_bin(actor: User, code: str, description: str = "") -> Bin:
    """Add a storage bin (warehouse staff)."""
    require_role(actor, Role.WAREHOUSE, action=translate("Errors", "add bins"))
    code = normalize_bin_code(code)
    description = " ".join((description or "").split())[:120]
    with unit_of_work() as changes:
        if Bin.select().where(Bin.code == code).exists():
            raise ValidationError(
                translate("Errors", "Bin {code} already exists.").format(code=code)
            )
        row = Bin.create(code=code, description=description, updated_by=actor.name)
        audit.record(actor, "bin.create", "bin", row.id, after={"code": code})
        changes.add("bin", row.id)
    return row


def create_supplier(
    actor: User, name: str, *, contact_person: str = "", phone: str = "", email: str = ""
) -> Supplier:
    require_role(actor, Role.WAREHOUSE, action=translate("Errors", "add suppliers"))
    name = _name(name, translate("Errors", "supplier's name"))
    with unit_of_work() as changes:
        if Supplier.select().where(Supplier.name == name).exists():
            raise ValidationError(
                translate("Errors", "Supplier {name} already exists.").format(name=name)
            )
        row = Supplier.create(
            name=name, contact_person=contact_person.strip()[:100], phone=phone.strip()[:40],
            email=email.strip()[:120], updated_by=actor.name,
        )
        audit.record(actor, "supplier.create", "supplier", row.id, after={"name": name})
        changes.add("supplier", row.id)
    return row


def create_part(
    actor: User,
    part_number: str,
    name: str,
    *,
    unit: str = "pc",
    compatible_models: Iterable[str] | str | None = None,
    bin: Bin | int | str | None = None,
    reorder_point: int | None = None,
    requires_documents: bool = True,
    barcodes: Iterable[str] = (),
    notes: str = "",
) -> Part:
    """Add a part to the catalogue, with an empty stock level.

    The initial price is not entered here: it is set by the first receipt
    (the price cap of DOMAIN §3), so nobody can type a cap that no invoice
    supports.
    """
    require_role(actor, Role.WAREHOUSE, action=translate("Errors", "add parts"))
    number = normalize_part_number(part_number)
    name = _name(name, translate("Errors", "part's name"))
    unit = _unit(unit)
    models = _models(compatible_models)
    reorder = _reorder_point(reorder_point)
    codes = [normalize_barcode(b) for b in barcodes]
    with unit_of_work() as changes:
        location = resolve_bin(bin)
        if Part.select().where(Part.part_number == number).exists():
            raise ValidationError(
                translate("Errors", "Part {number} already exists.").format(number=number)
            )
        for key, printed in codes:
            _check_barcode_free(key, printed)
        part = Part.create(
            part_number=number, name=name, unit=unit, bin=location, reorder_point=reorder,
            requires_documents=bool(requires_documents), notes=(notes or "").strip(),
            name_key=search_key(name)[:200],
            search_text=_search_text(number, name, models, [p for _, p in codes]),
            updated_by=actor.name,
        )
        StockLevel.create(part=part, bin=location)
        for model in models:
            CompatibleModel.create(part=part, model=model)
        for key, printed in codes:
            SupplierBarcode.create(barcode=key, printed=printed, part=part)
        _index_words(part)
        audit.record(actor, "part.create", "part", part.id, after={
            "part_number": number, "name": name, "unit": unit, "models": models,
            "bin": location.code if location else None, "reorder_point": reorder,
            "barcodes": [p for _, p in codes],
        })
        changes.add("part", part.id)
    return part


def _check_barcode_free(key: str, printed: str) -> None:
    taken = (
        SupplierBarcode.select(SupplierBarcode, Part).join(Part)
        .where(SupplierBarcode.barcode == key).first()
    )
    if taken is not None:
        raise ValidationError(
            translate("Errors", "Barcode {code} already belongs to {part}.")
            .format(code=printed, part=taken.part.label)
        )


_EDITABLE = ("name", "unit", "bin", "reorder_point", "requires_documents", "is_active", "notes")


def update_part(
    actor: User,
    part: Part | int | str,
    expected_version: int,
    *,
    compatible_models: Iterable[str] | str | None = None,
    **fields: Any,
) -> Part:
    """Edit a part's catalogue data (not its number, nor its initial price).

    The number is printed on labels and in years of ledger; the initial
    price is fixed by the first receipt. A stale edit (someone saved the
    part since it was loaded) is refused with who and when.
    """
    require_role(actor, Role.WAREHOUSE, action=translate("Errors", "edit parts"))
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise ValidationError(
            translate("Errors", "These part fields cannot be edited: {fields}.")
            .format(fields=", ".join(sorted(unknown)))
        )
    clean: dict[str, Any] = {}
    if "name" in fields:
        clean["name"] = _name(fields["name"], translate("Errors", "part's name"))
    if "unit" in fields:
        clean["unit"] = _unit(fields["unit"])
    if "reorder_point" in fields:
        clean["reorder_point"] = _reorder_point(fields["reorder_point"])
    if "requires_documents" in fields:
        clean["requires_documents"] = bool(fields["requires_documents"])
    if "is_active" in fields:
        clean["is_active"] = bool(fields["is_active"])
    if "notes" in fields:
        clean["notes"] = (fields["notes"] or "").strip()
    models = None if compatible_models is None else _models(compatible_models)
    with unit_of_work() as changes:
        row = get_part(part)
        if "bin" in fields:
            clean["bin"] = resolve_bin(fields["bin"])
        before = {k: _plain(getattr(row, k)) for k in clean}
        old_models = models_of(row) if models is not None else None
        if "name" in clean:
            clean["name_key"] = search_key(clean["name"])[:200]
        update_versioned(row, expected_version, actor.name, **clean)
        if "bin" in clean:  # the level's copy of the bin moves in the same transaction
            StockLevel.update(bin=clean["bin"]).where(StockLevel.part == row.id).execute()
        if models is not None:
            CompatibleModel.delete().where(CompatibleModel.part == row.id).execute()
            for model in models:
                CompatibleModel.create(part=row, model=model)
        _index_words(row)
        after = {k: _plain(v) for k, v in clean.items() if k != "name_key"}
        if models is not None:
            after["models"] = models
            before["models"] = old_models
        audit.record(actor, "part.update", "part", row.id, before=before, after=after)
        changes.add("part", row.id)
    return row


def _plain(value: Any) -> Any:
    if isinstance(value, Bin):
        return value.code
    return value


def add_barcode(
    actor: User, part: Part | int | str, barcode: str, *, supplier: Supplier | None = None
) -> SupplierBarcode:
    """Map a supplier's barcode to a part, so scanning the bag finds it."""
    require_role(actor, Role.WAREHOUSE, action=translate("Errors", "map barcodes"))
    key, printed = normalize_barcode(barcode)
    with unit_of_work() as changes:
        row = get_part(part)
        _check_barcode_free(key, printed)
        mapping = SupplierBarcode.create(barcode=key, printed=printed, part=row, supplier=supplier)
        _index_words(row)
        audit.record(actor, "part.barcode_add", "part", row.id, after={"barcode": printed})
        changes.add("part", row.id)
    return mapping


def remove_barcode(actor: User, barcode: str) -> None:
    require_role(actor, Role.WAREHOUSE, action=translate("Errors", "unmap barcodes"))
    key, printed = normalize_barcode(barcode)
    with unit_of_work() as changes:
        mapping = SupplierBarcode.get_or_none(SupplierBarcode.barcode == key)
        if mapping is None:
            raise NotFound(
                translate("Errors", "Barcode {code} is not mapped to any part.")
                .format(code=printed)
            )
        part = mapping.part
        mapping.delete_instance()
        _index_words(part)
        audit.record(actor, "part.barcode_remove", "part", part.id, before={"barcode": printed})
        changes.add("part", part.id)
