"""Follow-up tasks the workflow raises for people (inform the customer, …).

A task is a reminder tied to an RMA with a due time on the working calendar;
the bench lists the open ones, most urgent first, and a person marks one done
(who and when are kept). Tasks are raised by services, never typed in, so
every one of them has a rule behind it.
"""

from __future__ import annotations

from datetime import datetime

from depot import audit, clock
from depot.db import update_versioned
from depot.errors import Conflict, NotFound
from depot.i18n import translate
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import require_role
from rma.models import Rma
from rma.repair_models import Task
from rma.workflow import add_event, get_rma

__all__ = ["TASK_INFORM_LONGER_CYCLE", "complete_task", "open_tasks", "raise_task", "tasks_of"]

#: vendor repair (返厂): tell the customer the repair takes longer (DOMAIN §8)
TASK_INFORM_LONGER_CYCLE = "inform_longer_cycle"
EVENT_TASK_DONE = "task_done"


def raise_task(rma: Rma, kind: str, title: str, due: datetime | None) -> Task:
    """Create a task (inside the caller's transaction)."""
    return Task.create(rma=rma, kind=kind, title=title, due=due, updated_by="system")


def tasks_of(rma: Rma | int | str) -> list[Task]:
    row = get_rma(rma)
    return list(Task.select().where(Task.rma == row.id).order_by(Task.id))


def open_tasks(*, limit: int = 500) -> list[Task]:
    """Tasks not yet done, the earliest due first (no due time last)."""
    return list(
        Task.select()
        .where(Task.done_at.is_null())
        .order_by(Task.due.is_null(), Task.due, Task.id)
        .limit(limit)
    )


def complete_task(actor: User, task: Task | int, note: str = "") -> Task:
    """Mark a task done; who and when go on the task and on the RMA's timeline."""
    require_role(actor, Role.SERVICE_DESK, Role.TECHNICIAN,
                 action=translate("Errors", "complete tasks"))
    with unit_of_work() as changes:
        row = Task.get_or_none(Task.id == (task.id if isinstance(task, Task) else task))
        if row is None:
            raise NotFound(translate("Errors", "This task does not exist — reload."))
        if row.done_at is not None:
            raise Conflict(translate("Errors", "This task was already done by {who}.").format(
                who=row.done_by.name if row.done_by else "?"))
        text = str(note or "").strip()
        update_versioned(row, row.version, actor.name, done_at=clock.now(), done_by=actor.id,
                         note=text)
        rma = Rma.get_by_id(row.rma_id)
        add_event(actor, rma, EVENT_TASK_DONE, note=f"{row.title}" + (f": {text}" if text else ""),
                  from_state=rma.state, to_state=rma.state, data={"task": row.id,
                                                                  "kind": row.kind})
        audit.record(actor, "task.done", "task", row.id, note=text or None)
        changes.add("task", row.id).add("rma", rma.id)
    return row
