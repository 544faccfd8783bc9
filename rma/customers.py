"""Customer records: who sent a unit in and where it goes back to.

A customer is created at the intake desk (often while a courier waits), by
the sales register import, or by the service desk. The checks here are about
*shape* only — an email that cannot be an email, a phone number with letters
in it — because a wrong address is found out only when the repaired unit
comes back from the courier, weeks later. Everything else (two customers with
the same name, a missing contact person) is allowed: real registers have
both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import peewee as pw

from depot import audit
from depot.db import update_versioned
from depot.errors import NotFound, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import require_role
from rma.models import Customer

__all__ = [
    "CUSTOMER_FIELDS",
    "create_customer",
    "customer_fields",
    "find_customers",
    "get_customer",
    "update_customer",
    "validate_customer_fields",
]

#: the editable fields, in the order a form shows them
CUSTOMER_FIELDS: tuple[str, ...] = (
    "name",
    "contact_person",
    "address",
    "postcode",
    "phone",
    "fax",
    "email",
)

#: who may create and edit customers (managers always may)
EDIT_ROLES: tuple[Role, ...] = (Role.SERVICE_DESK, Role.TECHNICIAN)

_MAX_LENGTH = {
    "name": 200,
    "contact_person": 100,
    "address": 300,
    "postcode": 20,
    "phone": 40,
    "fax": 40,
    "email": 120,
}
#: field names in messages, translated when used (context "Errors")
_LABEL = {
    "name": QT_TRANSLATE_NOOP("Errors", "Customer name"),
    "contact_person": QT_TRANSLATE_NOOP("Errors", "Contact person"),
    "address": QT_TRANSLATE_NOOP("Errors", "Address"),
    "postcode": QT_TRANSLATE_NOOP("Errors", "Postcode"),
    "phone": QT_TRANSLATE_NOOP("Errors", "Phone"),
    "fax": QT_TRANSLATE_NOOP("Errors", "Fax"),
    "email": QT_TRANSLATE_NOOP("Errors", "Email"),
}

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
# Digits with the usual separators, an optional leading +, and an optional
# extension written "ext 12", "x12", "转12" or "分机12" (common on Chinese cards).
_PHONE_RE = re.compile(r"^\+?[0-9 ()./\-]+(?:\s*(?:ext\.?|x|转|分机)\s*[0-9]{1,6})?$", re.I)
_POSTCODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-]{1,9}$")


def validate_customer_fields(fields: Mapping[str, Any], *, partial: bool = False) -> dict[str, str]:
    """Strip and check customer fields; returns the cleaned values.

    With `partial` (an update) only the given fields are checked, but a
    given name must still not be empty. Unknown field names are a caller bug
    and are refused too, so a typo never silently drops an edit.
    """
    unknown = set(fields) - set(CUSTOMER_FIELDS)
    if unknown:
        raise ValidationError(translate("Errors", "Unknown customer field(s): {fields}.").format(
            fields=", ".join(sorted(unknown))))
    clean: dict[str, str] = {}
    for key in CUSTOMER_FIELDS:
        if key not in fields:
            continue
        value = fields[key]
        text = "" if value is None else " ".join(str(value).split())
        if len(text) > _MAX_LENGTH[key]:
            raise ValidationError(
                translate("Errors", "{field} is {length} characters long; at most {n} fit.").format(
                    field=translate("Errors", _LABEL[key]), length=len(text), n=_MAX_LENGTH[key])
            )
        clean[key] = text
    if (not partial or "name" in fields) and not clean.get("name"):
        raise ValidationError(translate("Errors", "Enter the customer's name."))
    if clean.get("email"):
        clean["email"] = clean["email"].replace(" ", "")
        if not _EMAIL_RE.match(clean["email"]):
            raise ValidationError(
                translate("Errors", "Email {email!r} does not look like an address "
                          "(name@example.com).").format(email=clean["email"])
            )
    for key in ("phone", "fax"):
        value = clean.get(key)
        if value and (not _PHONE_RE.match(value) or sum(c.isdigit() for c in value) < 5):
            raise ValidationError(
                translate("Errors", "{field} {value!r} is not a phone number: use digits, spaces, "
                          "+ - ( ), and an extension like 'ext 12' or '转12'.").format(
                    field=translate("Errors", _LABEL[key]), value=value)
            )
    postcode = clean.get("postcode")
    if postcode:
        clean["postcode"] = postcode = postcode.upper()
        if not _POSTCODE_RE.match(postcode):
            raise ValidationError(
                translate("Errors", "Postcode {postcode!r} is not a postcode: 2–10 letters or "
                          "digits (100080, SW1A 1AA).").format(postcode=postcode)
            )
    return clean


def customer_fields(customer: Customer) -> dict[str, str]:
    """The editable fields of a customer as a plain dict (forms, audit entries)."""
    return {key: getattr(customer, key) for key in CUSTOMER_FIELDS}


def create_customer(actor: User, **fields: Any) -> Customer:
    """Add a customer; `name` is required, the other fields are checked for shape."""
    require_role(actor, *EDIT_ROLES, action=translate("Errors", "add customers"))
    clean = validate_customer_fields(fields)
    with unit_of_work() as changes:
        customer = Customer.create(**clean, updated_by=actor.name)
        audit.record(actor, "customer.create", "customer", customer.id, after=clean)
        changes.add("customer", customer.id)
    return customer


def get_customer(customer: Customer | int) -> Customer:
    """The customer with this id (or the row itself, reloaded), or NotFound."""
    customer_id = customer.id if isinstance(customer, Customer) else customer
    found = Customer.get_or_none(Customer.id == customer_id)
    if found is None:
        raise NotFound(translate(
            "Errors", "Customer #{id} does not exist (deleted or never saved).").format(
            id=customer_id))
    return found


def update_customer(
    actor: User, customer: Customer | int, expected_version: int, **fields: Any
) -> Customer:
    """Save edits made on a customer loaded at `expected_version`.

    A stale version is refused with who saved in between (`StaleEdit`), so
    two desks editing the same customer never overwrite each other.
    """
    require_role(actor, *EDIT_ROLES, action=translate("Errors", "edit customers"))
    clean = validate_customer_fields(fields, partial=True)
    with unit_of_work() as changes:
        row = get_customer(customer)
        before = customer_fields(row)
        changed = {k: v for k, v in clean.items() if before[k] != v}
        if not changed and row.version == expected_version:
            return row
        update_versioned(row, expected_version, actor.name, **changed)
        audit.record(
            actor, "customer.update", "customer", row.id,
            before={k: before[k] for k in changed}, after=changed,
        )
        changes.add("customer", row.id)
    return row


def find_customers(text: str, *, limit: int = 50) -> list[Customer]:
    """Customers whose name, contact person or phone contains `text`, by name.

    Case-insensitive (ILIKE on PostgreSQL). Empty text lists the first
    `limit` customers by name, for a picker that opens before typing.
    """
    query = Customer.select()
    needle = " ".join((text or "").split())
    if needle:
        pattern = f"%{needle}%"
        query = query.where(
            (Customer.name ** pattern)
            | (Customer.contact_person ** pattern)
            | (Customer.phone ** pattern)
        )
    return list(query.order_by(pw.fn.LOWER(Customer.name), Customer.id).limit(limit))
