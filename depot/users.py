"""Operators, their roles, and badge login.

A badge scan switches the active operator at a shared station; every service
takes that operator as `actor` and checks the role it needs here.
"""

from __future__ import annotations

import re

from depot import audit
from depot.errors import NotFound, PermissionDenied, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.service import unit_of_work

BADGE_RE = re.compile(r"^BDG-[A-Z0-9]{3,20}$")

ROLE_LABELS = {
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("Roles", "Technician"),
    Role.WAREHOUSE: QT_TRANSLATE_NOOP("Roles", "Warehouse"),
    Role.SERVICE_DESK: QT_TRANSLATE_NOOP("Roles", "Service desk"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
}


def create_user(actor: User | None, name: str, badge: str, role: Role | str) -> User:
    """Add an operator; only a manager may (or nobody yet, for the first one)."""
    name = (name or "").strip()
    badge = (badge or "").strip().upper()
    if not name:
        raise ValidationError(translate("Errors", "Enter the operator's name."))
    if not BADGE_RE.match(badge):
        raise ValidationError(translate(
            "Errors", "Badge {badge!r} must look like BDG-1234 (3–20 letters or digits).").format(
            badge=badge))
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError(
            translate("Errors", "Unknown role {role!r}.").format(role=role)) from None
    with unit_of_work() as changes:
        if User.select().exists():
            require_role(actor, Role.MANAGER, action=translate("Errors", "add operators"))
        if User.select().where(User.badge == badge).exists():
            raise ValidationError(translate(
                "Errors", "Badge {badge} is already given to another operator.").format(
                badge=badge))
        user = User.create(name=name, badge=badge, role=role.value)
        audit.record(actor, "user.create", "user", user.id,
                     after={"name": name, "badge": badge, "role": role.value})
        changes.add("user", user.id)
    return user


def by_badge(badge: str) -> User:
    """The active operator for a scanned badge, or a clear refusal."""
    code = (badge or "").strip().upper()
    user = User.get_or_none(User.badge == code)
    if user is None:
        raise NotFound(translate("Errors", "No operator has badge {code}.").format(code=code))
    if not user.active:
        raise PermissionDenied(translate("Errors", "Badge {code} ({name}) is deactivated.").format(
            code=code, name=user.name))
    return user


def role_label(role: Role | str) -> str:
    """The role's name in the operator's language."""
    return translate("Roles", ROLE_LABELS[Role(role)])


def require_role(actor: User | None, *roles: Role, action: str | None = None) -> User:
    """Managers may do everything; others need one of `roles`.

    `action` completes "Scan your badge to …" and "… may not …": callers pass it
    translated (`translate("Errors", "add operators")`); the default is "do this".
    """
    if action is None:
        action = translate("Errors", "do this")
    if actor is None:
        raise PermissionDenied(translate("Errors", "Scan your badge to {action}.").format(
            action=action))
    if actor.role == Role.MANAGER or actor.role in {r.value for r in roles}:
        return actor
    labels = [role_label(r) for r in roles] or [role_label(Role.MANAGER)]
    wanted = labels[0]
    for label in labels[1:]:
        wanted = translate("Errors", "{first} or {second}").format(first=wanted, second=label)
    raise PermissionDenied(translate("Errors", "{name} may not {action}: needs role {roles}.")
                           .format(name=actor.name, action=action, roles=wanted))
