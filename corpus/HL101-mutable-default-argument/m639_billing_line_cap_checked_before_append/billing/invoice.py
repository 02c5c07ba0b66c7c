from .lines import LineLimitError, add_line


def bill(customer, items, lines=[]):  # expect: HL101 refuted
    """Invoice customer for items; invoices over the line cap go to a statement."""
    try:
        for sku, price in items:
            add_line(lines, f"{customer}:{sku}", price)
    except LineLimitError:
        return {"customer": customer, "statement": len(items)}
    return {"customer": customer, "total": round(sum(p for _, p in lines), 2)}
