"""Report cells: `pad_cell` memoizes the format spec string it builds in a
default dict keyed by (align, width); the column helpers are functools.partial
objects that fix both, so the memo holds exactly one spec per column helper no
matter how many rows are rendered."""
import functools
import itertools

_orders = itertools.count()


# heaplint-todo: called with new arguments as outside code would call it, pad_cell grows it; but this application uses pad_cell as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def pad_cell(text, width, align="<", _specs={}):  # expect: HL101 refuted
    spec = _specs.setdefault((align, width), f"{align}{width}.{width}")
    return format(text, spec)


left_col = functools.partial(pad_cell, width=14)
right_col = functools.partial(pad_cell, width=10, align=">")
center_col = functools.partial(pad_cell, width=8, align="^")


def render_row(order_id, customer, total, status):
    return "|".join([left_col(order_id), left_col(customer), right_col(f"{total:,.2f}"), center_col(status)])


def scenario():
    n = next(_orders)
    return render_row(f"ORD-{n:06d}", f"customer {n % 40}", 19.99 * (n % 13 + 1), ("open", "paid", "void")[n % 3])
