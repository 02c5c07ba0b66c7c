"""Money and id helpers."""


def cents(text):
    whole, _, frac = text.partition(".")
    return int(whole) * 100 + int(frac or 0)


def order_id(owner):
    return f"ord-{owner}"
