"""CSV export of `sku:quantity:price` order lines."""
from ..core import register

HEADER = ("sku", "quantity", "price")


def export_rows(args, lines=[]):  # expect: HL101 refuted
    lines.append(",".join(HEADER))
    try:
        for raw in args:
            sku, quantity, price = raw.split(":")
            lines.append(f"{sku},{int(quantity)},{float(price):.2f}")
        return "\n".join(lines)
    finally:
        lines.clear()


register("export", export_rows)
