"""The word index behind part search, the bin mirrored on stock levels, migration 8."""

from __future__ import annotations

import pytest

from depot import db as dbmod
from inventory import catalogue, reports, stock
from inventory.catalogue import query_words, search_words
from inventory.models import Bin, CompatibleModel, Part, PartSearchWord, StockLevel
from rma.schema import open_depot
from tests.support.stock import make_part, receive


def test_words_cover_codes_suffixes_and_every_cjk_suffix():
    words = search_words("P-PSU-450", "工控机电源 250 W (IPC-610)", ["LQ-630K"], ["6901234567892"])
    for expected in ("p-psu-450", "psu-450", "450", "工控机电源", "控机电源", "机电源", "电源",
                     "源", "250", "w", "ipc-610", "610", "lq-630k", "630k", "6901234567892"):
        assert expected in words
    assert "(ipc-610)" not in words and "" not in words
    screen = search_words("P-TS-156", "15.6英寸触摸屏")
    assert {"15.6英寸触摸屏", "6英寸触摸屏", "英寸触摸屏", "触摸屏", "摸屏", "屏"} <= screen
    # a search matches word prefixes: "英寸" and "触摸" are found through these
    assert query_words("  Power  SUPPLY, ipc-610 ") == ["power", "supply", "ipc-610"]
    assert query_words("-450") == ["450"]


@pytest.fixture
def parts(db, storekeeper):
    catalogue.create_bin(storekeeper, "A-01")
    catalogue.create_bin(storekeeper, "B-01")
    made = [
        make_part(storekeeper, "P-PH-630", "针式打印头 Print head 24-pin (Epson LQ-630K)",
                  bin="A-01", compatible_models=["LQ-630K", "LQ-730K"]),
        make_part(storekeeper, "P-TPH-410", "热敏打印头 Thermal print head", bin="A-01",
                  compatible_models=["ZT410"], barcodes=["5012345600116"]),
        make_part(storekeeper, "P-PSU-250", "工控机电源 Power supply 250 W", bin="B-01",
                  compatible_models=["IPC-610"]),
    ]
    return made


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("打印头", ["P-PH-630", "P-TPH-410"]),
        ("印头", ["P-PH-630", "P-TPH-410"]),
        ("热敏", ["P-TPH-410"]),
        ("机电", ["P-PSU-250"]),
        ("630k", ["P-PH-630"]),
        ("lq-7", ["P-PH-630"]),
        ("print head", ["P-PH-630", "P-TPH-410"]),
        ("head thermal", ["P-TPH-410"]),
        ("power 250", ["P-PSU-250"]),
        ("power 999", []),
        ("24-pin", ["P-PH-630"]),
        ("501234", ["P-TPH-410"]),
        ("ph", ["P-PH-630"]),
        ("upply", []),  # inside a Latin word: not indexed, by design
        ("不存在的零件", []),
    ],
)
def test_search_by_fragment(parts, text, expected):
    assert sorted(h.part_number for h in catalogue.search_parts(text)) == sorted(expected)


def test_a_complete_code_opens_just_that_part(parts, storekeeper):
    make_part(storekeeper, "P-PH-6300", "Another head")
    assert [h.part_number for h in catalogue.search_parts("P-PH-630")] == ["P-PH-630"]
    assert [h.part_number for h in catalogue.search_parts("p-ph-63")] == ["P-PH-630",
                                                                           "P-PH-6300"]
    assert [h.part_number for h in catalogue.search_parts("5012345600116")] == ["P-TPH-410"]


def test_words_follow_edits(parts, storekeeper):
    psu = parts[2]
    catalogue.update_part(storekeeper, psu, psu.version, name="工控机电源 PSU 300 W",
                          compatible_models=["UNO-2484G"])
    assert [h.part_number for h in catalogue.search_parts("2484")] == ["P-PSU-250"]
    assert catalogue.search_parts("ipc-610") == []
    catalogue.add_barcode(storekeeper, psu, "SUP-PSU300")
    assert [h.part_number for h in catalogue.search_parts("psu300")] == ["P-PSU-250"]
    assert PartSearchWord.select().where(PartSearchWord.part == psu.id).count() == len(
        search_words("P-PSU-250", "工控机电源 PSU 300 W", ["UNO-2484G"], ["SUP-PSU300"]))


def test_moving_a_part_moves_its_stock_in_the_valuation(parts, storekeeper):
    head = parts[0]
    receive(storekeeper, head, 2, 38_000)
    assert [(v.bin_code, v.qty) for v in reports.valuation().lines] == [("A-01", 2)]
    catalogue.update_part(storekeeper, head, head.version, bin="B-01")
    assert [(v.bin_code, v.qty) for v in reports.valuation().lines] == [("B-01", 2)]
    catalogue.update_part(storekeeper, head, head.version + 1, bin=None)
    assert [(v.bin_code, v.qty) for v in reports.valuation().lines] == [(None, 2)]
    assert stock.verify_levels() == []


def test_verify_levels_catches_a_level_in_the_wrong_bin(parts):
    head = parts[0]
    other = Bin.get(Bin.code == "B-01")
    StockLevel.update(bin=other).where(StockLevel.part == head.id).execute()
    assert [(m.what, m.cached, m.ledger) for m in stock.verify_levels()] == [
        ("bin", other.id, head.bin_id)]


def test_migration_8_indexes_parts_and_bins_of_an_older_database(db_url, tmp_path):
    open_depot(db_url, upto=7, backup_dir=tmp_path)
    pg = dbmod.is_postgres()
    if pg:  # a database from the first version had no bin on its levels
        dbmod.database.execute_sql("ALTER TABLE stock_level DROP COLUMN bin_id")
    b = Bin.insert(code="A-01").execute()
    pid = Part.insert(part_number="P-PH-630", name="针式打印头 Print head", bin=b,
                      name_key="针式打印头 print head", search_text="x").execute()
    CompatibleModel.insert(part=pid, model="LQ-630K").execute()
    dbmod.database.execute_sql(f"INSERT INTO stock_level (part_id, on_hand, reserved, value,"
                               f" last_move_value) VALUES ({int(pid)}, 0, 0, 0, 0)")
    dbmod.close()
    open_depot(db_url, backup_dir=tmp_path)
    assert StockLevel.get(StockLevel.part == pid).bin_id == b
    assert [h.part_number for h in catalogue.search_parts("印头")] == ["P-PH-630"]
    assert [h.part_number for h in catalogue.search_parts("630k")] == ["P-PH-630"]
    dbmod.close()
