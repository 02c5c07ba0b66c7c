"""CSV export of `sku:quantity:price` order lines."""
from ..core import register

HEADER = ("sku", "quantity", "price")


def export_rows(args, lines=[]):  # expect: HL101 confirmed
    lines.append(",".join(HEADER))
    for raw in args:
        sku, quantity, price = raw.split(":")
        lines.append(f"{sku},{int(quantity)},{float(price):.2f}")
    text = "\n".join(lines)
    lines.clear()
    return text


register("export", export_rows)
