"""Hot statements compiled to SQL once, then run with new values.

The intake desk runs the same few statements thousands of times a day.
peewee spends far longer *building* a statement than the database spends
running it: about a millisecond for the four-table scan join, and 0.3–0.5 ms
for each `Model.create` (every column becomes an expression node that is
converted and rendered anew), against tens of microseconds of SQLite work.
These helpers keep peewee as the one place that knows models, columns and
conversions, and cache only the rendered SQL text per database backend.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee as pw

from depot.db import database, is_postgres


def _backend() -> type:
    return type(database.obj)


class PreparedQuery:
    """A peewee query with one parameter, compiled once per backend.

    The query is written as an ordinary peewee query (same joins, indexes,
    quoting), compiled with a marker value of the parameter's type so peewee
    converts it like the real one, and executed afterwards with the real
    parameter.
    """

    def __init__(self, build: Callable[[Any], pw.Query], marker: Any = "\x00prepared\x00") -> None:
        self._build = build
        self._marker = marker
        self._sql: dict[type, str] = {}

    def execute(self, value: Any) -> Any:
        """A DB-API cursor over the rows for `value`."""
        sql = self._sql.get(_backend())
        if sql is None:
            sql, params = self._build(self._marker).sql()
            if list(params) != [self._marker]:
                raise RuntimeError(f"prepared query must have exactly one parameter: {params}")
            self._sql[_backend()] = sql
        return database.execute_sql(sql, (value,))


class PreparedInsert:
    """`Model.create` for one model without re-rendering the INSERT on every call.

    Values go through the model exactly as with `create` (defaults filled in
    by the model, each column converted by its field's `db_value`); only the
    SQL text, which depends on the set of columns given, is cached. Returns
    the saved instance with its new id, like `create`.
    """

    def __init__(self, model: type[pw.Model]) -> None:
        self.model = model
        self._pk = model._meta.primary_key
        self._sql: dict[tuple[type, tuple[str, ...]], str] = {}

    def create(self, **values: Any) -> Any:
        instance = self.model(**values)
        data = instance.__data__
        names = tuple(name for name in self.model._meta.sorted_field_names
                      if name in data and name != self._pk.name)
        key = (_backend(), names)
        sql = self._sql.get(key)
        if sql is None:
            sql = self._render(names)
            self._sql[key] = sql
        fields = self.model._meta.fields
        params = [fields[name].db_value(data[name]) for name in names]
        cursor = database.execute_sql(sql, params)
        new_id = cursor.fetchone()[0] if is_postgres() else cursor.lastrowid
        setattr(instance, self._pk.name, new_id)
        instance._dirty.clear()
        return instance

    def _render(self, names: tuple[str, ...]) -> str:
        fields = self.model._meta.fields
        columns = ", ".join(f'"{fields[name].column_name}"' for name in names)
        marks = ", ".join([database.param] * len(names))
        sql = f'INSERT INTO "{self.model._meta.table_name}" ({columns}) VALUES ({marks})'
        if is_postgres():
            sql += f' RETURNING "{self._pk.column_name}"'
        return sql
