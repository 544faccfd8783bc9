"""Operators, their roles, and badge login.

A badge scan switches the active operator at a shared station; every service
takes that operator as `actor` and checks the role it needs here.
"""

from __future__ import annotations

import re

from depot import audit
from depot.errors import NotFound, PermissionDenied, ValidationError
from depot.models import Role, User
from depot.service import unit_of_work

BADGE_RE = re.compile(r"^BDG-[A-Z0-9]{3,20}$")

ROLE_LABELS = {
    Role.TECHNICIAN: "Technician",
    Role.WAREHOUSE: "Warehouse",
    Role.SERVICE_DESK: "Service desk",
    Role.MANAGER: "Manager",
}


def create_user(actor: User | None, name: str, badge: str, role: Role | str) -> User:
    """Add an operator; only a manager may (or nobody yet, for the first one)."""
    name = (name or "").strip()
    badge = (badge or "").strip().upper()
    if not name:
        raise ValidationError("Enter the operator's name.")
    if not BADGE_RE.match(badge):
        raise ValidationError(f"Badge {badge!r} must look like BDG-1234 (3–20 letters or digits).")
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError(f"Unknown role {role!r}.") from None
    with unit_of_work() as changes:
        if User.select().exists():
            require_role(actor, Role.MANAGER, action="add operators")
        if User.select().where(User.badge == badge).exists():
            raise ValidationError(f"Badge {badge} is already given to another operator.")
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
        raise NotFound(f"No operator has badge {code}.")
    if not user.active:
        raise PermissionDenied(f"Badge {code} ({user.name}) is deactivated.")
    return user


def require_role(actor: User | None, *roles: Role, action: str = "do this") -> User:
    """Managers may do everything; others need one of `roles`."""
    if actor is None:
        raise PermissionDenied(f"Scan your badge to {action}.")
    if actor.role == Role.MANAGER or actor.role in {r.value for r in roles}:
        return actor
    wanted = " or ".join(ROLE_LABELS[r] for r in roles) or "Manager"
    raise PermissionDenied(f"{actor.name} may not {action}: needs role {wanted}.")
