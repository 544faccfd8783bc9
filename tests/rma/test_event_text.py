"""Timeline sentences are said in the reader's language, from the facts the event keeps."""

from __future__ import annotations

import pytest

from depot import i18n
from rma import event_text, payments, workflow
from rma.event_text import SAY, WORDS, said
from rma.event_text import event_text as text_of
from tests.support.repair import make_world, receive

#: a sentence key with facts it needs, for every sentence the program says
FACTS = {
    "payment": {"amount": 50_000, "currency": "CNY", "method": "wechat_pay",
                "reference": "WX-1", "outstanding": 75_000},
    "refund": {"amount": -2_500, "currency": "CNY", "method": "card", "reference": ""},
    "paid_in_full": {},
    "nothing_to_pay": {},
    "part_returned": {"part": "P-BELT", "qty": 2},
    "warranty_extended": {"days": 4},
    "handed_over": {"handover": "HO-2601-00001", "kind": "depot_to_courier",
                    "giver": "发货台", "taker": "SF Express"},
}


@pytest.fixture
def chinese():
    """A translator that marks what it translated, as the zh_CN catalogue would change it."""
    i18n.set_translator(lambda context, text: f"«{context}:{text}»")
    try:
        yield
    finally:
        i18n.set_translator(None)


def test_every_sentence_is_covered_here():
    assert set(FACTS) == set(event_text._SENTENCES)


@pytest.mark.parametrize("key", sorted(FACTS))
def test_the_stored_note_is_english_and_the_facts_are_kept(key):
    note, data = said(key, FACTS[key], words="per the customer")
    assert note.endswith(" per the customer") and "«" not in note
    assert data[SAY] == key and data[WORDS] == "per the customer"
    assert {k: data[k] for k in FACTS[key]} == FACTS[key]
    assert text_of(note, data) == note, "read without a translator: the same English"


def test_the_sentence_is_said_in_the_readers_language_and_the_words_are_not(chinese):
    note, data = said("refund", FACTS["refund"], words="皮带不需要 belt not needed")
    assert note == "Refund 25.00 by Card. 皮带不需要 belt not needed"
    # the translated template, its placeholders filled with translated words: the method
    # is a word of the reader's language too; the person's words are not translated
    assert text_of(note, data) == \
        "«Events:Refund 25.00 by «Payments:Card».» 皮带不需要 belt not needed"


def test_old_events_and_damaged_facts_show_the_stored_note(chinese):
    assert text_of("500.00 by Cash; outstanding 0.00.", {"amount": 50_000}) == \
        "500.00 by Cash; outstanding 0.00.", "written before sentences had keys"
    assert text_of("stored", None) == "stored"
    assert text_of("stored", {SAY: "a_newer_programs_sentence"}) == "stored"
    assert text_of("stored", {SAY: "payment", "amount": 1}) == "stored", "facts missing"


def test_the_bench_timeline_reads_a_payment_in_the_readers_language(db, fixed_clock, manager,
                                                                   clerk, technician):
    world = make_world(manager)
    assert world is not None
    rma = receive(clerk, "SN-OOW-1")
    workflow.start_diagnosis(technician, rma)
    from rma import quotes

    draft = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, draft, "part", part_code="P-X", description="Fuser",
                    unit_price=12_000)
    quotes.issue_quote(technician, rma)
    quotes.accept_quote(clerk, rma, "phone")
    payments.record_payment(clerk, rma, 12_000, "cash")
    english = [e.note for e in workflow.events(rma) if e.kind in ("payment", "payment_complete")]
    assert english == ["120.00 by Cash; outstanding 0.00.", "Paid in full: released for repair."]
    i18n.set_translator(lambda context, text: f"«{text}»")
    try:
        shown = [e.note for e in workflow.events(rma)
                 if e.kind in ("payment", "payment_complete")]
    finally:
        i18n.set_translator(None)
    assert shown == ["«120.00 by «Cash»; outstanding 0.00.»",
                     "«Paid in full: released for repair.»"]
