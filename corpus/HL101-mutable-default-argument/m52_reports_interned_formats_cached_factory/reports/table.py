"""Renders report rows as aligned text lines."""
from .formats import Money, Percent, unit_format


def render(rows):
    lines = []
    for row in rows:
        qty = unit_format(row["unit"])(0).render(row["qty"])
        revenue = Money(2).render(row["revenue"])
        share = Percent(1).render(row["share"])
        lines.append(f"{row['sku']:<14}{qty:>12}{revenue:>16}{share:>8}")
    return "\n".join(lines)
