"""Invoices render in full, or compactly once earlier renders have proved slow."""
from .instrument import timed


@timed
def render_invoice(number, lines, *, _timings={}):  # expect: HL101 refuted
    compact = max(_timings.values(), default=0.0) > 0.25
    total = sum(qty * price for _, qty, price in lines)
    if compact:
        return f"{number}: {len(lines)} lines, total {total:.2f}"
    rows = [f"  {name:<20} {qty:>3} x {price:>8.2f}" for name, qty, price in lines]
    return "\n".join([f"Invoice {number}", *rows, f"  {'total':<20} {total:>16.2f}"])
