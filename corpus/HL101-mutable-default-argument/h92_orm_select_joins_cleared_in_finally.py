"""ORM query builder: compile_select() collects JOIN clauses for related fields and resets the join list in a finally block."""
import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class Related:
    table: str
    column: str


def compile_select(model, fields, where, count=False, joins=[]):  # expect: HL101 refuted
    columns = []
    try:
        for field in fields:
            if isinstance(field, Related):
                joins.append(f"JOIN {field.table} ON {field.table}.id = {model}.{field.table}_id")
                columns.append(f"{field.table}.{field.column}")
            else:
                columns.append(f"{model}.{field}")
        join_sql = " ".join(dict.fromkeys(joins))
        head = "COUNT(*)" if count else ", ".join(columns)
        return f"SELECT {head} FROM {model} {join_sql} WHERE {where}"
    finally:
        joins.clear()


class OrderRepository:
    model = "orders"
    list_fields = ("id", "total", Related("customer", "email"))

    def count_for_region(self, region):
        return compile_select(self.model, self.list_fields, f"customer.region = '{region}'", count=True)


_regions = itertools.count()


def scenario():
    return OrderRepository().count_for_region(f"region-{next(_regions)}")
