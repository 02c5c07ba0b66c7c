"""Query compiler: filter expressions are small classes and `compile_expr()`
dispatches on them with isinstance, returning the SQL and the bind values.
It starts by copying `params`, and the And branch threads the returned list
through its parts, so the top-level call that relies on the `params` list
default only ever reads it."""
import collections
import itertools

_ids = itertools.count()
Eq = collections.namedtuple("Eq", "column value")
In = collections.namedtuple("In", "column values")


class And:
    def __init__(self, *parts):
        self.parts = parts


def compile_expr(expr, params=[]):  # expect: HL101 refuted
    params = list(params)
    if isinstance(expr, Eq):
        params.append(expr.value)
        return "%s = ?" % expr.column, params
    if isinstance(expr, In):
        params.extend(expr.values)
        return "%s IN (%s)" % (expr.column, ", ".join("?" * len(expr.values))), params
    if isinstance(expr, And):
        parts = []
        for part in expr.parts:
            sql, params = compile_expr(part, params)
            parts.append("(%s)" % sql)
        return " AND ".join(parts), params
    raise TypeError("cannot compile %s" % type(expr).__name__)


def scenario():
    n = next(_ids)
    return compile_expr(And(Eq("tenant_id", n), In("status", ("open", "held")), Eq("ref", "INV-%d" % n)))
