import itertools

from inventory.items import Item

_ids = itertools.count()


def scenario():
    n = next(_ids)
    item = Item(f"SKU-{n}", n % 40)
    moved = item.restock(25, reason=f"po-{n}")
    return moved["qty"], len(moved["labels"])
