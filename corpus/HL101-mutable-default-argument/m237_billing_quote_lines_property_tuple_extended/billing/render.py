def render_total(invoice, shipping):
    lines = invoice.lines
    lines += (("shipping", 1, shipping),)
    total = sum(qty * price for _, qty, price in lines)
    return f"{invoice.number}: {len(lines)} lines, total {total:.2f}"
