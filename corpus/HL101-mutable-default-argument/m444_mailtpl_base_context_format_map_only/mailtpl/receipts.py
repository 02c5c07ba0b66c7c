from .context import base_context, footer

HEADER = "{site} receipt for {order}\n"


def render(order, lines):
    """Receipt e-mail: a header, one row per non-empty order line, a footer."""
    ctx = base_context()
    items = [f"{sku} x{qty}" for sku, qty in lines if qty]
    fields = {**ctx, "order": order}
    rows = "\n".join(items)
    return HEADER.format_map(fields) + rows + "\n" + footer(ctx)
