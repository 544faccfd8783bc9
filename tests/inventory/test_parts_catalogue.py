"""The parts catalogue: numbers that scan back, barcodes, edits, lookups."""

from __future__ import annotations

import pytest

from depot.audit import history
from depot.errors import NotFound, PermissionDenied, ScanError, StaleEdit, ValidationError
from inventory import catalogue
from inventory.models import StockLevel
from tests.support.stock import make_part


@pytest.fixture
def psu(db, storekeeper):
    catalogue.create_bin(storekeeper, "d-01-01", "工控机 IPC parts")
    return make_part(storekeeper, "p-psu-450", "电源  Power supply 450 W", bin="D-01-01",
                     compatible_models="IPC-610; IPC-510, ipc-610", reorder_point=2,
                     barcodes=["6901234567892", "SUP-PSU450"])


def test_a_new_part_is_normalised_and_has_an_empty_shelf(psu):
    assert (psu.part_number, psu.name, psu.unit) == ("P-PSU-450", "电源 Power supply 450 W", "pc")
    assert catalogue.models_of(psu) == ["IPC-610", "IPC-510"]
    assert psu.initial_price is None
    assert StockLevel.get(StockLevel.part == psu.id).on_hand == 0
    assert [b.printed for b in catalogue.barcodes_of(psu)] == ["6901234567892", "SUP-PSU450"]
    assert history("part", psu.id)[0].action == "part.create"


@pytest.mark.parametrize(
    "code",
    ["P-PSU-450", "p-psu-450 ", "6901234567892", "06901234567892", "(01)06901234567892",
     "sup-psu450", "]C0P-PSU-450"],
)
def test_find_part_by_number_or_any_form_of_its_barcode(psu, code):
    assert catalogue.find_part(code).id == psu.id


@pytest.mark.parametrize(
    ("code", "error", "message"),
    [
        ("4006381333931", NotFound, "No part is known by the barcode 4006381333931"),
        ("P-PSU-999", NotFound, "No part has the number P-PSU-999"),
        ("RMA-2601-00001", NotFound, "is an RMA number, not a part"),
        ("6901234567890", ScanError, "check digit"),
        ("", ValidationError, "Scan or type"),
        ("P-BAD CODE", ScanError, "Scan refused"),
    ],
)
def test_find_part_refusals(psu, code, error, message):
    with pytest.raises(error, match=message):
        catalogue.find_part(code)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"part_number": "P-PSU-450"}, "Part P-PSU-450 already exists"),
        ({"part_number": "P-Ü"}, "cannot be a part number"),
        ({"part_number": "P-" + "X" * 31}, "cannot be a part number"),
        ({"name": "  "}, "Enter the part's name"),
        ({"barcodes": ["6901234567892"]}, "already belongs to P-PSU-450"),
        ({"barcodes": ["P-OTHER"]}, "is one of our part numbers"),
        ({"reorder_point": -1}, "reorder point"),
        ({"bin": "Z-99"}, "No bin has the code Z-99"),
        ({"compatible_models": ["M" * 61]}, "too long"),
    ],
)
def test_create_part_refusals(psu, storekeeper, kwargs, message):
    args = {"part_number": "P-NEW-1", "name": "New part"}
    args.update(kwargs)
    with pytest.raises((ValidationError, NotFound), match=message):
        catalogue.create_part(storekeeper, args.pop("part_number"), args.pop("name"), **args)


def test_a_number_without_prefix_gets_it(db, storekeeper):
    assert make_part(storekeeper, "fan-80", "Fan").part_number == "P-FAN-80"


def test_edit_part_with_version_check(psu, storekeeper, technician):
    edited = catalogue.update_part(storekeeper, psu, psu.version, name="电源 PSU 450 W (new)",
                                   compatible_models=["IPC-610"], reorder_point=None)
    assert edited.version == 2 and catalogue.models_of(edited) == ["IPC-610"]
    assert [h.part_number for h in catalogue.search_parts("psu 450 w (new")] == ["P-PSU-450"]
    assert catalogue.search_parts("ipc-510") == []
    with pytest.raises(StaleEdit, match="Changed by Wang Warehouse"):
        catalogue.update_part(storekeeper, psu, 1, name="stale")
    with pytest.raises(ValidationError, match="cannot be edited: initial_price"):
        catalogue.update_part(storekeeper, psu, 2, initial_price=1)
    with pytest.raises(PermissionDenied):
        catalogue.update_part(technician, psu, 2, name="x")


def test_barcodes_can_be_mapped_and_unmapped(psu, storekeeper):
    catalogue.add_barcode(storekeeper, psu, "4006381333931")
    assert catalogue.find_part("4006381333931").id == psu.id
    catalogue.remove_barcode(storekeeper, "4006381333931")
    with pytest.raises(NotFound):
        catalogue.find_part("4006381333931")
    with pytest.raises(NotFound, match="not mapped"):
        catalogue.remove_barcode(storekeeper, "4006381333931")


def test_inactive_parts_are_hidden_from_search_unless_asked(psu, storekeeper):
    catalogue.update_part(storekeeper, psu, psu.version, is_active=False)
    assert catalogue.search_parts("psu") == []
    assert [h.part_number for h in catalogue.search_parts("psu", include_inactive=True)] == [
        "P-PSU-450"]
    assert catalogue.find_part("P-PSU-450").id == psu.id, "a scan still finds it"


def test_bins(db, storekeeper):
    catalogue.create_bin(storekeeper, "a-01-02")
    assert catalogue.find_bin(" A-01-02").code == "A-01-02"
    with pytest.raises(ValidationError, match="already exists"):
        catalogue.create_bin(storekeeper, "A-01-02")
    with pytest.raises(ValidationError, match="cannot be a bin code"):
        catalogue.create_bin(storekeeper, "A 01")
