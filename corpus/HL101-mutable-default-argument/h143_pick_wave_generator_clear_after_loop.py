"""Picking: `pick_lines` walks the orders of a wave and yields one pick per
SKU, keeping the SKUs already yielded in a set default so a SKU ordered
twice is picked once. The set is cleared after the loop, but the picker
stops reading when the trolley is full, and closing the generator at its
`yield` never reaches the clear."""
import itertools

_waves = itertools.count()


def pick_lines(orders, picked=set()):  # expect: HL101 confirmed
    for order in orders:
        for sku, qty in sorted(order["lines"].items()):
            if sku in picked:
                continue
            picked.add(sku)
            yield "%s -> %s x%d" % (order["id"], sku, qty)
    picked.clear()


def fill_trolley(orders, capacity=4):
    trolley = []
    for pick in pick_lines(orders):
        trolley.append(pick)
        if len(trolley) == capacity:
            break
    return trolley


def scenario():
    n = next(_waves)
    orders = [{"id": "W%d-%d" % (n, i),
               "lines": {"SKU-%d-%d" % (n, j): j + 1 for j in range(i, i + 3)}}
              for i in range(3)]
    return len(fill_trolley(orders))
