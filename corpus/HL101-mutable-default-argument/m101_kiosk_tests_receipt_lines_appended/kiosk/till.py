from .audit import audited

PRICES = {"apple": 0.45, "milk": 1.19, "bread": 2.35}


@audited
def checkout(basket, receipt=[]):  # expect: HL101 confirmed
    total = 0.0
    for sku, qty in basket:
        amount = PRICES[sku] * qty
        total += amount
        receipt.append(f"{sku:<8}{qty:>5} {amount:>9.2f}")
    receipt.append(f"TOTAL {total:>17.2f}")
    return round(total, 2), receipt[-1]
