"""Hold bookkeeping: book maps sku -> units held."""
ON_HAND = {"KB": 40, "MS": 25, "HD": 0}


class HoldError(Exception):
    pass


def record_hold(book, sku, qty):
    if qty <= 0:
        raise HoldError(f"{sku}: quantity must be positive")
    family = sku.split("-", 1)[0]
    if book.get(sku, 0) + qty > ON_HAND.get(family, 0):
        raise HoldError(f"{sku}: only {ON_HAND.get(family, 0)} on hand")
    book[sku] = book.get(sku, 0) + qty
    return book
