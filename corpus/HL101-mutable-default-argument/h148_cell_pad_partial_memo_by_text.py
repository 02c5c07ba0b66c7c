"""Report cells: `pad_cell` memoizes each padded cell in a default dict keyed by
(text, align, width) because the same labels repeat down a column, and the
column helpers are functools.partial objects over it. Cell texts carry the
order number, so every row adds entries that are never dropped."""
import functools
import itertools

_orders = itertools.count()


def pad_cell(text, width, align="<", _padded={}):  # expect: HL101 confirmed
    return _padded.setdefault((text, align, width), f"{text:{align}{width}.{width}}")


left_col = functools.partial(pad_cell, width=14)
right_col = functools.partial(pad_cell, width=10, align=">")
center_col = functools.partial(pad_cell, width=8, align="^")


def render_row(order_id, customer, total, status):
    return "|".join([left_col(order_id), left_col(customer), right_col(f"{total:,.2f}"), center_col(status)])


def scenario():
    n = next(_orders)
    return render_row(f"ORD-{n:06d}", f"customer {n % 40}", 19.99 * (n % 13 + 1), ("open", "paid", "void")[n % 3])
