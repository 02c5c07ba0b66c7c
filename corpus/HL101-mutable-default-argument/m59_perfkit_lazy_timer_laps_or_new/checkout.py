import perfkit

TAX = {"EU": 0.2, "US": 0.07}


def checkout(cart):
    with perfkit.Timer(f"checkout:{cart['id']}") as timer:
        subtotal = sum(price * qty for price, qty in cart["lines"])
        timer.lap("subtotal")
        tax = round(subtotal * TAX.get(cart["region"], 0.0))
        timer.lap("tax")
    return {"total": subtotal + tax, "timings": perfkit.summary(timer)}
