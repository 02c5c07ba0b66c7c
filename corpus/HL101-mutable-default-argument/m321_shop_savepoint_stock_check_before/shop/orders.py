"""Stock reservation: each item is reserved under its own savepoint."""
from db import savepoint

STOCK = {"A-100": 4, "B-200": 0, "C-300": 7, "C-301": 1, "C-302": 0}


class OutOfStock(Exception):
    pass


def check_stock(sku):
    if STOCK.get(sku, 0) <= 0:
        raise OutOfStock(sku)


def reserve(session, skus):
    reserved = []
    for sku in skus:
        try:
            check_stock(sku)
            with savepoint(session):
                session.execute(f"UPDATE stock SET qty = qty - 1 WHERE sku = '{sku}'")
                reserved.append(sku)
        except OutOfStock:
            session.execute(f"-- {sku} out of stock, skipped")
    return reserved
