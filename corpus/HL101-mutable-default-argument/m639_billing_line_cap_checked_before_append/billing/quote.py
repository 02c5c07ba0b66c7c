from .lines import add_line


def quote(items):
    """Price a prospect's basket in a fresh line list."""
    lines = []
    for sku, price in items:
        add_line(lines, sku, price)
    return round(sum(price for _, price in lines), 2)
