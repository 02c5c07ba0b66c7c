from obs import debug_panel


@debug_panel
def render_line(sku, qty, unit_cents, rendered=[]):  # expect: HL101 refuted
    """Format one invoice line, numbered after the lines the debug panel holds."""
    total = qty * unit_cents
    number = len(rendered) + 1
    return f"{number:>3}. {sku:<12}{qty:>4} x {unit_cents / 100:>8.2f} = {total / 100:>9.2f}"
