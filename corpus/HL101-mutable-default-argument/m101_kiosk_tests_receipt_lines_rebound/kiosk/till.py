from .audit import audited

PRICES = {"apple": 0.45, "milk": 1.19, "bread": 2.35}


@audited
def checkout(basket, receipt=[]):  # expect: HL101 refuted
    total = 0.0
    for sku, qty in basket:
        amount = PRICES[sku] * qty
        total += amount
        receipt = receipt + [f"{sku:<8}{qty:>5} {amount:>9.2f}"]
    receipt = receipt + [f"TOTAL {total:>17.2f}"]
    return round(total, 2), receipt[-1]
