import collections

from .signals import order_placed

placed = collections.Counter()


@order_placed.connect
def count_order(sender, signal, **payload):
    placed[sender] += 1
