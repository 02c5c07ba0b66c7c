"""Query compiler: filter expressions are small classes and `compile_expr()`
dispatches on them with isinstance, returning the SQL and the bind values
it appended to `params`. The And branch threads the list through its parts,
but the top-level call relies on the `params` list default, so every
query's bind values pile up in it."""
import collections
import itertools

_ids = itertools.count()
Eq = collections.namedtuple("Eq", "column value")
In = collections.namedtuple("In", "column values")


class And:
    def __init__(self, *parts):
        self.parts = parts


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 20, 23 (heaplint: unknown)
def compile_expr(expr, params=[]):  # expect: HL101 confirmed
    if isinstance(expr, Eq):
        params.append(expr.value)
        return "%s = ?" % expr.column, params
    if isinstance(expr, In):
        params.extend(expr.values)
        return "%s IN (%s)" % (expr.column, ", ".join("?" * len(expr.values))), params
    if isinstance(expr, And):
        parts = ["(%s)" % compile_expr(part, params)[0] for part in expr.parts]
        return " AND ".join(parts), params
    raise TypeError("cannot compile %s" % type(expr).__name__)


def scenario():
    n = next(_ids)
    return compile_expr(And(Eq("tenant_id", n), In("status", ("open", "held")), Eq("ref", "INV-%d" % n)))
