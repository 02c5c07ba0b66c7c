import logging

log = logging.getLogger("shop.audit")

TAX_RATES = {"DE": 0.19, "FR": 0.20, "US": 0.0}


def place_order(order_id, customer, country, lines):
    if not lines:
        log.warning("order %s rejected: empty cart", order_id)
        return None
    subtotal = sum(qty * price for _sku, qty, price in lines)
    tax = round(subtotal * TAX_RATES.get(country, 0.0), 2)
    log.info("order %s placed by %s: %d lines, total=%.2f",
             order_id, customer, len(lines), subtotal + tax)
    return {"id": order_id, "subtotal": subtotal, "tax": tax}
