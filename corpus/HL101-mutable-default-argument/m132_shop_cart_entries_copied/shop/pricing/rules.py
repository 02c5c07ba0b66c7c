"""apply_rules(): volume discount, then 8% tax, on a cart's total."""


def apply_rules(cart):
    total = cart.total()
    if len(cart) >= 3:
        total -= total // 10
    return total + total * 8 // 100
