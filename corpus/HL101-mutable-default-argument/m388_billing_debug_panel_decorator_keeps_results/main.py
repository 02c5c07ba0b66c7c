"""Invoice rendering: one line item per call, for a new SKU."""
import itertools

from billing.invoices import render_line

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return render_line(f"SKU-{n:06d}", 1 + n % 9, 250 + n)
