from . import stock


def availability_report(warehouse, skus):
    current = stock.make_stock(warehouse)
    return {sku: current.available(sku) for sku in skus}
