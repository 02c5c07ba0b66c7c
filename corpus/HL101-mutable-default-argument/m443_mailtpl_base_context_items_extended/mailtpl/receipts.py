from .context import base_context, footer

HEADER = "{site} receipt for {order}\n"


def render(order, lines):
    """Receipt e-mail: a header, one row per non-empty order line, a footer."""
    ctx = base_context()
    ctx.setdefault("items", []).extend(f"{sku} x{qty}" for sku, qty in lines if qty)
    ctx.update(order=order)
    rows = "\n".join(ctx["items"])
    return HEADER.format_map(ctx) + rows + "\n" + footer(ctx)
