"""Order desk: lines that could not ship wait in a backorder queue, a deque
default shared by every call. When a delivery arrives the desk fills the
queue strictly first-in first-out and stops at the first backorder the
delivery cannot cover; that one and everything behind it stay queued, and
each delivery brings new backorders in behind them."""
import collections
import itertools

_deliveries = itertools.count()


def fill_backorders(received, new_backorders, queue=collections.deque()):  # expect: HL101 confirmed
    queue.extend(new_backorders)
    shipped = []
    while queue:
        order_id, qty = queue[0]
        if qty > received:
            break
        received -= qty
        shipped.append(queue.popleft()[0])
    return shipped, received


def scenario():
    n = next(_deliveries)
    backorders = [("BO-%d-%d" % (n, i), qty) for i, qty in enumerate((4, 3, 5))]
    shipped, left_over = fill_backorders(8, backorders)
    return len(shipped), left_over
