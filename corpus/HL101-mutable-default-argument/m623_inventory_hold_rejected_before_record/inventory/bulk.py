from .ledger import HoldError, record_hold


def import_holds(rows):
    """Load (sku, qty) holds from a partner feed; skip rows stock cannot cover."""
    book = {}
    for sku, qty in rows:
        try:
            record_hold(book, sku, qty)
        except HoldError:
            continue
    return book
