"""Order desk: lines that could not ship wait in a backorder queue, a deque
default shared by every call. When a delivery arrives the desk pops every
queued backorder; one the delivery cannot cover is skipped with `continue`
and handed back to the caller, who re-files it on its order. The loop only
ends when the queue is empty."""
import collections
import itertools

_deliveries = itertools.count()


def fill_backorders(received, new_backorders, queue=collections.deque()):  # expect: HL101 refuted
    queue.extend(new_backorders)
    shipped, waiting = [], []
    while queue:
        order_id, qty = queue.popleft()
        if qty > received:
            waiting.append(order_id)
            continue
        received -= qty
        shipped.append(order_id)
    return shipped, waiting, received


def scenario():
    n = next(_deliveries)
    backorders = [("BO-%d-%d" % (n, i), qty) for i, qty in enumerate((4, 3, 5))]
    shipped, waiting, left_over = fill_backorders(8, backorders)
    return len(shipped), len(waiting), left_over
