"""Business settings: defaults in code, changes in the database, audited.

Every number in the domain rules is a default a manager can change (warranty
months, DOA days, SLA targets, payer table…). Packages declare their settings
with `define(...)` at import time; `get` returns the stored value or the
default; `change` validates, requires a manager, bumps the row version and
writes the audit entry in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from depot import audit
from depot.db import update_versioned
from depot.errors import ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, Setting, User
from depot.service import unit_of_work
from depot.users import require_role

Validator = Callable[[Any], Any]


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    label: str  # English, marked with QT_TRANSLATE_NOOP("Settings", …)
    validate: Validator | None = None

    def translated_label(self) -> str:
        return translate("Settings", self.label)


_SPECS: dict[str, SettingSpec] = {}


def define(key: str, default: Any, label: str, validate: Validator | None = None) -> SettingSpec:
    spec = SettingSpec(key, default, label, validate)
    _SPECS[key] = spec
    return spec


def spec(key: str) -> SettingSpec:
    try:
        return _SPECS[key]
    except KeyError:
        raise ValidationError(
            translate("Errors", "Unknown setting {key}.").format(key=key)) from None


def all_specs() -> list[SettingSpec]:
    return sorted(_SPECS.values(), key=lambda s: s.key)


def get(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    return spec(key).default if row is None else row.value


def int_range(low: int, high: int) -> Validator:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(
                translate("Errors", "Enter a whole number from {low} to {high}.").format(
                    low=low, high=high))
        return value

    return check


def non_empty_text(value: Any) -> str:
    text = str(value or "").strip()
    if not text:
        raise ValidationError(translate("Errors", "This setting cannot be empty."))
    return text


def change(actor: User, key: str, value: Any, *, expected_version: int | None = None) -> Any:
    """Store a new value (manager only), audited with before and after."""
    s = spec(key)
    require_role(actor, Role.MANAGER, action=translate("Errors", "change the setting {label}")
                 .format(label=s.translated_label()))
    if s.validate is not None:
        value = s.validate(value)
    with unit_of_work() as changes:
        row = Setting.get_or_none(Setting.key == key)
        before = s.default if row is None else row.value
        if row is None:
            Setting.create(key=key, value=value, updated_by=actor.name)
        else:
            update_versioned(
                row, row.version if expected_version is None else expected_version,
                actor.name, value=value,
            )
        audit.record(actor, "setting.change", "setting", key, before=before, after=value)
        changes.add("setting", key)
    return value


COMPANY_NAME = define("company.name", "Depot Service Center",
                      QT_TRANSLATE_NOOP("Settings", "Company name"), non_empty_text)
COMPANY_ADDRESS = define("company.address", "", QT_TRANSLATE_NOOP("Settings", "Company address"))
COMPANY_PHONE = define("company.phone", "", QT_TRANSLATE_NOOP("Settings", "Company phone"))
CURRENCY = define("money.currency", "CNY", QT_TRANSLATE_NOOP("Settings", "Currency"),
                  non_empty_text)
