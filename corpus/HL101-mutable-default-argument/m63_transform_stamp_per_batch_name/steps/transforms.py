"""Built-in transforms."""
from .registry import register


@register
def strip_fields(row):
    return {key: value.strip() if isinstance(value, str) else value for key, value in row.items()}


@register(name="qty_to_int")
def cast_qty(row):
    row["qty"] = int(row["qty"])
    return row


@register
def upper_sku(row):
    row["sku"] = row["sku"].upper()
    return row
