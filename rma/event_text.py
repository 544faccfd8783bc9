"""The program's own words on an RMA's timeline, in the language of whoever reads them.

Timeline events are history: written once by one station, read for years by
others, in English and in Chinese. So a sentence the program writes about an
event ("500.00 by WeChat Pay; outstanding 750.00.") is not frozen in the
writer's language. The event keeps the facts and the sentence's key in its
`data`, and `event_text` says the sentence when the event is read, with what
the person typed after it.

The stored `note` still holds the English sentence (and the person's words),
so exports, the audit trail and an older program reading a newer database
read something sensible. Events written before this module have no key; their
note is shown as it was stored (history is append-only).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.money import format_money

__all__ = ["SAY", "WORDS", "event_text", "said"]

#: `data` keys: the sentence's key, and the person's own words shown after it
SAY, WORDS = "say", "words"

Translate = Callable[[str, str], str]

_SENTENCES: dict[str, str] = {
    "payment": QT_TRANSLATE_NOOP("Events", "{amount} by {method}{reference}; outstanding "
                                           "{outstanding}."),
    "refund": QT_TRANSLATE_NOOP("Events", "Refund {amount} by {method}{reference}."),
    "paid_in_full": QT_TRANSLATE_NOOP("Events", "Paid in full: released for repair."),
    "nothing_to_pay": QT_TRANSLATE_NOOP("Events", "Nothing left to pay: released for repair."),
    "part_returned": QT_TRANSLATE_NOOP("Events", "{qty} × {part} back to stock."),
    "warranty_extended": QT_TRANSLATE_NOOP("Events", "Warranty extended by {days} day(s) spent "
                                                     "at the depot."),
    "handed_over": QT_TRANSLATE_NOOP("Events", "Handover {number}: {kind}, {giver} → {taker}."),
}


def _method(facts: Mapping[str, Any], lang: Translate) -> str:
    from rma.payments import METHOD_LABELS, PaymentMethod  # here: payments imports this module

    return lang("Payments", METHOD_LABELS[PaymentMethod(facts["method"])])


def _money_args(facts: Mapping[str, Any], lang: Translate) -> dict[str, str]:
    currency = facts["currency"]
    args = {"amount": format_money(abs(facts["amount"]), currency), "method": _method(facts, lang),
            "reference": f" ({facts['reference']})" if facts.get("reference") else ""}
    if "outstanding" in facts:
        args["outstanding"] = format_money(max(facts["outstanding"], 0), currency)
    return args


def _handover_args(facts: Mapping[str, Any], lang: Translate) -> dict[str, str]:
    from rma.handover import KIND_LABELS  # here: handover imports the workflow, which uses this

    return {"number": facts["handover"], "kind": lang("Handover", KIND_LABELS[facts["kind"]]),
            "giver": facts["giver"], "taker": facts["taker"]}


_ARGS: dict[str, Callable[[Mapping[str, Any], Translate], Mapping[str, Any]]] = {
    "payment": _money_args,
    "refund": _money_args,
    "part_returned": lambda f, _lang: {"qty": f["qty"], "part": f["part"]},
    "warranty_extended": lambda f, _lang: {"days": f["days"]},
    "handed_over": _handover_args,
}


def _english(_context: str, text: str) -> str:
    return text


def _sentence(key: str, facts: Mapping[str, Any], lang: Translate) -> str:
    args = _ARGS[key](facts, lang) if key in _ARGS else {}
    return lang("Events", _SENTENCES[key]).format(**args)


def _joined(sentence: str, words: str) -> str:
    return f"{sentence} {words}" if words else sentence


def said(key: str, facts: Mapping[str, Any] | None = None,
         words: str = "") -> tuple[str, dict[str, Any]]:
    """(note, data) for an event the program describes in sentence `key`.

    `facts` are what the sentence needs (and what the event should keep
    anyway); `words` is what the person typed, kept apart so it is never
    translated. Raises KeyError for an unknown key or a missing fact: a bug,
    caught by the tests, not something a person at a desk can cause.
    """
    data = {**(facts or {}), SAY: key}
    if words:
        data[WORDS] = words
    return _joined(_sentence(key, data, _english), words), data


def event_text(note: str, data: Any) -> str:
    """What the timeline shows for an event: the sentence in the reader's language, or the note.

    An event without a sentence key (a person's note, or one written before
    this module) shows its stored note. So does one whose facts no longer fit
    the sentence (a newer program's key, a damaged row): the stored English is
    better than nothing, never a traceback on the bench.
    """
    if not isinstance(data, Mapping) or data.get(SAY) not in _SENTENCES:
        return note
    try:
        sentence = _sentence(data[SAY], data, translate)
    except (KeyError, ValueError, TypeError):
        return note
    return _joined(sentence, str(data.get(WORDS) or ""))
